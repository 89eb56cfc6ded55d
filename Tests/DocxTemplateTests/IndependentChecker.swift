import Foundation
import OOXML
import TestSupport
import Testing

/// Runs `../shared/tools/docx-check --render` (or `$DOCX_CHECK`) over rendered packages, the way
/// a user's Word and LibreOffice would open them.
enum IndependentChecker {
    /// The checker's path, when it is on this machine (`TestPaths.docxCheck`).
    static var path: String? { TestPaths.docxCheck }

    /// Writes `packages` to a temporary folder (removed after), checks them all in one run and
    /// expects every one to pass.
    static func expectAccepted(_ packages: [String: OOXMLPackage], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let checker = try #require(path, "docx-check not found: set DOCX_CHECK or put it in ../shared/tools beside the package")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (name, package) in packages.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent("\(name).docx")
            try package.write(to: url)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", checker, "--render"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(output)", sourceLocation: sourceLocation)
        #expect(output.contains("\(paths.count) passed, 0 failed"), "\(output)", sourceLocation: sourceLocation)
    }
}
