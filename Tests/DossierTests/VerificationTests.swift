import Diagnostics
import Foundation
import OOXML
import Testing

@testable import Dossier

/// `hoso verify` speaks the language asked for, down to the reason a file cannot be checked.
@Suite struct VerificationTests {
    static let forms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Forms")

    @Test func aFileThatIsNotADocxIsReportedInEitherLanguage() throws {
        let verifier = DossierVerifier(catalog: try FormCatalog(root: Self.forms))
        let result = verifier.verify(docx: Array("This is text, not a zip file.".utf8), name: "x.docx")
        #expect(!result.passed)
        #expect(
            result.rendered(in: .en)
                == "FAIL x.docx: cannot be verified: not a valid DOCX (zip) file: not a zip archive (no zip directory at its end: another kind of file, or a zip cut short)"
        )
        #expect(
            result.rendered(in: .vi)
                == "LỖI   x.docx: không kiểm chứng được: không phải tệp DOCX (zip) hợp lệ: không có mục lục zip ở cuối tệp: tệp loại khác, hoặc tệp zip bị cắt cụt"
        )
    }

    /// A listed DOCX re-saved without hoso's provenance is compared with the dossier made again; when
    /// that cannot be done (here a school's form that is gone), the file says why, located, instead
    /// of only "no provenance" or a bare sum mismatch.
    @Test func aReSavedFileSaysWhyTheDossierCannotBeMadeAgain() throws {
        let data = Self.forms.deletingLastPathComponent().appendingPathComponent("Fixtures/an-son-2023.yaml").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-lost-provenance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let dossier = try pipeline.run(DossierRequest(input: .file(path: data), only: ["M3", "M4"], book: false))
        _ = try DossierWriter.write(dossier, to: folder, options: .init())
        let resaved = folder.appendingPathComponent("6-M4-Bien-ban.docx")
        var package = try OOXMLPackage.open(at: resaved)
        package.removePart(Provenance.partName)
        package.removePart(Provenance.customPartName)
        try package.write(to: resaved)
        let gone = folder.appendingPathComponent("gone.docx").path
        let verifier = DossierVerifier(catalog: try FormCatalog(root: Self.forms), customForms: [CustomForm(id: "M3", file: gone)])
        let results = verifier.verify(folder: folder)
        let report = try #require(results.first { $0.file.hasSuffix("/6-M4-Bien-ban.docx") })
        #expect(!report.passed)
        #expect(
            report.rendered(in: .en)
                == "FAIL \(resaved.path): cannot be verified: \(gone): error: there is no file or folder '\(gone)': check the path")
        #expect(
            report.rendered(in: .vi)
                == "LỖI   \(resaved.path): không kiểm chứng được: \(gone): lỗi: không có tệp hay thư mục '\(gone)': kiểm tra lại đường dẫn")
    }

    /// `hoso verify FOLDER` makes the dossier again ONCE — one call of the pipeline for the eight
    /// forms and the bound book — and compares every file with its part of that rendering.
    @Test func aFolderIsMadeAgainOnceForEveryFileAndTheBook() throws {
        let folder = try Self.rendered(DossierRequest(input: .file(path: Self.anSon)))
        defer { try? FileManager.default.removeItem(at: folder) }
        let verifier = DossierVerifier(catalog: try FormCatalog(root: Self.forms))
        let reproductions = Reproductions(pipeline: verifier.pipeline, customForms: [])
        let results = verifier.verify(folder: folder, reproductions: reproductions)
        #expect(
            results.filter { $0.verdict == .unchanged }.map { ($0.file as NSString).lastPathComponent } == [
                "1-M1-Bia.docx", "2-M2-To-trinh.docx", "3-KH-Ke-hoach.docx", "4-QD-Thanh-lap-Hoi-dong.docx",
                "5-M3-Bao-cao.docx", "6-M4-Bien-ban.docx", "7-M5-Tong-hop.docx", "8-BD-Bieu-diem.docx", "Ho-so.docx",
            ])
        #expect(results.allSatisfy { $0.passed })
        #expect(reproductions.renderCount == 1)
    }

    /// A dossier of some forms (`--only M3,M4`) is made again once too, its book from those forms.
    @Test func aDossierOfSomeFormsIsMadeAgainOnce() throws {
        let folder = try Self.rendered(DossierRequest(input: .file(path: Self.anSon), only: ["M3", "M4"]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let verifier = DossierVerifier(catalog: try FormCatalog(root: Self.forms))
        let reproductions = Reproductions(pipeline: verifier.pipeline, customForms: [])
        let results = verifier.verify(folder: folder, reproductions: reproductions)
        #expect(results.map { ($0.file as NSString).lastPathComponent } == ["5-M3-Bao-cao.docx", "6-M4-Bien-ban.docx", "Ho-so.docx"])
        #expect(results.allSatisfy { $0.verdict == .unchanged })
        #expect(reproductions.renderCount == 1)
    }

    /// A file edited after rendering is still caught, and a file re-saved without hoso's provenance
    /// is compared with the same one rendering: still one render for the folder.
    @Test func anEditedAndAReSavedFileAreJudgedFromTheSameRendering() throws {
        let folder = try Self.rendered(DossierRequest(input: .file(path: Self.anSon)))
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = folder.appendingPathComponent("2-M2-To-trinh.docx")
        var package = try OOXMLPackage.open(at: edited)
        let body = try #require(package.part("word/document.xml"))
        package.setPart("word/document.xml", Array(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "Kính gửi", with: "Kinh gui").utf8))
        try package.write(to: edited)
        let resaved = folder.appendingPathComponent("6-M4-Bien-ban.docx")
        var other = try OOXMLPackage.open(at: resaved)
        other.removePart(Provenance.partName)
        other.removePart(Provenance.customPartName)
        try other.write(to: resaved)

        let verifier = DossierVerifier(catalog: try FormCatalog(root: Self.forms))
        let reproductions = Reproductions(pipeline: verifier.pipeline, customForms: [])
        let results = verifier.verify(folder: folder, reproductions: reproductions)
        let m2 = try #require(results.first { $0.file == edited.path })
        guard case .contentChanged = m2.verdict else { Issue.record("M2: \(m2.verdict)"); return }
        let m4 = try #require(results.first { $0.file == resaved.path })
        guard case .resaved = m4.verdict else { Issue.record("M4: \(m4.verdict)"); return }
        #expect(results.filter { $0.verdict == .unchanged }.count == 7)
        #expect(reproductions.renderCount == 1)
    }

    static let anSon = forms.deletingLastPathComponent().appendingPathComponent("Fixtures/an-son-2023.yaml").path

    /// The dossier `request` asks for, written into a new temporary folder (the caller removes it).
    static func rendered(_ request: DossierRequest) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-verify-once-\(UUID().uuidString)")
        let pipeline = try DossierPipeline(formsRoot: forms, checking: false)
        _ = try DossierWriter.write(try pipeline.run(request), to: folder, options: .init())
        return folder
    }
}
