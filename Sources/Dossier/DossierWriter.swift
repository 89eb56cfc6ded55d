import Assessment
import Diagnostics
import Foundation

/// Writes a rendered dossier into a folder: every form, `Ho-so.docx`, optional PDFs and
/// `manifest.json` — all into a staging folder first, moved into place only when all succeeded.
public struct DossierWriter {
    /// The hoso version recorded in the manifest.
    public static let toolVersion = "0.1.0"
    /// The file name of the whole dossier.
    public static let bookFileName = "Ho-so.docx"

    /// What to write.
    public struct Options: Sendable {
        /// Also write a PDF (PDF/A-2b) of each file through LibreOffice.
        public var pdf = false
        /// Bind the whole dossier into `Ho-so.docx`.
        public var book = true
        /// Only some documents (`--only`): the folder's other files of the same data stay.
        public var partial = false
        /// Overwrite files in the destination that hoso did not write (`--force`).
        public var force = false
        /// Called when another run holds the destination's lock and this one waits.
        public var onWait: @Sendable () -> Void = {}
        /// Options with defaults.
        public init(pdf: Bool = false, book: Bool = true, partial: Bool = false, force: Bool = false,
                    onWait: @escaping @Sendable () -> Void = {}) {
            self.pdf = pdf
            self.book = book
            self.partial = partial
            self.force = force
            self.onWait = onWait
        }
    }

    /// The names written, in order, and the manifest.
    public struct Result: Sendable {
        /// File names inside the output folder.
        public var files: [String]
        /// The manifest written as `manifest.json`.
        public var manifest: Manifest
    }

    /// The PDF's name of a DOCX file name.
    static func pdfName(_ docx: String) -> String { (docx as NSString).deletingPathExtension + ".pdf" }

    /// The document title of `Ho-so.docx`.
    public static func bookTitle(_ assessment: Assessment) -> String {
        "Hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm \(assessment.year) — \(assessment.unit.name)"
    }

    /// Writes `documents` (already rendered) to `destination`. `check` sees every `.docx` before it
    /// is staged and returns its problems: any problem stops the run with the destination untouched.
    public static func write(
        _ documents: [RenderedDocument], renderer: DossierRenderer, assessment: Assessment, source: DossierSource,
        inputName: String, inputBytes: [UInt8], to destination: URL, options: Options,
        check: (String, [UInt8]) -> [Diagnostic] = { _, _ in [] }
    ) throws -> Result {
        let staged: StagedOutput
        do { staged = try StagedOutput(destination: destination, onWait: options.onWait) } catch { throw DossierError.output(error) }
        do {
            var manifest = Manifest(tool: toolVersion, input: inputName, inputBytes: inputBytes, regime: assessment.regime.rawValue)
            let binds = options.book && documents.count > 1
            let docxNames = documents.map(\.fileName) + (binds ? [bookFileName] : [])
            try staged.previous.check(
                folder: staged.destination.path, writing: docxNames + (options.pdf ? docxNames.map(pdfName) : []),
                header: manifest, partial: options.partial, force: options.force)
            func verified(_ name: String, _ bytes: [UInt8]) throws -> [UInt8] {
                let problems = check(name, bytes)
                if !problems.isEmpty {
                    throw DossierError.invalidOutput(name, problems.map { $0.rendered(in: .en) }.joined(separator: "; "))
                }
                return bytes
            }
            for document in documents {
                try staged.write(document.fileName, try verified(document.fileName, document.bytes))
                manifest.add(document.fileName, document.bytes)
            }
            if binds {
                let bytes = try verified(bookFileName, try renderer.bind(documents, title: bookTitle(assessment), source: source))
                try staged.write(bookFileName, bytes)
                manifest.add(bookFileName, bytes)
            }
            if options.pdf {
                let converter = try PDFConverter()
                let pdfs = try converter.convert(
                    docxNames.map(staged.stagedURL), pdfA: true, profile: staged.stagedURL(PDFConverter.profileName))
                for pdf in pdfs {
                    staged.record(pdf.lastPathComponent)
                    guard let bytes = FileOperations.read(pdf.path, limit: Int.max) else {
                        throw OutputError.fileSystem(.read, path: pdf.path, code: errno)
                    }
                    manifest.add(pdf.lastPathComponent, bytes)
                }
            }
            let (final, remove) = staged.previous.merge(manifest, partial: options.partial, bookStem: (bookFileName as NSString).deletingPathExtension)
            try staged.write("manifest.json", try final.jsonBytes())
            let files = staged.names
            try staged.commit(removing: remove)
            return Result(files: files, manifest: final)
        } catch {
            staged.discard()
            if let error = error as? OutputError { throw DossierError.output(error) }
            throw error
        }
    }
}
