import Foundation

/// The commit of a staged dossier, made all-or-nothing by a journal inside the destination.
///
/// The staging folder `.hoso-staging` holds every new file and `commit.json` (which names to
/// install, which old names to remove). Renaming it to `.hoso-commit` is the single atomic step that
/// decides the commit: before it the destination holds the old dossier untouched; after it, any run
/// that finds `.hoso-commit` rolls it forward. Rolling forward first moves the old `manifest.json`
/// aside, then each old file into `.hoso-commit/old/` and each new file into place, and installs
/// the new `manifest.json` last — so a folder caught between the two (a `kill -9`) has no manifest and
/// is never taken for a dossier. Every step is a `rename(2)` in one file system, and whether it has
/// been done is read from the folder itself (a new file still in the journal has not been moved), so
/// rolling forward again after any interruption is safe. An I/O error during the run that made the
/// commit rolls back instead: the new files return to the journal, the old ones to their places.
struct CommitJournal: Codable {
    /// The staging folder's name inside the destination.
    static let stagingName = ".hoso-staging"
    /// The decided journal's name inside the destination.
    static let journalName = ".hoso-commit"
    /// The plan's file inside the staging folder or journal.
    static let planName = "commit.json"
    /// Where old files wait inside the journal until the commit ends.
    static let oldName = "old"
    /// Installed last, moved aside first.
    static let manifestName = "manifest.json"

    /// Names to move into the destination (the manifest among them).
    var install: [String]
    /// Old names to take out of the destination.
    var remove: [String]

    /// Whether a decided commit waits in `folder` (a run was killed during its renames).
    static func isPending(in folder: URL) -> Bool {
        FileOperations.exists(folder.appendingPathComponent(journalName).path)
    }

    /// Writes the plan into `staging` and renames it to the journal: the commit is decided.
    func decide(staging: String, destination: String) throws(OutputError) {
        let bytes: [UInt8]
        do { bytes = Array(try JSONEncoder().encode(self)) } catch { throw .fileSystem(.write, path: staging, code: EINVAL) }
        try FileOperations.writeNewFile(staging + "/" + Self.planName, bytes)
        try FileOperations.makeDirectory(staging + "/" + Self.oldName, intermediate: false)
        FileOperations.syncDirectory(staging)
        try FileOperations.move(staging, destination + "/" + Self.journalName)
        FileOperations.syncDirectory(destination)
    }

    /// Reads the plan of the journal in `destination`; names that are not plain file names (a
    /// planted journal) are dropped, so nothing outside the folder is ever touched.
    static func pending(in destination: String) -> CommitJournal? {
        guard let bytes = FileOperations.read(destination + "/" + journalName + "/" + planName),
              var plan = try? JSONDecoder().decode(CommitJournal.self, from: Data(bytes)) else { return nil }
        plan.install = plan.install.filter(DossierFileName.isPlain)
        plan.remove = plan.remove.filter(DossierFileName.isPlain)
        return plan
    }

    /// Completes the commit in `destination`; safe to call again after any interruption.
    func rollForward(in destination: String) throws(OutputError) {
        let journal = destination + "/" + Self.journalName
        let old = journal + "/" + Self.oldName
        try FileOperations.makeDirectory(old, intermediate: false)
        func setAside(_ name: String) throws(OutputError) {
            if FileOperations.exists(destination + "/" + name) { try FileOperations.move(destination + "/" + name, old + "/" + name) }
        }
        let manifestIsNew = install.contains(Self.manifestName)
        if manifestIsNew, FileOperations.exists(journal + "/" + Self.manifestName) { try setAside(Self.manifestName) }
        for name in remove { try setAside(name) }
        for name in install where name != Self.manifestName && FileOperations.exists(journal + "/" + name) {
            try setAside(name)
            try FileOperations.move(journal + "/" + name, destination + "/" + name)
        }
        if manifestIsNew, FileOperations.exists(journal + "/" + Self.manifestName) {
            try FileOperations.move(journal + "/" + Self.manifestName, destination + "/" + Self.manifestName)
        }
        FileOperations.syncDirectory(destination)
        FileOperations.removeTree(journal)
    }

    /// Undoes what a failed `rollForward` did: each installed file back into the journal, each old
    /// file back into place; then the journal is dropped. Throws when a step fails (the journal then
    /// stays, and the next run rolls it forward).
    func rollBack(in destination: String) throws(OutputError) {
        let journal = destination + "/" + Self.journalName
        let old = journal + "/" + Self.oldName
        do throws(OutputError) {
            for name in install.reversed() {
                if !FileOperations.exists(journal + "/" + name), FileOperations.exists(destination + "/" + name) {
                    try FileOperations.move(destination + "/" + name, journal + "/" + name)
                }
                if FileOperations.exists(old + "/" + name) { try FileOperations.move(old + "/" + name, destination + "/" + name) }
            }
            for name in remove where FileOperations.exists(old + "/" + name) {
                try FileOperations.move(old + "/" + name, destination + "/" + name)
            }
        } catch {
            if case .fileSystem(_, let path, let code) = error { throw .rollbackFailed(path, code: code) }
            throw error
        }
        FileOperations.syncDirectory(destination)
        FileOperations.removeTree(journal)
    }
}

/// The names hoso writes into a dossier folder: plain file names, nothing hidden, no separators.
enum DossierFileName {
    /// Whether `name` is a plain, visible file name (no `/`, `\`, `:`, control characters, `.` first).
    static func isPlain(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 255 && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0 == ":" || $0.value < 0x20 || $0.value == 0x7F }
    }
}
