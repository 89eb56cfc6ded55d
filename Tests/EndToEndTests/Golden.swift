import Foundation
import Testing

/// Compares `text` with the golden file `Tests/EndToEndTests/Goldens/<name>`; with
/// `HOSO_RECORD_GOLDENS=1` in the environment it writes the file instead.
func expectGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = packageRoot.appendingPathComponent("Tests/EndToEndTests/Goldens").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HOSO_RECORD_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return
    }
    let golden = try? String(contentsOf: url, encoding: .utf8)
    #expect(
        golden == text, "golden \(name) differs; re-record with HOSO_RECORD_GOLDENS=1 and review the diff",
        sourceLocation: sourceLocation)
}
