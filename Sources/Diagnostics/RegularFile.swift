#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The one reader of a whole regular file, under every way hoso reads one (`InputFile`, the
/// dossier's own files, `hoso verify`): opened read-only and non-blocking (a FIFO or device never
/// stalls it), checked on the open descriptor, bounded, and read to its end. What the system fails
/// to do throws its code (`SystemFailure`); a read error midway is never taken for a shorter file.
/// Each caller turns what it gets into its own error and message.
package enum RegularFile {
    /// What reading a path gave.
    package enum Outcome: Equatable {
        /// The file's bytes; fewer than `size` when it shrank while read.
        case bytes([UInt8], size: Int)
        /// No such file (ENOENT).
        case missing
        /// A symbolic link when links are not followed, or a loop of them (ELOOP).
        case link
        /// A folder, device, FIFO or socket: its `st_mode`.
        case notRegular(mode: UInt32)
        /// Larger than the limit.
        case tooLarge(size: Int)
    }

    /// A call the system refused, with its `errno`.
    package struct SystemFailure: Error, Equatable {
        package let code: Int32

        package init(code: Int32) { self.code = code }
    }

    /// Reads the regular file at `path`, at most `limit` bytes; `followingLinks` follows a final
    /// symbolic link (a path the user named).
    package static func read(_ path: String, limit: Int, followingLinks: Bool) throws(SystemFailure) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT: return .missing
            case ELOOP: return .link
            default: throw SystemFailure(code: code)
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemFailure(code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegular(mode: UInt32(info.st_mode)) }
        let size = Int(info.st_size)
        guard size <= limit else { return .tooLarge(size: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + done, size - done) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count < 0 { throw SystemFailure(code: errno) }
            if count == 0 { break }
            done += count
        }
        return .bytes(done == size ? bytes : Array(bytes[0..<done]), size: size)
    }
}
