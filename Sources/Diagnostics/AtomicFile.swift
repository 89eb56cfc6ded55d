package import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Replaces a file all-or-nothing, the one way hoso's commands write a single file (a data file,
/// a member sheet, a DOCX, a server's unit file): the bytes go to a hidden temporary file in the
/// same folder, are flushed with `fsync`, and the temporary file is renamed over the target. Unlike
/// Foundation's `.atomic` writes on Linux it leaves no folder in `/tmp`, keeps an existing file's
/// permissions (640 stays 640), writes through a link to a regular file (the link stays), and
/// refuses a device, FIFO, socket or folder — or a link to one — instead of replacing it.
package enum AtomicFile {
    /// Writes `bytes` to `path` as described above; throws a `FileSystemError` naming `path`.
    /// `mode`, when given, is the file's permissions whether it is new or not (a file of staff
    /// names made 0600, a backup given its original's mode); otherwise an existing file keeps
    /// its own and a new one gets 0666 minus the umask.
    package static func write(_ bytes: [UInt8], to path: String, mode requested: mode_t? = nil) throws(FileSystemError) {
        signal(SIGXFSZ, SIG_IGN)
        let target = try regularTarget(path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var mode: mode_t = 0o666 & ~currentUmask()
        var info = stat()
        if stat(target, &info) == 0 { mode = info.st_mode & 0o7777 }
        if let requested { mode = requested & 0o7777 }
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).hoso-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw FileSystemError(FileSystemFailure(errno: errno), path: path) }
        var failure: Int32 = 0
        if fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0 {
            failure = bytes.withUnsafeBytes { buffer -> Int32 in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return 0
            }
        }
        if failure == 0, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileSystemError(FileSystemFailure(errno: failure), path: path)
        }
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    /// Writes `text` as UTF-8 (see `write(_:to:)`).
    package static func write(_ text: String, to path: String) throws(FileSystemError) {
        try write(Array(text.utf8), to: path)
    }

    /// The regular file `path` stands for: itself (new or existing), or the file its link chain
    /// ends at; throws for anything else.
    static func regularTarget(_ path: String) throws(FileSystemError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw FileSystemError(errno == ENOENT ? .notRegularFile(.danglingLink) : FileSystemFailure(errno: errno), path: path)
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { throw FileSystemError(FileSystemFailure(errno: errno), path: path) }
        }
        if let kind = FileSystemFailure.SpecialKind(mode: info.st_mode) { throw FileSystemError(.notRegularFile(kind), path: path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw FileSystemError(.isFolder, path: path) }
        return target
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// Reading a file a user named (data, rubric, template, signed scan): refused before any byte is
/// read when it is not a regular file — a FIFO or device would block or never end — and bounded.
package enum InputFile {
    /// The bytes of the regular file at `path` (links followed), at most `limit` of them; throws a
    /// `FileSystemError` for a missing path, a folder, a device, FIFO or socket, or a file larger
    /// than `limit`. Opened non-blocking and checked on the descriptor, so nothing can stall it.
    package static func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        try check(path)
        let outcome: RegularFile.Outcome
        do throws(RegularFile.SystemFailure) {
            outcome = try RegularFile.read(path, limit: limit, followingLinks: true)
        } catch {
            throw FileSystemError(FileSystemFailure(errno: error.code), path: path)
        }
        switch outcome {
        case .bytes(let bytes, _): return bytes
        case .missing: throw FileSystemError(FileSystemFailure(errno: ENOENT), path: path)
        case .link: throw FileSystemError(FileSystemFailure(errno: ELOOP), path: path)
        case .notRegular(let mode):
            if let kind = FileSystemFailure.SpecialKind(mode: mode_t(mode)) { throw FileSystemError(.notRegularFile(kind), path: path) }
            throw FileSystemError(.isFolder, path: path)
        case .tooLarge: throw FileSystemError(.tooLarge, path: path)
        }
    }

    /// Throws unless `path` (links followed) is a regular file; never opens it.
    package static func check(_ path: String) throws(FileSystemError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            let dangling = errno == ENOENT && lstat(path, &link) == 0
            throw FileSystemError(dangling ? .notRegularFile(.danglingLink) : FileSystemFailure(errno: errno), path: path)
        }
        if let kind = FileSystemFailure.SpecialKind(mode: info.st_mode) { throw FileSystemError(.notRegularFile(kind), path: path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw FileSystemError(.isFolder, path: path) }
    }
}
