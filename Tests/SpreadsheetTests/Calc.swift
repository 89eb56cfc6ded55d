import Foundation

/// LibreOffice Calc, headless: turns a CSV or HTML file into the .xlsx Calc writes, as a school's
/// re-saved sheet would be.
enum Calc {
    /// `file` converted to .xlsx in the same folder with `filter` (e.g. "HTML (StarCalc)"); the new path.
    static func xlsx(_ file: URL, filter: String? = nil) throws -> URL {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-calc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments =
            ["120", "soffice", "-env:UserInstallation=file://\(profile.path)", "--headless"]
            + (filter.map { ["--infilter=\($0)"] } ?? [])
            + ["--convert-to", "xlsx", "--outdir", file.deletingLastPathComponent().path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = file.deletingPathExtension().appendingPathExtension("xlsx")
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: ["NSFilePath": output.path])
        }
        return output
    }

    /// A fresh folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
