import Foundation
import OOXML
import Testing

/// A broken package made from a good one, and what breaks.
struct Breakage: CustomTestStringConvertible, Sendable {
    var name: String
    /// Changes the rendered package.
    var apply: @Sendable (inout OOXMLPackage) -> Void
    /// A piece of hoso's English message for it.
    var expected: String
    var testDescription: String { name }
}

private func editDocument(_ package: inout OOXMLPackage, _ change: (String) -> String) {
    let xml = String(decoding: package.part("word/document.xml") ?? [], as: UTF8.self)
    package.setPart("word/document.xml", Array(change(xml).utf8))
}

let breakages: [Breakage] = [
    Breakage(
        name: "body without final sectPr",
        apply: { p in
            editDocument(&p) { $0.replacingOccurrences(of: "</w:body>", with: "<w:p/></w:body>") }
        }, expected: "the body's last child is not w:sectPr"),
    Breakage(
        name: "table without rows",
        apply: { p in
            editDocument(&p) { $0.replacingOccurrences(of: "<w:body>", with: "<w:body><w:tbl><w:tblPr/><w:tblGrid/></w:tbl>") }
        }, expected: "table 1 has no rows"),
    Breakage(
        name: "cell without paragraph",
        apply: { p in
            editDocument(&p) {
                $0.replacingOccurrences(of: "<w:body>", with: "<w:body><w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>")
            }
        }, expected: "table 1 row 1 cell 1 does not end with a paragraph"),
    Breakage(
        name: "unknown element",
        apply: { p in
            editDocument(&p) { $0.replacingOccurrences(of: "<w:body>", with: "<w:body><w:p><w:bogus/></w:p>") }
        }, expected: "ISO/IEC 29500 schema"),
    Breakage(
        name: "dangling relationship id",
        apply: { p in
            editDocument(&p) { $0.replacingOccurrences(of: #"r:id="rId4""#, with: #"r:id="rId99""#) }
        }, expected: "r:id 'rId99' does not resolve"),
    Breakage(
        name: "part without content type",
        apply: { p in
            p.setPart("word/media/logo.png", [0x89, 0x50, 0x4E, 0x47])
        }, expected: "has no content type"),
    Breakage(
        name: "not well-formed XML",
        apply: { p in
            editDocument(&p) { $0.replacingOccurrences(of: "</w:body>", with: "</w:bod>") }
        }, expected: "not well-formed"),
    Breakage(
        name: "no content types part",
        apply: { p in
            p.removePart("[Content_Types].xml")
        }, expected: "lacks [Content_Types].xml"),
]

/// `hoso validate` and the independent `docx-check` give the same verdicts.
@Suite(.serialized)
struct ValidatorAgreementTests {
    private func renderedM3(in base: URL) throws -> URL {
        let out = base.appendingPathComponent("out")
        let result = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--only", "M3"])
        #expect(result.status == 0, "\(result.errors)")
        return out.appendingPathComponent("5-M3-Bao-cao.docx")
    }

    @Test func bothAcceptWhatHosoWrites() throws {
        let base = try temporaryFolder("agree-ok")
        defer { try? FileManager.default.removeItem(at: base) }
        let file = try renderedM3(in: base)
        let checker = try #require(docxCheck)
        #expect(try run(checker, [file.path]).status == 0)
        #expect(try run(hosoExecutable, ["validate", file.path]).status == 0)
    }

    @Test(arguments: breakages)
    func bothRefuseABrokenPackage(_ breakage: Breakage) throws {
        let base = try temporaryFolder("agree-broken")
        defer { try? FileManager.default.removeItem(at: base) }
        var package = try OOXMLPackage.open(at: try renderedM3(in: base))
        breakage.apply(&package)
        let broken = base.appendingPathComponent("broken.docx")
        try Data(try package.docxData()).write(to: broken)
        let checker = try #require(docxCheck)
        let theirs = try run(checker, [broken.path])
        let ours = try run(hosoExecutable, ["validate", broken.path, "--lang", "en"])
        #expect(theirs.status == 1, "docx-check accepted it: \(theirs.output)")
        #expect(ours.status == 1, "hoso validate accepted it: \(ours.output)")
        #expect(ours.output.contains(breakage.expected), "\(ours.output)")
    }
}
