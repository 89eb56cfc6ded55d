import Diagnostics
import Foundation
import Testing

/// `AtomicFile` and `InputFile`: whole files or nothing, modes kept, special files refused with a
/// sentence naming the path, and nothing left in the temporary folder.
@Suite struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The entries of the temporary folder Foundation's `.atomic` writes leave behind.
    static func foundationLeftovers() -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("TemporaryDirectory.") })
    }

    @Test func replacesAFileKeepingItsModeAndLeavesNothingElse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = Self.foundationLeftovers()
        let path = folder.appendingPathComponent("du-lieu.yaml").path
        try AtomicFile.write("cũ\n", to: path)
        #expect(chmod(path, 0o640) == 0)
        try AtomicFile.write("mới\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mới\n")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o7777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["du-lieu.yaml"])
        #expect(Self.foundationLeftovers() == before)
    }

    @Test func writesThroughALinkToARegularFileAndTheLinkStays() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("that.yaml").path
        let link = folder.appendingPathComponent("lien-ket.yaml").path
        try AtomicFile.write("a", to: target)
        #expect(symlink(target, link) == 0)
        try AtomicFile.write("b", to: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "b")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func refusesDevicesFIFOsFoldersAndLinksToThem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("ong").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let link = folder.appendingPathComponent("ra").path
        #expect(symlink("/dev/null", link) == 0)
        #expect(throws: FileSystemError(.notRegularFile(.fifo), path: fifo)) { try AtomicFile.write("x", to: fifo) }
        #expect(throws: FileSystemError(.notRegularFile(.device), path: link)) { try AtomicFile.write("x", to: link) }
        #expect(throws: FileSystemError(.isFolder, path: folder.path)) { try AtomicFile.write("x", to: folder.path) }
        #expect(throws: FileSystemError(.notFound, path: folder.path + "/khong-co/x")) { try AtomicFile.write("x", to: folder.path + "/khong-co/x") }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["ong", "ra"])
        #expect(
            FileSystemError(.notRegularFile(.fifo), path: "/x/ong").sentence.vi
                == "'/x/ong' là một ống dẫn (FIFO), không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường")
        // Callers that read Foundation's errors read this one the same way.
        let error: Error = FileSystemError(.diskFull, path: "/x/y")
        #expect(FileSystemFailure(error) == .diskFull && FileSystemFailure.path(in: error) == "/x/y")
    }

    @Test func inputFilesThatAreNotRegularAreRefusedBeforeOpening() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("ong.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)  // opening it for reading would block: nobody writes
        #expect(throws: FileSystemError(.notRegularFile(.fifo), path: fifo)) { try InputFile.read(fifo, limit: 100) }
        #expect(throws: FileSystemError(.notRegularFile(.device), path: "/dev/zero")) { try InputFile.read("/dev/zero", limit: 100) }
        #expect(throws: FileSystemError(.isFolder, path: folder.path)) { try InputFile.read(folder.path, limit: 100) }
        let file = folder.appendingPathComponent("a.yaml").path
        try AtomicFile.write("0123456789", to: file)
        #expect(try InputFile.read(file, limit: 10) == Array("0123456789".utf8))
        #expect(throws: FileSystemError(.tooLarge, path: file)) { try InputFile.read(file, limit: 9) }
    }
}
