import AssessmentInput
import Diagnostics
import Foundation
import OOXML
import Spreadsheet
import Testing

@testable import Dossier

#if canImport(Glibc)
import Glibc
#endif

/// A forms folder or rubric folder that is missing or cannot be read, a form description that cannot
/// be read, and data that no longer loads during verify: each said with the folder or file and the
/// system's reason, never "no such rubric", a raw Foundation error, or silence.
@Suite(.serialized) struct FormsFolderErrorTests {
    static let eioVI = "lỗi đọc/ghi của thiết bị (ổ đĩa hỏng hoặc bị rút ra?); hãy kiểm tra ổ đĩa rồi chạy lại"
    static let eioEN = "the device reported an I/O error (a failing or removed disk?); check the disk and run again"

    /// A forms folder whose entries link to the package's `Forms`, except those in `leaving`.
    static func linkedForms(leaving: Set<String>) throws -> URL {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("hoso-forms-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: VerificationTests.forms.path) where !leaving.contains(name) {
            try fm.createSymbolicLink(
                at: folder.appendingPathComponent(name), withDestinationURL: VerificationTests.forms.appendingPathComponent(name))
        }
        return folder
    }

    @Test func aMissingRubricFolderIsNamedInsteadOfAnUnknownRubric() throws {
        let forms = try Self.linkedForms(leaving: ["rubrics"])
        defer { try? FileManager.default.removeItem(at: forms) }
        let rubrics = forms.appendingPathComponent("rubrics").path
        let result = DataInput(formsRoot: forms).read(.file(path: VerificationTests.anSon))
        #expect(result.assessment == nil)
        let errors = result.errors.map { $0.rendered(in: .vi) }
        #expect(
            errors == [
                "\(VerificationTests.anSon):17:9: lỗi: rubric: không đọc được bộ tiêu chí có sẵn 'tt22': không tìm thấy thư mục mẫu biểu (Forms) tại \(rubrics); chỉ định bằng --forms hoặc biến HOSO_FORMS"
            ])
        #expect(
            result.errors.map { $0.message.text(in: .en) } == [
                "cannot read the built-in rubric 'tt22': cannot find the forms directory (Forms) at \(rubrics); give it with --forms or HOSO_FORMS"
            ])
    }

    @Test func anUnreadableRubricFolderGivesTheSystemsReason() throws {
        let forms = VerificationTests.forms
        let rubrics = forms.appendingPathComponent("rubrics").path
        FileOperations.ListingFault.shared.arm(path: rubrics)
        let result = DataInput(formsRoot: forms).read(.file(path: VerificationTests.anSon))
        FileOperations.ListingFault.shared.disarm(path: rubrics)
        #expect(
            result.errors.map { $0.message.text(in: .vi) } == [
                "không đọc được bộ tiêu chí có sẵn 'tt22': không đọc được thư mục mẫu biểu \(rubrics): \(Self.eioVI); cấp quyền đọc thư mục này, hoặc chỉ định thư mục Forms khác bằng --forms hoặc biến HOSO_FORMS"
            ])
        #expect(
            result.errors.map { $0.message.text(in: .en) } == [
                "cannot read the built-in rubric 'tt22': cannot read the forms directory \(rubrics): \(Self.eioEN); allow reading it, or give another Forms directory with --forms or HOSO_FORMS"
            ])
        // Readable again: the rubric is found.
        #expect(DataInput(formsRoot: forms).read(.file(path: VerificationTests.anSon)).errors.isEmpty)
    }

    @Test func anUnreadableFormsFolderOrFormDescriptionIsTranslated() throws {
        let forms = try Self.linkedForms(leaving: ["M1"])
        defer { try? FileManager.default.removeItem(at: forms) }
        FileOperations.ListingFault.shared.arm(path: forms.path)
        #expect(throws: DossierError.formsUnreadable(forms.path, code: EIO)) { try FormCatalog(root: forms) }
        FileOperations.ListingFault.shared.disarm(path: forms.path)
        #expect(
            DossierError.formsUnreadable(forms.path, code: EIO).message(in: .vi)
                == "không đọc được thư mục mẫu biểu \(forms.path): \(Self.eioVI); cấp quyền đọc thư mục này, hoặc chỉ định thư mục Forms khác bằng --forms hoặc biến HOSO_FORMS"
        )
        // A form description that is not UTF-8 text, then one that is a folder.
        let manifest = forms.appendingPathComponent("M1/form.yaml")
        try FileManager.default.createDirectory(at: forms.appendingPathComponent("M1"), withIntermediateDirectories: true)
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0x0A]).write(to: manifest)
        #expect(throws: DossierError.formManifestUnreadable(manifest.path, code: nil)) { try FormCatalog(root: forms) }
        #expect(
            DossierError.formManifestUnreadable(manifest.path, code: nil).message(in: .vi)
                == "\(manifest.path): tệp mô tả mẫu không phải tệp văn bản UTF-8 (tối đa 1 MB); chép lại form.yaml của mẫu từ bản hoso gốc")
        #expect(
            DossierError.formManifestUnreadable(manifest.path, code: nil).message(in: .en)
                == "\(manifest.path): the form description is not a UTF-8 text file (at most 1 MB); copy the form's form.yaml again from hoso's own")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: true)
        #expect(throws: DossierError.formManifestUnreadable(manifest.path, code: nil)) { try FormCatalog(root: forms) }
        #expect(
            DossierError.formManifestUnreadable(manifest.path, code: EACCES).message(in: .en).hasPrefix(
                "\(manifest.path): cannot read the form description: "))
    }

    @Test func verifySaysWhyTheEmbeddedDataDoesNotLoad() throws {
        let folder = try VerificationTests.rendered(DossierRequest(input: .file(path: VerificationTests.anSon), only: ["M1"], book: false))
        defer { try? FileManager.default.removeItem(at: folder) }
        // The data embedded in the DOCX made invalid (as a later hoso's stricter rules would find it),
        // its sums kept consistent: it cannot be loaded to check the manifest and PDFs.
        let docx = folder.appendingPathComponent("1-M1-Bia.docx")
        let package = try OOXMLPackage.open(at: docx)
        var provenance = try #require(try Provenance.read(from: package))
        var source = provenance.source
        source.dataText = source.dataText.replacingOccurrences(of: "year: 2023", with: "year: hai")
        provenance = Provenance(forms: provenance.forms, source: source)
        try provenance.stamped(into: package).write(to: docx)
        let results = DossierVerifier(catalog: try FormCatalog(root: VerificationTests.forms)).verify(folder: folder)
        let manifest = try #require(results.first { $0.file == folder.path + "/manifest.json" })
        #expect(!manifest.passed)
        #expect(
            manifest.rendered(in: .vi)
                == "LỖI   \(folder.path)/manifest.json: không kiểm chứng được: an-son-2023.yaml:15:7: lỗi: year: 'hai' không phải số nguyên: viết số, ví dụ 2024"
        )
        #expect(
            manifest.rendered(in: .en)
                == "FAIL \(folder.path)/manifest.json: cannot be verified: an-son-2023.yaml:15:7: error: year: 'hai' is not a whole number: write the number, for example 2024"
        )
    }

    @Test func importingIntoADataFileThatIsNotTextSaysSoAndLeavesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("ds.xlsx")
        try Data(try #require(try MemberList.export(dataAt: VerificationTests.anSon).bytes)).write(to: sheet)
        let data = folder.appendingPathComponent("don-vi.yaml")
        let bytes: [UInt8] = Array("unit:\n  name: Tr".utf8) + [0xFF] + Array("\n".utf8)
        try Data(bytes).write(to: data)
        let imported = try MemberList.importSheet(at: sheet.path, sheet: nil, into: data.path)
        #expect(imported.count == nil)
        #expect(
            imported.diagnostics.map { $0.rendered(in: .vi) } == [
                "\(data.path):2:11: lỗi: tệp không phải UTF-8 (byte 0xFF): hãy lưu lại tệp với mã hóa UTF-8"
            ])
        #expect(try Array(Data(contentsOf: data)) == bytes)
    }
}
