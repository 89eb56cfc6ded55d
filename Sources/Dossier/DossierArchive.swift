import Foundation
import OOXML
import ZipCore

/// An archival copy of a dossier: the data and rubric, every DOCX and PDF of the rendered folder
/// with its manifest, and the scan of the signed, stamped copy — plus `archive.json`, the SHA-256 of
/// every entry. Written as a deterministic zip.
public enum DossierArchive {
    /// The archive's own manifest entry.
    public static let manifestName = "archive.json"

    /// The archive manifest: every other entry with its size and SHA-256.
    public struct Contents: Sendable, Codable, Equatable {
        /// The hoso version that packed it.
        public var tool: String
        /// Every entry but `archive.json`, in archive order.
        public var entries: [Manifest.Entry]
    }

    /// Packs `folder` (written by `hoso render`) and `signed` (a PDF scan) into zip bytes. Refuses a
    /// folder that `verifier` does not accept (the same check as `hoso verify`).
    public static func make(folder: URL, signed: URL, verifier: DossierVerifier) throws -> [UInt8] {
        let failures = verifier.verify(folder: folder).filter { !$0.passed }
        if !failures.isEmpty { throw DossierError.notVerified(folder.path, failures) }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let manifestData = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: manifestData) else {
            throw DossierError.noManifest(folder.path)
        }
        var entries: [ZipWriter.Entry] = []
        var source: DossierSource?
        for file in manifest.files {
            let bytes = Array((try? Data(contentsOf: folder.appendingPathComponent(file.name))) ?? Data())
            guard Manifest.sha256(bytes) == file.sha256 else { throw DossierError.manifestMismatch(file.name) }
            entries.append(ZipWriter.Entry(name: "ho-so/\(file.name)", bytes: bytes))
            if source == nil, file.name.hasSuffix(".docx"), let package = try? OOXMLPackage.open(docx: bytes, name: file.name) {
                source = (try? Provenance.read(from: package))??.source
            }
        }
        entries.append(ZipWriter.Entry(name: "ho-so/manifest.json", bytes: Array(manifestData)))
        if let source {
            entries.insert(ZipWriter.Entry(name: "data/\(source.dataName)", bytes: Array(source.dataText.utf8)), at: 0)
            let rubricName = source.rubricIsBuiltIn ? "\(source.rubricReference).yaml" : (source.rubricReference as NSString).lastPathComponent
            entries.insert(ZipWriter.Entry(name: "data/rubric-\(rubricName)", bytes: Array(source.rubricText.utf8)), at: 1)
        }
        let scan = Array((try? Data(contentsOf: signed)) ?? Data())
        guard scan.starts(with: Array("%PDF-".utf8)) else { throw DossierError.signedCopyNotPDF(signed.path) }
        entries.append(ZipWriter.Entry(name: "signed/\(signed.lastPathComponent)", bytes: scan))

        let contents = Contents(
            tool: HosoVersion.current,
            entries: entries.map { Manifest.Entry(name: $0.name, bytes: $0.bytes.count, sha256: Manifest.sha256($0.bytes)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        entries.insert(ZipWriter.Entry(name: manifestName, bytes: Array(try encoder.encode(contents)) + [0x0A]), at: 0)
        do {
            return try ZipWriter.archive(entries)
        } catch {
            throw DossierError.outputNotWritable("zip", error.message)
        }
    }
}
