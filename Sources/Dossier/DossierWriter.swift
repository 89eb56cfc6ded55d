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
        /// Options with defaults.
        public init(pdf: Bool = false, book: Bool = true) {
            self.pdf = pdf
            self.book = book
        }
    }

    /// The names written, in order, and the manifest.
    public struct Result: Sendable {
        /// File names inside the output folder.
        public var files: [String]
        /// The manifest written as `manifest.json`.
        public var manifest: Manifest
    }

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
        var staged = try StagedOutput(destination: destination)
        do {
            var manifest = Manifest(tool: toolVersion, input: inputName, inputBytes: inputBytes, regime: assessment.regime.rawValue)
            var docx: [String] = []
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
                docx.append(document.fileName)
            }
            if options.book, documents.count > 1 {
                let bytes = try verified(bookFileName, try renderer.bind(documents, title: bookTitle(assessment), source: source))
                try staged.write(bookFileName, bytes)
                manifest.add(bookFileName, bytes)
                docx.append(bookFileName)
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
