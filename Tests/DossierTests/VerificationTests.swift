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
}
