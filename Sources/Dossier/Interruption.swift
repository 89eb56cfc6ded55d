package import Diagnostics
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The write end of the pipe the signal handler writes the signal number to (a C handler cannot
/// capture; writing one byte is all it does, which is safe inside a handler).
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
/// The last signal received (0 before any): set by the handler, read when hoso is about to end.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0

/// What SIGINT, SIGTERM and SIGHUP do while hoso writes: stop the LibreOffice child's whole process
/// group, remove the staging folders and files registered here (the LibreOffice profile is inside
/// staging), print one line, and exit 130, 143 or 129. A commit in progress is finished first (its
/// renames are held in `whileCommitting`), so a signal never leaves a half-moved destination.
package enum Interruption {
    private final class State: @unchecked Sendable {
        let lock = NSRecursiveLock()
        var installed = false
        var language: Language = .vi
        var cleanups: [Int: String] = [:]
        var lockFiles: [Int: String] = [:]
        var childGroups: Set<pid_t> = []
        var nextToken = 0
        /// The new dossier is in place: a signal now stops hoso after its work, not before it.
        var committed = false
        /// How many `whileCommitting` calls the current holder is inside.
        var depth = 0
    }

    private static let state = State()

    /// Installs the handlers (once; later calls only change the language) and ignores SIGXFSZ, so
    /// that a file beyond `ulimit -f` fails with `EFBIG` — reported as "file too large" — instead
    /// of killing hoso with a truncated file left behind.
    package static func install(language: Language) {
        signal(SIGXFSZ, SIG_IGN)
        state.lock.lock()
        defer { state.lock.unlock() }
        state.language = language
        guard !state.installed else { return }
        state.installed = true
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipeWriteEnd = ends[1]
        let reader = ends[0]
        let thread = Thread { watch(reader) }
        thread.name = "hoso-signals"
        thread.start()
        // A parent may have started hoso with these signals blocked (the mask survives exec):
        // unblocked here, they reach this thread and every thread started from now on.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                receivedSignal = sig_atomic_t(number)
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipeWriteEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    /// Registers `path` (a staging folder or a temporary file) to be removed if a signal stops
    /// hoso; returns the token that `unregister` takes.
    static func register(cleanup path: String) -> Int {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.nextToken += 1
        state.cleanups[state.nextToken] = path
        return state.nextToken
    }

    /// Registers a lock file to remove after everything else, so that no run takes the folder
    /// while this one still cleans it.
    static func register(lockFile path: String) -> Int {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.nextToken += 1
        state.lockFiles[state.nextToken] = path
        return state.nextToken
    }

    /// Forgets a path registered with `register(cleanup:)` or `register(lockFile:)`.
    static func unregister(_ token: Int) {
        state.lock.lock()
        state.cleanups[token] = nil
        state.lockFiles[token] = nil
        state.lock.unlock()
    }

    /// Registers a child's process group, stopped (SIGTERM, then SIGKILL) if a signal stops hoso.
    static func register(childGroup: pid_t) {
        state.lock.lock()
        state.childGroups.insert(childGroup)
        state.lock.unlock()
    }

    /// Forgets a child's process group.
    static func unregister(childGroup: pid_t) {
        state.lock.lock()
        state.childGroups.remove(childGroup)
        state.lock.unlock()
    }

    /// Runs `body` (a commit's renames or their recovery, or writing one staged file) with signals
    /// held until it ends. Once a signal is being handled, `body` never starts: the caller waits
    /// for the process to end, so nothing is written after the cleanup began. A signal that came
    /// during `body` is handled right after it (the caller then waits for the end too).
    static func whileCommitting<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        state.depth += 1
        let result: Result<T, E>
        do throws(E) { result = .success(try body()) } catch { result = .failure(error) }
        state.depth -= 1
        let outermost = state.depth == 0
        state.lock.unlock()
        if outermost { awaitPendingSignal() }
        return try result.get()
    }

    /// When a signal has arrived, waits (forever) for the signal thread to clean up, print its
    /// line and end the process with 128 + the signal; otherwise returns at once. Called before
    /// hoso ends on its own, so a signal near the end never becomes exit status 0.
    package static func awaitPendingSignal() {
        // Output still buffered would be written by `exit`, after this look: a signal it met would be lost.
        fflush(nil)
        guard receivedSignal != 0 else { return }
        while true { sleep(60) }
    }

    /// Records that the destination now holds the new dossier (called inside `whileCommitting`),
    /// so that a signal arriving from now on is not reported as leaving the destination unchanged.
    static func markCommitted() {
        state.lock.lock()
        state.committed = true
        state.lock.unlock()
    }

    /// The signal thread: waits for a signal number, then cleans up and exits.
    private static func watch(_ reader: Int32) {
        var byte: UInt8 = 0
        while true {
            let got = read(reader, &byte, 1)
            if got == 1 { break }
            if got < 0, errno == EINTR { continue }
            return
        }
        let number = Int32(byte)
        state.lock.lock()  // waits for a commit in progress; never released: the process ends here
        for group in state.childGroups { killpg(group, SIGTERM) }
        if !state.childGroups.isEmpty {
            let deadline = Date().addingTimeInterval(2)
            while Date() < deadline, state.childGroups.contains(where: { killpg($0, 0) == 0 }) { usleep(20_000) }
            for group in state.childGroups { killpg(group, SIGKILL) }
        }
        for path in state.cleanups.values { FileOperations.removeTree(path) }
        for path in state.lockFiles.values { unlink(path) }
        let message = state.committed ? OutputError.interruptedAfterCommit(signal: number) : OutputError.interrupted(signal: number)
        let line = message.text(in: state.language) + "\n"
        try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
        _exit(128 + number)
    }
}
