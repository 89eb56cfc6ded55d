import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// docxtpl's `{%- … %}` and `{% … -%}`: a tag joins the text before or after it, across
/// paragraph edges.
@Suite struct ParagraphMergingTests {
    private func render(_ body: String, _ context: TemplateValue) throws -> OOXMLPackage {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return bytes
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

    /// docxtpl's merge_paragraph example: a sentence typed over seven paragraphs.
    private var sentence: String {
        p("My house is located", style: "A") + p("{%- if town -%}", style: "B")
            + #"<w:p><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>in urban area</w:t></w:r></w:p>"#
            + p("{%- else -%}") + p(" in countryside") + p("{%- endif -%}") + p(" and I love it.") + p("Next.")
    }

    @Test func aSentenceOverSeveralParagraphsBecomesOne() throws {
        let town = try render(sentence, ["town": true])
        #expect(try TestPackage.text(of: town) == "My house is located in urban area and I love it.\nNext.")
        // The first paragraph's properties stay; the joined text keeps its own formatting.
        #expect(
            TestPackage.body(of: town) == #"<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t xml:space="preserve">My house is located</w:t></w:r>"#
                + #"<w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>in urban area</w:t></w:r>"#
                + #"<w:r><w:t xml:space="preserve"> and I love it.</w:t></w:r></w:p>"#
                + #"<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t xml:space="preserve">Next.</w:t></w:r></w:p>"#)
        let country = try render(sentence, ["town": false])
        #expect(try TestPackage.text(of: country) == "My house is located in countryside and I love it.\nNext.")
        try IndependentChecker.expectAccepted(["town": town, "country": country])
    }

    @Test func oneSidedMarksJoinOnlyThatSide() throws {
        // docxtpl's "nothing to merge" case: the tags sit in two paragraphs that become one.
        let body =
            #"<w:p><w:r><w:t>something before</w:t></w:r><w:r><w:t>{% if True -%}</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:t>{%- endif %}</w:t></w:r><w:r><w:t xml:space="preserve"> and something after</w:t></w:r></w:p>"#
        #expect(try TestPackage.text(of: render(body, [:])) == "something before and something after")
        // `{%-` alone pulls its paragraph up; the next paragraph stays apart.
        #expect(try TestPackage.text(of: render(p("Tên:") + p("{%- if x %} An{% endif %}") + p("Tuổi"), ["x": true])) == "Tên: An\nTuổi")
        // Empty paragraphs between are dropped, as docxtpl drops them.
        #expect(try TestPackage.text(of: render(p("a") + "<w:p/><w:p/>" + p("{%- if x %}b{% endif %}"), ["x": true])) == "ab")
        // A comment paragraph between is skipped (it goes anyway), never joined and lost.
        #expect(try TestPackage.text(of: render(p("a") + p("{#p ghi chú #}") + p("{%- if x %}b{% endif %}"), ["x": true])) == "ab")
        // Nothing before the first tag: nothing to join, the tag still works.
        #expect(try TestPackage.text(of: render(p("{%- if x %}b{% endif %}"), ["x": true])) == "b")
    }

    @Test func joiningInsideOneCellWorksAndAcrossCellsIsALocatedError() throws {
        let cell = { (paragraphs: String) in
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(paragraphs)</w:tc></w:tr></w:tbl>"
        }
        let inCell = try render(cell(p("Xếp loại:") + p("{%- if ok %} Tốt{% endif %}")) + p("sau"), ["ok": true])
        #expect(try TestPackage.text(of: inCell) == "Xếp loại: Tốt\nsau")
        try IndependentChecker.expectAccepted(["cell": inCell])
        #expect(
            errors(cell(p("ô")) + p("{%- if x %}b{% endif %}")) == [
                "t:word/document.xml:2:602: lỗi: đoạn 1: thẻ '{%- if x %}': thẻ {%- … -%} chỉ nối được với chữ trong cùng đoạn hoặc đoạn kề bên cùng thân văn bản, cùng ô bảng; chữ gần nhất nằm bên kia một bảng, một ô hoặc một khung chữ — hãy bỏ dấu '-' hoặc đưa thẻ về cạnh chữ cần nối"
            ])
    }

    @Test func theMarkBelongsOnInlineTagsOnly() {
        #expect(
            errors(p("{%p set y = 1 -%}")).map { $0.replacingOccurrences(of: #"^.*?thẻ '.*?': "#, with: "", options: .regularExpression) } == [
                "dấu '-' nối đoạn chỉ dùng được với thẻ {%- … -%} trong đoạn; thẻ {%p %}, {%tr %}, {%tc %} đã bị xoá cùng đoạn, hàng, ô của nó — hãy bỏ dấu '-'"
            ])
    }
}
