import Assessment
import Diagnostics
import Foundation
import Testing

@testable import Dossier

#if canImport(Glibc)
import Glibc
#endif

/// A folder that cannot be listed or a file that cannot be read (a disk error, injected) is said as
/// the system's error — never a shorter listing, an empty file, a missing form part, or a file
/// blamed as not hoso's.
@Suite(.serialized) struct ReadErrorTests {
    static let eio = "lỗi đọc/ghi của thiết bị (ổ đĩa hỏng hoặc bị rút ra?); hãy kiểm tra ổ đĩa rồi chạy lại"

    /// A new temporary folder (the caller removes it).
    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aListingThatFailsMidwayIsAnErrorNotAShorterList() throws {
        let folder = try Self.temporaryFolder("names")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("a.docx"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".b"))
        #expect(try FileOperations.names(in: folder.path).sorted() == [".b", "a.docx"])
        FileOperations.ListingFault.shared.arm(path: folder.path)
        defer { FileOperations.ListingFault.shared.disarm(path: folder.path) }
        #expect(throws: OutputError.fileSystem(.read, path: folder.path, code: EIO)) { try FileOperations.names(in: folder.path) }
        #expect(throws: OutputError.fileSystem(.read, path: folder.path + "/a.docx/x", code: ENOTDIR)) {
            try FileOperations.names(in: folder.path + "/a.docx/x")
        }
    }

    @Test func verifyFailsAFolderItCannotList() throws {
        let folder = try VerificationTests.rendered(DossierRequest(input: .file(path: VerificationTests.anSon), only: ["M1"], book: false))
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stray file the listing would have shown.
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("9-Ghi-chu.docx"))
        let verifier = DossierVerifier(catalog: try FormCatalog(root: VerificationTests.forms))
        FileOperations.ListingFault.shared.arm(path: folder.path)
        let results = verifier.verify(folder: folder)
        FileOperations.ListingFault.shared.disarm(path: folder.path)
        let listing = try #require(results.first { $0.file == folder.path })
        #expect(!listing.passed)
        #expect(
            listing.rendered(in: .vi)
                == "LỖI   \(folder.path): không liệt kê được các tệp trong thư mục (không đọc được \(folder.path): \(Self.eio)): chưa biết thư mục có tệp lạ nào không, nên chưa xác nhận được hồ sơ"
        )
        #expect(
            listing.rendered(in: .en)
                == "FAIL \(folder.path): the folder's files cannot be listed (cannot read \(folder.path): the device reported an I/O error (a failing or removed disk?); check the disk and run again): a stray file may be there unseen, so the dossier is not confirmed"
        )
        // Listed again: the stray file is found.
        let again = verifier.verify(folder: folder)
        #expect(again.first { $0.file == folder.path } == nil)
        #expect(again.first { $0.file.hasSuffix("9-Ghi-chu.docx") }?.verdict == .unlisted)
    }

    @Test func aFormFolderThatCannotBeReadIsTheSystemsErrorNotAMissingPart() throws {
        let folder = try Self.temporaryFolder("form-parts")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in ["word/document.xml": "<w/>", "_rels/.rels": "<r/>", ".DS_Store": "x", "GHI-CHU.md": "#", "form.yaml": "id: X"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let parts = try FormPackage.parts(in: folder)
        // Not form.yaml: the catalog read it already, and it is no part of the package.
        #expect(parts.keys.sorted() == ["_rels/.rels", "word/document.xml"])
        #expect(parts["word/document.xml"] == Array("<w/>".utf8))

        let word = folder.appendingPathComponent("word").path
        FileOperations.ListingFault.shared.arm(path: word)
        defer { FileOperations.ListingFault.shared.disarm(path: word) }
        #expect(throws: DossierError.output(.fileSystem(.read, path: word, code: EIO))) { try FormPackage.parts(in: folder) }
        #expect(DossierError.output(.fileSystem(.read, path: word, code: EIO)).message(in: .vi) == "không đọc được \(word): \(Self.eio)")
        FileOperations.ListingFault.shared.disarm(path: word)

        let part = folder.appendingPathComponent("word/document.xml").path
        FileOperations.ListingFault.shared.arm(path: part)
        defer { FileOperations.ListingFault.shared.disarm(path: part) }
        #expect(throws: DossierError.output(.fileSystem(.read, path: part, code: EIO))) { try FormPackage.parts(in: folder) }

        let gone = folder.appendingPathComponent("khong-co")
        #expect(throws: DossierError.formsNotFound(gone.path)) { try FormPackage.parts(in: gone) }
    }

    @Test func theEarlierDossierIsNotBlamedForADiskError() throws {
        let folder = try Self.temporaryFolder("previous")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = Manifest(tool: "0.1.0", input: "a.yaml", inputBytes: Array("a".utf8), regime: .tt22)
        try Data(try manifest.jsonBytes()).write(to: folder.appendingPathComponent("manifest.json"))
        #expect(try PreviousDossier(folder: folder.path).manifest == manifest)

        FileOperations.ListingFault.shared.arm(path: folder.path)
        #expect(throws: OutputError.fileSystem(.read, path: folder.path, code: EIO)) { try PreviousDossier(folder: folder.path) }
        FileOperations.ListingFault.shared.disarm(path: folder.path)

        // The manifest that cannot be read is not "a manifest hoso did not write".
        let path = folder.appendingPathComponent("manifest.json").path
        FileOperations.ListingFault.shared.arm(path: path)
        defer { FileOperations.ListingFault.shared.disarm(path: path) }
        #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try PreviousDossier(folder: folder.path) }
        #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try StagedOutput(destination: folder) }
    }

    /// A file of the earlier dossier that cannot be read is the disk's error, not "changed since
    /// hoso wrote it" (nor, with `--force`, a file set aside as edited).
    @Test func anEarlierFileThatCannotBeReadIsNotTakenForAnEditedOne() throws {
        let folder = try Self.temporaryFolder("earlier")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Array("tài liệu".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("1-M1-Bia.pdf"))
        var manifest = Manifest(tool: "0.1.0", input: "a.yaml", inputBytes: Array("a".utf8), regime: .tt22)
        manifest.files = [Manifest.Entry(name: "1-M1-Bia.pdf", bytes: bytes.count, sha256: Manifest.sha256(bytes))]
        try Data(try manifest.jsonBytes()).write(to: folder.appendingPathComponent("manifest.json"))
        let previous = try PreviousDossier(folder: folder.path)
        func check(force: Bool) throws(OutputError) -> [String] {
            try previous.check(folder: folder.path, writing: ["1-M1-Bia.pdf"], header: manifest, source: nil, partial: false, force: force)
        }
        #expect(try check(force: false) == [])
        let path = folder.appendingPathComponent("1-M1-Bia.pdf").path
        FileOperations.ListingFault.shared.arm(path: path)
        defer { FileOperations.ListingFault.shared.disarm(path: path) }
        #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try check(force: false) }
        #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try check(force: true) }
    }

    @Test func theArchiveSaysAReadErrorNotASumMismatch() throws {
        let folder = try VerificationTests.rendered(DossierRequest(input: .file(path: VerificationTests.anSon), only: ["M1"], book: false))
        defer { try? FileManager.default.removeItem(at: folder) }
        let verifier = DossierVerifier(catalog: try FormCatalog(root: VerificationTests.forms))
        let docx = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".docx") })
        let path = folder.appendingPathComponent(docx).path
        FileOperations.ListingFault.shared.arm(path: path)
        defer { FileOperations.ListingFault.shared.disarm(path: path) }
        #expect(throws: DossierError.output(.fileSystem(.read, path: path, code: EIO))) {
            try DossierArchive.make(folder: folder, signed: nil, verifier: verifier)
        }
        FileOperations.ListingFault.shared.disarm(path: path)
        #expect(try DossierArchive.make(folder: folder, signed: nil, verifier: verifier).count > 0)
    }

    /// A converted PDF that cannot be read is the disk's error (EIO's reason), not a stale errno;
    /// one that is not there is "no such file".
    @Test func aConvertedPDFThatCannotBeReadSaysTheSystemsReason() throws {
        let folder = try Self.temporaryFolder("converted")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("1-M1-Bia.pdf").path
        try Data("%PDF-1.7".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileOperations.readProduced(path) == Array("%PDF-1.7".utf8))
        FileOperations.ListingFault.shared.arm(path: path)
        defer { FileOperations.ListingFault.shared.disarm(path: path) }
        #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try FileOperations.readProduced(path) }
        #expect(DossierError.output(.fileSystem(.read, path: path, code: EIO)).message(in: .vi) == "không đọc được \(path): \(Self.eio)")
        FileOperations.ListingFault.shared.disarm(path: path)
        let gone = folder.appendingPathComponent("khong-co.pdf").path
        #expect(throws: OutputError.fileSystem(.read, path: gone, code: ENOENT)) { try FileOperations.readProduced(gone) }
    }

    @Test func aPDFBesideADocxThatDoesNotOpenIsNotPassed() {
        let verdict = PDFText.verdict(pdfAt: "/khong-co.pdf", facts: ["TRƯỜNG AN SƠN"], docx: Array("not a zip".utf8))
        #expect(verdict == .pdfUnreadable(VerifyMessages.pdfDocxUnreadable))
        #expect(
            Verification(file: "1-M1-Bia.pdf", verdict: verdict).rendered(in: .vi)
                == "LỖI   1-M1-Bia.pdf: không đọc được chữ của tệp DOCX cùng tên nên chưa so được chữ trong PDF với nó; sửa hoặc lập lại tệp DOCX rồi kiểm chứng lại"
        )
    }
}

/// One rule for a plain file name of a dossier folder: the manifest's entries `hoso verify` accepts
/// are the names the commit and `hoso archive` accept (they disagreed on `:` and DEL).
@Suite struct PlainFileNameTests {
    @Test(arguments: [
        ("1-M1-Bia.docx", true), ("Ho-so.pdf", true), ("ghi chú.pdf", true),
        ("a:b.pdf", false), ("a\u{7F}.pdf", false), ("a\u{1F}.pdf", false), (".an.docx", false), ("a/b.docx", false),
        ("a\\b.docx", false), ("", false), (String(repeating: "a", count: 256), false),
    ])
    func aManifestEntryIsAPlainNameOfTheFolder(_ name: String, _ plain: Bool) {
        #expect(DossierFileName.isPlain(name) == plain)
        #expect(DossierVerifier.isManifestEntry(name) == plain)
    }

    @Test func theManifestItselfIsNoEntry() {
        #expect(DossierFileName.isPlain("manifest.json"))
        #expect(!DossierVerifier.isManifestEntry("manifest.json"))
    }

    @Test func verifyRefusesAManifestEntryTheArchiveWouldRefuse() throws {
        let folder = try ReadErrorTests.temporaryFolder("plain")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = #"{"tool":"0.1.0","input":"x.yaml","input_sha256":"a","regime":"TT22","files":[{"name":"a:b.pdf","bytes":1,"sha256":"a"}]}"#
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        let verifier = DossierVerifier(catalog: try FormCatalog(root: VerificationTests.forms))
        let results = verifier.verify(folder: folder)
        let entry = try #require(results.first { $0.file == folder.path + "/manifest.json" })
        #expect(entry.verdict == .invalidManifest(VerifyMessages.manifestEntry("a:b.pdf")))
    }
}
