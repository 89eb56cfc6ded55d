import Diagnostics
import OOXML
import Testing
import XMLCore

@testable import DocxTemplate

private func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>" }
private func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
private let header = #"<w:tr><w:trPr><w:tblHeader/></w:trPr>"# + cell("TT") + cell("Tên") + "</w:tr>"

/// Templates the byte renderer takes, with data that exercises empty values, breaks, escaping,
/// loops of zero and several items, and conditions both ways.
private let cases: [(body: String, context: TemplateValue)] = [
    (
        #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kính gửi: {{ office }}.</w:t></w:r></w:p>"#,
        ["office": "Phòng GD&ĐT <Hà Đông>\r\nTổ 1\tlớp 2\rhết"]
    ),
    (#"<w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p><w:p><w:r><w:t>{{ a }}{{ b }}</w:t></w:r></w:p>"#, ["a": "", "b": nil]),
    (
        "<w:tbl>" + header + row("{%tr for m in ms %}", "") + row("{{ loop.index }}", "{{ m.name | upper }}")
            + row("{%tr endfor %}", "") + row("Tổng", "{{ ms | length }}") + "</w:tbl>",
        ["ms": [["name": "An"], ["name": "Bình & Chi"]]]
    ),
    (
        "<w:tbl>" + header + row("{%tr for m in ms %}", "") + row("{{ loop.index }}", "{{ m.name }}")
            + row("{%tr endfor %}", "") + row("Tổng", "0") + "</w:tbl>", ["ms": []]
    ),
    (
        #"<w:p><w:r><w:t>Có: {% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}{% if none %}!{% endif %}</w:t></w:r></w:p>"#,
        ["xs": ["a", "b"], "none": false]
    ),
    (#"<w:p><w:r><w:t>{% if none %}{{ a }}{% endif %}</w:t></w:r></w:p>"#, ["none": false, "a": 1]),
    (
        #"<w:p><w:r><w:t>{%p if ok %}</w:t></w:r></w:p><w:p><w:r><w:t>có {{ n }}</w:t></w:r></w:p><w:p><w:r><w:t>{%p else %}</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:t>không</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p><w:p><w:r><w:t>cuối</w:t></w:r></w:p>"#,
        ["ok": true, "n": 9.5]
    ),
    (nestedLoops, ["gs": [["name": "A", "cs": ["x", "y"]], ["name": "B", "cs": ["z"]], ["name": "C", "cs": []]]]),
    // elif chains taken at each branch, with text right after them (jumps land on it).
    (elifChain, ["n": 1]), (elifChain, ["n": 2]), (elifChain, ["n": 3]),
    // A loop inside a branch, the loop variable gone after it, then a second loop of the same name.
    (
        #"<w:p><w:r><w:t>{% if xs %}{% for x in xs %}[{{ x }}]{% endfor %}{% endif %}|{% for x in ys %}{{ x }}{% endfor %}.</w:t></w:r></w:p>"#,
        ["xs": ["a", "b"], "ys": ["c"]]
    ),
]

private let elifChain =
    #"<w:p><w:r><w:t>{% if n == 1 %}một{% elif n == 2 %}hai{% else %}nhiều{% endif %} cái</w:t></w:r></w:p>"#
    + #"<w:p><w:r><w:t>{%p if n == 1 %}</w:t></w:r></w:p><w:p><w:r><w:t>P1</w:t></w:r></w:p><w:p><w:r><w:t>{%p elif n == 2 %}</w:t></w:r></w:p>"#
    + #"<w:p><w:r><w:t>P2</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p><w:p><w:r><w:t>sau</w:t></w:r></w:p>"#

/// Statements that cannot run: both renderers skip the same output and report the same problems.
private let failing: [(body: String, context: TemplateValue)] = [
    (
        #"<w:p><w:r><w:t>a{% if n &lt; "x" %}b{% else %}c{% endif %}d{% for x in n %}e{% endfor %}f{{ nope.x }}g</w:t></w:r></w:p>"#,
        ["n": 1, "nope": [:]]
    ),
    (
        #"<w:p><w:r><w:t>{%p for x in n %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p><w:p><w:r><w:t>z</w:t></w:r></w:p>"#,
        ["n": "không phải danh sách"]
    ),
]

@Test(arguments: failing.indices)
func bothRenderersFailAlike(index: Int) throws {
    let (body, context) = failing[index]
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    #expect(template.parts.allSatisfy { $0.program != nil })
    var messages: [[String]] = []
    for trees in [false, true] {
        do {
            _ = try template.render(context, forcingTrees: trees)
            Issue.record("rendering should fail")
        } catch {
            messages.append(error.diagnostics.map { $0.rendered(in: .en) })
        }
    }
    #expect(messages.count == 2 && messages[0] == messages[1] && !messages[0].isEmpty)
}

/// An outer loop that never reads `loop` around an inner one that does.
private let nestedLoops =
    #"<w:p><w:r><w:t>{% for g in gs %}[{{ g.name }}:{% for c in g.cs %}{{ loop.index }}{{ c }}{% if loop.last %}.{% endif %}{% endfor %}]{% endfor %}</w:t></w:r></w:p>"#

@Test func nestedLoopsNumberTheirOwnItems() throws {
    let template = try Template(package: TestPackage.make(body: nestedLoops), name: "t")
    let context: TemplateValue = ["gs": [["name": "A", "cs": ["x", "y"]], ["name": "B", "cs": ["z"]], ["name": "C", "cs": []]]]
    let document = try XMLDocument(bytes: template.render(context).part("word/document.xml")!)
    #expect(document.root?.textContent == "[A:1x2y.][B:1z.][C:]")
}

@Test(arguments: cases.indices)
func bothRenderersWriteTheSameBytes(index: Int) throws {
    let (body, context) = cases[index]
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    #expect(template.parts.allSatisfy { $0.program != nil })
    let bytes = try template.render(context)
    let tree = try template.render(context, forcingTrees: true)
    #expect(
        String(decoding: bytes.part("word/document.xml")!, as: UTF8.self)
            == String(decoding: tree.part("word/document.xml")!, as: UTF8.self))
}

@Test func theHeaderPartIsWrittenAsBytesToo() throws {
    let package = TestPackage.make(
        body: #"<w:p><w:r><w:t>x</w:t></w:r></w:p>"#,
        header: #"<w:p><w:r><w:t>{{ unit | upper }}</w:t></w:r></w:p>"#)
    let template = try Template(package: package, name: "t")
    // The body has no tag: it is copied as it is.
    #expect(template.parts.map(\.name) == ["word/header1.xml"] && template.parts[0].program != nil)
    let bytes = try template.render(["unit": "An Sơn"])
    #expect(bytes == (try template.render(["unit": "An Sơn"], forcingTrees: true)))
}

/// Templates whose output the uncorrupt pass may have to change: rendered as trees.
private let treeOnly: [String] = [
    // Bookmarks and drawings repeated by a loop need new ids.
    #"<w:p><w:r><w:t>{%p for x in xs %}</w:t></w:r></w:p><w:p><w:bookmarkStart w:id="1" w:name="b"/><w:r><w:t>{{ x }}</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>"#,
    #"<w:p><w:r><w:t>{%p for x in xs %}</w:t></w:r></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="h"/></wp:inline></w:drawing></w:r></w:p><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>"#,
    // A table whose every row comes from a loop may end up empty.
    "<w:tbl>" + row("{%tr for m in ms %}") + row("{{ m }}") + row("{%tr endfor %}") + "</w:tbl>",
    // A header row after a loop would stop being a leading row.
    "<w:tbl>" + row("{%tr for m in ms %}", "") + row("{{ m }}", "") + row("{%tr endfor %}", "") + header + "</w:tbl>",
    // A cell whose last paragraph a condition removes.
    "<w:tbl><w:tr><w:tc><w:p/><w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    // A body whose every paragraph a condition may remove.
    #"<w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>"#,
    // A template that needs repair on its own (a cell without a paragraph).
    #"<w:tbl><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p>"#,
    // Section properties a condition may drop or a loop repeat (the body keeps one, last).
    #"<w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p><w:p/>"#,
    // A whole table repeated by a loop (its rows, header marks and cells are the repairs' business).
    #"<w:p><w:r><w:t>{%p for x in xs %}</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p><w:p/>"#,
]

@Test(arguments: treeOnly.indices)
func partsThatMayNeedRepairAreRenderedAsTrees(index: Int) throws {
    let template = try Template(package: TestPackage.make(body: treeOnly[index]), name: "t")
    #expect(template.parts.allSatisfy { $0.program == nil })
}
