package import Foundation

/// Where the checkout and its neighbours are, for the tests of every target: found from this
/// file's place in the package (tests run from a build of it), or from an environment variable —
/// never from an absolute path written into a test.
package enum TestPaths {
    /// The package root (Tests/TestSupport/TestPaths.swift → root).
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The independent checker: `$DOCX_CHECK` when set, else `../shared/tools/docx-check` beside the
    /// package; nil when it is not on this machine.
    package static var docxCheck: String? {
        let given = ProcessInfo.processInfo.environment["DOCX_CHECK"].flatMap { $0.isEmpty ? nil : $0 }
        let path = given ?? packageRoot.appendingPathComponent("../shared/tools/docx-check").standardizedFileURL.path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
