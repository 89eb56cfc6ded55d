import Diagnostics
import Foundation
import Testing

/// `RegularFile.read`, the one reader under `InputFile`, the dossier's own files and `hoso verify`:
/// what each kind of path gives, links followed or not, the limit, and a FIFO that never blocks it.
@Suite struct RegularFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-regular-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func eachKindOfPathGivesItsOutcome() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("du-lieu.yaml").path
        try AtomicFile.write("0123456789", to: file)
        let link = folder.appendingPathComponent("lien-ket.yaml").path
        #expect(symlink(file, link) == 0)
        let loop = folder.appendingPathComponent("vong.yaml").path
        #expect(symlink(loop, loop) == 0)
        let fifo = folder.appendingPathComponent("ong.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)  // opening it to read would block without O_NONBLOCK

        let bytes = RegularFile.Outcome.bytes(Array("0123456789".utf8), size: 10)
        #expect(try RegularFile.read(file, limit: 10, followingLinks: false) == bytes)
        #expect(try RegularFile.read(file, limit: 9, followingLinks: false) == .tooLarge(size: 10))
        #expect(try RegularFile.read(link, limit: 10, followingLinks: true) == bytes)
        #expect(try RegularFile.read(link, limit: 10, followingLinks: false) == .link)
        #expect(try RegularFile.read(loop, limit: 10, followingLinks: true) == .link)
        #expect(try RegularFile.read(folder.appendingPathComponent("khong-co").path, limit: 10, followingLinks: true) == .missing)
        #expect(try kind(RegularFile.read(fifo, limit: 10, followingLinks: false)) == UInt32(S_IFIFO))
        #expect(try kind(RegularFile.read(folder.path, limit: 10, followingLinks: true)) == UInt32(S_IFDIR))
        #expect(try kind(RegularFile.read("/dev/zero", limit: 10, followingLinks: true)) == UInt32(S_IFCHR))
    }

    /// The file type of a `.notRegular` outcome.
    func kind(_ outcome: RegularFile.Outcome) -> UInt32? {
        guard case .notRegular(let mode) = outcome else { return nil }
        return mode & UInt32(S_IFMT)
    }

    /// What the system refuses is its code, never an outcome: a path through a file is ENOTDIR.
    @Test func whatTheSystemRefusesThrowsItsCode() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.yaml").path
        try AtomicFile.write("a", to: file)
        #expect(throws: RegularFile.SystemFailure(code: ENOTDIR)) { try RegularFile.read(file + "/b", limit: 10, followingLinks: true) }
        #expect(throws: FileSystemError(FileSystemFailure(errno: ENOTDIR), path: file + "/b")) { try InputFile.read(file + "/b", limit: 10) }
    }
}
