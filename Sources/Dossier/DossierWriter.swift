import Assessment
import Diagnostics
package import Foundation

/// Writes a rendered dossier into a folder: every form, `Ho-so.docx`, optional PDFs and
/// `manifest.json` — all into a staging folder first, moved into place only when all succeeded.
/// It renders nothing: it stages and commits what `DossierPipeline` returned (see `StagedOutput`
/// for the lock and the all-or-nothing commit, `PreviousDossier` for what it may replace).
package struct DossierWriter {
    /// What to write besides the rendered files, and how to treat the destination.
    package struct Options: Sendable {
        /// Also write a PDF (PDF/A-2b) of each file through LibreOffice.
        package var pdf = false
        /// Only some documents (`--only`): the folder's other files of the same data stay.
        package var partial = false
        /// Overwrite files in the destination that hoso did not write (`--force`).
        package var force = false
        /// Called when another run holds the destination's lock and this one waits.
        package var onWait: @Sendable () -> Void = {}
        /// Options with defaults.
        package init(pdf: Bool = false, partial: Bool = false, force: Bool = false, onWait: @escaping @Sendable () -> Void = {}) {
            self.pdf = pdf
            self.partial = partial
            self.force = force
            self.onWait = onWait
        }
    }

    /// The names written, in order, and the manifest.
    package struct Result: Sendable {
        /// File names inside the output folder.
        package var files: [String]
        /// The manifest written as `manifest.json`.
        package var manifest: Manifest
        /// What the user should know: the files `--force` kept as copies instead of destroying them.
        package var notices: [OutputError] = []
    }

    /// The file name of the bound dossier, whose PDF goes stale with any of its documents.
    static let bookStem = "Ho-so"

    /// The PDF's name of a DOCX file name.
    static func pdfName(_ docx: String) -> String { (docx as NSString).deletingPathExtension + ".pdf" }

    /// Writes `dossier`'s files (already rendered and checked) to `destination`; on any error the
    /// destination is untouched.
    package static func write(_ dossier: RenderedDossier, to destination: URL, options: Options) throws -> Result {
        let staged: StagedOutput
        do { staged = try StagedOutput(destination: destination, onWait: options.onWait) } catch { throw DossierError.output(error) }
        do {
            var manifest = Manifest(
                tool: HosoVersion.current, input: dossier.loaded.inputName,
                inputSHA256: dossier.loaded.inputSHA256, regime: dossier.assessment.regime)
            let dataSHA256 = Manifest.sha256(Array(dossier.loaded.source.dataText.utf8))
            if dataSHA256 != manifest.inputSHA256 { manifest.dataSHA256 = dataSHA256 }
            let docx = dossier.files.map(\.name)
            let setAside = try staged.previous.check(
                folder: staged.destination.path, writing: docx + (options.pdf ? docx.map(pdfName) : []),
                header: manifest, source: Provenance(forms: [], source: dossier.loaded.source),
                partial: options.partial, force: options.force)
            let notices = try staged.keepCopies(setAside)
            for file in dossier.files {
                let sum = try staged.write(file.name, file.bytes)
                manifest.add(file.name, bytes: file.bytes.count, sha256: sum)
            }
            if options.pdf {
                let converter = try PDFConverter()
                let pdfs = try converter.convert(docx.map(staged.stagedURL), pdfA: true, profile: staged.stagedURL(PDFConverter.profileName))
                for pdf in pdfs {
                    let bytes = try FileOperations.readProduced(pdf.path)
                    let sum = Manifest.sha256(bytes)
                    staged.record(pdf.lastPathComponent, sha256: sum)
                    manifest.add(pdf.lastPathComponent, bytes: bytes.count, sha256: sum)
                }
            }
            let (final, remove) = staged.previous.merge(manifest, partial: options.partial, bookStem: bookStem)
            try staged.write("manifest.json", try final.jsonBytes())
            let files = staged.names
            // Nothing the user did not ask for goes without a word: the old files removed are named.
            let removed = remove.filter { staged.previous.present.contains($0) }
            try staged.commit(removing: remove)
            var told = notices
            if !removed.isEmpty {
                let pdfNotAsked = !options.pdf && removed.allSatisfy { $0.lowercased().hasSuffix(".pdf") }
                told.append(.removedOldFiles(folder: staged.destination.path, names: removed, pdfNotAsked: pdfNotAsked))
            }
            return Result(files: files, manifest: final, notices: told)
        } catch {
            staged.discard()
            if let error = error as? OutputError { throw DossierError.output(error) }
            throw error
        }
    }
}
