import Foundation
import OOXML
import Testing

@testable import Dossier

/// A catalog reads `Forms/_common` once and each form's folder once, however many dossiers it
/// renders: the template packages are shared, not read again per form or per render.
@Suite struct FormTemplatesTests {
    static let forms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Forms")
    static let fixtures = forms.deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test func eachFormFolderIsReadOnceForManyRenders() throws {
        let catalog = try FormCatalog(root: Self.forms)
        let pipeline = try DossierPipeline(catalog: catalog, checking: false)
        for fixture in ["an-son-2023", "an-son-2023", "hoa-sen-2024", "bien-giang-2022"] {
            let data = Self.fixtures.appendingPathComponent("\(fixture).yaml").path
            _ = try pipeline.run(DossierRequest(input: .file(path: data)))
        }
        let read = catalog.templates.foldersRead
        // `_common` first (with the first form assembled), then every form folder the two regimes use, each once.
        #expect(read.filter { $0 == "_common" }.count == 1)
        #expect(read.count == Set(read).count)
        #expect(Set(read) == Set(["_common"] + Self.formFolders()))
    }

    /// A copy of the catalog (every pipeline, renderer and verifier holds one) shares what was read.
    @Test func copiesOfACatalogShareWhatWasRead() throws {
        let catalog = try FormCatalog(root: Self.forms)
        let copy = catalog
        let form = try #require(catalog.form(id: "M3"))
        let first = try FormPackage.assemble(form, from: catalog)
        let second = try FormPackage.assemble(form, from: copy)
        #expect(first.partNames == second.partNames)
        #expect(first.partNames.allSatisfy { first.part($0) == second.part($0) })
        #expect(copy.templates.foldersRead == ["_common", "M3-Bao-cao"])
    }

    /// Each shipped form's page is laid out as its `form.yaml` says (BĐ and M5 landscape, the others
    /// portrait): the section's page size and orientation agree with `orientation`.
    @Test func eachFormsPageIsOrientedAsItsDescriptorSays() throws {
        let catalog = try FormCatalog(root: Self.forms)
        var landscape: [String] = []
        for form in catalog.forms {
            let package = try FormPackage.assemble(form, from: catalog)
            let document = String(decoding: try #require(package.part(try package.mainDocumentPart())), as: UTF8.self)
            let wide = document.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#)
            let tall = document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#)
            #expect(wide != tall, "\(form.id): one A4 page size")
            #expect(wide == (form.orientation == .landscape), "\(form.id): form.yaml says \(String(describing: form.orientation))")
            if wide { landscape.append(form.id) }
        }
        #expect(Set(landscape) == ["BD", "M5"])
    }

    /// The folders of the shipped forms (those with a `form.yaml`).
    static func formFolders() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: forms.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: forms.appendingPathComponent("\($0)/form.yaml").path) }
    }
}
