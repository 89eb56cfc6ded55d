import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock(2)` on `.hoso.lock` inside a destination folder: two runs into one folder
/// take turns, the second waiting (after `onWait`) until the first has committed or given up. The
/// kernel releases the lock when its holder exits, however it ends (even `kill -9`), so a stale lock
/// cannot block the next run. The lock file itself stays, hidden, in the folder.
final class DestinationLock {
    /// The name of the lock file inside the destination.
    static let fileName = ".hoso.lock"
    private let fd: Int32

    /// Takes the lock of `folder` (which must exist), waiting when another run holds it.
    init(folder: String, onWait: () -> Void) throws(OutputError) {
        let path = folder + "/" + Self.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .fileSystem(.lock, path: folder, code: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let code = errno
                close(fd)
                throw .fileSystem(.lock, path: folder, code: code)
            }
            onWait()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(fd)
                    throw .fileSystem(.lock, path: folder, code: code)
                }
            }
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
