import Foundation
import Testing
import ZipCore

/// Hostile outputs: `-o` naming a device, a FIFO or a link to one; a file size limit; an archive
/// whose embedded names are crafted; a user who may write only in their own folder. Each is
/// refused with one sentence naming the path (or written safely), and nothing is left behind.
@Suite struct OutputCatalogueTests {
    static let template = "Fixtures/bench/letter"
    static let data = "Fixtures/bench/letter.json"

    /// `hoso: lỗi: MESSAGE` as the command line prints a refused output.
    static func failure(_ message: String) -> String { "hoso: lỗi: \(message)\n" }

    @Test func fillRefusesADeviceAndLeavesItADevice() throws {
        let outcome = try Confinement.hoso(["fill", Self.template, Self.data, "-o", "/dev/full"])
        #expect(outcome.status == 2, "\(outcome)")
        #expect(
            outcome.errors
                == Self.failure(
                    "/dev/full là một thiết bị, không phải tệp thường: hoso không ghi đè lên nó; hãy chọn một tên tệp khác"), "\(outcome)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func fillRefusesAFIFOAndALinkToADeviceWithoutBlocking() throws {
        let folder = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("ong.docx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = folder.appendingPathComponent("ra.docx").path
        #expect(symlink("/dev/null", link) == 0)
        let fromFIFO = try Confinement.hoso(["fill", Self.template, Self.data, "-o", fifo], limits: .init(wallSeconds: 30))
        #expect(fromFIFO.status == 2 && !fromFIFO.timedOut, "\(fromFIFO)")
        #expect(
            fromFIFO.errors
                == Self.failure(
                    "\(fifo) là một ống dẫn (FIFO), không phải tệp thường: hoso không ghi đè lên nó; hãy chọn một tên tệp khác"), "\(fromFIFO)")
        let toDevice = try Confinement.hoso(["fill", Self.template, Self.data, "-o", link, "--lang", "en"])
        #expect(toDevice.status == 2, "\(toDevice)")
        #expect(toDevice.errors == "hoso: error: \(link) is a device, not a regular file: hoso will not write over it; choose another file name\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["ong.docx", "ra.docx"])
    }

    @Test func fillKeepsTheModeOfAnExistingOutput() throws {
        let folder = try temporaryFolder("mode")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("thu.docx").path
        #expect(FileManager.default.createFile(atPath: output, contents: Data("cũ".utf8)))
        #expect(chmod(output, 0o640) == 0)
        let outcome = try Confinement.hoso(["fill", Self.template, Self.data, "-o", output])
        #expect(outcome.status == 0, "\(outcome)")
        var info = stat()
        #expect(stat(output, &info) == 0 && info.st_mode & 0o7777 == 0o640)
        #expect(info.st_size > 1_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["thu.docx"])
    }

    @Test func aFileBeyondTheSizeLimitIsReportedAndLeavesNothing() throws {
        let folder = try temporaryFolder("fsize")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("thu.docx").path
        let limits = Confinement.Limits(fileSizeBlocks: 4)
        let filled = try Confinement.hoso(["fill", Self.template, Self.data, "-o", output], limits: limits)
        #expect(filled.status == 2, "\(filled)")
        #expect(
            filled.errors
                == Self.failure(
                    "không ghi được tệp \(output): tệp quá lớn (vượt giới hạn kích thước tệp của hệ thống, ulimit -f); hãy nâng giới hạn hoặc ghi nơi khác"
                ), "\(filled)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])

        let dossier = folder.appendingPathComponent("ho-so")
        let rendered = try Confinement.hoso(["render", "Fixtures/an-son-2023.yaml", "--only", "M1", "-o", dossier.path], limits: limits)
        #expect(rendered.status == 2, "\(rendered)")
        #expect(rendered.errors.hasPrefix("hoso: lỗi: không ghi được tệp \(dossier.path)/.hoso-staging/"), "\(rendered)")
        #expect(rendered.errors.contains("tệp quá lớn"), "\(rendered)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "the folder this run created is gone")
    }

    @Test func archiveEntryNamesAreFixedWhateverTheEmbeddedNames() throws {
        let folder = try temporaryFolder("archive-names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("ho-so")
        let rendered = try Confinement.hoso(["render", "Fixtures/an-son-2023.yaml", "--only", "M1", "-o", dossier.path])
        try #require(rendered.status == 0, "\(rendered)")
        // A crafted provenance: the data file's name climbs out of the archive and holds ':' and '\'.
        let docx = dossier.appendingPathComponent("1-M1-Bia.docx")
        let reader = try ZipReader(bytes: Array(try Data(contentsOf: docx)))
        var entries = try reader.entries.filter { !$0.isDirectory }.map { ZipWriter.Entry(name: $0.name, bytes: try reader.read($0)) }
        let index = try #require(entries.firstIndex { $0.name == "hoso/provenance.json" })
        var provenance = try #require(try JSONSerialization.jsonObject(with: Data(entries[index].bytes)) as? [String: Any])
        var source = try #require(provenance["source"] as? [String: Any])
        source["data_name"] = "../../evil.sh"
        source["rubric_reference"] = "..\\..\\C:evil"
        source["rubric_is_built_in"] = true
        provenance["source"] = source
        entries[index].bytes = Array(try JSONSerialization.data(withJSONObject: provenance))
        let crafted = try ZipWriter.archive(entries)
        try Data(crafted).write(to: docx)
        let manifestURL = dossier.appendingPathComponent("manifest.json")
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        var files = try #require(manifest["files"] as? [[String: Any]])
        files[0]["sha256"] = sha256(crafted)
        files[0]["bytes"] = crafted.count
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        let scan = folder.appendingPathComponent("ban ky: goc\\.pdf")
        try Data("%PDF-1.4\n% bản quét\n".utf8).write(to: scan)

        // The crafted file no longer verifies, so nothing is packed; a genuine one is packed under
        // fixed names whatever the data file and the scan are called.
        let archive = folder.appendingPathComponent("luu-tru.zip")
        let crafty = try Confinement.hoso(["archive", dossier.path, "--signed", scan.path, "-o", archive.path])
        #expect(crafty.status == 2, "\(crafty)")
        #expect(!FileManager.default.fileExists(atPath: archive.path))
        let genuine = folder.appendingPathComponent("ho-so-that")
        let copy = folder.appendingPathComponent("truong-toi.yaml")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), to: copy)
        let renderedCopy = try Confinement.hoso(["render", copy.path, "--only", "M1", "-o", genuine.path])
        try #require(renderedCopy.status == 0, "\(renderedCopy)")
        let packed = try Confinement.hoso(["archive", genuine.path, "--signed", scan.path, "-o", archive.path])
        #expect(packed.status == 0, "\(packed)")
        let names = try ZipReader(bytes: Array(try Data(contentsOf: archive))).entries.map(\.name)
        #expect(
            names == ["archive.json", "data/du-lieu.yaml", "data/rubric.yaml", "ho-so/1-M1-Bia.docx", "ho-so/manifest.json", "signed/ban-ky.pdf"])

        // A manifest naming a file outside its folder is not hoso's: nothing is packed or written.
        files[0]["name"] = "../../../etc/passwd"
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        let refused = try Confinement.hoso(["archive", dossier.path, "--signed", scan.path, "-o", folder.appendingPathComponent("x.zip").path])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.errors.hasPrefix("hoso: lỗi: không đóng gói \(dossier.path): hồ sơ không qua kiểm chứng"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.zip").path))
    }

    /// A render replaces only its own earlier dossier: someone else's `Ho-so.docx` stops it unless
    /// `--force`, a personal note stays, and `--only` with other data is refused naming both files.
    @Test func aRenderNeverTouchesFilesItDidNotWriteNorMixesTwoDataFiles() throws {
        let folder = try temporaryFolder("foreign")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("ho-so")
        try FileManager.default.createDirectory(at: dossier, withIntermediateDirectories: true)
        let theirs = dossier.appendingPathComponent("Ho-so.docx")
        try Data("của cô Lan".utf8).write(to: theirs)
        try Data("ghi chú".utf8).write(to: dossier.appendingPathComponent("ghi-chu.txt"))
        let refused = try Confinement.hoso(["render", "Fixtures/an-son-2023.yaml", "-o", dossier.path])
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.errors
                == Self.failure(
                    "\(theirs.path) không do hoso ghi (manifest.json của thư mục không liệt kê tệp này): hoso không ghi đè tệp của người khác; hãy chọn thư mục khác, hoặc thêm --force nếu chắc chắn muốn thay tệp này"
                ), "\(refused)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dossier.path).sorted() == ["Ho-so.docx", "ghi-chu.txt"])
        #expect(try String(contentsOf: theirs, encoding: .utf8) == "của cô Lan")

        let forced = try Confinement.hoso(["render", "Fixtures/an-son-2023.yaml", "-o", dossier.path, "--force"])
        #expect(forced.status == 0, "\(forced)")
        // --force keeps cô Lan's file as a copy instead of destroying it.
        let copy = dossier.appendingPathComponent("Ho-so.da-sua-1.docx")
        #expect(forced.errors.contains("theo --force, hoso đã giữ nó thành \(copy.path)"), "\(forced)")
        #expect(try String(contentsOf: copy, encoding: .utf8) == "của cô Lan")
        let mixed = try Confinement.hoso(["render", "Fixtures/vinh-lap-2024.yaml", "--only", "M5", "-o", dossier.path])
        #expect(mixed.status == 2, "\(mixed)")
        #expect(mixed.errors.contains("hoso: lỗi: \(dossier.path) chứa hồ sơ lập từ Fixtures/an-son-2023.yaml (SHA-256 "), "\(mixed)")
        #expect(mixed.errors.contains("còn lần này dữ liệu là Fixtures/vinh-lap-2024.yaml (SHA-256 "), "\(mixed)")
        // A whole render of the other data replaces the dossier; the note stays.
        let whole = try Confinement.hoso(["render", "Fixtures/vinh-lap-2024.yaml", "-o", dossier.path])
        #expect(whole.status == 0, "\(whole)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dossier.path).sorted() == [
                "1-Bia24-Bia.docx", "2-TTr24-To-trinh.docx", "3-BC24-Bao-cao.docx", "4-TH24-Tong-hop-tieu-chi.docx",
                "5-QD-Thanh-lap-To-danh-gia.docx", "6-BB24-Bien-ban.docx", "7-M5-Tong-hop.docx", "Ho-so.da-sua-1.docx", "Ho-so.docx",
                "ghi-chu.txt", "manifest.json",
            ])
    }

    /// File-system errors reach the user as sentences naming the path, never as a Foundation error.
    @Test func fileSystemErrorsAreSentencesNamingThePath() throws {
        let fill = try Confinement.hoso(["fill", Self.template, Self.data, "-o", "/khong-co-thu-muc/thu.docx"])
        #expect(fill.status == 2, "\(fill)")
        #expect(
            fill.errors == Self.failure("không ghi được tệp /khong-co-thu-muc/thu.docx: thư mục chứa không tồn tại; hãy kiểm tra đường dẫn"),
            "\(fill)")
        let render = try Confinement.hoso(["render", "Fixtures/an-son-2023.yaml", "--only", "M1", "-o", "/etc/hostname/ho-so", "--lang", "en"])
        #expect(render.status == 2, "\(render)")
        #expect(
            render.errors == "hoso: error: cannot create the folder /etc/hostname: part of the path is not a folder; check the path\n", "\(render)")
        #expect(!(fill.errors + render.errors).contains("NSCocoaErrorDomain"))
    }

    /// The README's own example for an ordinary user whose home's parent is read-only: `render -o .`
    /// and `archive -o luu-tru.zip` from inside the home folder; a failed archive leaves nothing.
    @Test func aUserWhoMayWriteOnlyInTheirOwnFolderRendersAndArchives() throws {
        let root = try temporaryFolder("readonly-parent")
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let asUser: [String]
        if getuid() == 0 {
            #expect(chown(home.path, 65534, 65534) == 0)
            asUser = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        } else {
            asUser = []
        }
        #expect(chmod(root.path, 0o555) == 0)
        defer { chmod(root.path, 0o755) }
        let data = packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml").path
        // The scan sits in a folder of its own: a PDF beside the dossier would not verify.
        let scans = home.appendingPathComponent("quet")
        try FileManager.default.createDirectory(at: scans, withIntermediateDirectories: true)
        let scan = scans.appendingPathComponent("ban-ky.pdf")
        try Data("%PDF-1.4\n% bản quét\n".utf8).write(to: scan)
        func inHome(_ arguments: [String]) throws -> Confinement.Outcome {
            try Confinement.run("/bin/sh", ["-c", #"cd "$0" && exec "$@""#, home.path] + asUser + [hosoExecutable] + arguments)
        }
        let rendered = try inHome(["render", data, "--only", "M1,M2", "-o", "."])
        #expect(rendered.status == 0, "\(rendered)")
        let notPDF = try inHome(["archive", ".", "--signed", data, "-o", "luu-tru.zip"])
        #expect(notPDF.status == 2, "\(notPDF)")
        let packed = try inHome(["archive", ".", "--signed", "quet/ban-ky.pdf", "-o", "luu-tru.zip"])
        #expect(packed.status == 0, "\(packed)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: home.path).sorted()
                == ["1-M1-Bia.docx", "2-M2-To-trinh.docx", "luu-tru.zip", "manifest.json", "quet"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["home"])
    }
}

/// Lower-case hex SHA-256 (through sha256sum, this target links no crypto library).
func sha256(_ bytes: [UInt8]) -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-sum-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try? process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: output, as: UTF8.self).prefix(64))
}
