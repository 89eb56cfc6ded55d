import Diagnostics
package import Foundation
import OOXML

/// An archival copy of a dossier: the data and rubric, every DOCX and PDF of the rendered folder
/// with its manifest, and the scan of the signed, stamped copy — plus `archive.json`, the SHA-256 of
/// every entry. Written as a deterministic zip.
package enum DossierArchive {
    /// The archive's own manifest entry.
    package static let manifestName = "archive.json"

    /// The archive manifest: every other entry with its size and SHA-256.
    package struct Contents: Sendable, Codable, Equatable {
        /// The hoso version that packed it.
        package var tool: String
        /// Every entry but `archive.json`, in archive order.
        package var entries: [Manifest.Entry]
    }

    /// The entry names, fixed here and never taken from embedded or user text (no `../`, `:` or
    /// `\\` can reach the zip from a crafted provenance or file name).
    enum EntryName {
        static let folder = "ho-so/"
        static let rubric = "data/rubric.yaml"
        static let signed = "signed/ban-ky.pdf"
        /// The data file keeps only its kind: `data/du-lieu.yaml` or `data/du-lieu.json`.
        static func data(_ originalName: String) -> String {
            (originalName as NSString).pathExtension.lowercased() == "json" ? "data/du-lieu.json" : "data/du-lieu.yaml"
        }
    }

    /// The bytes of a file of the folder; nil when it is not there or not a regular file; a read
    /// the system failed throws its reason.
    private static func read(_ path: String, limit: Int = 64 << 20) throws -> [UInt8]? {
        do throws(OutputError) {
            return try FileOperations.readReporting(path, limit: limit)
        } catch {
            throw DossierError.output(error)
        }
    }

    /// Packs `folder` (written by `hoso render`) and `signed` (a PDF scan; nil for the copy
    /// downloaded before signing) into zip bytes. Refuses a folder that `verifier` does not accept
    /// (the same check as `hoso verify`), or whose manifest names a file outside it.
    package static func make(folder: URL, signed: URL?, verifier: DossierVerifier) throws -> [UInt8] {
        // The scan is a file the user named: a FIFO, device or folder is refused before it is opened.
        var scan: [UInt8]?
        if let signed {
            do { scan = try InputFile.read(signed.path, limit: 1 << 30) } catch { throw DossierError.input(error) }
            guard scan?.starts(with: Array("%PDF-".utf8)) == true else { throw DossierError.signedCopyNotPDF(signed.path) }
        }
        let failures = verifier.verify(folder: folder).filter { !$0.passed }
        if !failures.isEmpty { throw DossierError.notVerified(folder.path, failures) }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let manifestBytes = try Self.read(manifestURL.path),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(manifestBytes))
        else {
            throw DossierError.noManifest(folder.path)
        }
        var entries: [ArchiveWriter.Entry] = []
        var source: DossierSource?
        for file in manifest.files {
            guard DossierFileName.isPlain(file.name) else { throw DossierError.output(.foreignManifest(manifestURL.path)) }
            // A read error is said as one, not as a file whose sum does not match.
            guard let bytes = try Self.read(folder.appendingPathComponent(file.name).path, limit: 1 << 30),
                Manifest.sha256(bytes) == file.sha256
            else { throw DossierError.manifestMismatch(file.name) }
            entries.append(ArchiveWriter.Entry(name: EntryName.folder + file.name, bytes: bytes))
            // The data and rubric come from the first DOCX; one that verify accepted opens and
            // carries its provenance, so a failure here is an error, not an archive without data.
            if source == nil, file.name.hasSuffix(".docx") {
                source = try Provenance.read(from: try OOXMLPackage.open(docx: bytes, name: file.name))?.source
            }
        }
        entries.append(ArchiveWriter.Entry(name: EntryName.folder + "manifest.json", bytes: manifestBytes))
        if let source {
            entries.insert(ArchiveWriter.Entry(name: EntryName.data(source.dataName), bytes: Array(source.dataText.utf8)), at: 0)
            entries.insert(ArchiveWriter.Entry(name: EntryName.rubric, bytes: Array(source.rubricText.utf8)), at: 1)
        }
        if let scan { entries.append(ArchiveWriter.Entry(name: EntryName.signed, bytes: scan)) }

        let contents = Contents(
            tool: HosoVersion.current,
            entries: entries.map { Manifest.Entry(name: $0.name, bytes: $0.bytes.count, sha256: Manifest.sha256($0.bytes)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        entries.insert(ArchiveWriter.Entry(name: manifestName, bytes: Array(try encoder.encode(contents)) + [0x0A]), at: 0)
        do {
            return try ArchiveWriter.bytes(of: entries)
        } catch {
            throw DossierError.outputNotWritable("zip", error.message)
        }
    }
}
