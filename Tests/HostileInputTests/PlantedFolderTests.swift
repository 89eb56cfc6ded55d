import Foundation
import Testing
import ZipCore

/// A dossier folder an attacker (or a careless hand) prepared before hoso runs: a planted commit
/// journal, a manifest edited to match other data, a document edited after rendering, hidden
/// dossier files; and inputs that are not regular files. Each is refused with one located sentence,
/// and nothing in the folder changes.
@Suite struct PlantedFolderTests {
    static let data = "Fixtures/an-son-2023.yaml"

    /// `hoso: lỗi: MESSAGE` as the command line prints a refusal.
    static func failure(_ message: String) -> String { "hoso: lỗi: \(message)\n" }

    /// Every entry of `folder` (hidden ones too) with its bytes.
    static func listing(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            result[name] = isFolder.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: url)
        }
        return result
    }

    /// A dossier of M1 and M3 rendered from the An Sơn fixture into `folder/ho-so`.
    static func rendered(in folder: URL) throws -> URL {
        let dossier = folder.appendingPathComponent("ho-so")
        let outcome = try Confinement.hoso(["render", data, "--only", "M1,M3", "-o", dossier.path])
        try #require(outcome.status == 0, "\(outcome)")
        return dossier
    }

    /// A real `.hoso-commit` planted in a dossier folder, whose well-formed plan takes out a
    /// personal note (with its true SHA-256, and the true SHA-256 of the manifest) and installs a
    /// genuine manifest: the next
    /// render refuses it and moves nothing.
    @Test func aPlantedRealJournalIsRefusedAndNothingIsDeleted() throws {
        let folder = try temporaryFolder("planted-journal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let note = dossier.appendingPathComponent("ghi-chu.txt")
        try Data("ghi chú của cô Lan".utf8).write(to: note)
        let journal = dossier.appendingPathComponent(".hoso-commit")
        try FileManager.default.createDirectory(at: journal.appendingPathComponent("old"), withIntermediateDirectories: true)
        let noteSum = sha256(Array("ghi chú của cô Lan".utf8))
        let manifestSum = sha256(Array(try Data(contentsOf: dossier.appendingPathComponent("manifest.json"))))
        // The plan's own new manifest is genuine bytes; only the note is not hoso's.
        try FileManager.default.copyItem(at: dossier.appendingPathComponent("manifest.json"), to: journal.appendingPathComponent("manifest.json"))
        let plan =
            #"{"install":[{"name":"manifest.json","sha256":"\#(manifestSum)"}],"remove":[{"name":"ghi-chu.txt","sha256":"\#(noteSum)"}],"old_manifest_sha256":"\#(manifestSum)"}"#
        try Data(plan.utf8).write(to: journal.appendingPathComponent("commit.json"))
        let before = try Self.listing(dossier)

        let outcome = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(
            outcome.errors
                == Self.failure(
                    "\(journal.path) không phải nhật ký ghi dở do hoso để lại: nó đòi ghi hoặc xóa ghi-chu.txt, không phải tên tệp hoso ghi vào hồ sơ (hoso chỉ ghi manifest.json, Ho-so.docx/.pdf và các tệp mẫu đánh số như 5-M3-Bao-cao.docx); hoso không dùng nhật ký này và không động vào tệp nào trong thư mục; hãy xem rồi tự xóa \(journal.path), hoặc chọn thư mục khác"
                ), "\(outcome)")
        #expect(try Self.listing(dossier) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted() == ["commit.json", "manifest.json", "old"])
        // verify says the folder is not one complete dossier.
        let verify = try Confinement.hoso(["verify", dossier.path])
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.output.contains("LỖI   \(journal.path): một lần lập hồ sơ bị dừng giữa chừng"), "\(verify)")
    }

    /// An attacker trial: a planted journal that brings its own `old/manifest.json` listing
    /// personal files with their true SHA-256, and a plan (recording that fake manifest's SHA-256)
    /// that takes them out. Whether its new manifest still waits in the journal or is the folder's
    /// own, the render refuses naming the personal file, and nothing is moved or deleted.
    @Test(arguments: [true, false])
    func aJournalWithItsOwnOldManifestCannotDeletePersonalFiles(newManifestWaits: Bool) throws {
        let folder = try temporaryFolder("planted-old-manifest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        var entries: [String] = []
        for (name, text) in [("thesis.docx", "luận văn"), ("notes.txt", "ghi chú"), ("note.txt", "ghi")] {
            try Data(text.utf8).write(to: dossier.appendingPathComponent(name))
            entries.append(#"{"name":"\#(name)","bytes":\#(text.utf8.count),"sha256":"\#(sha256(Array(text.utf8)))"}"#)
        }
        let manifestBytes = Array(try Data(contentsOf: dossier.appendingPathComponent("manifest.json")))
        let manifestSum = sha256(manifestBytes)
        let fake = try #require(String(bytes: manifestBytes, encoding: .utf8))
            .replacingOccurrences(of: #""files" : ["#, with: #""files" : [\#(entries.joined(separator: ",")),"#)
        let journal = dossier.appendingPathComponent(".hoso-commit")
        try FileManager.default.createDirectory(at: journal.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data(fake.utf8).write(to: journal.appendingPathComponent("old/manifest.json"))
        if newManifestWaits {
            try Data(manifestBytes).write(to: journal.appendingPathComponent("manifest.json"))
        }
        let remove = [("note.txt", "ghi"), ("notes.txt", "ghi chú"), ("thesis.docx", "luận văn")]
            .map { #"{"name":"\#($0.0)","sha256":"\#(sha256(Array($0.1.utf8)))"}"# }
        let plan =
            #"{"install":[{"name":"manifest.json","sha256":"\#(manifestSum)"}],"remove":[\#(remove.joined(separator: ","))],"old_manifest_sha256":"\#(sha256(Array(fake.utf8)))"}"#
        try Data(plan.utf8).write(to: journal.appendingPathComponent("commit.json"))
        let before = try Self.listing(dossier)
        let journalBefore = try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted()

        let outcome = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(
            outcome.errors
                == Self.failure(
                    "\(journal.path) không phải nhật ký ghi dở do hoso để lại: nó đòi ghi hoặc xóa note.txt, không phải tên tệp hoso ghi vào hồ sơ (hoso chỉ ghi manifest.json, Ho-so.docx/.pdf và các tệp mẫu đánh số như 5-M3-Bao-cao.docx); hoso không dùng nhật ký này và không động vào tệp nào trong thư mục; hãy xem rồi tự xóa \(journal.path), hoặc chọn thư mục khác"
                ), "\(outcome)")
        #expect(try Self.listing(dossier) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted() == journalBefore)
        let english = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path, "--lang", "en"])
        #expect(
            english.errors
                == "hoso: error: \(journal.path) is not a journal hoso left mid-commit: it would write or remove note.txt, which is not a name hoso writes into a dossier (hoso writes only manifest.json, Ho-so.docx/.pdf and numbered form files such as 5-M3-Bao-cao.docx); hoso will not use it and touches no file in this folder; inspect and delete \(journal.path) yourself, or choose another folder\n",
            "\(english)")
        #expect(try Self.listing(dossier) == before)
    }

    /// The same planted journal taking out one of hoso's own documents (a name it may move) is
    /// still refused: its old manifest is not the folder's `manifest.json`, or the new manifest is
    /// already in place and nothing may leave the folder any more.
    @Test(arguments: [true, false])
    func aJournalNotTiedToTheFolderIsRefused(newManifestWaits: Bool) throws {
        let folder = try temporaryFolder("untied-journal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let victim = "5-M3-Bao-cao.docx"
        let victimSum = sha256(Array(try Data(contentsOf: dossier.appendingPathComponent(victim))))
        let manifestBytes = Array(try Data(contentsOf: dossier.appendingPathComponent("manifest.json")))
        let fake =
            #"{"files":[{"name":"\#(victim)","bytes":1,"sha256":"\#(victimSum)"}],"input":"x","input_sha256":"0","regime":"TT22","tool":"hoso"}"#
        let journal = dossier.appendingPathComponent(".hoso-commit")
        try FileManager.default.createDirectory(at: journal.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data(fake.utf8).write(to: journal.appendingPathComponent("old/manifest.json"))
        if newManifestWaits { try Data(manifestBytes).write(to: journal.appendingPathComponent("manifest.json")) }
        let plan =
            #"{"install":[{"name":"manifest.json","sha256":"\#(sha256(manifestBytes))"}],"remove":[{"name":"\#(victim)","sha256":"\#(victimSum)"}],"old_manifest_sha256":"\#(sha256(Array(fake.utf8)))"}"#
        try Data(plan.utf8).write(to: journal.appendingPathComponent("commit.json"))
        let before = try Self.listing(dossier)

        let outcome = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path, "--lang", "en"])
        #expect(outcome.status == 2, "\(outcome)")
        let file = newManifestWaits ? "manifest.json" : victim
        #expect(
            outcome.errors
                == "hoso: error: \(journal.path) is not a journal hoso left mid-commit: \(file) in it does not match what the journal records (not a file hoso wrote, or edited since); hoso will not use it and touches no file in this folder; inspect and delete \(journal.path) yourself, or choose another folder\n",
            "\(outcome)")
        #expect(try Self.listing(dossier) == before)
    }

    /// `hoso verify` while a render holds the folder (here: its lock held, its manifest moved aside
    /// as a commit does) waits for it, saying so, instead of reporting a missing manifest (an
    /// attacker trial saw "tampering" reported); once the render ends it judges the whole dossier.
    @Test func verifyWaitsForARenderHoldingTheFolder() throws {
        final class Box: @unchecked Sendable { var outcome: Confinement.Outcome? }
        let folder = try temporaryFolder("verify-lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let manifest = dossier.appendingPathComponent("manifest.json")
        let aside = folder.appendingPathComponent("manifest.json")
        let fd = open(dossier.appendingPathComponent(".hoso.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
        try FileManager.default.moveItem(at: manifest, to: aside)
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let path = dossier.path
        Thread {
            box.outcome = try? Confinement.hoso(["verify", path])
            done.signal()
        }.start()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(done.wait(timeout: .now()) == .timedOut, "verify did not wait: \(String(describing: box.outcome))")
        try FileManager.default.moveItem(at: aside, to: manifest)
        close(fd)
        #expect(done.wait(timeout: .now() + 60) == .success)
        let outcome = try #require(box.outcome)
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.errors == "hoso: một lần chạy hoso khác đang ghi vào \(dossier.path); đang chờ lần đó xong (Ctrl-C để dừng)…\n", "\(outcome)")
        #expect(!outcome.output.contains("LỖI"), "\(outcome)")
    }

    /// Bytes hoso never writes around a document (`cat x.pdf >> a.docx`, a zip comment) fail
    /// verify, alone and in a folder whose manifest was re-hashed; so does an extra part that only
    /// re-renders as "re-saved" there (the manifest's bytes must re-render exactly).
    @Test func strayBytesAndExtraPartsFailEvenWithARehashedManifest() throws {
        let folder = try temporaryFolder("stray-bytes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let name = "5-M3-Bao-cao.docx"
        let url = dossier.appendingPathComponent(name)
        let original = Array(try Data(contentsOf: url))
        let stray =
            "có dữ liệu lạ ngoài gói (byte thêm vào sau hoặc trước gói zip, hoặc chú thích zip): hoso không bao giờ ghi như vậy, tệp đã bị sửa sau khi lập; hãy lập lại hồ sơ bằng hoso render"
        func rehash(_ bytes: [UInt8]) throws {
            try Data(bytes).write(to: url)
            let manifestURL = dossier.appendingPathComponent("manifest.json")
            let text = try String(contentsOf: manifestURL, encoding: .utf8)
            try Data(
                text.replacingOccurrences(of: sha256(original), with: sha256(bytes))
                    .replacingOccurrences(of: #""bytes" : \#(original.count)"#, with: #""bytes" : \#(bytes.count)"#).utf8
            ).write(to: manifestURL)
        }
        let appended = original + Array("%PDF-1.7\n%%EOF\n".utf8)
        try rehash(appended)
        let single = try Confinement.hoso(["verify", url.path])
        #expect(single.status == 1, "\(single)")
        #expect(single.output == "LỖI   \(url.path): \(stray)\n", "\(single)")
        let whole = try Confinement.hoso(["verify", dossier.path])
        #expect(whole.status == 1, "\(whole)")
        #expect(whole.output.contains("LỖI   \(url.path): \(stray)\n"), "\(whole)")
        // An extra part named like the document with a trailing space.
        let reader = try ZipReader(bytes: original)
        var entries = try reader.entries.map { ZipWriter.Entry(name: $0.name, bytes: try reader.read($0)) }
        entries.append(ZipWriter.Entry(name: "word/document.xml ", bytes: Array("<x/>".utf8)))
        try rehash(try ZipWriter.archive(entries))
        let extra = try Confinement.hoso(["verify", dossier.path])
        #expect(extra.status == 1, "\(extra)")
        #expect(extra.output.contains("LỖI   \(url.path): "), "\(extra)")
        #expect(!extra.output.contains("LƯU Ý"), "\(extra)")
    }

    /// `--only` into a folder whose kept document has an entry that is both file and folder (its
    /// manifest re-hashed) names the document and why it cannot be opened; nothing changes.
    @Test func onlyRefusesAKeptDocumentThatCannotBeOpened() throws {
        let folder = try temporaryFolder("only-conflict")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let url = dossier.appendingPathComponent("1-M1-Bia.docx")
        let original = Array(try Data(contentsOf: url))
        let reader = try ZipReader(bytes: original)
        let entries = try reader.entries.map { ZipWriter.Entry(name: $0.name, bytes: try reader.read($0)) }
        let bad = try ZipWriter.archive(entries + [ZipWriter.Entry(name: "word/document.xml/", bytes: [])])
        try Data(bad).write(to: url)
        let manifestURL = dossier.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifestURL, encoding: .utf8)
        try Data(text.replacingOccurrences(of: sha256(original), with: sha256(bad)).utf8).write(to: manifestURL)
        let before = try Self.listing(dossier)
        let outcome = try Confinement.hoso(["render", Self.data, "--only", "M3", "-o", dossier.path, "--lang", "en"])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(
            outcome.errors
                == "hoso: error: \(url.path) cannot be opened: the package holds the entry 'word/document.xml/', which uses 'word/document.xml' as a folder while 'word/document.xml' is a part (a file) of the package: Word, LibreOffice and unzip cannot open such a package; the file is refused — open it in Word and save it again, or render it again with hoso; --only would keep it in the new dossier: render the whole dossier (without --only) or write to another folder\n",
            "\(outcome)")
        #expect(try Self.listing(dossier) == before)
    }

    /// A finished commit whose cleanup failed (an attacker trial injected EIO into `rmdir`) leaves
    /// `.hoso-commit/old/` without its plan: the dossier is whole and verify accepts it; the next
    /// render removes the leftover.
    @Test func aFinishedCommitsLeftoverIsNotAnUnfinishedCommit() throws {
        let folder = try temporaryFolder("finished-journal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let journal = dossier.appendingPathComponent(".hoso-commit")
        try FileManager.default.createDirectory(at: journal.appendingPathComponent("old"), withIntermediateDirectories: true)
        let verify = try Confinement.hoso(["verify", dossier.path])
        #expect(verify.status == 0, "\(verify)")
        #expect(!verify.output.contains(journal.path), "\(verify)")
        let again = try Confinement.hoso(["render", Self.data, "-o", dossier.path])
        #expect(again.status == 0, "\(again)")
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    /// A leftover `.hoso-staging` holding a file hoso never stages is kept, and refused.
    @Test func aStagingFolderWithForeignFilesIsKept() throws {
        let folder = try temporaryFolder("planted-staging")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let staging = dossier.appendingPathComponent(".hoso-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("ảnh".utf8).write(to: staging.appendingPathComponent("anh.jpg"))
        let before = try Self.listing(dossier)
        let outcome = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path, "--lang", "en"])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(
            outcome.errors
                == "hoso: error: \(staging.path) holds anh.jpg, which is not something hoso writes while rendering: hoso will not delete this folder and writes nothing into the destination; inspect and move or delete \(staging.path) yourself, or choose another folder\n",
            "\(outcome)")
        #expect(try Self.listing(dossier) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path) == ["anh.jpg"])
    }

    /// `manifest.json` edited so that its input hash matches new data: `--only` still finds, in
    /// the remaining document's own provenance, that it was rendered from other data, and refuses
    /// naming both data files.
    @Test func onlyChecksTheRemainingDocumentsThemselves() throws {
        let folder = try temporaryFolder("edited-manifest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let newData = folder.appendingPathComponent("an-son-sua.yaml")
        let newBytes = Array(try Data(contentsOf: packageRoot.appendingPathComponent(Self.data))) + Array("# sửa lại\n".utf8)
        try Data(newBytes).write(to: newData)
        let manifestURL = dossier.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let recorded = try #require(manifest.firstMatch(of: /"input_sha256" : "([0-9a-f]{64})"/)?.output.1)
        try Data(
            manifest.replacingOccurrences(of: String(recorded), with: sha256(newBytes))
                .replacingOccurrences(of: Self.data, with: newData.path).utf8
        ).write(to: manifestURL)
        let before = try Self.listing(dossier)

        let outcome = try Confinement.hoso(["render", newData.path, "--only", "M3", "-o", dossier.path])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(outcome.errors.hasPrefix("hoso: lỗi: \(dossier.path) chứa hồ sơ lập từ 1-M1-Bia.docx: an-son-2023.yaml (SHA-256 "), "\(outcome)")
        #expect(outcome.errors.contains("còn lần này dữ liệu là an-son-sua.yaml (SHA-256 "), "\(outcome)")
        #expect(try Self.listing(dossier) == before)
    }

    /// A document edited by hand after rendering is never replaced silently: the render stops
    /// naming it; with `--force` it is kept as `NAME.da-sua-1.docx` and the user is told.
    @Test func aDocumentEditedByHandIsKeptNotDestroyed() throws {
        let folder = try temporaryFolder("edited-docx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let edited = dossier.appendingPathComponent("5-M3-Bao-cao.docx")
        let editedBytes = Array(try Data(contentsOf: edited)) + [0x0A]
        try Data(editedBytes).write(to: edited)
        let before = try Self.listing(dossier)

        let refused = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path])
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.errors
                == Self.failure(
                    "\(edited.path) đã bị sửa sau khi hoso ghi (nội dung không còn khớp với manifest.json): hoso không xóa hay ghi đè nó; hãy chuyển tệp này sang chỗ khác rồi chạy lại, hoặc thêm --force để hoso giữ tệp đã sửa thành một bản sao (TÊN.da-sua-1.docx) rồi ghi hồ sơ mới"
                ), "\(refused)")
        #expect(try Self.listing(dossier) == before)

        let forced = try Confinement.hoso(["render", Self.data, "--only", "M1,M3", "-o", dossier.path, "--force"])
        #expect(forced.status == 0, "\(forced)")
        let copy = dossier.appendingPathComponent("5-M3-Bao-cao.da-sua-1.docx")
        #expect(
            forced.errors.contains(
                "hoso: \(edited.path) không phải bản hoso đã ghi (đã bị sửa hoặc của người khác): theo --force, hoso đã giữ nó thành \(copy.path)"),
            "\(forced)")
        #expect(Array(try Data(contentsOf: copy)) == editedBytes)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dossier.path).sorted()
                == ["1-M1-Bia.docx", "5-M3-Bao-cao.da-sua-1.docx", "5-M3-Bao-cao.docx", "manifest.json"])
    }

    /// Hidden `.x.docx` / `.x.pdf` files are dossier files the manifest does not list: verify and
    /// archive fail; a hidden personal note is only a warning.
    @Test func hiddenDossierFilesFailVerifyAndArchive() throws {
        let folder = try temporaryFolder("hidden")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let scan = folder.appendingPathComponent("ban-ky.pdf")
        try Data("%PDF-1.4\n% bản quét\n".utf8).write(to: scan)
        try Data(".ghi-chu".utf8).write(to: dossier.appendingPathComponent(".ghi-chu"))
        let clean = try Confinement.hoso(["verify", dossier.path])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.output.contains("LƯU Ý \(dossier.path)/.ghi-chu: "), "\(clean)")

        for (name, bytes) in [
            (".x.docx", Array(try Data(contentsOf: dossier.appendingPathComponent("1-M1-Bia.docx")))),
            (".Ho-so.PDF", Array("%PDF-1.4\n".utf8)),
        ] {
            let hidden = dossier.appendingPathComponent(name)
            try Data(bytes).write(to: hidden)
            defer { try? FileManager.default.removeItem(at: hidden) }
            let verify = try Confinement.hoso(["verify", dossier.path])
            #expect(verify.status == 1, "\(verify)")
            #expect(
                verify.output.contains(
                    "LỖI   \(hidden.path): không có trong manifest.json: tệp hồ sơ không thuộc lần lập này (xóa tệp hoặc lập lại hồ sơ)"), "\(verify)"
            )
            let archive = folder.appendingPathComponent("luu-tru.zip")
            let packed = try Confinement.hoso(["archive", dossier.path, "--signed", scan.path, "-o", archive.path])
            #expect(packed.status == 2, "\(packed)")
            #expect(!FileManager.default.fileExists(atPath: archive.path))
        }
    }

    /// Inputs that are not regular files — a FIFO, a link to one, a device, a folder — are refused
    /// at once with a sentence naming them, for every command that reads a file the user names
    /// (`check` reports on standard output, the others on standard error).
    @Test func inputsThatAreNotRegularFilesAreRefusedWithoutBlocking() throws {
        let folder = try temporaryFolder("special-inputs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = try Self.rendered(in: folder)
        let fifo = folder.appendingPathComponent("ong.pdf").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let link = folder.appendingPathComponent("lien-ket.yaml").path
        #expect(symlink(fifo, link) == 0)
        let out = folder.appendingPathComponent("ra").path
        func fifoSentence(_ path: String) -> String {
            "'\(path)' là một ống dẫn (FIFO), không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường"
        }
        let device = "'/dev/zero' là một thiết bị, không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường"
        let cases: [(arguments: [String], status: Int32, errors: String)] = [
            (["archive", dossier.path, "--signed", fifo, "-o", out + ".zip"], 2, Self.failure(fifoSentence(fifo))),
            (["archive", dossier.path, "--signed", link, "-o", out + ".zip"], 2, Self.failure(fifoSentence(link))),
            (["archive", dossier.path, "--signed", "/dev/zero", "-o", out + ".zip"], 2, Self.failure(device)),
            (
                ["archive", dossier.path, "--signed", folder.path, "-o", out + ".zip"], 2,
                Self.failure("'\(folder.path)' là một thư mục, cần một tệp")
            ),
            (["check", link], 1, "\(link): lỗi: \(fifoSentence(link))\nDữ liệu chưa hợp lệ: 1 lỗi, 0 cảnh báo.\n"),
            (["render", link, "-o", out], 1, "\(link): lỗi: \(fifoSentence(link))\n"),
            (["fill", "Fixtures/bench/letter", link, "-o", out + ".docx"], 1, "\(link): lỗi: \(fifoSentence(link))\n"),
            (["fill", fifo, "Fixtures/bench/letter.json", "-o", out + ".docx"], 1, "\(fifo): lỗi: \(fifoSentence(fifo))\n"),
            (["members", "import", fifo, "--into", out + ".yaml"], 1, "\(fifo): lỗi: \(fifoSentence(fifo))\n"),
        ]
        for (arguments, status, errors) in cases {
            let outcome = try Confinement.hoso(arguments, limits: .init(wallSeconds: 20))
            #expect(!outcome.timedOut && outcome.status == status, "\(arguments): \(outcome)")
            #expect(outcome.output + outcome.errors == errors, "\(arguments): \(outcome)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["ho-so", "lien-ket.yaml", "ong.pdf"])
    }
}
