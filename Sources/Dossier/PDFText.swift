import Diagnostics
import Foundation
import OOXML

/// The text of a PDF as `pdftotext` (poppler-utils) reads it, compared with the key facts of the
/// dossier: a PDF whose sum was recorded but which was made from another render lacks them.
enum PDFText {
    /// The most text read from `pdftotext` (a dossier PDF gives tens of kilobytes).
    static let maxTextSize = 32 << 20

    /// `pdftotext` in the usual places, or nil.
    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"])
            .map { ($0 as NSString).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The verdict on the PDF at `path` whose DOCX is `docx`: each fact the DOCX's text carries
    /// must be in the PDF's text (compared without spaces or case, in NFC).
    static func verdict(pdfAt path: String, facts: [String], docx: [UInt8]) -> Verification.Verdict {
        // A DOCX whose text cannot be read gives no facts to look for: the PDF is not checked, and said so.
        guard let docxText = text(ofDocx: docx).map(comparable) else { return .pdfUnreadable(VerifyMessages.pdfDocxUnreadable) }
        guard let tool = executable else { return .pdfUnreadable(VerifyMessages.pdftotextMissing) }
        let pdfText: String
        switch run(tool, [path, "-"]) {
        case .success(let text): pdfText = comparable(text)
        case .failure(let why): return .pdfUnreadable(VerifyMessages.pdfUnreadable(why.text))
        }
        let missing = facts.filter { fact in
            let wanted = comparable(fact)
            return !wanted.isEmpty && docxText.contains(wanted) && !pdfText.contains(wanted)
        }
        return missing.isEmpty ? .pdfMatches : .pdfTextMismatch(missing)
    }

    /// The text of a DOCX's body; nil when it does not open or has no readable body.
    static func text(ofDocx bytes: [UInt8]) -> String? {
        DocumentText.body(ofDocx: bytes)
    }

    /// Text reduced for comparison: NFC, upper case, no white space.
    static func comparable(_ text: String) -> String {
        String(
            text.precomposedStringWithCanonicalMapping.uppercased().unicodeScalars
                .filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    struct Failure: Error { var text: String }

    /// Runs `tool` and returns what it printed (at most `maxTextSize` bytes).
    private static func run(_ tool: String, _ arguments: [String]) -> Result<String, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(Failure(text: error.localizedDescription))
        }
        var data = Data()
        let handle = output.fileHandleForReading
        while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            if data.count + chunk.count > maxTextSize {
                process.terminate()
                break
            }
            data.append(chunk)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(text: "pdftotext exit \(process.terminationStatus)"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
