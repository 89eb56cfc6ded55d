package import Foundation

extension FuzzerEntry {
    /// The `Forms` folder of the checkout a fuzz target runs from: `$HOSO_FORMS`, else the first
    /// `Forms` beside or above the executable (`.build-fuzz/release/FuzzX` → the package root).
    /// Found when the target runs, never a path fixed when it was built.
    package static var formsFolder: URL? {
        if let given = ProcessInfo.processInfo.environment["HOSO_FORMS"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("Forms")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("schemas").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
