import Foundation
import Testing
import XMLCore

@testable import OOXML

/// Every repair of the uncorrupt pass, each with its input and the exact output it makes.
@Suite struct WordRepairTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    /// A node's markup.
    static func xml(_ node: XMLNode) -> String {
        var bytes: [UInt8] = []
        node.appendXML(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The body of `<w:document>` after `WordRepair.repair`, and whether it said it changed anything.
    func repaired(_ body: String) throws -> (body: String, changed: Bool) {
        let document = try XMLDocument(
            bytes: Array(#"<w:document xmlns:w="\#(Self.w)" xmlns:wp="\#(Self.wp)"><w:body>\#(body)</w:body></w:document>"#.utf8))
        let changed = WordRepair.repair(document)
        let text = String(decoding: document.serialized(), as: UTF8.self)
        guard let start = text.range(of: "<w:body>"), let end = text.range(of: "</w:body>") else { return (text, changed) }
        return (String(text[start.upperBound..<end.lowerBound]), changed)
    }

    @Test(arguments: [
        // Rows without cells go; a table left without rows goes.
        (
            "a row without cells", #"<w:tbl><w:tr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        ("a table whose only row has no cells", #"<w:p/><w:tbl><w:tr/></w:tbl><w:sectPr/>"#, #"<w:p/><w:sectPr/>"#),
        ("a table without rows", #"<w:p/><w:tbl></w:tbl><w:sectPr/>"#, #"<w:p/><w:sectPr/>"#),
        (
            "a nested table without rows: its cell then gets a paragraph",
            #"<w:tbl><w:tr><w:tc><w:p/><w:tbl/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        // "Repeat as header row" stays on the leading rows only.
        (
            "a header row after a body row",
            #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        (
            "a header mark switched off does not make a header row",
            #"<w:tbl><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        // Every cell and note ends with a paragraph; the body holds one.
        (
            "a cell without a paragraph", #"<w:tbl><w:tr><w:tc/></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        (
            "a cell ending with a table",
            #"<w:tbl><w:tr><w:tc><w:tcPr/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:sectPr/>"#,
            #"<w:tbl><w:tr><w:tc><w:tcPr/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#
        ),
        ("an empty body", #"<w:sectPr/>"#, #"<w:p/><w:sectPr/>"#),
        ("a body with nothing at all", "", "<w:p/>"),
        // The body ends with its one w:sectPr (the last one kept).
        ("section properties not last", #"<w:sectPr/><w:p/>"#, #"<w:p/><w:sectPr/>"#),
        ("two section properties", #"<w:p/><w:sectPr w:rsidR="1"/><w:sectPr w:rsidR="2"/>"#, #"<w:p/><w:sectPr w:rsidR="2"/>"#),
        // Drawing ids are unique: a repeated or empty one gets the next free number.
        (
            "a repeated drawing id",
            #"<w:p><wp:docPr id="3" name="a"/><wp:docPr id="3" name="b"/><wp:docPr id="" name="c"/></w:p><w:sectPr/>"#,
            #"<w:p><wp:docPr id="3" name="a"/><wp:docPr id="4" name="b"/><wp:docPr id="5" name="c"/></w:p><w:sectPr/>"#
        ),
        // Bookmark ids and names are unique; each end follows its start.
        (
            "a repeated bookmark (a loop's copy)",
            #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/></w:p><w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/></w:p><w:sectPr/>"#,
            #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/></w:p><w:p><w:bookmarkStart w:id="2" w:name="a_2"/><w:bookmarkEnd w:id="2"/></w:p><w:sectPr/>"#
        ),
        (
            "a repeated bookmark name only",
            #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="a"/><w:bookmarkEnd w:id="2"/></w:p><w:sectPr/>"#,
            #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="a_2"/><w:bookmarkEnd w:id="2"/></w:p><w:sectPr/>"#
        ),
        (
            "a long repeated bookmark name stays within 40 characters",
            #"<w:p><w:bookmarkStart w:id="1" w:name="\#(String(repeating: "x", count: 40))"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="1" w:name="\#(String(repeating: "x", count: 40))"/><w:bookmarkEnd w:id="1"/></w:p><w:sectPr/>"#,
            #"<w:p><w:bookmarkStart w:id="1" w:name="\#(String(repeating: "x", count: 40))"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="\#(String(repeating: "x", count: 38))_2"/><w:bookmarkEnd w:id="2"/></w:p><w:sectPr/>"#
        ),
    ])
    func eachRepair(_ name: String, _ body: String, _ expected: String) throws {
        let result = try repaired(body)
        #expect(result.body == expected, "\(name)")
        #expect(result.changed, "\(name)")
        // A repaired document needs nothing more.
        #expect(try repaired(result.body) == (expected, false), "\(name)")
    }

    /// What DocxTemplate's `RepairAnalysis` reads: the elements each repair touches.
    @Test func theElementsTheRepairsTouch() throws {
        let document = try XMLDocument(
            bytes: Array(
                #"""
                <w:document xmlns:w="\#(Self.w)" xmlns:wp="\#(Self.wp)"><w:body>\#
                <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/>\#
                <w:r><w:t>x</w:t></w:r><wp:docPr id="1"/></w:p></w:tc></w:tr></w:tbl><w:footnote/><w:endnote/><w:hdr/><w:ftr/><w:sectPr/></w:body></w:document>
                """#.utf8))
        var repaired: [String] = []
        var endWithParagraph: [String] = []
        document.root?.walkElements { node in
            if WordRepair.isRepairedElement(node) { repaired.append(node.localName) }
            if WordRepair.mustEndWithParagraph(node) { endWithParagraph.append(node.localName) }
            return true
        }
        #expect(repaired == ["tbl", "tblHeader", "bookmarkStart", "bookmarkEnd", "docPr", "footnote", "endnote", "sectPr"])
        #expect(endWithParagraph == ["tc", "footnote", "endnote", "hdr", "ftr"])
    }

    @Test func aHeaderFooterAndNoteEndWithAParagraph() throws {
        for root in ["hdr", "ftr"] {
            let document = try XMLDocument(
                bytes: Array(#"<w:\#(root) xmlns:w="\#(Self.w)"><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:\#(root)>"#.utf8))
            #expect(WordRepair.repair(document))
            #expect(
                String(decoding: document.serialized(), as: UTF8.self) == """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <w:\(root) xmlns:w="\(Self.w)"><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:\(root)>

                    """)
        }
        let notes = try XMLDocument(
            bytes: Array(#"<w:footnotes xmlns:w="\#(Self.w)"><w:footnote w:id="1"/><w:endnote w:id="2"><w:p/></w:endnote></w:footnotes>"#.utf8))
        #expect(WordRepair.repair(notes))
        #expect(
            String(decoding: notes.serialized(), as: UTF8.self) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <w:footnotes xmlns:w="\(Self.w)"><w:footnote w:id="1"><w:p/></w:footnote><w:endnote w:id="2"><w:p/></w:endnote></w:footnotes>

                """)
    }

    @Test func rowsForMarkupAreRepairedOrDeclined() throws {
        let rows = #"<w:tr><w:tc/></w:tr><w:tr><w:tc><w:p/><w:tbl/></w:tc></w:tr>"#
        let document = try XMLDocument(
            bytes: Array(#"<w:document xmlns:w="\#(Self.w)" xmlns:wp="\#(Self.wp)"><w:body><w:tbl>\#(rows)</w:tbl></w:body></w:document>"#.utf8))
        let table = try #require(document.root?.firstChild("body", namespace: Namespace.w)?.firstChild("tbl", namespace: Namespace.w))
        #expect(WordRepair.repairRowsForMarkup(table.elementChildren, in: document))
        #expect(table.elementChildren.map(Self.xml) == [#"<w:tr><w:tc><w:p/></w:tc></w:tr>"#, #"<w:tr><w:tc><w:p/></w:tc></w:tr>"#])

        // What only the whole document may settle: the rows are left as they are.
        for declined in [
            #"<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc/></w:tr>"#,
            #"<w:tr/>"#,
            #"<w:p/>"#,
            #"<w:tr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="a"/></w:p></w:tc></w:tr>"#,
            #"<w:tr><w:tc><w:p><wp:docPr id="1"/></w:p></w:tc></w:tr>"#,
        ] {
            let document = try XMLDocument(
                bytes: Array(
                    #"<w:document xmlns:w="\#(Self.w)" xmlns:wp="\#(Self.wp)"><w:body><w:tbl>\#(declined)</w:tbl></w:body></w:document>"#.utf8))
            let table = try #require(document.root?.firstChild("body", namespace: Namespace.w)?.firstChild("tbl", namespace: Namespace.w))
            let before = document.serialized()
            #expect(!WordRepair.repairRowsForMarkup(table.children, in: document), "\(declined)")
            #expect(document.serialized() == before, "\(declined)")
        }
    }
}
