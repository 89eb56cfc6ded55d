import Crypto
import Diagnostics
import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reading for `hoso verify`, which must never write and must not be led astray: a file is opened
/// read-only and non-blocking (a FIFO cannot stall it), checked to be a regular file on the open
/// descriptor, and read only up to a limit; large files are hashed in pieces.
enum ReadOnlyFile {
    /// What a path is.
    enum Kind: Equatable {
        case missing
        case directory
        case regular(size: Int)
        /// A symbolic link (only when links are not followed).
        case link
        /// A device, FIFO or socket.
        case special
    }

    /// Why a file was not read.
    enum Failure: Error, Equatable {
        case missing
        case notRegular
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)
    }

    /// What `path` is; `following` follows a final symbolic link (a path the user named).
    static func kind(of path: String, following: Bool) -> Kind {
        var info = stat()
        let status = following ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFLNK: return .link
        default: return .special
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    static func read(_ path: String, limit: Int, following: Bool) -> Result<[UInt8], Failure> {
        do throws(RegularFile.SystemFailure) {
            switch try RegularFile.read(path, limit: limit, followingLinks: following) {
            case .bytes(let bytes, _): return .success(bytes)
            case .missing: return .failure(.missing)
            case .link, .notRegular: return .failure(.notRegular)
            case .tooLarge(let size): return .failure(.tooLarge(size: size, limit: limit))
            }
        } catch {
            return .failure(.unreadable(String(cString: strerror(error.code))))
        }
    }

    /// The lower-case hex SHA-256 of the regular file at `path`, read in 1 MiB pieces.
    static func sha256(_ path: String, following: Bool) -> Result<String, Failure> {
        withOpenFile(path, following: following) { descriptor, _ in
            var hasher = SHA256()
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                hasher.update(data: buffer[0..<count])
            }
            return .success(hasher.finalize().map { String(format: "%02x", $0) }.joined())
        }
    }

    /// Opens `path` read-only and non-blocking, checks on the descriptor that it is a regular
    /// file, and hands it to `body` with its size.
    private static func withOpenFile<T>(
        _ path: String, following: Bool,
        _ body: (Int32, Int) -> Result<T, Failure>
    ) -> Result<T, Failure> {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (following ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .failure(.missing)
            case ELOOP: return .failure(.notRegular)
            default: return .failure(.unreadable(String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        return body(descriptor, Int(info.st_size))
    }
}
