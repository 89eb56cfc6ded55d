import Diagnostics
import Foundation
import OOXML

/// What a destination folder already holds, read from its `manifest.json`: the files of hoso's
/// earlier dossier (which a new render replaces or removes) as against files hoso did not write
/// (which it never touches without `--force`, and then keeps as a copy).
package struct PreviousDossier: Sendable, Equatable {
    /// The earlier manifest, when the folder has one hoso wrote.
    package var manifest: Manifest?
    /// SHA-256 of the earlier `manifest.json`'s bytes (recorded in the commit's journal).
    package var manifestSHA256: String?
    /// The folder has a `manifest.json` hoso cannot read as its own.
    package var foreignManifest: Bool
    /// The plain names present in the folder (hidden files excluded).
    package var present: Set<String>

    /// Reads `folder`'s manifest and listing. A folder that cannot be listed, or a manifest that
    /// cannot be read, throws the system's error: a file is never blamed as not hoso's because
    /// the disk failed to show it.
    init(folder: String) throws(OutputError) {
        let names = try FileOperations.names(in: folder)
        present = Set(names.filter(DossierFileName.isPlain))
        manifest = nil
        manifestSHA256 = nil
        foreignManifest = false
        if present.contains(CommitJournal.manifestName) {
            let path = folder + "/" + CommitJournal.manifestName
            let bytes = try FileOperations.readReporting(path)
            if let bytes, let decoded = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)) {
                manifest = decoded
                manifestSHA256 = Manifest.sha256(bytes)
            } else {
                foreignManifest = true
            }
        }
    }

    /// The earlier dossier's file names (plain names only: a planted `../x` is never acted on).
    var ownNames: Set<String> {
        Set((manifest?.files.map(\.name) ?? []).filter(DossierFileName.isPlain)).union(manifest == nil ? [] : [CommitJournal.manifestName])
    }

    /// The SHA-256 the earlier manifest records for `name`.
    func recordedSHA256(_ name: String) -> String? {
        manifest?.files.first { $0.name == name }?.sha256
    }

    /// Refuses, before anything is rendered to disk, a run that would overwrite or remove a file
    /// hoso did not write or that was edited since hoso wrote it (unless `force`), or that would
    /// mix two data sets (`partial`, i.e. `--only`, into a folder whose manifest or whose remaining
    /// documents come from other data, another rubric or another version). Returns the files
    /// `force` lets go: the caller keeps each as a copy (`keepCopies`) before committing.
    func check(
        folder: String, writing names: [String], header: Manifest, source: Provenance?,
        partial: Bool, force: Bool
    ) throws(OutputError) -> [String] {
        var setAside: [String] = []
        if foreignManifest {
            guard force else { throw .foreignManifest(folder + "/" + CommitJournal.manifestName) }
            setAside.append(CommitJournal.manifestName)
        }
        let own = ownNames
        for name in (names + [CommitJournal.manifestName]).sorted() where present.contains(name) && !own.contains(name) {
            guard name != CommitJournal.manifestName else { continue }
            guard force else { throw .foreignFile(folder + "/" + name) }
            setAside.append(name)
        }
        // Every file of the earlier dossier still holds the bytes hoso wrote: it is replaced,
        // removed, or (with --only) kept as part of the new dossier.
        for name in own.sorted() where name != CommitJournal.manifestName && present.contains(name) {
            let path = folder + "/" + name
            // A read the system failed is said as that error, not taken for a changed file.
            if FileOperations.isRegularFile(path), let bytes = try FileOperations.readReporting(path, limit: Int.max),
                Manifest.sha256(bytes) == recordedSHA256(name)
            {
                continue
            }
            guard force else { throw .changedSinceWritten(path) }
            setAside.append(name)
        }
        if partial, let manifest {
            if manifest.inputSHA256 != header.inputSHA256 || manifest.tool != header.tool {
                throw .otherData(folder: folder, recorded: Self.describe(manifest), given: Self.describe(header))
            }
            if let source { try checkKeptDocuments(folder: folder, writing: Set(names), setAside: Set(setAside), source: source) }
        }
        return setAside
    }

    /// `--only`: each earlier DOCX the run keeps carries, in its own provenance, the same data,
    /// rubric and hoso version as this run — the manifest alone may have been edited.
    private func checkKeptDocuments(folder: String, writing: Set<String>, setAside: Set<String>, source: Provenance) throws(OutputError) {
        for name in ownNames.sorted()
        where name.lowercased().hasSuffix(".docx") && present.contains(name)
            && !writing.contains(name) && !setAside.contains(name)
        {
            let path = folder + "/" + name
            var package: OOXMLPackage?
            if let bytes = try FileOperations.readReporting(path) {
                do { package = try OOXMLPackage.open(docx: bytes, name: name) } catch {
                    // A package Word and unzip cannot open (an entry both file and folder…) is not kept.
                    if let reason = error.diagnostics.first?.message { throw .unopenableKeptDocument(path, reason: reason) }
                }
            }
            let provenance = package.flatMap { (try? Provenance.read(from: $0)) ?? nil }
            guard let provenance else {
                throw .otherData(folder: folder, recorded: name, given: Self.describe(source))
            }
            if provenance.dataSHA256 != source.dataSHA256 || provenance.rubricSHA256 != source.rubricSHA256 || provenance.tool != source.tool {
                throw .otherData(folder: folder, recorded: "\(name): " + Self.describe(provenance), given: Self.describe(source))
            }
        }
    }

    /// Forgets `name` (kept aside as a copy): it is no longer in the folder nor in the earlier dossier.
    mutating func forget(_ name: String) {
        present.remove(name)
        if name == CommitJournal.manifestName {
            manifest = nil
            manifestSHA256 = nil
            foreignManifest = false
        } else {
            manifest?.files.removeAll { $0.name == name }
        }
    }

    /// The manifest to write and the old names to remove. A whole render replaces the earlier
    /// dossier: every old file it does not write again goes (old PDFs after a render without
    /// `--pdf`). A partial render keeps the earlier files it did not write; when a document it
    /// wrote again changed, that document's old PDF and the bound `Ho-so` files go too, since they
    /// no longer match it.
    func merge(_ new: Manifest, partial: Bool, bookStem: String) -> (manifest: Manifest, remove: [String]) {
        let written = Set(new.files.map(\.name))
        guard partial, let manifest else {
            let remove = ownNames.subtracting(written).subtracting([CommitJournal.manifestName]).sorted()
            return (new, remove)
        }
        var merged = manifest
        var changedStems: [String] = []
        for entry in new.files {
            if let index = merged.files.firstIndex(where: { $0.name == entry.name }) {
                if merged.files[index].sha256 != entry.sha256 { changedStems.append(Self.stem(entry.name)) }
                merged.files[index] = entry
            } else {
                merged.files.append(entry)
            }
        }
        var remove: [String] = []
        if !changedStems.isEmpty {
            let stale = Set(changedStems + [bookStem])
            merged.files.removeAll { entry in
                let drop = !written.contains(entry.name) && stale.contains(Self.stem(entry.name))
                if drop, DossierFileName.isPlain(entry.name) { remove.append(entry.name) }
                return drop
            }
        }
        merged.files = merged.files.filter { DossierFileName.isPlain($0.name) }
        return (merged, remove)
    }

    private static func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }

    private static func describe(_ manifest: Manifest) -> String {
        "\(manifest.input) (SHA-256 \(manifest.inputSHA256.prefix(12))…, hoso \(manifest.tool))"
    }

    private static func describe(_ provenance: Provenance) -> String {
        "\(provenance.source.dataName) (SHA-256 \(provenance.dataSHA256.prefix(12))…, hoso \(provenance.tool))"
    }
}
