import Diagnostics
import Foundation
import Testing

@testable import Dossier

/// The commit under faults, through the real `hoso` binary: `strace -e inject` fails each rename in
/// turn or kills hoso (`SIGKILL`) at each step of a render; `kill -9` lands at random moments; pairs
/// of renders race into one folder. After each, the folder holds the complete old dossier (An Sơn,
/// TT22) or the complete new one (Vĩnh Lập, TT24): never a mix. The renders leave out the bound
/// `Ho-so.docx` (`--no-book`): binding every document again doubles each render's time and proves
/// nothing more about the commit, which moves the book like any other file (the end-to-end tests
/// and `CommitTests` cover a commit with it).
@Suite(.serialized) struct CommitFaultTests {
    /// The renames hoso's commit makes (the syscall glibc's `rename` uses differs by architecture).
    static let renames = "?rename,?renameat,?renameat2"
    /// The steps of a render that change the file system, each a point a kill can land on.
    static let steps = [renames, "?unlink,?unlinkat", "?mkdir,?mkdirat", "?rmdir", "fsync", "flock"]

    static let strace = "/usr/bin/strace"
    static let randomKills = 70

    /// `argv` under strace with `injection` (`SET:error=EIO:when=N` …), following threads.
    static func traced(_ argv: [String], _ set: String, _ injection: String) -> [String] {
        [strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(set)", "-e", "inject=\(set):\(injection)"] + argv
    }

    /// Each failing system call of the write, in turn: a rename (I/O error, disk full), a write
    /// (disk full), an fsync (I/O error), a folder creation (permission).
    static let failures = [(renames, "EIO"), (renames, "ENOSPC"), ("write", "ENOSPC"), ("fsync", "EIO"), ("?mkdir,?mkdirat", "EACCES")]

    @Test func eachFailingStepLeavesTheOldOrTheNewDossier() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: make deps")
        let dossiers = try Dossiers("fail", extra: ["--no-book"])
        defer { dossiers.remove() }
        var renders = 0
        var mixed = 0
        for (set, code) in Self.failures {
            var failAt = 1
            while failAt < 100 {
                let folder = try dossiers.freshDestination()
                defer { try? FileManager.default.removeItem(at: folder) }
                let run = try Child.run(Self.traced(dossiers.renderNew(into: folder), set, "error=\(code):when=\(failAt)"))
                renders += 1
                let state = dossiers.state(folder)
                if state.hasPrefix("mixed") { mixed += 1 }
                #expect(state == (run.status == 0 ? "new" : "old"), "\(set) \(failAt) failing with \(code): \(run.errors)")
                #expect(leftovers(folder) == [], "\(set) \(failAt)")
                if run.status == 0 { break }
                #expect(run.status == 2, "\(set) \(failAt): \(run.errors)")
                // The new data (Vĩnh Lập) also prints its warning first (its minutes carry no number).
                #expect(run.errors.contains("hoso: lỗi: không "), "\(set) \(failAt): \(run.errors)")
                #expect(!run.errors.contains("NSCocoaErrorDomain"))
                failAt += 1
            }
            if set == Self.renames { #expect(failAt > 10, "the commit of a whole dossier makes more than 10 renames") }
        }
        print("FaultTests: failing steps: \(renders) fault-injected renders, \(mixed) mixed folders")
        #expect(mixed == 0)
    }

    /// Ctrl-C landing on a rename of the commit: the commit finishes first (or never starts), and the
    /// line hoso prints says which — "destination unchanged" only when it is (an attacker trial saw
    /// that line printed over a complete new dossier).
    @Test func ctrlCDuringTheCommitSaysWhatTheFolderHolds() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: make deps")
        let dossiers = try Dossiers("sigint", extra: ["--no-book"])
        defer { dossiers.remove() }
        let unchanged = OutputError.interrupted(signal: SIGINT).vi + "\n"
        let completed = OutputError.interruptedAfterCommit(signal: SIGINT).vi + "\n"
        var saidCompleted = 0
        for signalAt in stride(from: 1, through: 25, by: 3) {
            let folder = try dossiers.freshDestination()
            defer { try? FileManager.default.removeItem(at: folder) }
            let run = try Child.run(Self.traced(dossiers.renderNew(into: folder), Self.renames, "signal=INT:when=\(signalAt)"))
            let state = dossiers.state(folder)
            #expect(state == "old" || state == "new", "rename #\(signalAt): \(state)")
            guard run.status == 128 + SIGINT else {
                #expect(run.status == 0 && state == "new", "rename #\(signalAt): \(run.status) \(run.errors)")
                continue
            }
            #expect(run.errors.hasSuffix(state == "new" ? completed : unchanged), "rename #\(signalAt) (\(state)): \(run.errors)")
            if state == "new" { saidCompleted += 1 }
        }
        #expect(saidCompleted > 0, "a signal on a rename of the commit is held until the commit ends")
    }

    /// Ctrl-C on any write (while files are staged, the plan, the printed list) or on the removal
    /// of the finished journal (an attacker trial: `inject=rmdir:signal=SIGINT:when=1`,
    /// `inject=write:signal=SIGINT:when=12` exited 0): hoso always exits 130 with its one line, which
    /// says what the folder holds; no staged file is left behind (the signal thread once removed
    /// the staging folder while the writer kept writing into it).
    @Test func ctrlCOnAnyWriteOrTheLastCleanupExits130AndLeavesNothingStaged() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: make deps")
        let dossiers = try Dossiers("sigint-late", extra: ["--no-book"])
        defer { dossiers.remove() }
        let trace = dossiers.base.appendingPathComponent("trace.txt").path
        let unchanged = OutputError.interrupted(signal: SIGINT).vi + "\n"
        let completed = OutputError.interruptedAfterCommit(signal: SIGINT).vi + "\n"
        var delivered = 0
        for (set, last) in [("write", 40), ("?rmdir", 3), ("?unlink,?unlinkat", 4)] {
            for signalAt in 1...last {
                let folder = try dossiers.freshDestination()
                defer { try? FileManager.default.removeItem(at: folder) }
                let argv =
                    [Self.strace, "-f", "-qq", "-o", trace, "-e", "trace=\(set)", "-e", "inject=\(set):signal=INT:when=\(signalAt)"]
                    + dossiers.renderNew(into: folder)
                let run = try Child.run(argv)
                let state = dossiers.state(folder)
                #expect(state == "old" || state == "new", "\(set) #\(signalAt): \(state)")
                #expect(leftovers(folder) == [], "\(set) #\(signalAt): \(run.errors)")
                guard (try? String(contentsOfFile: trace, encoding: .utf8))?.contains("SIGINT {") == true else {
                    #expect(run.status == 0, "\(set) #\(signalAt): \(run.errors)")
                    continue
                }
                delivered += 1
                #expect(run.status == 128 + SIGINT, "\(set) #\(signalAt) (\(state)): \(run.status) \(run.errors)")
                #expect(run.errors.hasSuffix(state == "new" ? completed : unchanged), "\(set) #\(signalAt) (\(state)): \(run.errors)")
            }
        }
        try? FileManager.default.removeItem(atPath: trace)
        #expect(delivered > 10)
    }

    @Test func killedAtEveryStepTheFolderIsNeverTakenForADossierAndTheNextRunCompletesIt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: make deps")
        let dossiers = try Dossiers("kill", extra: ["--no-book"])
        defer { dossiers.remove() }
        var renders = 0
        var mixed = 0
        var outcomes: [String: Int] = [:]
        var caughtMidCommit = 0
        var acceptedMixes = 0
        for (set, backwards) in Self.steps.flatMap({ [($0, false), ($0, true)] }) {
            var killAt = 1
            while killAt < 200 {
                let folder = try dossiers.freshDestination(backwards: backwards)
                defer { try? FileManager.default.removeItem(at: folder) }
                let run = try Child.run(Self.traced(dossiers.render(into: folder, backwards: backwards), set, "signal=KILL:when=\(killAt)"))
                renders += 1
                if run.status == 0 { break }
                #expect(run.status == 128 + SIGKILL, "\(set) #\(killAt): \(run.errors)")
                #expect(dossiers.isSafeBeforeRecovery(folder), "\(set) #\(killAt): \(dossiers.state(folder))")
                if dossiers.state(folder).hasPrefix("mixed") {
                    // Caught mid-commit: `hoso verify` must not accept the folder.
                    caughtMidCommit += 1
                    let verify = try Child.run([hosoExecutable, "verify", folder.path])
                    if verify.status == 0 { acceptedMixes += 1 }
                }
                try StagedOutput.recover(destination: folder)
                let state = dossiers.state(folder)
                outcomes[state, default: 0] += 1
                if state.hasPrefix("mixed") { mixed += 1 }
                #expect(state == "old" || state == "new", "\(set) #\(killAt)")
                #expect(leftovers(folder) == [], "\(set) #\(killAt)")
                killAt += 1
            }
        }
        print(
            "FaultTests: kill -9 at every step: \(renders) renders, \(caughtMidCommit) caught mid-commit (\(acceptedMixes) accepted by verify), outcomes after recovery \(outcomes), \(mixed) mixed folders"
        )
        #expect(mixed == 0 && acceptedMixes == 0)
        #expect((outcomes["old"] ?? 0) > 0 && (outcomes["new"] ?? 0) > 0)
    }

    @Test func killedAtRandomMomentsTheNextRenderFindsOneCompleteDossier() throws {
        let dossiers = try Dossiers("random", extra: ["--no-book"])
        defer { dossiers.remove() }
        // How long a whole render takes here, to spread the kills over it.
        let started = Date()
        let timing = try dossiers.freshDestination()
        _ = try Child.run(dossiers.renderNew(into: timing))
        let duration = Date().timeIntervalSince(started)
        var mixed = 0
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.randomKills {
            let folder = try dossiers.freshDestination()
            defer { try? FileManager.default.removeItem(at: folder) }
            let child = try Child(dossiers.renderNew(into: folder))
            usleep(UInt32(Double.random(in: 0...duration, using: &generator) * 1_000_000))
            killpg(child.pid, SIGKILL)
            child.wait()
            #expect(dossiers.isSafeBeforeRecovery(folder))
            // The next run on the folder cleans up first.
            try StagedOutput.recover(destination: folder)
            let state = dossiers.state(folder)
            if state.hasPrefix("mixed") { mixed += 1 }
            #expect(state == "old" || state == "new")
            #expect(leftovers(folder) == [])
        }
        print("FaultTests: kill -9 at random moments: \(Self.randomKills) renders, \(mixed) mixed folders")
        #expect(mixed == 0)
    }

    /// Pairs of renders of the two data files race into one folder (without `Ho-so.docx`, which
    /// proves nothing more here and doubles the time): each pair takes turns through the lock, both
    /// succeed, and `hoso verify` accepts the folder that results.
    @Test func concurrentPairsOfRendersTakeTurns() throws {
        let dossiers = try Dossiers("pairs", extra: ["--no-book"])
        defer { dossiers.remove() }
        let folder = dossiers.base.appendingPathComponent("shared")
        var mixed = 0
        var accepted = 0
        var acceptedMixes = 0
        var waited = 0
        for _ in 0..<100 {
            let first = try Child([hosoExecutable, "render", Dossiers.first, "-o", folder.path] + dossiers.extra)
            let second = try Child([hosoExecutable, "render", Dossiers.second, "-o", folder.path] + dossiers.extra)
            #expect(first.wait() == 0, "\(first.errors)")
            #expect(second.wait() == 0, "\(second.errors)")
            if (first.errors + second.errors).contains("đang chờ lần đó xong") { waited += 1 }
            let state = dossiers.state(folder)
            #expect(state == "old" || state == "new", "\(state)")
            let verify = try Child.run([hosoExecutable, "verify", folder.path])
            if verify.status == 0 { accepted += 1 }
            if state.hasPrefix("mixed") {
                mixed += 1
                if verify.status == 0 { acceptedMixes += 1 }
            }
            #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
            #expect(leftovers(folder) == [])
        }
        print(
            "FaultTests: 100 concurrent pairs: \(waited) waited for the lock, \(mixed) mixed folders, \(acceptedMixes) accepted mixes, \(accepted) verified"
        )
        #expect(mixed == 0 && acceptedMixes == 0)
    }
}
