import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The commit of a staged dossier, made all-or-nothing by a journal inside the destination.
///
/// The staging folder `.hoso-staging` holds every new file and `commit.json` (which names to
/// install, which old names to take out, each with its SHA-256). Renaming it to `.hoso-commit` is
/// the single atomic step that decides the commit: before it the destination holds the old dossier
/// untouched; after it, any run that finds `.hoso-commit` rolls it forward. Rolling forward first
/// moves the old `manifest.json` aside, then each old file into `.hoso-commit/old/` and each new
/// file into place, and installs the new `manifest.json` last — so a folder caught between the two
/// (a `kill -9`) has no manifest and is never taken for a dossier. Every step is a `rename(2)` in
/// one file system, and whether it has been done is read from the folder itself (a new file still
/// in the journal has not been moved), so rolling forward again after any interruption is safe. An
/// I/O error during the run that made the commit rolls back instead.
///
/// A journal found by a later run is authenticated before it is followed (`authenticate`): it must
/// be this user's, name only plain file names, its new files must have the bytes it records, and
/// every old file it takes out must be listed with the same bytes by the old `manifest.json`, whose
/// own SHA-256 it records. A planted journal therefore cannot make hoso move or delete a file hoso
/// never wrote.
struct CommitJournal: Codable, Equatable {
    /// A file the commit moves, with the SHA-256 of its bytes.
    struct File: Codable, Equatable {
        var name: String
        var sha256: String
    }

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

    /// Files to move into the destination (the manifest last).
    var install: [File]
    /// Old files of the earlier dossier to take out (replaced or removed), as its manifest lists them.
    var remove: [File]
    /// SHA-256 of the earlier dossier's `manifest.json`, when there was one.
    var oldManifest: String?

    enum CodingKeys: String, CodingKey {
        case install, remove
        case oldManifest = "old_manifest_sha256"
    }

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

    /// Reads the plan of the journal in `destination`, or nil when it has none (a journal without a
    /// plan was never decided). A plan that does not decode is refused; one the system fails to
    /// read throws the system's code.
    static func pending(in destination: String) throws(OutputError) -> CommitJournal? {
        let path = destination + "/" + journalName + "/" + planName
        guard FileOperations.exists(path) else { return nil }
        guard let bytes = try FileOperations.readReporting(path),
            let plan = try? JSONDecoder().decode(CommitJournal.self, from: Data(bytes))
        else {
            throw .untrustedJournal(destination + "/" + journalName, file: planName)
        }
        return plan
    }

    /// Checks, touching nothing, that the journal in `destination` is one hoso left (see the type's
    /// note); throws `untrustedJournal` naming the first file that does not fit, or the system's
    /// code for a file it fails to read (an I/O error is not a changed file).
    func authenticate(in destination: String) throws(OutputError) {
        let journal = destination + "/" + Self.journalName
        let old = journal + "/" + Self.oldName
        func refuse(_ name: String) -> OutputError { .untrustedJournal(journal, file: name) }
        for path in [journal, journal + "/" + Self.planName] where !FileOperations.isOwnedByUser(path) {
            throw refuse(Self.planName)
        }
        let installNames = install.map(\.name)
        let removeNames = remove.map(\.name)
        for names in [installNames, removeNames] {
            if let bad = names.first(where: { !DossierFileName.isPlain($0) }) { throw refuse(bad) }
            // Whatever the journal's own manifest lists, it moves only names hoso writes.
            if let bad = names.first(where: { !DossierFileName.isDossierFile($0) }) {
                throw .foreignNameInJournal(journal, file: bad)
            }
            if Set(names).count != names.count { throw refuse(Self.planName) }
        }
        if removeNames.contains(Self.manifestName) { throw refuse(Self.manifestName) }
        let manifestWaits = FileOperations.exists(journal + "/" + Self.manifestName)
        let current = destination + "/" + Self.manifestName
        let aside = old + "/" + Self.manifestName
        if FileOperations.exists(current) {
            if manifestWaits {
                // Before the old manifest is moved aside, the folder's own manifest is the old one.
                guard !FileOperations.exists(aside), let oldManifest,
                    try FileOperations.sha256(current) == oldManifest
                else { throw refuse(Self.manifestName) }
            } else if installNames.contains(Self.manifestName) {
                // The new manifest is in place, so every old file was already taken out: a plan
                // that would still move one out of the folder is not a half-done commit.
                for file in remove
                where FileOperations.exists(destination + "/" + file.name)
                    && !(installNames.contains(file.name) && !FileOperations.exists(journal + "/" + file.name))
                {
                    throw refuse(file.name)
                }
            }
        }
        // Each new file has the bytes the plan records, in the journal or already in place.
        for file in install {
            let staged = journal + "/" + file.name
            let path = FileOperations.exists(staged) ? staged : destination + "/" + file.name
            guard try FileOperations.sha256(path) == file.sha256 else { throw refuse(file.name) }
        }
        // The old manifest is the one the plan records, and lists every old file it takes out.
        var listed: [String: String] = [:]
        if let oldManifest {
            let path = FileOperations.exists(aside) ? aside : current
            guard (manifestWaits || FileOperations.exists(aside)),
                let bytes = try FileOperations.readReporting(path), Manifest.sha256(bytes) == oldManifest,
                let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes))
            else {
                throw refuse(Self.manifestName)
            }
            for entry in manifest.files { listed[entry.name] = entry.sha256 }
        } else if manifestWaits, FileOperations.exists(current) {
            throw refuse(Self.manifestName)
        }
        for file in remove {
            guard listed[file.name] == file.sha256 else { throw refuse(file.name) }
            let aside = old + "/" + file.name
            let installed = installNames.contains(file.name) && !FileOperations.exists(journal + "/" + file.name)
            if FileOperations.exists(aside) {
                guard try FileOperations.sha256(aside) == file.sha256 else { throw refuse(file.name) }
            } else if installed {
                throw refuse(file.name)
            } else if FileOperations.exists(destination + "/" + file.name) {
                guard try FileOperations.sha256(destination + "/" + file.name) == file.sha256 else { throw refuse(file.name) }
            }
        }
        // A new file never lands on a file the plan does not take out.
        for name in installNames
        where name != Self.manifestName && FileOperations.exists(journal + "/" + name)
            && FileOperations.exists(destination + "/" + name) && !removeNames.contains(name)
        {
            throw refuse(name)
        }
    }

    /// Completes the commit in `destination`; safe to call again after any interruption.
    func rollForward(in destination: String) throws(OutputError) {
        let journal = destination + "/" + Self.journalName
        let old = journal + "/" + Self.oldName
        try FileOperations.makeDirectory(old, intermediate: false)
        let installNames = Set(install.map(\.name))
        let removeNames = Set(remove.map(\.name))
        let manifestIsNew = installNames.contains(Self.manifestName)
        if manifestIsNew, oldManifest != nil, FileOperations.exists(journal + "/" + Self.manifestName),
            FileOperations.exists(destination + "/" + Self.manifestName)
        {
            try FileOperations.move(destination + "/" + Self.manifestName, old + "/" + Self.manifestName)
        }
        for file in remove where FileOperations.exists(destination + "/" + file.name) {
            // A replaced name whose new file is already in place has been set aside before.
            if installNames.contains(file.name), !FileOperations.exists(journal + "/" + file.name) { continue }
            try FileOperations.move(destination + "/" + file.name, old + "/" + file.name)
        }
        for file in install where file.name != Self.manifestName && FileOperations.exists(journal + "/" + file.name) {
            let target = destination + "/" + file.name
            if FileOperations.exists(target), !removeNames.contains(file.name) { throw .foreignFile(target) }
            try FileOperations.move(journal + "/" + file.name, target)
        }
        if manifestIsNew, FileOperations.exists(journal + "/" + Self.manifestName) {
            let target = destination + "/" + Self.manifestName
            if FileOperations.exists(target) { throw .foreignManifest(target) }
            try FileOperations.move(journal + "/" + Self.manifestName, target)
        }
        FileOperations.syncDirectory(destination)
        Self.drop(journal)
    }

    /// Undoes what a failed `rollForward` did: each installed file back into the journal, each old
    /// file back into place; then the journal is dropped. Throws when a step fails (the journal then
    /// stays, and the next run rolls it forward).
    func rollBack(in destination: String) throws(OutputError) {
        let journal = destination + "/" + Self.journalName
        let old = journal + "/" + Self.oldName
        do throws(OutputError) {
            for file in install.reversed() {
                let name = file.name
                if !FileOperations.exists(journal + "/" + name), FileOperations.exists(destination + "/" + name) {
                    try FileOperations.move(destination + "/" + name, journal + "/" + name)
                }
            }
            for name in remove.map(\.name) + [Self.manifestName] where FileOperations.exists(old + "/" + name) {
                try FileOperations.move(old + "/" + name, destination + "/" + name)
            }
        } catch {
            if case .fileSystem(_, let path, let code) = error { throw .rollbackFailed(path, code: code) }
            throw error
        }
        FileOperations.syncDirectory(destination)
        Self.drop(journal)
    }

    /// Removes a finished (or rolled back) journal: its plan first, so that a run killed while the
    /// rest is removed leaves a journal without a plan — which the next run just removes — never a
    /// plan whose files are half gone.
    static func drop(_ journal: String) {
        unlink(journal + "/" + planName)
        FileOperations.syncDirectory(journal)
        FileOperations.removeTree(journal)
    }

    /// Whether `folder` (a leftover staging folder, or a journal without a plan: a finished commit
    /// whose removal was interrupted) holds nothing but what hoso stages: plain `.docx`, `.pdf` and
    /// `.json` files, an `old` folder of such files, LibreOffice's profile and lock files. Returns
    /// the first entry that does not fit, or nil.
    static func strangeEntry(inStaging folder: String, nested: Bool = false) -> String? {
        guard FileOperations.isOwnedByUser(folder) else { return "." }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() {
            let path = folder + "/" + name
            if !nested, name == PDFConverter.profileName, FileOperations.isRealFolder(path) { continue }
            if !nested, name == oldName, FileOperations.isRealFolder(path), strangeEntry(inStaging: path, nested: true) == nil { continue }
            if name.hasPrefix(".~lock."), FileOperations.isRegularFile(path) { continue }
            let lower = name.lowercased()
            if DossierFileName.isPlain(name), FileOperations.isRegularFile(path),
                lower.hasSuffix(".docx") || lower.hasSuffix(".pdf") || lower.hasSuffix(".json")
            {
                continue
            }
            return name
        }
        return nil
    }
}

/// The names hoso writes into a dossier folder: plain file names, nothing hidden, no separators.
enum DossierFileName {
    /// Whether `name` is one hoso itself writes into a dossier: `manifest.json`, `Ho-so.docx|pdf`,
    /// or a form's numbered document `N-CODE[-…].docx|pdf` (ASCII letters, digits, `-`, `_`).
    static func isDossierFile(_ name: String) -> Bool {
        if name == CommitJournal.manifestName { return true }
        let stem: Substring
        if name.hasSuffix(".docx") { stem = name.dropLast(5) } else if name.hasSuffix(".pdf") { stem = name.dropLast(4) } else { return false }
        if stem == DossierWriter.bookStem { return true }
        return isFormFileStem(String(stem))
    }

    /// Whether `stem` has the shape of a form's output name: `N-CODE` then optional `-WORDS`,
    /// all ASCII letters, digits, `-` and `_` ("5-M3-Bao-cao").
    static func isFormFileStem(_ stem: String) -> Bool {
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, stem.utf8.count <= 200,
            let number = parts.first, !number.isEmpty, number.count <= 4,
            number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
        }
    }

    /// Whether `name` is a plain, visible file name (no `/`, `\`, `:`, control characters, `.` first).
    static func isPlain(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 255 && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0 == ":" || $0.value < 0x20 || $0.value == 0x7F }
    }
}
