import Testing
import XMLCore

@testable import OOXML

/// A rendered body's text rewritten run by run (the forms' no-break spaces).
@Suite struct TextRunsTests {
    static func package(_ runs: [String]) -> OOXMLPackage {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let body = runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined()
        let document = "<w:document xmlns:w=\"\(w)\"><w:body><w:p>\(body)</w:p><w:p><w:r><w:t>x &amp; y</w:t></w:r></w:p></w:body></w:document>"
        let relationships =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
        return OOXMLPackage(parts: ["_rels/.rels": Array(relationships.utf8), "word/document.xml": Array(document.utf8)])
    }

    static func texts(_ package: OOXMLPackage) throws -> [String] {
        try #require(try package.xmlPart("word/document.xml").root).descendants("t", namespace: Namespace.w).map(\.textContent)
    }

    @Test func everyRunIsRewrittenAndTheRestOfThePartKept() throws {
        let rewritten = try TextRuns.rewritten(Self.package(["học tập ", "năm 2023"])) { $0.replacing(" ", with: "_") }
        #expect(try Self.texts(rewritten) == ["học_tập_", "năm_2023", "x_&_y"])
        #expect(try rewritten.xmlPart("word/document.xml").root?.descendants("p", namespace: Namespace.w).count == 2)
    }

    @Test func nothingToChangeGivesThePackageItself() throws {
        let package = Self.package(["học tập"])
        let same = try TextRuns.rewritten(package) { $0 }
        #expect(same.part("word/document.xml") == package.part("word/document.xml"))
    }
}
