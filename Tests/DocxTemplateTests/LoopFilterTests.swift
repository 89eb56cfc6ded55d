import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Jinja's loop filter, `{% for m in ms if m.active %}`: the sequence is read without a trailing
/// `a if b` form, the condition is evaluated per item with the loop variables bound, and `loop`
/// counts the items that pass. Every render is done by both renderers, which must agree.
@Suite struct LoopFilterTests {
    private static let data: TemplateValue = [
        "xs": [3, 1, 2], "d": ["k": "giá trị", "a": 1], "flag": true, "nothing": nil,
        "ms": [["name": "An", "active": true], ["name": "B", "active": false], ["name": "Chi", "active": true]],
    ]

    private func template(_ body: String) throws -> Template {
        try Template(package: TestPackage.make(body: body), name: "t")
    }

    /// One paragraph holding `source`.
    private func paragraph(_ source: String) -> String {
        let escaped = source.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }

    /// The document's text from both renderers, which must write the same bytes.
    private func render(_ body: String, _ context: TemplateValue = data) throws -> String {
        let template = try template(body)
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return try TestPackage.text(of: bytes)
    }

    private static let inline: [(source: String, text: String)] = [
        ("{% for m in ms if m.active %}{{ m.name }};{% endfor %}", "An;Chi;"),
        ("{% for x in xs if x > 2 %}{{ x }}{% endfor %}", "3"),
        ("{% for x in xs if x > 1 and x < 3 %}{{ x }}{% endfor %}", "2"),
        // `loop` counts the items that pass.
        (
            "{% for m in ms if m.active %}{{ loop.index }}/{{ loop.length }}{{ m.name }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %} {% endfor %}",
            "1/2AnF 2/2ChiL "
        ),
        (
            "{% for x in xs if x != 1 %}{{ loop.previtem | default('-') }}{{ x }}{{ loop.nextitem | default('-') }}{{ loop.cycle('a', 'b') }}{{ loop.revindex }} {% endfor %}",
            "-32a2 32-b1 "
        ),
        ("{% for x in xs if x > 5 %}{{ x }}{% else %}không{% endfor %}", "không"),
        ("{% for k, v in d.items() if v == 1 %}{{ k }}{% endfor %}", "a"),
        ("{% for m in ms | reverse if not m.active %}{{ m.name }}{% endfor %}", "B"),
        // The condition may itself be a conditional expression; a parenthesised one still walks.
        ("{% for x in xs if (x > 2 if flag else x < 2) %}{{ x }}{% endfor %}", "3"),
        ("{% for x in (xs if flag else []) %}{{ x }}{% endfor %}", "312"),
        ("{% for x in nothing if x %}{{ x }}{% else %}-{% endfor %}", "-"),
    ]

    @Test(arguments: inline.indices)
    func inlineLoopsFilterTheirItems(_ index: Int) throws {
        let (source, text) = Self.inline[index]
        #expect(try render(paragraph(source)) == text, "\(source)")
    }

    /// The trial's case: a top-level `m` in the data no longer stands in for the item.
    @Test func aTopLevelNameOfTheLoopVariableDoesNotLeakIn() throws {
        let context: TemplateValue = [
            "ms": [["name": "An", "active": true], ["name": "B", "active": false]], "m": ["active": true],
        ]
        #expect(try render(paragraph("{% for m in ms if m.active %}{{m.name}}{% endfor %}"), context) == "An")
    }

    @Test func paragraphAndRowLoopsFilterToo() throws {
        let paragraphs = [
            "{%p for m in ms if m.active %}", "{{ loop.index }}. {{ m.name }}", "{%p endfor %}", "cuối",
        ].map(paragraph).joined()
        #expect(try render(paragraphs) == "1. An\n2. Chi\ncuối")
        func cell(_ text: String) -> String { "<w:tc>" + paragraph(text) + "</w:tc>" }
        func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
        let table =
            "<w:tbl>" + row("TT", "Tên") + row("{%tr for m in ms if not m.active %}", "") + row("{{ loop.index }}", "{{ m.name }}")
            + row("{%tr endfor %}", "") + "</w:tbl>"
        let text = try render(table)
        #expect(text == "TT | Tên\n1 | B", "\(text)")
    }

    @Test func theParserKeepsTheConditionApart() throws {
        #expect(
            try TagParser.parse("{%tr for m in ms if m.active %}")
                == .statement(
                    .for(variables: ["m"], sequence: .select(.variable(["ms"]), variables: ["m"], condition: .variable(["m", "active"]))), .row))
        #expect(
            try TagParser.parse("{% for x in xs if x > 2 if flag else true %}")
                == .statement(
                    .for(
                        variables: ["x"],
                        sequence: .select(
                            .variable(["xs"]), variables: ["x"],
                            condition: .conditional(
                                then: .binary(.greater, .variable(["x"]), .literal(.number(2))), condition: .variable(["flag"]),
                                otherwise: .literal(.bool(true))))), .inline))
    }

    @Test func listedVariablesNameTheListAndTheItemsFields() throws {
        let template = try template(paragraph("{% for m in ms if m.active and m.rank > limit %}{{ m.name }}{% endfor %}"))
        #expect(template.variables.map(\.path) == ["ms", "ms[].active", "ms[].rank", "limit", "ms[].name"])
    }

    @Test func aConditionThatCannotRunIsLocated() throws {
        let body = paragraph("{% for x in xs if x - 'a' %}{{ x }}{% endfor %}")
        let template = try template(body)
        let expected = ["t:word/document.xml:2:385: error: paragraph 1: tag '{% for x in xs if x - 'a' %}': cannot compute number - string"]
        #expect(template.check(against: Self.data).map { $0.rendered(in: .en) } == expected)
        for trees in [false, true] {
            do {
                _ = try template.render(Self.data, forcingTrees: trees)
                Issue.record("rendering should fail")
            } catch {
                #expect(error.diagnostics.map { $0.rendered(in: .en) } == expected)
            }
        }
    }

    /// The checker reads the body against every item, also those the filter drops today.
    @Test func theCheckerVisitsTheConditionAndTheWholeBody() throws {
        let template = try template(paragraph("{% for m in ms if m.zz %}{{ m.nme }}{% endfor %}"))
        let messages = template.check(against: Self.data).map { $0.rendered(in: .en) }
        #expect(messages.count == 1 && messages[0].contains("'m' has no field 'nme'"), "\(messages)")
    }
}
