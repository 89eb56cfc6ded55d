import Foundation
import TestSupport
import Testing

/// The package root.
let packageRoot = TestPaths.packageRoot

/// The `hoso` executable built next to the test bundle.
var hosoExecutable: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hoso")
}

/// The independent checker (`TestPaths.docxCheck`).
var docxCheck: URL? {
    TestPaths.docxCheck.map { URL(fileURLWithPath: $0) }
}

/// What a finished process printed and how it ended.
struct ProcessResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs `executable` with `arguments` from `directory` (the package root by default) and waits for it.
func run(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
    in directory: URL = packageRoot
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Standard error goes to a file so that neither stream can fill up and block the child.
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-e2e-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
    return ProcessResult(
        status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
        errors: String(decoding: errorData, as: UTF8.self))
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-e2e-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The text of a PDF (pdftotext, reading order).
func pdfText(_ pdf: URL) throws -> String {
    try run(URL(fileURLWithPath: "/usr/bin/pdftotext"), [pdf.path, "-"]).output
}

/// The text of each page of a PDF, in order (pdftotext page by page, layout kept so lines stay lines).
func pdfPages(_ pdf: URL) throws -> [String] {
    let info = try run(URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path]).output
    let count =
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
    return try (1...max(count, 1)).map { page in
        try run(URL(fileURLWithPath: "/usr/bin/pdftotext"), ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).output
    }
}

/// The lines of a page that hold text; the page number printed in the header is not text.
func textLines(_ page: String) -> [String] {
    page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && Int($0) == nil }
}
