import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The package root (Tests/HostileInputTests/Confinement.swift → root).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `hoso` executable built next to the test bundle.
var hosoExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hoso").path
}

/// Runs a program in a child process confined by resource limits, so that a runaway (an endless
/// loop, an allocation bomb) ends as a killed process — a failed test — never as a hung or
/// swapping suite. Nothing here times normal work: the limits are far above what any case needs.
enum Confinement {
    /// The limits of one run.
    struct Limits {
        /// `RLIMIT_CPU`: the kernel kills the child after this much CPU time.
        var cpuSeconds = 30
        /// `RLIMIT_AS`: allocations beyond this address space fail.
        var addressSpaceMegabytes = 2_048
        /// A child still running after this long (blocked, not spinning) is killed.
        var wallSeconds = 120.0
    }

    /// How a confined run ended.
    struct Outcome: CustomStringConvertible {
        /// The exit status, nil when a signal ended the child.
        var status: Int32?
        /// The signal that ended it, if one did (SIGXCPU/SIGKILL: a limit was reached).
        var signal: Int32?
        /// Whether it was killed for outliving `wallSeconds`.
        var timedOut: Bool
        /// Peak resident memory of the child (`ru_maxrss`), in KiB.
        var peakKilobytes: Int
        /// Wall-clock seconds, for the record only.
        var seconds: Double
        var output: String
        var errors: String

        /// Peak resident memory in MiB.
        var peakMegabytes: Double { Double(peakKilobytes) / 1024 }

        var description: String {
            "status \(status.map(String.init) ?? "-") signal \(signal.map(String.init) ?? "-")\(timedOut ? " timed out" : ""), "
                + "peak \(Int(peakMegabytes)) MB, \(String(format: "%.1f", seconds)) s\nstdout: \(output.prefix(2_000))\nstderr: \(errors.prefix(2_000))"
        }
    }

    /// Runs `executable` with `arguments` from the package root under `limits` (applied by
    /// `/bin/sh`'s `ulimit` before it execs the program, so the limits are the program's own).
    static func run(_ executable: String, _ arguments: [String], limits: Limits = Limits()) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-confined-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("stdout").path
        let errorPath = folder.appendingPathComponent("stderr").path

        let script = #"cd "$1" && shift && ulimit -t "$1" && ulimit -v "$2" && shift 2 && exec "$@""#
        let argv = ["/bin/sh", "-c", script, "sh", packageRoot.path, String(limits.cpuSeconds),
                    String(limits.addressSpaceMegabytes * 1024), executable] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let start = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date().timeIntervalSince(start) > limits.wallSeconds && !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal, timedOut: timedOut,
            peakKilobytes: Int(usage.ru_maxrss), seconds: Date().timeIntervalSince(start),
            output: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
            errors: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self))
    }

    /// Runs `hoso` with `arguments` under `limits`.
    static func hoso(_ arguments: [String], limits: Limits = Limits()) throws -> Outcome {
        try run(hosoExecutable, arguments, limits: limits)
    }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-hostile-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
