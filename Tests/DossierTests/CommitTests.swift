import Assessment
import Diagnostics
import Foundation
import Testing

@testable import Dossier

/// The commit of a staged dossier: what it replaces, removes and refuses, and what a killed run's
/// journal becomes.
@Suite(.serialized) struct CommitTests {
    let base: URL
    let folder: URL
    /// What the last `render` said it kept with `--force`.
    let kept = Kept()

    final class Kept {
        var notices: [OutputError] = []
    }

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-commit-\(UUID().uuidString)")
        folder = base.appendingPathComponent("ho-so")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Stages `files` (name → text) plus a manifest of them for `input`, and commits like the writer.
    @discardableResult
    func render(_ files: [String: String], input: String = "a", partial: Bool = false, force: Bool = false) throws -> Manifest {
        let staged = try StagedOutput(destination: folder)
        do {
            var manifest = Manifest(tool: "0.1.0", input: "\(input).yaml", inputBytes: Array(input.utf8), regime: .tt22)
            let setAside = try staged.previous.check(
                folder: folder.path, writing: files.keys.sorted(), header: manifest,
                source: nil, partial: partial, force: force)
            kept.notices = try staged.keepCopies(setAside)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try staged.write(name, Array(text.utf8))
                manifest.add(name, Array(text.utf8))
            }
            let (final, remove) = staged.previous.merge(manifest, partial: partial, bookStem: "Ho-so")
            try staged.write("manifest.json", try final.jsonBytes())
            try staged.commit(removing: remove)
            return final
        } catch {
            staged.discard()
            throw error
        }
    }

    /// The visible files of the folder with their text.
    func contents() throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") && name != "manifest.json" {
            result[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    /// The hidden entries left in the folder.
    func hidden() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test func aRenderReplacesItsOwnFilesAndRemovesThoseItNoLongerWrites() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "a1", "1-M1.pdf": "p1", "Ho-so.docx": "b"])
        try render(["1-M1.docx": "a2", "Ho-so.docx": "b2"])
        #expect(try contents() == ["1-M1.docx": "a2", "Ho-so.docx": "b2"])
        #expect(try hidden() == [])
    }

    @Test func aFileHosoDidNotWriteIsNeverOverwrittenWithoutForce() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("của cô Lan".utf8).write(to: folder.appendingPathComponent("Ho-so.docx"))
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("ghi-chu.txt"))
        #expect(throws: OutputError.foreignFile(folder.path + "/Ho-so.docx")) {
            try render(["1-M1.docx": "a", "Ho-so.docx": "b"])
        }
        #expect(try contents() == ["Ho-so.docx": "của cô Lan", "ghi-chu.txt": "ghi chú"])
        try render(["1-M1.docx": "a", "Ho-so.docx": "b"], force: true)
        // With --force the other person's file is kept as a copy, never destroyed.
        #expect(kept.notices == [.keptCopy(folder.path + "/Ho-so.docx", copy: folder.path + "/Ho-so.da-sua-1.docx")])
        try render(["1-M1.docx": "a"])
        // The note was never hoso's: it stays through both renders.
        #expect(try contents() == ["1-M1.docx": "a", "Ho-so.da-sua-1.docx": "của cô Lan", "ghi-chu.txt": "ghi chú"])
    }

    @Test func aManifestHosoDidNotWriteIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("{\"khong\": \"phai\"}".utf8).write(to: folder.appendingPathComponent("manifest.json"))
        #expect(throws: OutputError.foreignManifest(folder.path + "/manifest.json")) { try render(["1-M1.docx": "a"]) }
        #expect(
            OutputError.foreignManifest("/x/manifest.json").message(in: .vi)
                == "/x/manifest.json không phải bản kê do hoso ghi: thư mục này có thể chứa tệp của người khác; hãy chọn thư mục khác, hoặc thêm --force để ghi đè"
        )
    }

    @Test func onlyIntoAFolderOfOtherDataIsRefusedNamingBoth() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "a", "3-M3.docx": "c"], input: "a")
        #expect(throws: OutputError.self) { try render(["3-M3.docx": "c2"], input: "b", partial: true) }
        #expect(try contents() == ["1-M1.docx": "a", "3-M3.docx": "c"])
        let error = OutputError.otherData(
            folder: "ho-so", recorded: "a.yaml (SHA-256 ca978112ca1b…, hoso 0.1.0)",
            given: "b.yaml (SHA-256 3e23e8160039…, hoso 0.1.0)")
        #expect(
            error.message(in: .vi)
                == "ho-so chứa hồ sơ lập từ a.yaml (SHA-256 ca978112ca1b…, hoso 0.1.0), còn lần này dữ liệu là b.yaml (SHA-256 3e23e8160039…, hoso 0.1.0): --only sẽ trộn văn bản của hai bộ dữ liệu; hãy lập lại toàn bộ hồ sơ (bỏ --only) hoặc ghi vào thư mục khác"
        )
    }

    @Test func onlyWithTheSameDataKeepsTheOtherDocumentsAndDropsWhatNoLongerMatches() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "a", "1-M1.pdf": "pa", "3-M3.docx": "c", "3-M3.pdf": "pc", "Ho-so.docx": "b", "Ho-so.pdf": "pb"])
        // The same bytes again: nothing goes stale.
        try render(["3-M3.docx": "c"], partial: true)
        #expect(try contents().count == 6)
        // M3 changed (a school's own form): its old PDF and the bound book no longer match it.
        let manifest = try render(["3-M3.docx": "c2"], partial: true)
        #expect(try contents() == ["1-M1.docx": "a", "1-M1.pdf": "pa", "3-M3.docx": "c2"])
        #expect(manifest.files.map(\.name) == ["1-M1.docx", "1-M1.pdf", "3-M3.docx"])
    }

    @Test func aKilledRunsStagingIsRemovedAndItsDecidedCommitCompleted() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old", "2-M2.docx": "old2"])
        // A run killed while staging: its folder goes, the old dossier stays.
        let staging = folder.appendingPathComponent(".hoso-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("1-M1.docx"))
        try StagedOutput.recover(destination: folder)
        #expect(try contents() == ["1-M1.docx": "old", "2-M2.docx": "old2"])
        #expect(try hidden() == [])

        // A run killed after deciding, with the old manifest and M1 already moved aside: its
        // journal is the one `commit` writes, and the next run completes it.
        let journal = try decidedJournal(["1-M1.docx": "new"], removing: ["2-M2.docx"])
        try FileManager.default.moveItem(at: folder.appendingPathComponent("manifest.json"), to: journal.appendingPathComponent("old/manifest.json"))
        try FileManager.default.moveItem(at: folder.appendingPathComponent("1-M1.docx"), to: journal.appendingPathComponent("old/1-M1.docx"))
        #expect(StagedOutput.hasPendingCommit(folder))
        try StagedOutput.recover(destination: folder)
        #expect(try contents() == ["1-M1.docx": "new"])
        #expect(try hidden() == [])
        #expect(!StagedOutput.hasPendingCommit(folder))
    }

    /// Stages `files` and a manifest of them, and decides the commit (replacing the folder's files
    /// of the same names and `removing`) without rolling it forward: a run killed right after.
    func decidedJournal(_ files: [String: String], removing: [String]) throws -> URL {
        let previous = try PreviousDossier(folder: folder.path)
        let staging = folder.appendingPathComponent(".hoso-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        var manifest = Manifest(tool: "0.1.0", input: "a.yaml", inputBytes: Array("a".utf8), regime: .tt22)
        var install: [CommitJournal.File] = []
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try Data(text.utf8).write(to: staging.appendingPathComponent(name))
            manifest.add(name, Array(text.utf8))
            install.append(.init(name: name, sha256: Manifest.sha256(Array(text.utf8))))
        }
        try Data(manifest.jsonBytes()).write(to: staging.appendingPathComponent("manifest.json"))
        install.append(.init(name: "manifest.json", sha256: Manifest.sha256(try manifest.jsonBytes())))
        let remove = (files.keys.sorted() + removing).compactMap { name in
            previous.recordedSHA256(name).map { CommitJournal.File(name: name, sha256: $0) }
        }
        let plan = CommitJournal(install: install, remove: remove, oldManifest: previous.manifestSHA256)
        try plan.decide(staging: staging.path, destination: folder.path)
        return folder.appendingPathComponent(".hoso-commit")
    }

    /// A real `.hoso-commit` planted in a dossier folder — a well-formed plan naming a personal
    /// note to remove or replace, a name outside the folder, or a file the old manifest does not
    /// list with those bytes — is refused before anything moves; so is a journal whose files were
    /// changed after hoso decided it.
    @Test(arguments: [
        #"{"install":[],"remove":[{"name":"ghi-chu.txt","sha256":"NOTE"}],"old_manifest_sha256":"MANIFEST"}"#,
        #"{"install":[{"name":"ghi-chu.txt","sha256":"EVIL"}],"remove":[],"old_manifest_sha256":"MANIFEST"}"#,
        #"{"install":[],"remove":[{"name":"../x","sha256":"NOTE"}],"old_manifest_sha256":"MANIFEST"}"#,
        #"{"install":[],"remove":[{"name":"1-M1.docx","sha256":"NOTE"}],"old_manifest_sha256":"MANIFEST"}"#,
        #"{"install":[],"remove":[{"name":"ghi-chu.txt","sha256":"NOTE"}]}"#,
        #"{"install":["ghi-chu.txt"],"remove":["ghi-chu.txt"]}"#,
    ])
    func aPlantedRealJournalIsRefusedAndNothingMoves(_ planText: String) throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old"])
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("ghi-chu.txt"))
        try Data("x".utf8).write(to: base.appendingPathComponent("x"))
        let journal = folder.appendingPathComponent(".hoso-commit")
        try FileManager.default.createDirectory(at: journal.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data("evil".utf8).write(to: journal.appendingPathComponent("ghi-chu.txt"))
        let manifestBytes = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let plan =
            planText
            .replacingOccurrences(of: "NOTE", with: Manifest.sha256(Array("ghi chú".utf8)))
            .replacingOccurrences(of: "EVIL", with: Manifest.sha256(Array("evil".utf8)))
            .replacingOccurrences(of: "MANIFEST", with: Manifest.sha256(Array(manifestBytes)))
        try Data(plan.utf8).write(to: journal.appendingPathComponent("commit.json"))
        #expect(throws: OutputError.self) { try StagedOutput.recover(destination: folder) }
        #expect(throws: OutputError.self) { try render(["1-M1.docx": "new"]) }
        #expect(try contents() == ["1-M1.docx": "old", "ghi-chu.txt": "ghi chú"])
        #expect(try Data(contentsOf: base.appendingPathComponent("x")) == Data("x".utf8))
        #expect(try hidden() == [".hoso-commit"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.path).sorted() == ["commit.json", "ghi-chu.txt", "old"])
    }

    /// A journal moves only names hoso writes into a dossier, whatever its manifest says.
    @Test func onlyDossierNamesMayBeMovedByAJournal() {
        for name in ["manifest.json", "Ho-so.docx", "Ho-so.pdf", "5-M3-Bao-cao.docx", "1-M1.pdf", "4-QD-Thanh-lap-Hoi-dong.docx", "12-X_1.docx"] {
            #expect(DossierFileName.isDossierFile(name), "\(name)")
        }
        for name in [
            "thesis.docx", "notes.txt", "note.txt", "ghi-chu.txt", "5-M3-Bao-cao.txt", "5-M3-Báo-cáo.docx", "5--x.docx",
            "-M3.docx", "M3-5.docx", "5.docx", "5-.docx", "Ho-so.json", "manifest.json.bak", "5-M3-Bao cao.docx", ".5-M3.docx",
        ] {
            #expect(!DossierFileName.isDossierFile(name), "\(name)")
        }
        #expect(
            OutputError.foreignNameInJournal("/x/.hoso-commit", file: "thesis.docx").message(in: .en)
                == "/x/.hoso-commit is not a journal hoso left mid-commit: it would write or remove thesis.docx, which is not a name hoso writes into a dossier (hoso writes only manifest.json, Ho-so.docx/.pdf and numbered form files such as 5-M3-Bao-cao.docx); hoso will not use it and touches no file in this folder; inspect and delete /x/.hoso-commit yourself, or choose another folder"
        )
    }

    /// A forms folder (`--forms`, `HOSO_FORMS`) whose form would be written under a name a journal
    /// may not move is refused when it is read, naming the form description and the name.
    @Test(arguments: ["Luan van", "thesis", "5-M3-Báo-cáo"])
    func aFormWithAFileNameHosoDoesNotWriteIsRefused(_ file: String) throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let forms = base.appendingPathComponent("Forms")
        try FileManager.default.createDirectory(at: forms.appendingPathComponent("_common"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: forms.appendingPathComponent("X"), withIntermediateDirectories: true)
        let description = forms.appendingPathComponent("X/form.yaml")
        try Data("id: X\ntitle: X\nfile: \(file)\norder: 1\nregimes: [TT22]\n".utf8).write(to: description)
        #expect(throws: DossierError.badFormFileName(description.path, file)) { try FormCatalog(root: forms) }
        #expect(
            DossierError.badFormFileName("/f/form.yaml", "thesis").message(in: .vi)
                == "/f/form.yaml: tên tệp 'thesis' của mẫu không đúng dạng hoso ghi vào hồ sơ (số thứ tự, mã mẫu rồi các từ không dấu nối bằng '-', ví dụ 5-M3-Bao-cao): sửa dòng file: trong tệp này"
        )
    }

    @Test func aJournalWhoseFilesChangedAfterTheDecisionIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old", "2-M2.docx": "old2"])
        let journal = try decidedJournal(["1-M1.docx": "new"], removing: ["2-M2.docx"])
        try Data("changed".utf8).write(to: journal.appendingPathComponent("1-M1.docx"))
        #expect(throws: OutputError.untrustedJournal(journal.path, file: "1-M1.docx")) { try StagedOutput.recover(destination: folder) }
        // The old file it would take out was edited: refused too.
        try Data("new".utf8).write(to: journal.appendingPathComponent("1-M1.docx"))
        try Data("sửa tay".utf8).write(to: folder.appendingPathComponent("2-M2.docx"))
        #expect(throws: OutputError.untrustedJournal(journal.path, file: "2-M2.docx")) { try StagedOutput.recover(destination: folder) }
        #expect(try contents() == ["1-M1.docx": "old", "2-M2.docx": "sửa tay"])
        #expect(
            OutputError.untrustedJournal("/x/.hoso-commit", file: "ghi-chu.txt").message(in: .vi)
                == "/x/.hoso-commit không phải nhật ký ghi dở do hoso để lại: ghi-chu.txt trong đó không khớp với điều nhật ký ghi (không phải tệp hoso đã ghi, hoặc đã bị sửa); hoso không dùng nhật ký này và không động vào tệp nào trong thư mục; hãy xem rồi tự xóa /x/.hoso-commit, hoặc chọn thư mục khác"
        )
        // Put back as hoso left it, the journal is followed.
        try Data("old2".utf8).write(to: folder.appendingPathComponent("2-M2.docx"))
        try StagedOutput.recover(destination: folder)
        #expect(try contents() == ["1-M1.docx": "new"])
    }

    /// During recovery a journal's file, an old file it takes out, the old manifest or the plan
    /// that the system fails to read (EIO) is reported as that I/O error, not as a file changed
    /// since hoso decided the commit; nothing moves, and once it reads again the commit completes.
    @Test func aFileRecoveryCannotReadIsTheSystemsErrorNotAChangedOne() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old", "2-M2.docx": "old2"])
        let journal = try decidedJournal(["1-M1.docx": "new"], removing: ["2-M2.docx"])
        let unreadable = [
            journal.appendingPathComponent("1-M1.docx").path,
            journal.appendingPathComponent("commit.json").path,
            folder.appendingPathComponent("2-M2.docx").path,
            folder.appendingPathComponent("manifest.json").path,
        ]
        for path in unreadable {
            FileOperations.ListingFault.shared.arm(path: path)
            defer { FileOperations.ListingFault.shared.disarm(path: path) }
            #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try StagedOutput.recover(destination: folder) }
            #expect(try contents() == ["1-M1.docx": "old", "2-M2.docx": "old2"], "\(path)")
        }
        // With the old manifest and M1 already moved aside, a file aside that cannot be read too.
        let oldFolder = journal.appendingPathComponent("old")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("manifest.json"), to: oldFolder.appendingPathComponent("manifest.json"))
        try FileManager.default.moveItem(at: folder.appendingPathComponent("1-M1.docx"), to: oldFolder.appendingPathComponent("1-M1.docx"))
        for path in [oldFolder.appendingPathComponent("1-M1.docx").path, oldFolder.appendingPathComponent("manifest.json").path] {
            FileOperations.ListingFault.shared.arm(path: path)
            defer { FileOperations.ListingFault.shared.disarm(path: path) }
            #expect(throws: OutputError.fileSystem(.read, path: path, code: EIO)) { try StagedOutput.recover(destination: folder) }
            #expect(try contents() == ["2-M2.docx": "old2"], "\(path)")
        }
        try StagedOutput.recover(destination: folder)
        #expect(try contents() == ["1-M1.docx": "new"])
        #expect(try hidden() == [])
    }

    /// A `.hoso-staging` that holds something hoso never stages (a personal file, a folder, a
    /// link) is not a killed run's: it is refused and kept, and nothing in the folder changes.
    @Test func aStagingFolderHoldingForeignFilesIsKept() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old"])
        let staging = folder.appendingPathComponent(".hoso-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("ảnh".utf8).write(to: staging.appendingPathComponent("anh-le-tong-ket.jpg"))
        #expect(throws: OutputError.untrustedStaging(staging.path, entry: "anh-le-tong-ket.jpg")) { try render(["1-M1.docx": "new"]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path) == ["anh-le-tong-ket.jpg"])
        try FileManager.default.removeItem(at: staging.appendingPathComponent("anh-le-tong-ket.jpg"))
        try FileManager.default.createSymbolicLink(at: staging.appendingPathComponent("1-M1.docx"), withDestinationURL: base)
        #expect(throws: OutputError.untrustedStaging(staging.path, entry: "1-M1.docx")) { try StagedOutput.recover(destination: folder) }
        #expect(try contents() == ["1-M1.docx": "old"])
    }

    /// A file of the earlier dossier edited by hand since hoso wrote it (its bytes no longer match
    /// the manifest) is never replaced or removed without `--force`; with it, it is kept as a copy.
    @Test func anEditedFileIsRefusedAndWithForceKeptAsACopy() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "a", "4-M3.docx": "c", "4-M3.pdf": "pc"])
        try Data("c sửa tay".utf8).write(to: folder.appendingPathComponent("4-M3.docx"))
        try Data("pc sửa".utf8).write(to: folder.appendingPathComponent("4-M3.pdf"))
        #expect(throws: OutputError.changedSinceWritten(folder.path + "/4-M3.docx")) { try render(["1-M1.docx": "a2", "4-M3.docx": "c2"]) }
        #expect(throws: OutputError.changedSinceWritten(folder.path + "/4-M3.docx")) { try render(["1-M1.docx": "a2"], partial: true) }
        #expect(try contents() == ["1-M1.docx": "a", "4-M3.docx": "c sửa tay", "4-M3.pdf": "pc sửa"])
        try render(["1-M1.docx": "a2", "4-M3.docx": "c2"], force: true)
        #expect(kept.notices.count == 2)
        #expect(try contents() == ["1-M1.docx": "a2", "4-M3.docx": "c2", "4-M3.da-sua-1.docx": "c sửa tay", "4-M3.da-sua-1.pdf": "pc sửa"])
        #expect(try hidden() == [])
        #expect(
            OutputError.changedSinceWritten("/x/4-M3.docx").message(in: .vi)
                == "/x/4-M3.docx đã bị sửa sau khi hoso ghi (nội dung không còn khớp với manifest.json): hoso không xóa hay ghi đè nó; hãy chuyển tệp này sang chỗ khác rồi chạy lại, hoặc thêm --force để hoso giữ tệp đã sửa thành một bản sao (TÊN.da-sua-1.docx) rồi ghi hồ sơ mới"
        )
    }

    /// A `.hoso-commit` planted as a link to another folder (or with `old` a link) is refused, never
    /// rolled forward: nothing moves into or out of the destination, nothing in the other folder changes.
    @Test func aPlantedJournalLinkIsRefusedAndNothingMoves() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        try render(["1-M1.docx": "old"])
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("note.txt"))
        let elsewhere = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: elsewhere.appendingPathComponent("precious.txt"))
        try Data(#"{"install":["precious.txt"],"remove":["note.txt"]}"#.utf8).write(to: elsewhere.appendingPathComponent("commit.json"))
        let journal = folder.appendingPathComponent(".hoso-commit")
        try FileManager.default.createSymbolicLink(at: journal, withDestinationURL: elsewhere)
        #expect(throws: OutputError.plantedJournal(journal.path)) { try StagedOutput.recover(destination: folder) }
        #expect(throws: OutputError.plantedJournal(journal.path)) { try render(["1-M1.docx": "new"]) }
        #expect(try contents() == ["1-M1.docx": "old", "note.txt": "ghi chú"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).sorted() == ["commit.json", "precious.txt"])

        // A real journal whose `old` is a link to the other folder: refused the same way.
        try FileManager.default.removeItem(at: journal)
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: true)
        try Data(#"{"install":[],"remove":["note.txt"]}"#.utf8).write(to: journal.appendingPathComponent("commit.json"))
        let old = journal.appendingPathComponent("old")
        try FileManager.default.createSymbolicLink(at: old, withDestinationURL: elsewhere)
        #expect(throws: OutputError.plantedJournal(old.path)) { try StagedOutput.recover(destination: folder) }
        #expect(try contents() == ["1-M1.docx": "old", "note.txt": "ghi chú"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).sorted() == ["commit.json", "precious.txt"])
        #expect(
            OutputError.plantedJournal("/x/.hoso-commit").message(in: .en)
                == "/x/.hoso-commit is not a folder hoso left mid-commit (it is a link or not a folder): hoso will not use it and writes nothing into this folder; inspect and delete it yourself, or choose another folder"
        )
    }

    /// Through the file-system seam: each rename of a commit fails in turn (the commit's own and,
    /// for the rename that decides it, the staging folder's); every time the folder holds the
    /// complete old dossier or — when the fault hit after the new one was complete — the new one.
    @Test func eachRenameFailingInTurnLeavesTheOldOrTheNewDossier() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let old = ["1-M1.docx": "old1", "2-M2.docx": "old2", "3-M3.docx": "old3", "3-M3.pdf": "oldpdf"]
        let new = ["1-M1.docx": "new1", "2-M2.docx": "new2", "4-M4.docx": "new4"]
        var failAt = 1
        var outcomes: [String] = []
        while true {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try render(old)
            FileOperations.RenameFault.shared.arm(prefix: base.path, failAt: failAt)
            let failed: Bool
            do { try render(new); failed = false } catch { failed = true }
            let seen = FileOperations.RenameFault.shared.disarm()
            let state = try contents()
            #expect(state == (failed ? old : new), "rename \(failAt) of \(seen)")
            #expect(try hidden() == [], "rename \(failAt)")
            outcomes.append(failed ? "old" : "new")
            if !failed { break }
            failAt += 1
        }
        // 10 renames: 1 decides, 5 move old files aside (manifest, M3 and its PDF, M1, M2), 4 move new ones in.
        #expect(outcomes.count == 11)
        #expect(outcomes.last == "new" && outcomes.dropLast().allSatisfy { $0 == "old" })
    }

    @Test func aRenderIntoANewFolderThatFailsLeavesNoFolder() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let fresh = base.appendingPathComponent("moi")
        let staged = try StagedOutput(destination: fresh)
        try staged.write("1-M1.docx", [1])
        staged.discard()
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }

    @Test(arguments: [
        (ENOSPC, "không ghi được tệp /m/1-M1.docx: ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại"),
        (
            EFBIG,
            "không ghi được tệp /m/1-M1.docx: tệp quá lớn (vượt giới hạn kích thước tệp của hệ thống, ulimit -f); hãy nâng giới hạn hoặc ghi nơi khác"
        ),
        (EACCES, "không ghi được tệp /m/1-M1.docx: không có quyền ghi ở đó; hãy chọn thư mục của bạn (ví dụ trong thư mục nhà)"),
        (EROFS, "không ghi được tệp /m/1-M1.docx: ổ đĩa chỉ cho đọc; hãy chọn ổ đĩa khác"),
        (EIO, "không ghi được tệp /m/1-M1.docx: lỗi đọc/ghi của thiết bị (ổ đĩa hỏng hoặc bị rút ra?); hãy kiểm tra ổ đĩa rồi chạy lại"),
    ])
    func fileSystemErrorsAreSentencesWithThePath(_ code: Int32, _ expected: String) {
        #expect(OutputError.fileSystem(.write, path: "/m/1-M1.docx", code: code).message(in: .vi) == expected)
    }

    @Test func fileSystemErrorsInEnglish() {
        #expect(
            OutputError.fileSystem(.move, path: "/m/x.docx", code: ENOSPC).message(in: .en)
                == "cannot move into place /m/x.docx: the disk is full; free some space and run again")
        #expect(
            DossierError.output(.fileSystem(.createFolder, path: "/m", code: EACCES)).message(in: .en)
                == "cannot create the folder /m: permission denied; choose a folder of your own (for example in your home folder)")
    }
}

/// One output file (`fill -o`, `archive -o`).
@Suite struct OutputFileTests {
    let base: URL

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-outfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    }

    @Test func devicesFIFOsFoldersAndLinksToThemAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let fifo = base.appendingPathComponent("ong").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let linkToDevice = base.appendingPathComponent("ra").path
        #expect(symlink("/dev/null", linkToDevice) == 0)
        let dangling = base.appendingPathComponent("treo").path
        #expect(symlink(base.appendingPathComponent("khong-co/x").path, dangling) == 0)
        #expect(throws: OutputError.notARegularFile("/dev/full", kind: "device")) { try OutputFile.write([1], to: URL(fileURLWithPath: "/dev/full")) }
        #expect(throws: OutputError.notARegularFile(fifo, kind: "fifo")) { try OutputFile.write([1], to: URL(fileURLWithPath: fifo)) }
        #expect(throws: OutputError.notARegularFile(linkToDevice, kind: "device")) {
            try OutputFile.write([1], to: URL(fileURLWithPath: linkToDevice))
        }
        #expect(throws: OutputError.notARegularFile(dangling, kind: "dangling")) { try OutputFile.write([1], to: URL(fileURLWithPath: dangling)) }
        #expect(throws: OutputError.notARegularFile(base.path, kind: "folder")) { try OutputFile.write([1], to: base) }
        var info = stat()
        #expect(lstat(linkToDevice, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(
            OutputError.notARegularFile("/dev/full", kind: "device").message(in: .vi)
                == "/dev/full là một thiết bị, không phải tệp thường: hoso không ghi đè lên nó; hãy chọn một tên tệp khác")
    }

    @Test func anExistingFileKeepsItsModeAndALinkToOneStaysALink() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("ket-qua.docx")
        try Data("cũ".utf8).write(to: file)
        #expect(chmod(file.path, 0o640) == 0)
        let link = base.appendingPathComponent("lien-ket.docx")
        #expect(symlink(file.path, link.path) == 0)
        try OutputFile.write(Array("mới".utf8), to: link)
        var info = stat()
        #expect(lstat(link.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o7777 == 0o640)
        #expect(try String(contentsOf: file, encoding: .utf8) == "mới")
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == ["ket-qua.docx", "lien-ket.docx"])
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNext() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        // PID 2^22 + 1 is above Linux's pid_max: no such process runs.
        try Data("dở".utf8).write(to: base.appendingPathComponent(".luu-tru.zip.hoso-4194305.tmp"))
        try OutputFile.write([1, 2], to: base.appendingPathComponent("luu-tru.zip"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["luu-tru.zip"])
    }
}
