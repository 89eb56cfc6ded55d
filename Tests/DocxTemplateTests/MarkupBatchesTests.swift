import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Rows a loop renders into a table become markup batch by batch; the document's bytes are the
/// same as when every row stays a tree until the end, whatever the batch size and the repairs due.
@Suite struct MarkupBatchesTests {
    private static func cell(_ text: String) -> String {
        "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>"
    }

    private static func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }

    static let bodies: [(String, String)] = [
        (
            "plain rows after a header row",
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("TT") + cell("Họ và tên") + "</w:tr>"
                + row("{%tr for m in members %}", "") + row("{{ loop.index }}", "{{ m.name }} &amp; &lt;{{ m.role }}&gt;")
                + row("{%tr endfor %}", "") + "</w:tbl>"
        ),
        (
            "cells left empty, to be given a paragraph",
            "<w:tbl>" + row("{%tr for m in members %}")
                + "<w:tr>" + cell("{{ m.name }}")
                + "<w:tc><w:tcPr/>{%p if m.role == 'x' %}<w:p><w:r><w:t>x</w:t></w:r></w:p>{%p endif %}</w:tc></w:tr>"
                + row("{%tr endfor %}") + "</w:tbl>"
        ),
        (
            "a nested table emptied by its own loop",
            "<w:tbl>" + row("{%tr for m in members %}")
                + "<w:tr><w:tc><w:tbl>" + row("{%tr for x in m.none %}") + row("{{ x }}") + row("{%tr endfor %}")
                + "</w:tbl><w:p/></w:tc>" + cell("{{ m.name }}") + "</w:tr>" + row("{%tr endfor %}") + "</w:tbl>"
        ),
        (
            "header marks repeated by the loop",
            "<w:tbl>" + row("{%tr for m in members %}")
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("{{ m.name }}") + "</w:tr>" + row("{%tr endfor %}") + "</w:tbl>"
        ),
        (
            "a row loop inside a row loop",
            "<w:tbl>" + row("{%tr for m in members %}") + row("{{ m.name }}")
                + row("{%tr for k in m.keys %}") + row("{{ m.name }}: {{ k }}") + row("{%tr endfor %}")
                + row("{%tr endfor %}") + "</w:tbl>"
        ),
        (
            "bookmarks numbered across the document",
            "<w:tbl>" + row("{%tr for m in members %}")
                + "<w:tr><w:tc><w:p><w:bookmarkStart w:id=\"0\" w:name=\"m\"/><w:r><w:t>{{ m.name }}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p></w:tc></w:tr>"
                + row("{%tr endfor %}") + "</w:tbl>"
        ),
    ]

    static let members: TemplateValue = .list(
        (1...300).map { index in
            [
                "name": .string("Thành viên \(index)"), "role": .string(index % 3 == 0 ? "x" : "y"), "none": .list([]),
                "keys": .list((0..<(index % 5 == 0 ? 70 : 1)).map { .number(Decimal($0)) }),
            ]
        })

    @Test(arguments: bodies)
    func theBytesDoNotDependOnTheBatches(_ name: String, _ body: String) throws {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let whole = try template.render(["members": Self.members], forcingTrees: true, rowsPerMarkup: Int.max)
        for batch in [1, 7, 64] {
            let batched = try template.render(["members": Self.members], forcingTrees: true, rowsPerMarkup: batch)
            #expect(batched.part("word/document.xml") == whole.part("word/document.xml"), "\(name), batches of \(batch)")
        }
        #expect(try TestPackage.text(of: whole).split(separator: "\n").count >= 300)
    }
}
