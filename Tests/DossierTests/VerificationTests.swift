import Foundation
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
        #expect(result.rendered(in: .en)
            == "FAIL x.docx: cannot be verified: not a valid DOCX (zip) file: not a zip archive (no zip directory at its end: another kind of file, or a zip cut short)")
        #expect(result.rendered(in: .vi)
            == "LỖI   x.docx: không kiểm chứng được: không phải tệp DOCX (zip) hợp lệ: không có mục lục zip ở cuối tệp: tệp loại khác, hoặc tệp zip bị cắt cụt")
    }
}
