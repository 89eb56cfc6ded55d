package import Foundation

/// Writes a dossier's files into `.hoso-staging` inside the destination folder — the same file
/// system, writable whenever the destination is, even at a mount root or with `-o .` — and moves
/// them in all at once on `commit` (see `CommitJournal`): under any single fault the folder holds
/// the complete old dossier or the complete new one. From creation to commit or discard it holds
/// the destination's lock, so concurrent runs into one folder take turns. Creating it first
/// completes a commit a killed run left half done and removes a killed run's staging folder.
package final class StagedOutput {
    /// The folder the files end up in.
    package let destination: URL
    /// The hidden folder inside the destination the files are written to first.
    package let staging: URL
    /// What the destination held before this run (less what `keepCopies` set aside).
    package private(set) var previous: PreviousDossier
    private var written: [String] = []
    /// SHA-256 of each file written or recorded, computed once from its bytes and handed to the
    /// manifest and the commit's journal (never hashed again from disk).
    private var sums: [String: String] = [:]
    private var lock: DestinationLock?
    private var cleanup: Int?
    private let createdDestination: Bool

    /// Creates the destination if needed, takes its lock (calling `onWait` first when another run
    /// holds it), recovers what a killed run left, and creates an empty staging folder.
    package init(destination: URL, onWait: () -> Void = {}) throws(OutputError) {
        self.destination = destination.standardizedFileURL
        let folder = self.destination.path
        createdDestination = !FileOperations.exists(folder)
        try FileOperations.makeDirectory(folder)
        lock = try DestinationLock(folder: folder, onWait: onWait)
        staging = self.destination.appendingPathComponent(CommitJournal.stagingName, isDirectory: true)
        do throws(OutputError) {
            try Self.recoverLocked(folder)
            let staging = staging.path
            cleanup = try Interruption.whileCommitting { () throws(OutputError) -> Int in
                let token = Interruption.register(cleanup: staging)
                do throws(OutputError) {
                    try FileOperations.makeDirectory(staging, intermediate: false)
                } catch {
                    Interruption.unregister(token)
                    throw error
                }
                return token
            }
        } catch {
            lock = nil
            throw error
        }
        previous = try PreviousDossier(folder: folder)
    }

    /// Completes or removes what a killed run left in `destination` (under its lock); the folder
    /// then holds one complete dossier. Nothing happens to a folder with no leftovers.
    package static func recover(destination: URL) throws(OutputError) {
        let folder = destination.standardizedFileURL.path
        guard FileOperations.exists(folder) else { return }
        let lock = try DestinationLock(folder: folder, onWait: {})
        try recoverLocked(folder)
        withExtendedLifetime(lock) {}
    }

    /// Whether `destination` holds a commit a killed run left half done (`recover` completes it).
    package static func hasPendingCommit(_ destination: URL) -> Bool {
        CommitJournal.isPending(in: destination.standardizedFileURL)
    }

    private static func recoverLocked(_ folder: String) throws(OutputError) {
        try Interruption.whileCommitting { () throws(OutputError) in
            let journal = folder + "/" + CommitJournal.journalName
            let staging = folder + "/" + CommitJournal.stagingName
            if FileOperations.exists(journal) {
                // A journal is followed only if it is a real folder with a real `old` folder: a
                // planted link would make the roll-forward move files out of or into another folder.
                for path in [journal, journal + "/" + CommitJournal.oldName]
                where FileOperations.exists(path) && !FileOperations.isRealFolder(path) {
                    throw .plantedJournal(path)
                }
                // The plan is flushed before the journal is named, so a journal without one was
                // never a decided commit: it is dropped like a staging folder. A plan is followed
                // only once it proves to be hoso's own (see `CommitJournal.authenticate`).
                if let plan = try CommitJournal.pending(in: folder) {
                    try plan.authenticate(in: folder)
                    try plan.rollForward(in: folder)
                } else {
                    if let entry = CommitJournal.strangeEntry(inStaging: journal) { throw .untrustedStaging(journal, entry: entry) }
                    FileOperations.removeTree(journal)
                }
            }
            if FileOperations.exists(staging) {
                guard FileOperations.isRealFolder(staging) else { throw .untrustedStaging(staging, entry: CommitJournal.stagingName) }
                if let entry = CommitJournal.strangeEntry(inStaging: staging) { throw .untrustedStaging(staging, entry: entry) }
                FileOperations.removeTree(staging)
            }
        }
    }

    /// With `--force`: renames each of `names` (a file of someone else's, or one edited since hoso
    /// wrote it) to a free `NAME.da-sua-N.EXT` beside it, so the commit replaces or removes nothing
    /// hoso did not write. Returns a notice for each.
    package func keepCopies(_ names: [String]) throws(OutputError) -> [OutputError] {
        var notices: [OutputError] = []
        for name in names {
            let path = destination.path + "/" + name
            guard FileOperations.exists(path) else { continue }
            let stem = (name as NSString).deletingPathExtension
            let ext = (name as NSString).pathExtension
            var number = 1
            var copy: String
            repeat {
                copy = stem + ".da-sua-\(number)" + (ext.isEmpty ? "" : "." + ext)
                number += 1
            } while FileOperations.exists(destination.path + "/" + copy)
            try FileOperations.move(path, destination.path + "/" + copy)
            previous.forget(name)
            notices.append(.keptCopy(path, copy: destination.path + "/" + copy))
        }
        if !notices.isEmpty { FileOperations.syncDirectory(destination.path) }
        return notices
    }

    /// The staged location of `name` (for tools that write files themselves, like LibreOffice).
    package func stagedURL(_ name: String) -> URL { staging.appendingPathComponent(name) }

    /// Writes `bytes` as `name` into the staging folder, flushed to the disk.
    @discardableResult
    package func write(_ name: String, _ bytes: [UInt8]) throws(OutputError) -> String {
        guard DossierFileName.isPlain(name) else { throw .fileSystem(.write, path: stagedURL(name).path, code: EINVAL) }
        let path = stagedURL(name).path
        // Held against a signal: the signal thread removes the staging folder only once this file
        // is whole, and no file is written after it began (so what it says was removed, was).
        try Interruption.whileCommitting { () throws(OutputError) in
            if FileOperations.exists(path) { unlink(path) }
            try FileOperations.writeNewFile(path, bytes)
        }
        let sum = Manifest.sha256(bytes)
        record(name, sha256: sum)
        return sum
    }

    /// Records a file some other tool wrote into the staging folder, with the SHA-256 of its bytes.
    package func record(_ name: String, sha256: String) {
        if !written.contains(name) { written.append(name) }
        sums[name] = sha256
    }

    /// The names written so far, in order.
    package var names: [String] { written }

    /// Moves every staged file into the destination, takes out the earlier dossier's files named
    /// in `removing` (and those a staged file replaces), and releases the lock: all of it happens,
    /// or (on an I/O error) none of it. Only files the earlier manifest lists with their present
    /// bytes are taken out; the journal records every file's SHA-256 (see `CommitJournal`).
    package func commit(removing: [String] = []) throws(OutputError) {
        defer { release() }
        let folder = destination.path
        var order = written.filter { $0 != CommitJournal.manifestName }
        if written.contains(CommitJournal.manifestName) { order.append(CommitJournal.manifestName) }
        var install: [CommitJournal.File] = []
        for name in order {
            guard let sum = sums[name] else { throw .fileSystem(.read, path: stagedURL(name).path, code: ENOENT) }
            install.append(.init(name: name, sha256: sum))
        }
        var remove: [CommitJournal.File] = []
        for name in Set(removing + written).sorted() where name != CommitJournal.manifestName && previous.present.contains(name) {
            guard DossierFileName.isPlain(name), let sum = previous.recordedSHA256(name) else { throw .foreignFile(folder + "/" + name) }
            remove.append(.init(name: name, sha256: sum))
        }
        if previous.present.contains(CommitJournal.manifestName), previous.manifestSHA256 == nil {
            throw .foreignManifest(folder + "/" + CommitJournal.manifestName)
        }
        let plan = CommitJournal(install: install, remove: remove, oldManifest: previous.manifestSHA256)
        try Interruption.whileCommitting { () throws(OutputError) in
            FileOperations.removeTree(staging.path + "/" + PDFConverter.profileName)
            do throws(OutputError) {
                try plan.decide(staging: staging.path, destination: folder)
            } catch {
                FileOperations.removeTree(staging.path)
                throw error
            }
            do throws(OutputError) {
                try plan.rollForward(in: folder)
            } catch {
                try plan.rollBack(in: folder)
                throw error
            }
            Interruption.markCommitted()
        }
    }

    /// Removes the staging folder and everything in it; the destination stays as it was (a folder
    /// this run created is removed again).
    package func discard() {
        FileOperations.removeTree(staging.path)
        if createdDestination {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
            if names == [DestinationLock.fileName] {
                unlink(destination.path + "/" + DestinationLock.fileName)
                rmdir(destination.path)
            }
        }
        release()
    }

    private func release() {
        if let cleanup { Interruption.unregister(cleanup) }
        cleanup = nil
        lock = nil
    }
}
