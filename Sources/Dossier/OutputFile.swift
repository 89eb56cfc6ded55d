package import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes one output file (`fill -o`, `archive -o`) all-or-nothing: into a hidden temporary file
/// beside it (same folder, so the same file system, and only where the user asked to write), then
/// renamed over it. A device, FIFO, socket or folder — or a link to one, or to nothing — is refused,
/// never replaced; a link to a regular file writes that file and the link stays; an existing file
/// keeps its permissions (640 stays 640). A failure, a file beyond `ulimit -f` or a signal leaves
/// nothing behind, and a temporary file a killed run left is removed by the next run.
package enum OutputFile {
    /// Writes `bytes` to `url` as described above.
    package static func write(_ bytes: [UInt8], to url: URL) throws(OutputError) {
        signal(SIGXFSZ, SIG_IGN)
        let target = try regularTarget(url.path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeLeftovers(folder: folder.isEmpty ? "." : folder, name: name)
        var mode: mode_t?
        var owner: (uid_t, gid_t)?
        var info = stat()
        if stat(target, &info) == 0 {
            mode = info.st_mode & 0o7777
            owner = (info.st_uid, info.st_gid)
        }
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).hoso-\(getpid()).tmp"
        let token = Interruption.register(cleanup: temporary)
        defer { Interruption.unregister(token) }
        FileOperations.removeTree(temporary)
        do throws(OutputError) {
            try FileOperations.writeNewFile(temporary, bytes, mode: mode)
        } catch {
            // Name the file the user asked for, not the hidden temporary one.
            if case .fileSystem(let operation, _, let code) = error { throw .fileSystem(operation, path: url.path, code: code) }
            throw error
        }
        if let (uid, gid) = owner, uid != getuid() || gid != getgid() { _ = chown(temporary, uid, gid) }
        do throws(OutputError) {
            try FileOperations.move(temporary, target)
        } catch {
            unlink(temporary)
            throw error
        }
        FileOperations.syncDirectory(folder.isEmpty ? "." : folder)
    }

    /// The regular file `path` stands for: itself, or the file its link chain ends at; throws for
    /// anything else.
    static func regularTarget(_ path: String) throws(OutputError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }  // a new file
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw errno == ENOENT ? .notARegularFile(path, kind: "dangling") : .fileSystem(.write, path: path, code: errno)
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { throw .fileSystem(.write, path: path, code: errno) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return target
        case S_IFCHR, S_IFBLK: throw .notARegularFile(path, kind: "device")
        case S_IFIFO: throw .notARegularFile(path, kind: "fifo")
        case S_IFSOCK: throw .notARegularFile(path, kind: "socket")
        case S_IFDIR: throw .notARegularFile(path, kind: "folder")
        default: throw .notARegularFile(path, kind: "special")
        }
    }

    /// Removes `.NAME.hoso-PID.tmp` files in `folder` whose process no longer runs.
    private static func removeLeftovers(folder: String, name: String) {
        let prefix = ".\(name).hoso-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for leftover in names where leftover.hasPrefix(prefix) && leftover.hasSuffix(".tmp") {
            let pid = leftover.dropFirst(prefix.count).dropLast(4)
            guard let number = pid_t(pid), number != getpid() else { continue }
            if kill(number, 0) != 0, errno == ESRCH { unlink(folder + "/" + leftover) }
        }
    }
}
