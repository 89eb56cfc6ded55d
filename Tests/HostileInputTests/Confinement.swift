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
        /// `RLIMIT_CPU`: the kernel kills the program after this much CPU time.
        var cpuSeconds = 30
        /// `RLIMIT_AS`: allocations beyond this address space fail.
        var addressSpaceMegabytes = 2_048
        /// A program still running after this long (blocked, not spinning) is killed.
        var wallSeconds = 120.0
        /// `RLIMIT_FSIZE` in the shell's blocks (512 bytes for Debian's sh): a write beyond it
        /// raises SIGXFSZ; nil leaves it unlimited.
        var fileSizeBlocks: Int?
    }

    /// How a confined run ended.
    struct Outcome: CustomStringConvertible {
        /// The exit status; 128 + N when signal N ended the program (SIGXCPU, SIGKILL: a limit).
        var status: Int32?
        /// Whether it was killed for outliving `wallSeconds`.
        var timedOut: Bool
        /// Peak resident memory of the program, in KiB (GNU time's %M).
        var peakKilobytes: Int
        /// Wall-clock seconds, for the record only.
        var seconds: Double
        var output: String
        var errors: String

        /// Peak resident memory in MiB.
        var peakMegabytes: Double { Double(peakKilobytes) / 1024 }

        var description: String {
            "status \(status.map(String.init) ?? "-")\(timedOut ? " timed out" : ""), "
                + "peak \(Int(peakMegabytes)) MB, \(String(format: "%.1f", seconds)) s\nstdout: \(output.prefix(2_000))\nstderr: \(errors.prefix(2_000))"
        }
    }

    /// Runs `executable` with `arguments` from the package root under `limits`, applied by
    /// `/bin/sh`'s `ulimit` so that they bind the program itself. The peak memory is measured by
    /// GNU `time` (`make deps` installs it): the `ru_maxrss` that `wait4` would give here also
    /// counts this test process, whose memory a spawned child shares until it executes.
    static func run(_ executable: String, _ arguments: [String], limits: Limits = Limits()) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-confined-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("stdout").path
        let errorPath = folder.appendingPathComponent("stderr").path
        let peakPath = folder.appendingPathComponent("peak").path

        let script =
            #"cd "$1" && ulimit -t "$2" && ulimit -v "$3" && ulimit -f "$5" && peak="$4" && shift 5 && exec /usr/bin/time -f %M -o "$peak" "$@""#
        let argv =
            [
                "/bin/sh", "-c", script, "sh", packageRoot.path, String(limits.cpuSeconds),
                String(limits.addressSpaceMegabytes * 1024), peakPath, limits.fileSizeBlocks.map(String.init) ?? "unlimited",
                executable,
            ] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // A process group of its own, so that a watchdog kill reaches the program under `time`.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let start = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var timedOut = false
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date().timeIntervalSince(start) > limits.wallSeconds && !timedOut {
                timedOut = true
                kill(-pid, SIGKILL)
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        let peak = String(decoding: FileManager.default.contents(atPath: peakPath) ?? Data(), as: UTF8.self)
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, timedOut: timedOut,
            peakKilobytes: peak.split(separator: "\n").last.flatMap { Int($0) } ?? Int.max,
            seconds: Date().timeIntervalSince(start),
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
