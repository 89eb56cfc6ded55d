import Diagnostics
import OOXML
import Testing

@testable import DocxTemplate

/// docxtpl's own syntax beyond plain tags: comments that remove their paragraph, row or cell,
/// escaped delimiters, number literals with exponents, and what is refused with a message.
@Suite struct DocxtplSyntaxTests {
    private func text(_ body: String, _ context: TemplateValue = [:]) throws -> String {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return try TestPackage.text(of: bytes)
    }

    private func errors(_ body: String) -> [String] {
        do {
            _ = try Template(package: TestPackage.make(body: body), name: "t")
            return []
        } catch {
            return error.diagnostics.map { $0.rendered(in: .vi) }
        }
    }

    private func renderErrors(_ body: String, _ context: TemplateValue) throws -> [String] {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        var results: [[String]] = []
        for trees in [false, true] {
            do {
                _ = try template.render(context, forcingTrees: trees)
                results.append([])
            } catch {
                results.append(error.diagnostics.map { $0.rendered(in: .en) })
            }
        }
        #expect(results[0] == results[1])
        #expect(template.check(against: context).map { $0.rendered(in: .en) } == results[0])
        return results[0]
    }

    private func p(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
    private func cell(_ text: String) -> String { "<w:tc>" + p(text) + "</w:tc>" }

    @Test func commentsRemoveTheirParagraphRowOrCell() throws {
        let table =
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + cell("a") + cell("b") + "</w:tr>"
            + "<w:tr>" + cell("{#tr hàng mẫu, bỏ đi #}") + cell("x") + "</w:tr>"
            + "<w:tr>" + cell("c") + cell("{#tc ô thừa #}") + "</w:tr></w:tbl>"
        let body = p("trước") + p("{#p ghi chú cho người soạn #}") + p("giữa {# ghi chú #}câu") + table + p("sau")
        #expect(try text(body) == "trước\ngiữa câu\na | b\nc\nsau")
    }

    @Test func aRemovedParagraphMayHoldNoOtherTag() {
        #expect(
            errors(p("{#p ghi chú #} {{ x }}")) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{#p ghi chú #}': đoạn chứa thẻ {%p %} bị xoá khi điền, nên thẻ '{{ x }}' cùng đoạn sẽ mất; hãy chuyển nó sang đoạn khác"
            ])
        #expect(
            errors(p("{#tc ghi chú #}")) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{#tc ghi chú #}': chú thích {#tc #} phải nằm trong một ô của bảng"
            ])
    }

    @Test func escapedDelimitersPrintAsTyped() throws {
        let body = p("Gõ {_{ unit.name }_} để in tên, {_% if ok %_}…{_% endif %_} để chọn; {{ x }}")
        #expect(try text(body, ["x": 1]) == "Gõ {{ unit.name }} để in tên, {% if ok %}…{% endif %} để chọn; 1")
        // Split over runs the way Word writes it, and alone in a part with no other tag.
        let split = "<w:p><w:r><w:t>{_</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{ a }_</w:t></w:r><w:r><w:t>}</w:t></w:r></w:p>"
        #expect(try text(split) == "{{ a }}")
        // Each delimiter stands alone, as in docxtpl.
        #expect(try text(p("dùng {_%- để nối, -%_} để nối tiếp, }_} đóng")) == "dùng {%- để nối, -%} để nối tiếp, }} đóng")
    }

    @Test func exponentsAreExactNumbers() throws {
        #expect(
            try Lexer.tokens("1e3 2.5E-2 3e+1 4e") == [
                Token(.number, "1e3", at: 0), Token(.number, "2.5E-2", at: 4), Token(.number, "3e+1", at: 11),
                Token(.number, "4", at: 16), Token(.name, "e", at: 17),
            ])
        #expect(try text(p("{{ 1e3 }} {{ 2.5E-2 }} {% if n == 1e3 %}nghìn{% endif %}"), ["n": 1000]) == "1000 0.025 nghìn")
    }

    @Test func listsAndObjectsAreNotPrintedAsPython() throws {
        #expect(
            try renderErrors(p("{{ xs }}") + p("{{ d }}"), ["xs": [1, "a"], "d": ["b": 2, "a": 1]]) == [
                #"t:word/document.xml:2:385: error: paragraph 1: tag '{{ xs }}': 'xs' is a list and cannot be printed as it is; join its items, e.g. {{ xs | join(", ") }}, or loop over it with {% for %}"#,
                "t:word/document.xml:2:447: error: paragraph 2: tag '{{ d }}': 'd' is an object and cannot be printed as it is; print one of its fields ('a', 'b'), e.g. {{ d.a }}",
            ])
        #expect(try text(p("{{ xs | join(\", \") }}"), ["xs": [1, "a"]]) == "1, a")
    }
}
