import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock(2)` on `.hoso.lock` inside a destination folder: two runs into one folder
/// take turns, the second waiting (after `onWait`) until the first has committed or given up. The
/// kernel releases the lock when its holder exits, however it ends (even `kill -9`), so a stale lock
/// cannot block the next run. The holder removes the lock file when it is done, so a finished
/// folder has no hidden file; a run that finds, once it holds the lock, that its file is no longer
/// the one at the path (the previous holder removed it) opens the new one and locks again.
final class DestinationLock {
    /// The name of the lock file inside the destination.
    static let fileName = ".hoso.lock"
    private let fd: Int32
    private let path: String
    private var token = 0

    /// Takes the lock of `folder` (which must exist), waiting when another run holds it.
    init(folder: String, onWait: () -> Void) throws(OutputError) {
        path = folder + "/" + Self.fileName
        var notified = false
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw .fileSystem(.lock, path: folder, code: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let code = errno
                    close(fd)
                    throw .fileSystem(.lock, path: folder, code: code)
                }
                if !notified { onWait() }
                notified = true
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(fd)
                        throw .fileSystem(.lock, path: folder, code: code)
                    }
                }
            }
            var held = stat()
            var current = stat()
            if fstat(fd, &held) == 0, lstat(path, &current) == 0, held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                self.fd = fd
                token = Interruption.register(lockFile: path)
                return
            }
            close(fd)  // the file was removed by the run that held it: lock the new one
        }
    }

    deinit {
        Interruption.unregister(token)
        unlink(path)
        close(fd)
    }
}

/// A shared `flock(2)` on a folder's `.hoso.lock`, taken by a reader (`hoso verify`): while a render
/// holds the lock (mid-render or mid-commit) the reader waits, after `onWait`, instead of judging a
/// half-written folder; while the reader holds it, a render waits. It never creates, writes or
/// removes anything: a folder with no lock file (or one that is not a regular file) is not locked.
final class ReadingLock {
    private var fd: Int32 = -1

    /// Waits until no render holds `folder`'s lock, then holds it shared until released.
    init(folder: String, onWait: () -> Void) {
        let path = folder + "/" + DestinationLock.fileName
        var notified = false
        while true {
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return }
            var held = stat()
            guard fstat(fd, &held) == 0, held.st_mode & S_IFMT == S_IFREG else { close(fd); return }
            if flock(fd, LOCK_SH | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else { close(fd); return }
                if !notified { onWait() }
                notified = true
                while flock(fd, LOCK_SH) != 0 {
                    guard errno == EINTR else { close(fd); return }
                }
            }
            var current = stat()
            if lstat(path, &current) == 0, held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                self.fd = fd
                return
            }
            close(fd)
            // The render removed its lock file when it finished: none left means nothing runs.
            guard FileOperations.exists(path) else { return }
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}
