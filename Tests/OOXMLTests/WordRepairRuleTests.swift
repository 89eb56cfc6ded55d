import Foundation
import OOXML
import Testing
import XMLCore

/// Every rule of the uncorrupt pass, each with an input that only it repairs and the exact XML it
/// makes. A new `WordRepair.Rule` does not compile here until it has its example.
@Suite struct WordRepairRuleTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    /// A body that only `rule` repairs, and the body it makes of it.
    static func example(of rule: WordRepair.Rule) -> (body: String, repaired: String) {
        switch rule {
        case .removeEmptyTables:
            (
                #"<w:p/><w:tbl><w:tr/></w:tbl><w:tbl><w:tr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
                #"<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
            )
        case .keepHeaderRowsLeading:
            (
                #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
                #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
            )
        case .ensureParagraphs:
            (
                #"<w:tbl><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
                #"<w:tbl><w:tr><w:tc><w:tcPr/><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
            )
        case .fixSectionProperties:
            (
                #"<w:sectPr><w:pgSz w:w="1"/></w:sectPr><w:p/><w:sectPr><w:pgSz w:w="2"/></w:sectPr><w:p/>"#,
                #"<w:p/><w:p/><w:sectPr><w:pgSz w:w="2"/></w:sectPr>"#
            )
        case .renumberDrawings:
            (
                #"<w:p><wp:docPr id="3" name="a"/><wp:docPr id="3" name="b"/><wp:docPr name="c"/></w:p><w:sectPr/>"#,
                #"<w:p><wp:docPr id="3" name="a"/><wp:docPr id="4" name="b"/><wp:docPr name="c" id="5"/></w:p><w:sectPr/>"#
            )
        case .renumberBookmarks:
            (
                #"<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/></w:p><w:sectPr/>"#,
                #"<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="1" w:name="a_2"/><w:bookmarkEnd w:id="1"/></w:p><w:sectPr/>"#
            )
        }
    }

    /// A `w:document` holding `body`.
    static func document(_ body: String) throws -> XMLDocument {
        try XMLDocument(
            bytes: Array(#"<w:document xmlns:w="\#(w)" xmlns:wp="\#(wp)"><w:body>\#(body)</w:body></w:document>"#.utf8))
    }

    /// The body of `document` as markup.
    static func body(of document: XMLDocument) -> String {
        let text = String(decoding: document.serialized(), as: UTF8.self)
        guard let start = text.range(of: "<w:body>"), let end = text.range(of: "</w:body>") else { return text }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test(arguments: WordRepair.Rule.allCases)
    func eachRuleRepairsItsExampleExactly(_ rule: WordRepair.Rule) throws {
        let (body, repaired) = Self.example(of: rule)
        let alone = try Self.document(body)
        #expect(WordRepair.needsRepair(alone))
        #expect(WordRepair.apply(rule, to: alone))
        #expect(Self.body(of: alone) == repaired)
        // The whole pass makes the same, and is then done: no other rule had work.
        let whole = try Self.document(body)
        #expect(WordRepair.repair(whole))
        #expect(Self.body(of: whole) == repaired)
        #expect(!WordRepair.needsRepair(whole))
        for other in WordRepair.Rule.allCases where other != rule {
            #expect(!WordRepair.apply(other, to: try Self.document(body)), "\(other) changed the example of \(rule)")
        }
    }

    @Test func thePassRunsTheRulesInTheirOrder() {
        #expect(
            WordRepair.Rule.allCases.map(\.rawValue) == [
                "removeEmptyTables", "keepHeaderRowsLeading", "ensureParagraphs", "fixSectionProperties", "renumberDrawings",
                "renumberBookmarks",
            ])
    }

    /// What statements each container allows (the rules `RepairAnalysis` walks the engine's blocks with).
    @Test func statementsAreAllowedWhereNoRepairCanFollow() throws {
        let document = try Self.document(
            #"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:hyperlink/></w:p></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        )
        let body = try #require(document.root?.firstChild("body", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main"))
        let table = try #require(body.elementChildren.first)
        let rows = table.elementChildren
        let cell = try #require(rows[0].elementChildren.last)
        let paragraph = try #require(cell.elementChildren.first)
        let link = try #require(paragraph.elementChildren.first)
        let section = try #require(body.elementChildren.last)
        // A table: a row stays outside, and no header row comes after a statement.
        #expect(WordRepair.allowsStatements(in: table, children: [.fixed(rows[0]), .statement, .fixed(rows[1])]))
        #expect(!WordRepair.allowsStatements(in: table, children: [.statement]))
        #expect(!WordRepair.allowsStatements(in: table, children: [.statement, .fixed(rows[0])]))
        // The body keeps an element other than its section properties.
        #expect(WordRepair.allowsStatements(in: body, children: [.fixed(table), .statement, .fixed(section)]))
        #expect(!WordRepair.allowsStatements(in: body, children: [.statement, .fixed(section)]))
        // A cell ends with a paragraph no statement removes.
        #expect(WordRepair.allowsStatements(in: cell, children: [.statement, .fixed(paragraph)]))
        #expect(!WordRepair.allowsStatements(in: cell, children: [.fixed(paragraph), .statement]))
        // Inline: in a paragraph, or a run-level wrapper inside one; not in a row.
        #expect(WordRepair.allowsStatements(in: paragraph, children: [.statement]))
        #expect(WordRepair.allowsStatements(in: link, children: [.statement]))
        #expect(!WordRepair.allowsStatements(in: rows[1], children: [.statement]))
        #expect(WordRepair.holdsRepairedElement(table))
        #expect(!WordRepair.holdsRepairedElement(paragraph))
    }
}
