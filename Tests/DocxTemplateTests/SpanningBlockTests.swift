import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Inline `{% if %}` / `{% for %}` opening in one paragraph and closing in a later one of the
/// same container, with docxtpl's meaning (Jinja over the XML): the paragraphs between are
/// kept, dropped or repeated, and the partial paragraphs at the edges join.
@Suite struct SpanningBlockTests {
    private func render(_ body: String, _ context: TemplateValue, header: String? = nil) throws -> OOXMLPackage {
        let template = try Template(package: TestPackage.make(body: body, header: header), name: "t")
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return bytes
    }

    private func text(_ body: String, _ context: TemplateValue) throws -> String {
        try TestPackage.text(of: render(body, context))
    }

    private func errors(_ body: String) -> [String] {
        do {
            _ = try Template(package: TestPackage.make(body: body), name: "t")
            return []
        } catch {
            return error.diagnostics.map { $0.rendered(in: .vi) }
        }
    }

    private func p(_ text: String, style: String = "A") -> String {
        #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr><w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }

    @Test func anIfKeepsOrDropsTheParagraphsBetweenAndJoinsTheEdges() throws {
        let body = p("Trước {% if x %}đầu", style: "A") + p("giữa", style: "B") + p("cuối{% endif %} sau", style: "C") + p("Tiếp.")
        #expect(try text(body, ["x": true]) == "Trước đầu\ngiữa\ncuối sau\nTiếp.")
        let dropped = try render(body, ["x": false])
        #expect(try TestPackage.text(of: dropped) == "Trước  sau\nTiếp.")
        // The joined paragraph is the first one's (its properties), holding the last one's tail.
        #expect(
            TestPackage.body(of: dropped) == #"<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t xml:space="preserve">Trước </w:t></w:r>"#
                + #"<w:r><w:t xml:space="preserve"> sau</w:t></w:r></w:p>"#
                + #"<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t xml:space="preserve">Tiếp.</w:t></w:r></w:p>"#)
        try IndependentChecker.expectAccepted(["dropped": dropped, "kept": render(body, ["x": true])])
    }

    @Test func elseAndElifMayEachBeInAnotherParagraph() throws {
        let body = p("A{% if n == 1 %}một") + p("một nữa{% elif n == 2 %}hai") + p("hai nữa") + p("{% else %}khác") + p("khác nữa{% endif %}Z")
        #expect(try text(body, ["n": 1]) == "Amột\nmột nữaZ")
        #expect(try text(body, ["n": 2]) == "Ahai\nhai nữa\nZ")
        #expect(try text(body, ["n": 3]) == "Akhác\nkhác nữaZ")
        // An else inside the opening paragraph, the end in a later one.
        let mixed = p("A{% if x %}có{% else %}không") + p("B") + p("C{% endif %}D")
        #expect(try text(mixed, ["x": true]) == "AcóD")
        #expect(try text(mixed, ["x": false]) == "Akhông\nB\nCD")
    }

    @Test func aLoopRepeatsTheParagraphsAndJoinsEachEndToTheNextStart() throws {
        // docxtpl: the tail of the loop's last paragraph joins the head of its first in the next turn.
        let body =
            p("Kỹ năng:{% for s in skills %} - {{ s }}", style: "A") + p("giữa {{ loop.index }}", style: "B") + p("hết{% endfor %}.", style: "C")
        let package = try render(body, ["skills": ["Python", "Swift"]])
        #expect(try TestPackage.text(of: package) == "Kỹ năng: - Python\ngiữa 1\nhết - Swift\ngiữa 2\nhết.")
        // The joined paragraph keeps the properties of the one it starts in.
        let styles = TestPackage.body(of: package).components(separatedBy: "<w:pStyle w:val=\"").dropFirst().map { $0.prefix(1) }
        #expect(styles == ["A", "B", "C", "B", "C"])
        #expect(try text(body, ["skills": []]) == "Kỹ năng:.")
        // for … else across paragraphs.
        let orElse = p("{% for s in xs %}{{ s }}") + p("{% else %}không có") + p("gì{% endfor %}!")
        #expect(try text(orElse, ["xs": ["a", "b"]]) == "a\nb\n!")
        #expect(try text(orElse, ["xs": []]) == "không có\ngì!")
    }

    @Test func blocksNestAndMixWithParagraphTags() throws {
        let body =
            p("{% for g in groups %}{{ g.name }}:") + p("{% if g.items %}có") + p("{%p for i in g.items %}") + p("- {{ i }}") + p("{%p endfor %}")
            + p("{% endif %}{% endfor %}Hết")
        let groups: TemplateValue = ["groups": [["name": "A", "items": ["1", "2"]], ["name": "B", "items": []]]]
        #expect(try text(body, groups) == "A:\ncó\n- 1\n- 2\nB:\nHết")
        // A paragraph tag may not close inside an inline block that spans paragraphs.
        #expect(errors(p("{% if a %}x") + p("{%p endif %}")).count == 2)
    }

    @Test func docxtplsUndeclaredVariablesTemplateGivesDocxtplsText() throws {
        // docxtpl's get_undeclared_variables.docx, paragraph for paragraph (its text is docxtpl's output).
        let body =
            p("{% if projects %}") + p("Your projects:") + p("{% for project in projects %} - {{ project.name }} ({{ project.year }})")
            + p("  Description: {{ project.description }}") + p("{% endfor %}") + p("{% endif %}")
        let projects: TemplateValue = [
            "projects": [["name": "A", "year": 2023, "description": "x"], ["name": "B", "year": 2024, "description": "y"]]
        ]
        #expect(try text(body, projects) == "\nYour projects:\n - A (2023)\n  Description: x\n - B (2024)\n  Description: y\n\n")
        #expect(try text(body, ["projects": []]) == "")
    }

    private let table = #"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>"#

    @Test func tableCellsAndHeadersHoldTheirOwnBlocks() throws {
        let cell = table + p("{% if x %}có") + p("{% endif %}.") + "</w:tc></w:tr></w:tbl>" + p("sau")
        #expect(try text(cell, ["x": true]) == "có/.\nsau")
        #expect(try text(cell, ["x": false]) == ".\nsau")
        let header = p("Đầu{% if x %} trang") + p("hai{% endif %}!")
        let package = try render(p("thân"), ["x": false], header: header)
        #expect(try TestPackage.text(of: package, part: "word/header1.xml") == "Đầu!")
        try IndependentChecker.expectAccepted(["cell": render(cell, ["x": false]), "header": package])
    }

    @Test func dashTrimmingJoinsAcrossTheBoundaries() throws {
        // docxtpl: `-%}` eats the paragraph edge after the tag, `{%-` the one before.
        let body = p("Tên: {% if x -%}") + p("An") + p("{%- endif %} xong")
        #expect(try text(body, ["x": true]) == "Tên: An xong")
        #expect(try text(body, ["x": false]) == "Tên:  xong")
    }

    @Test func acrossContainersIsAnErrorNamingBothPlaces() {
        let body = p("{% if a %}x") + "<w:tbl><w:tr><w:tc>" + p("{% endif %}") + "</w:tc></w:tr></w:tbl>" + p("{% for x in xs %}")
        #expect(
            errors(body) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{% if a %}': khối mở ở đây nhưng {% endif %} của nó ở bảng 1, hàng 1, ô 1, ngoài thân văn bản, ô bảng, đầu trang hoặc chân trang chứa thẻ này: một khối phải mở và đóng trong cùng một nơi; hãy chuyển hai thẻ vào cùng một nơi, hoặc đóng và mở lại khối ở mỗi nơi",
                "t:word/document.xml:2:505: lỗi: bảng 1, hàng 1, ô 1: thẻ '{% endif %}': thẻ đóng khối {% if a %} mở ở đoạn 1, ngoài thân văn bản, ô bảng, đầu trang hoặc chân trang chứa thẻ này: một khối phải mở và đóng trong cùng một nơi; hãy chuyển hai thẻ vào cùng một nơi",
                "t:word/document.xml:2:628: lỗi: đoạn 2: thẻ '{% for x in xs %}': thẻ không được đóng: thiếu {% endfor %} sau nó, trong cùng đoạn hoặc một đoạn sau của cùng thân văn bản, ô bảng, đầu trang hoặc chân trang; hãy thêm {% endfor %} vào chỗ khối kết thúc",
            ])
    }
}
