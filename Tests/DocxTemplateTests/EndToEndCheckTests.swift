import Foundation
import OOXML
import TestSupport
import Testing

@testable import DocxTemplate

private let packageRoot = TestPaths.packageRoot

private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Test func benchTemplatesRenderToFilesTheIndependentCheckerAccepts() throws {
    let checker = try #require(TestPaths.docxCheck, "docx-check not found: set DOCX_CHECK or put it in ../shared/tools beside the package")
    let fixtures = packageRoot.appendingPathComponent("Fixtures/bench")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var outputs: [String] = []
    for (template, data) in [("letter", "letter.json"), ("table", "table-100.json")] {
        let package = try OOXMLPackage.open(at: fixtures.appendingPathComponent(template))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent(data)))
        let output = folder.appendingPathComponent("\(template).docx")
        try Template(package: package, name: template).render(TemplateValue(json: json)).write(to: output)
        outputs.append(output.path)
    }
    let result = try run(["python3", checker, "--render"] + outputs)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("2 passed, 0 failed"))
}

extension TemplateValue {
    /// A value from `JSONSerialization`'s output (test helper; hoso reads data files with Yams).
    init(json: Any) {
        switch json {
        case let text as String: self = .string(text)
        case let number as NSNumber: self = .number(number.decimalValue)  // the bench data has no booleans
        case let list as [Any]: self = .list(list.map(TemplateValue.init(json:)))
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init(json:)))
        default: self = .null
        }
    }
}
