import Crypto
import Foundation

@testable import Dossier

/// A dossier folder as a test compares it: every visible file's SHA-256 by name.
typealias Snapshot = [String: String]

/// The visible files of `folder` (nil when it does not exist).
func snapshot(_ folder: URL) -> Snapshot? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
    var result: Snapshot = [:]
    for name in names where !name.hasPrefix(".") {
        let bytes = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
        result[name] = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
    return result
}

/// The hidden entries of `folder` (staging, journal, lock file): none once a run has ended.
func leftovers(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
}

/// Two complete dossiers rendered once (TT22 An Sơn, TT24 Vĩnh Lập — different file sets), and
/// folders to fault-inject renders into.
struct Dossiers {
    static let first = "Fixtures/an-son-2023.yaml"
    static let second = "Fixtures/vinh-lap-2024.yaml"
    let base: URL
    let old: Snapshot
    let new: Snapshot
    let oldFolder: URL
    let newFolder: URL

    /// Extra arguments of every render (`--no-book` where the book proves nothing more).
    let extra: [String]

    init(_ name: String, extra: [String] = []) throws {
        self.extra = extra
        base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-fault-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        oldFolder = base.appendingPathComponent("ref-old")
        newFolder = base.appendingPathComponent("ref-new")
        for (data, folder) in [(Self.first, oldFolder), (Self.second, newFolder)] {
            let result = try Child.run([hosoExecutable, "render", data, "-o", folder.path] + extra)
            guard result.status == 0 else { throw FaultTestError.setup(result.errors) }
        }
        old = snapshot(oldFolder)!
        new = snapshot(newFolder)!
    }

    /// A fresh copy of the old dossier to render the new one into (`backwards`: of the new one, to
    /// render the old one into).
    func freshDestination(backwards: Bool = false) throws -> URL {
        let folder = base.appendingPathComponent("d-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: backwards ? newFolder : oldFolder, to: folder)
        return folder
    }

    /// The render that replaces the old dossier with the new one (`backwards`: the new with the old).
    func render(into folder: URL, backwards: Bool = false) -> [String] {
        [hosoExecutable, "render", backwards ? Self.first : Self.second, "-o", folder.path] + extra
    }

    /// The render that replaces the old dossier with the new one.
    func renderNew(into folder: URL) -> [String] { render(into: folder) }

    /// What `folder` holds: "old", "new", or a description of the mix.
    func state(_ folder: URL) -> String {
        let now = snapshot(folder) ?? [:]
        if now == old { return "old" }
        if now == new { return "new" }
        return "mixed: \(now.keys.sorted())"
    }

    /// Whether a folder caught mid-commit (before recovery) is never taken for a dossier: either it
    /// is one of the two complete dossiers, or a decided commit waits and there is no manifest.
    func isSafeBeforeRecovery(_ folder: URL) -> Bool {
        let state = state(folder)
        if state == "old" || state == "new" { return true }
        return StagedOutput.hasPendingCommit(folder) && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("manifest.json").path)
    }

    func remove() { try? FileManager.default.removeItem(at: base) }
}

enum FaultTestError: Error {
    case setup(String)
}
