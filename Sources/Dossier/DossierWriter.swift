import Diagnostics
import Foundation

/// Writes a rendered dossier into a folder: every form, `Ho-so.docx`, optional PDFs and
/// `manifest.json` — all into a staging folder first, moved into place only when all succeeded.
/// It renders nothing: it stages and commits what `DossierPipeline` returned.
public struct DossierWriter {
    /// What to write besides the rendered files.
    public struct Options: Sendable {
        /// Also write a PDF (PDF/A-2b) of each file through LibreOffice.
        public var pdf = false
        /// Options with defaults.
        public init(pdf: Bool = false) {
            self.pdf = pdf
        }
    }

    /// The names written, in order, and the manifest.
    public struct Result: Sendable {
        /// File names inside the output folder.
        public var files: [String]
        /// The manifest written as `manifest.json`.
        public var manifest: Manifest
    }

    /// Writes `dossier`'s files (already rendered and checked) to `destination`; on any error the
    /// destination is untouched.
    public static func write(_ dossier: RenderedDossier, to destination: URL, options: Options) throws -> Result {
        var staged = try StagedOutput(destination: destination)
        do {
            var manifest = Manifest(tool: HosoVersion.current, input: dossier.loaded.inputName,
                                    inputSHA256: dossier.loaded.inputSHA256, regime: dossier.assessment.regime.rawValue)
            let dataSHA256 = Manifest.sha256(Array(dossier.loaded.source.dataText.utf8))
            if dataSHA256 != manifest.inputSHA256 { manifest.dataSHA256 = dataSHA256 }
            var docx: [String] = []
            for file in dossier.files {
                try staged.write(file.name, file.bytes)
                manifest.add(file.name, file.bytes)
                docx.append(file.name)
            }
            if options.pdf {
                let converter = try PDFConverter()
                let pdfs = try converter.convert(docx.map(staged.stagedURL), pdfA: true)
                for pdf in pdfs {
                    staged.record(pdf.lastPathComponent)
                    manifest.add(pdf.lastPathComponent, Array(try Data(contentsOf: pdf)))
                }
            }
            try staged.write("manifest.json", try manifest.jsonBytes())
            let files = staged.names
            try staged.commit()
            return Result(files: files, manifest: manifest)
        } catch {
            staged.discard()
            throw error
        }
    }
}
