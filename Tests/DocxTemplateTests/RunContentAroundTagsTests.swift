import Foundation
import OOXML
import TestSupport
import Testing

@testable import DocxTemplate

/// A run may hold breaks, tabs and other non-text content before or after the `w:t` that holds a
/// tag. Isolating the tag moves that content into the runs around it; a move once left the
/// content in the old run too, so the template's tree was written wrongly and freed twice
/// ("double free or corruption" as `hoso fill` ended).
private let cases: [(body: String, context: TemplateValue, xml: String)] = [
    // The colleague's report: a break before the tag, text around it.
    (
        #"<w:p><w:r><w:br/><w:t>({{ c }})</w:t></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:br/><w:t xml:space="preserve">(</w:t></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:t xml:space="preserve">)</w:t></w:r></w:p>"#
    ),
    // The same after a run of two tags, the broken run formatted.
    (
        #"<w:p><w:r><w:t>{{ a }}/{{ b }}</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:br/><w:t>({{ c }})</w:t></w:r></w:p>"#,
        ["a": 1, "b": 2, "c": 3],
        #"<w:p><w:r><w:t xml:space="preserve">1</w:t></w:r><w:r><w:t xml:space="preserve">/</w:t></w:r><w:r><w:t xml:space="preserve">2</w:t></w:r>"#
            + #"<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:br/><w:t xml:space="preserve">(</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">3</w:t></w:r>"#
            + #"<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">)</w:t></w:r></w:p>"#
    ),
    // A break right before the tag, nothing else.
    (
        #"<w:p><w:r><w:br/><w:t>{{ c }}</w:t></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r></w:p>"#
    ),
    // A tab and a break after the tag.
    (
        #"<w:p><w:r><w:t>{{ c }}</w:t><w:tab/><w:br/></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:tab/><w:br/></w:r></w:p>"#
    ),
    // A rendered page break before and a carriage return after, text on both sides.
    (
        #"<w:p><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve">x {{ c }} y</w:t><w:cr/></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve">x </w:t></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:t xml:space="preserve"> y</w:t><w:cr/></w:r></w:p>"#
    ),
    // Content on both sides of the w:t.
    (
        #"<w:p><w:r><w:tab/><w:t>{{ c }}</w:t><w:br/></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:br/></w:r></w:p>"#
    ),
    // Two tags in one run with a break between them.
    (
        #"<w:p><w:r><w:t>{{ a }}</w:t><w:br/><w:t>{{ b }}</w:t></w:r></w:p>"#, ["a": 1, "b": 2],
        #"<w:p><w:r><w:t xml:space="preserve">1</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">2</w:t></w:r></w:p>"#
    ),
    // A tag split inside one run by a break: the break goes after the tag.
    (
        #"<w:p><w:r><w:t xml:space="preserve">({{ </w:t><w:br/><w:t>c }})</w:t></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:t xml:space="preserve">(</w:t></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">)</w:t></w:r></w:p>"#
    ),
    // A tag split across runs with a break ending the first and a tab starting the second.
    (
        #"<w:p><w:r><w:t xml:space="preserve">({{ </w:t><w:br/></w:r><w:r><w:tab/><w:t>c }})</w:t></w:r></w:p>"#, ["c": 3],
        #"<w:p><w:r><w:t xml:space="preserve">(</w:t></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r><w:r><w:br/></w:r><w:r><w:tab/><w:t xml:space="preserve">)</w:t></w:r></w:p>"#
    ),
    // A value with a line break, in a run that starts with a break.
    (
        #"<w:p><w:r><w:cr/><w:t>[{{ c }}]</w:t></w:r></w:p>"#, ["c": "a\nb"],
        #"<w:p><w:r><w:cr/><w:t xml:space="preserve">[</w:t></w:r><w:r><w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t></w:r><w:r><w:t xml:space="preserve">]</w:t></w:r></w:p>"#
    ),
]

@Test(arguments: cases.indices)
func contentAroundATagStaysOnceInItsPlace(index: Int) throws {
    let (body, context, xml) = cases[index]
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    #expect(template.parts.allSatisfy { $0.program != nil }, "the byte renderer takes these parts")
    let bytes = try template.render(context)
    let trees = try template.render(context, forcingTrees: true)
    #expect(TestPackage.body(of: bytes) == xml)
    #expect(TestPackage.body(of: trees) == xml)
    // The template's own tree is left as it was: a second rendering gives the same bytes.
    #expect(try template.render(context) == bytes)
}

@Test func contentAroundTagsRendersToFilesTheIndependentCheckerAccepts() throws {
    let checker = try #require(TestPaths.docxCheck, "docx-check not found: set DOCX_CHECK or put it in ../shared/tools beside the package")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-runs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String] = []
    for (index, (body, context, _)) in cases.enumerated() {
        // The test above shows both renderers write the same body; one file per case is enough.
        let file = folder.appendingPathComponent("case\(index).docx")
        try Template(package: TestPackage.make(body: body), name: "t").render(context).write(to: file)
        files.append(file.path)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", checker, "--render"] + files
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(output.contains("\(files.count) passed, 0 failed"), "\(output)")
}
