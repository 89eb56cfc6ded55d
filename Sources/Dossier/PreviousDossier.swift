import Foundation

/// What a destination folder already holds, read from its `manifest.json`: the files of hoso's
/// earlier dossier (which a new render replaces or removes) as against files hoso did not write
/// (which it never touches without `--force`).
public struct PreviousDossier: Sendable, Equatable {
    /// The earlier manifest, when the folder has one hoso wrote.
    public var manifest: Manifest?
    /// The folder has a `manifest.json` hoso cannot read as its own.
    public var foreignManifest: Bool
    /// The plain names present in the folder (hidden files excluded).
    public var present: Set<String>

    /// Reads `folder`'s manifest and listing.
    init(folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        present = Set(names.filter(DossierFileName.isPlain))
        if present.contains(CommitJournal.manifestName) {
            let bytes = FileOperations.read(folder + "/" + CommitJournal.manifestName)
            manifest = bytes.flatMap { try? JSONDecoder().decode(Manifest.self, from: Data($0)) }
            foreignManifest = manifest == nil
        } else {
            manifest = nil
            foreignManifest = false
        }
    }

    /// The earlier dossier's file names (plain names only: a planted `../x` is never acted on).
    var ownNames: Set<String> {
        Set((manifest?.files.map(\.name) ?? []).filter(DossierFileName.isPlain)).union(manifest == nil ? [] : [CommitJournal.manifestName])
    }

    /// Refuses, before anything is rendered to disk, a run that would overwrite a file hoso did not
    /// write (unless `force`), or that would mix two data sets (`partial`, i.e. `--only`, into a
    /// folder rendered from other data or by another version).
    func check(folder: String, writing names: [String], header: Manifest, partial: Bool, force: Bool) throws(OutputError) {
        if foreignManifest, !force { throw .foreignManifest(folder + "/" + CommitJournal.manifestName) }
        let own = ownNames
        for name in names + [CommitJournal.manifestName] where present.contains(name) && !own.contains(name) && !force {
            throw .foreignFile(folder + "/" + name)
        }
        if partial, let manifest, manifest.inputSHA256 != header.inputSHA256 || manifest.tool != header.tool {
            throw .otherData(folder: folder, recorded: Self.describe(manifest), given: Self.describe(header))
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
}
