import Diagnostics
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The few system calls the output stage makes, each translating `errno` into an `OutputError`
/// that names the path. Files are written with `write(2)` (never through Foundation, whose errors
/// say "NSCocoaErrorDomain error 512") and flushed with `fsync(2)` before they are moved into place.
enum FileOperations {
    /// Whether anything (even a dangling link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder itself, not a link to one (`lstat`).
    static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` is a regular file itself, not a link to one (`lstat`).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path` itself (not what a link points to) belongs to the user running hoso.
    static func isOwnedByUser(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_uid == geteuid()
    }

    /// The lower-case hex SHA-256 of the regular file at `path` (not followed if a link), or nil
    /// when there is none; a file the system fails to read throws its code (see `readReporting`),
    /// so an unreadable file is never taken for a changed one.
    static func sha256(_ path: String) throws(OutputError) -> String? {
        try readReporting(path, limit: Int.max).map(Manifest.sha256)
    }

    /// Creates `path` and, with `intermediate`, its missing parents; an existing folder is fine.
    static func makeDirectory(_ path: String, intermediate: Bool = true) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .fileSystem(.createFolder, path: path, code: ENOTDIR) }
            return
        }
        if intermediate {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        }
        if mkdir(path, 0o777) != 0, errno != EEXIST { throw .fileSystem(.createFolder, path: path, code: errno) }
    }

    /// Writes `bytes` to a new file at `path` (which must not exist), with `mode` when given, and
    /// flushes it to the disk.
    static func writeNewFile(_ path: String, _ bytes: [UInt8], mode: mode_t? = nil) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .fileSystem(.write, path: path, code: errno) }
        var failure: Int32 = 0
        if let mode, fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0 { failure = writeAll(fd, bytes) }
        if failure == 0, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw .fileSystem(.write, path: path, code: failure)
        }
    }

    /// Writes every byte, retrying short writes; 0 or the `errno` that stopped it (`EFBIG` for a
    /// file beyond `ulimit -f`: SIGXFSZ is ignored, see `Interruption.install`).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    /// `rename(2)`: atomic, replacing a file at `to`.
    static func move(_ from: String, _ to: String) throws(OutputError) {
        if let code = RenameFault.shared.next(to) { throw .fileSystem(.move, path: to, code: code) }
        guard rename(from, to) == 0 else { throw .fileSystem(.move, path: to, code: errno) }
    }

    /// The injectable fault of the test suite: the `failAt`-th rename into a path under `prefix`
    /// fails with `code` (never armed outside tests).
    final class RenameFault: @unchecked Sendable {
        static let shared = RenameFault()
        private let lock = NSLock()
        private var prefix: String?
        private var failAt = 0
        private var code: Int32 = EIO
        /// Renames into `prefix` counted since `arm`.
        private(set) var count = 0

        /// Fails the `failAt`-th rename (1-based) into a path under `prefix`; 0 fails none.
        func arm(prefix: String, failAt: Int, code: Int32 = EIO) {
            lock.lock()
            defer { lock.unlock() }
            (self.prefix, self.failAt, self.code, count) = (prefix, failAt, code, 0)
        }

        /// Disarms; returns how many renames into the prefix were seen.
        @discardableResult
        func disarm() -> Int {
            lock.lock()
            defer { lock.unlock() }
            prefix = nil
            return count
        }

        fileprivate func next(_ path: String) -> Int32? {
            lock.lock()
            defer { lock.unlock() }
            guard let prefix, path.hasPrefix(prefix) else { return nil }
            count += 1
            return count == failAt ? code : nil
        }
    }

    /// The names in the folder `path` (not `.` and `..`), unsorted. A folder that cannot be opened,
    /// or whose reading stops on an error (EIO midway), throws the system's code: a listing cut
    /// short is never taken for a shorter one (a stray file it would have shown goes unseen).
    static func names(in path: String) throws(OutputError) -> [String] {
        if let code = ListingFault.shared.code(for: path) { throw .fileSystem(.read, path: path, code: code) }
        guard let folder = opendir(path) else { throw .fileSystem(.read, path: path, code: errno) }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw .fileSystem(.read, path: path, code: errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// Test hook: makes listing one folder, or reading one file, fail with a given code (a disk
    /// error midway).
    final class ListingFault: @unchecked Sendable {
        static let shared = ListingFault()
        private let lock = NSLock()
        private var failing: [String: Int32] = [:]

        /// Listing or reading `path` fails with `code` until `disarm(path:)`.
        func arm(path: String, code: Int32 = EIO) {
            lock.lock()
            defer { lock.unlock() }
            failing[path] = code
        }

        func disarm(path: String) {
            lock.lock()
            defer { lock.unlock() }
            failing[path] = nil
        }

        fileprivate func code(for path: String) -> Int32? {
            lock.lock()
            defer { lock.unlock() }
            return failing[path]
        }
    }

    /// Flushes a folder's entries (the renames in it) to the disk; file systems that cannot are
    /// not an error.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Removes `path` and everything below it, without following links; best effort.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                for name in names { removeTree(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// The bytes of a file hoso itself just produced (a converted PDF): one that is not there, or
    /// not a whole regular file, is "no such file"; a read the system failed throws its own code.
    static func readProduced(_ path: String) throws(OutputError) -> [UInt8] {
        guard let bytes = try readReporting(path, limit: Int.max) else { throw .fileSystem(.read, path: path, code: ENOENT) }
        return bytes
    }

    /// The bytes of a regular file, or nil when it is not there or not a regular file (opened
    /// non-blocking and checked on the descriptor, so a FIFO or device never stalls it); an open
    /// or read error other than "no such file" or "a link" throws the system's code.
    static func readReporting(_ path: String, limit: Int = 64 << 20) throws(OutputError) -> [UInt8]? {
        if let code = ListingFault.shared.code(for: path) { throw .fileSystem(.read, path: path, code: code) }
        do throws(RegularFile.SystemFailure) {
            switch try RegularFile.read(path, limit: limit, followingLinks: false) {
            case .bytes(let bytes, let size): return bytes.count == size ? bytes : nil
            case .missing, .link, .notRegular, .tooLarge: return nil
            }
        } catch {
            throw .fileSystem(.read, path: path, code: error.code)
        }
    }
}
