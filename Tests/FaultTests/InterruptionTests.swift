import Diagnostics
import Foundation
import Testing

@testable import Dossier

/// Ctrl-C (and SIGTERM, SIGHUP) while LibreOffice converts: its whole process group is stopped,
/// the staging folder and the LibreOffice profile inside it are removed, the old dossier stays,
/// and hoso ends with one line and 128 + the signal.
@Suite(.serialized) struct InterruptionTests {
    @Test(arguments: [(SIGINT, "vi"), (SIGTERM, "en"), (SIGHUP, "vi")])
    func aSignalDuringPDFExportLeavesNoProcessNoStagingNoProfile(_ signal: Int32, _ language: String) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-signal-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("ho-so")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let first = try Child.run([hosoExecutable, "render", "Fixtures/an-son-2023.yaml", "-o", folder.path])
        try #require(first.status == 0, "\(first.errors)")
        let before = snapshot(folder)
        let temporaryBefore = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])

        let child = try Child([hosoExecutable, "render", "Fixtures/vinh-lap-2024.yaml", "-o", folder.path, "--pdf", "--lang", language])
        let profile = folder.path + "/.hoso-staging/.lo-profile"
        var group: Int32?
        let deadline = Date().addingTimeInterval(120)
        while group == nil, Date() < deadline {
            group = runningProcesses().first { $0.command.contains(profile) }?.group
            if group == nil { usleep(50_000) }
        }
        let libreOffice = try #require(group, "LibreOffice never started: \(child.errors)")
        #expect(libreOffice != child.pid, "LibreOffice runs in a process group of its own")
        usleep(300_000)
        child.send(signal)
        let status = child.wait(seconds: 60)

        #expect(status == 128 + signal)
        let line = OutputError.interrupted(signal: signal).text(in: language == "en" ? .en : .vi)
        #expect(child.errors.hasSuffix(line + "\n"), "\(child.errors)")
        // No process of LibreOffice's group, nor any using the profile, survives.
        var survivors = runningProcesses().filter { $0.group == libreOffice || $0.command.contains(folder.path) }
        let settle = Date().addingTimeInterval(3)
        while !survivors.isEmpty, Date() < settle {
            usleep(50_000)
            survivors = runningProcesses().filter { $0.group == libreOffice || $0.command.contains(folder.path) }
        }
        #expect(survivors.isEmpty, "\(survivors)")
        #expect(leftovers(folder) == [])
        #expect(snapshot(folder) == before)
        let temporaryAfter = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
        #expect(temporaryAfter.subtracting(temporaryBefore).filter { $0.hasPrefix("hoso-lo-\(child.pid)-") }.isEmpty)
    }

    /// `kill -9` of hoso while LibreOffice converts: hoso cannot clean up, yet no process of
    /// LibreOffice's group survives it by more than a few seconds (the group's watcher sees hoso's
    /// end of its pipe close), and the next run on the folder removes the staging folder.
    @Test func killMinus9DuringPDFExportLeavesNoLibreOfficeRunning() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-kill9-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("ho-so")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let child = try Child([hosoExecutable, "render", "Fixtures/an-son-2023.yaml", "--only", "M1,M2,M3", "-o", folder.path, "--pdf"])
        let profile = folder.path + "/.hoso-staging/.lo-profile"
        var group: Int32?
        let deadline = Date().addingTimeInterval(120)
        while group == nil, Date() < deadline {
            group = runningProcesses().first { $0.command.contains("soffice") && $0.command.contains(profile) }?.group
            if group == nil { usleep(50_000) }
        }
        let libreOffice = try #require(group, "LibreOffice never started: \(child.errors)")
        // LibreOffice's own temporary folders (`luNNNN.tmp`) are made inside the profile, so a
        // killed conversion leaves none in the system's temporary folder (an attacker trial found them).
        let office = runningProcesses().filter { $0.group == libreOffice && $0.command.contains("soffice") }
        #expect(!office.isEmpty)
        for process in office {
            // A process listed a moment ago may be between fork and exec, or have ended since: its
            // environment then reads empty (a busy machine saw that for all three). It is read
            // again for up to 2 s; only a process that ended may keep it unread.
            var environment: [String] = []
            var running = true
            let patience = Date().addingTimeInterval(2)
            repeat {
                environment = ((try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(process.pid)/environ"))) ?? Data())
                    .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                running = runningProcesses().contains { $0.pid == process.pid }
                if !environment.isEmpty || !running { break }
                usleep(50_000)
            } while Date() < patience
            #expect(environment.contains("TMPDIR=" + profile) || (environment.isEmpty && !running), "\(process.command)")
        }
        usleep(300_000)
        child.send(SIGKILL)
        #expect(child.wait(seconds: 30) == 128 + SIGKILL)
        var survivors = runningProcesses().filter { $0.group == libreOffice || $0.command.contains(folder.path) }
        let settle = Date().addingTimeInterval(5)
        while !survivors.isEmpty, Date() < settle {
            usleep(50_000)
            survivors = runningProcesses().filter { $0.group == libreOffice || $0.command.contains(folder.path) }
        }
        #expect(survivors.isEmpty, "\(survivors)")
        try StagedOutput.recover(destination: folder)
        #expect(leftovers(folder) == [])
    }
}
