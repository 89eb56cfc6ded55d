import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The package root (Tests/FaultTests/Child.swift → root).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `hoso` executable built next to the test bundle.
var hosoExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hoso").path
}

/// A program started in a process group of its own, its output in files, so that a test can
/// signal it (or its group) at any moment and read what it printed.
final class Child {
    let pid: pid_t
    private let folder: URL
    private(set) var status: Int32?

    /// Starts `argv` from the package root.
    init(_ argv: [String], directory: String = packageRoot.path) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        // The test runner's blocked signals and handlers are not passed on.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // `sh` changes into the folder, then becomes the program (same pid, same group).
        let shell = ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, directory] + argv
        let cArguments: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        self.pid = pid
    }

    /// Waits up to `seconds` (then kills the group); returns the exit status, 128 + N for signal N.
    @discardableResult
    func wait(seconds: Double = 120) -> Int32 {
        if let status { return status }
        let deadline = Date().addingTimeInterval(seconds)
        var raw: Int32 = 0
        while true {
            let waited = waitpid(pid, &raw, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { raw = 0x7F; break }
            if Date() > deadline { killpg(pid, SIGKILL) }
            usleep(5_000)
        }
        let signal = raw & 0x7F
        status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
        return status!
    }

    /// Sends `signal` to the program itself.
    func send(_ signal: Int32) { kill(pid, signal) }

    var output: String { String(decoding: (try? Data(contentsOf: folder.appendingPathComponent("out"))) ?? Data(), as: UTF8.self) }
    var errors: String { String(decoding: (try? Data(contentsOf: folder.appendingPathComponent("err"))) ?? Data(), as: UTF8.self) }

    deinit {
        if status == nil { killpg(pid, SIGKILL); wait() }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `argv` to its end.
    static func run(_ argv: [String], directory: String = packageRoot.path) throws -> (status: Int32, output: String, errors: String) {
        let child = try Child(argv, directory: directory)
        let status = child.wait()
        return (status, child.output, child.errors)
    }
}

/// Processes (pid, process group, command line) running now, read from /proc.
func runningProcesses() -> [(pid: Int32, group: Int32, command: String)] {
    var result: [(Int32, Int32, String)] = []
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry),
            let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { continue }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 3, let group = Int32(fields[2]), fields[0] != "Z" else { continue }
        let command = ((try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))) ?? Data())
            .map { $0 == 0 ? UInt8(ascii: " ") : $0 }
        result.append((pid, group, String(decoding: command, as: UTF8.self)))
    }
    return result
}
