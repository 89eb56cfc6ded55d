import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// `SourceCompiler` writes exactly what the tree path writes, or declines. Each case is rendered
/// both ways (the tree path is forced with `forcingTrees`, which compiles the part on its tree);
/// `fromSource` says whether the compiler must take the part.
private struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    var header: String? = nil
    var footer: String? = nil
    var context: TemplateValue
    var fromSource: Bool
    var testDescription: String { name }
}

private func paragraph(_ text: String, run: String = "<w:r><w:t>") -> String { text.isEmpty ? "<w:p/>" : "<w:p>\(run)\(text)</w:t></w:r></w:p>" }
private func cell(_ text: String) -> String { "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + paragraph(text) + "</w:tc>" }
private func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
private let grid = "<w:tblPr><w:tblW w:w=\"4000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
private let header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("TT") + cell("Tên") + "</w:tr>"
private let people: TemplateValue = ["ms": [["name": "An & <Bình>"], ["name": "Chi\nDũng\tEm"]], "n": 2, "ok": true]

private let cases: [Case] = [
    Case(
        name: "a tag alone in its run", body: paragraph("{{ n }}", run: #"<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t>"#), context: people,
        fromSource: true),
    Case(
        name: "text and tags sharing a w:t, a tab before it and a break after",
        body:
            #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:tab/><w:t>Số: {{ n }}/TTr-{{ ms[0].name }} hết</w:t><w:br/></w:r></w:p>"#,
        context: people, fromSource: true),
    Case(
        name: "xml:space already on the w:t, entities in its text",
        body: #"<w:p><w:r><w:t xml:space="preserve"> a &amp; b &lt;{{ n }}&gt; </w:t></w:r></w:p>"#, context: people, fromSource: true),
    Case(
        name: "values with breaks, tabs and markup characters", body: paragraph("{{ ms[1].name }}|{{ ms[0].name }}"), context: people,
        fromSource: true),
    Case(
        name: "paragraph loops and conditions, nested",
        body: paragraph("{%p if ok %}") + paragraph("{%p for m in ms %}") + paragraph("{{ loop.index }}. {{ m.name }}") + paragraph("{%p endfor %}")
            + paragraph("{%p elif n &gt; 1 %}") + paragraph("nhiều") + paragraph("{%p else %}") + paragraph("không") + paragraph("{%p endif %}")
            + paragraph("cuối"), context: people, fromSource: true),
    Case(
        name: "the same, the condition false",
        body: paragraph("{%p if not ok %}") + paragraph("có") + paragraph("{%p elif n &gt; 1 %}") + paragraph("nhiều {{ n }}")
            + paragraph("{%p endif %}")
            + paragraph("cuối"), context: people, fromSource: true),
    Case(name: "a paragraph set", body: paragraph("{%p set k = n * 2 %}") + paragraph("{{ k }}"), context: people, fromSource: true),
    Case(
        name: "row loops",
        body: "<w:tbl>" + grid + row("TT", "Tên") + row("{%tr for m in ms %}", "") + row("{{ loop.index }}", "{{ m.name | upper }}")
            + row("{%tr endfor %}", "") + row("Tổng", "{{ ms | length }}") + "</w:tbl>" + paragraph("sau"), context: people, fromSource: true),
    Case(
        name: "row loops after a header row",
        body: "<w:tbl>" + grid + header + row("{%tr for m in ms %}", "") + row("{{ loop.index }}", "{{ m.name }}")
            + row("{%tr endfor %}", "") + "</w:tbl>" + paragraph("sau"), context: people, fromSource: true),
    Case(
        name: "a header row after a row loop",
        body: "<w:tbl>" + grid + row("{%tr for m in ms %}", "") + row("{{ loop.index }}", "{{ m.name }}")
            + row("{%tr endfor %}", "") + header + "</w:tbl>" + paragraph("sau"), context: people, fromSource: false),
    Case(
        name: "a header row in a row loop",
        body: "<w:tbl>" + grid + row("a", "b") + row("{%tr for m in ms %}", "") + header
            + row("{%tr endfor %}", "") + "</w:tbl>" + paragraph("{{ n }}"), context: people, fromSource: false),
    Case(
        name: "a header row after a plain row", body: "<w:tbl>" + grid + row("a", "b") + header + "</w:tbl>" + paragraph("{{ n }}"), context: people,
        fromSource: false),
    Case(
        name: "a loop in a cell before its last paragraph",
        body: "<w:tbl>" + grid + "<w:tr>" + cell("a") + "<w:tc>" + paragraph("{%p for m in ms %}") + paragraph("{{ m.name }}")
            + paragraph("{%p endfor %}")
            + paragraph("") + "</w:tc></w:tr></w:tbl>" + paragraph("sau"), context: people, fromSource: true),
    Case(
        name: "a header and a footer", body: paragraph("{{ n }}"), header: paragraph("Đầu {{ ms[0].name }}"), footer: paragraph("Trang {{ n }}"),
        context: people, fromSource: true),
    Case(
        name: "a body all in a condition (it could be left empty)", body: paragraph("{%p if ok %}") + paragraph("có") + paragraph("{%p endif %}"),
        context: people, fromSource: false),
    Case(name: "a part without tags", body: paragraph("không có thẻ {") + paragraph("a_b"), context: people, fromSource: false),
    // Declined: the tree path compiles these.
    Case(
        name: "a tag split over runs", body: "<w:p><w:r><w:t>{{ </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>n }}</w:t></w:r></w:p>", context: people,
        fromSource: true),
    Case(
        name: "tags split over runs with text around them, spelling marks between",
        body:
            #"<w:p><w:r w:rsidR="1"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Số: {{ </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>ms[0]</w:t></w:r><w:proofErr w:type="spellEnd"/>"#
            + #"<w:r><w:rPr><w:b/></w:rPr><w:t>.name }}, {{</w:t></w:r><w:r><w:tab/><w:t xml:space="default"> n }} hết</w:t><w:br/></w:r><w:r><w:t>{{ n</w:t></w:r><w:r><w:t>}}</w:t></w:r></w:p>"#,
        context: people, fromSource: true),
    Case(
        name: "empty w:t runs inside tags split over runs (LibreOffice writes them)",
        body:
            #"<w:p><w:r><w:t xml:space="preserve">A {{ na</w:t></w:r><w:r><w:rPr></w:rPr><w:t></w:t></w:r><w:r><w:t xml:space="preserve">me }} B</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:t>{{</w:t></w:r><w:r><w:tab/><w:t/></w:r><w:r><w:t xml:space="preserve"> n }}{% if o</w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r><w:r><w:t>k %}x{% endif %}</w:t></w:r></w:p>"#,
        context: ["name": "An", "n": 1, "ok": true], fromSource: true),
    Case(
        name: "a paragraph statement split over runs",
        body: "<w:p><w:r><w:t>{%p if</w:t></w:r><w:r><w:t xml:space=\"preserve\"> ok %}</w:t></w:r></w:p>" + paragraph("có")
            + paragraph("{%p endif %}")
            + paragraph("sau"), context: people, fromSource: true),
    Case(name: "an inline condition", body: paragraph("a{% if ok %}b{% endif %}c"), context: people, fromSource: true),
    Case(
        name: "inline loops, conditions and set, alone in runs and split over them",
        body: paragraph("Có: {% for m in ms %}{{ m.name }}{% if not loop.last %}, {% endif %}{% endfor %}.")
            + "<w:p><w:r><w:t>{% if</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> n == 2 %}hai{% elif n &gt; 2 %}nhiều</w:t></w:r>"
            + "<w:r><w:t>{% else %}</w:t></w:r><w:r><w:t>ít{% endif %}{% set k = n + 1 %} k={{ k }}</w:t></w:r></w:p>",
        context: people, fromSource: true),
    Case(
        name: "an inline condition spanning paragraphs", body: paragraph("a{% if ok %}b") + paragraph("c{% endif %}d"), context: people,
        fromSource: false),
    Case(
        name: "paragraph merging", body: paragraph("a") + paragraph("{%- if ok -%}") + paragraph("b{% endif %}"), context: people, fromSource: false),
    Case(name: "an inline loop's else", body: paragraph("{% for m in ms %}{{ m.name }}{% else %}0{% endfor %}"), context: people, fromSource: false),
    Case(name: "a comment", body: paragraph("{# ghi chú #}{{ n }}"), context: people, fromSource: false),
    Case(name: "an escaped delimiter", body: paragraph("{_{ n }_} {{ n }}"), context: people, fromSource: false),
    Case(
        name: "a bookmark", body: #"<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>{{ n }}</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>"#,
        context: people, fromSource: false),
    Case(
        name: "empty elements written in two tags, as LibreOffice writes them",
        body: "<w:p><w:r><w:t></w:t></w:r></w:p><w:p></w:p>" + paragraph("{{ n }}", run: "<w:r><w:rPr></w:rPr><w:t>")
            + paragraph("a {{ n }} b", run: "<w:r><w:rPr></w:rPr><w:tab></w:tab><w:t>")
            + "<w:p><w:r><w:rPr><w:b></w:b></w:rPr><w:t>{{ </w:t></w:r><w:r><w:rPr></w:rPr><w:t>n }} c</w:t><w:br></w:br></w:r></w:p>",
        context: people, fromSource: true),
    Case(
        name: "xml:space written inside another attribute's value",
        body:
            #"<w:p><w:r><w:t w:x="a xml:space=">x {{ n }} y</w:t></w:r></w:p><w:p><w:r><w:t w:x=" xml:space=" xml:space="default">{{ n }}z</w:t></w:r></w:p>"#,
        context: people, fromSource: true),
    Case(
        name: "a namespace declared again below the root",
        body: #"<w:p><w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></w:p>"#
            + paragraph("{{ n }}"),
        context: people, fromSource: false),
    Case(name: "a character reference", body: paragraph("&#233; {{ n }}"), context: people, fromSource: false),
    Case(
        name: "a loop's else",
        body: paragraph("{%p for m in ms %}") + paragraph("{{ m.name }}") + paragraph("{%p else %}") + paragraph("0") + paragraph("{%p endfor %}"),
        context: people, fromSource: false),
    Case(
        name: "a table in a loop",
        body: paragraph("{%p for m in ms %}") + "<w:tbl>" + grid + row("{{ m.name }}", "x") + "</w:tbl>" + paragraph("{%p endfor %}"),
        context: people, fromSource: false),
    Case(
        name: "a cell ending with a statement",
        body: "<w:tbl>" + grid + "<w:tr>" + cell("a") + "<w:tc>" + paragraph("{%p if ok %}") + paragraph("b") + paragraph("{%p endif %}")
            + "</w:tc></w:tr></w:tbl>" + paragraph("sau"), context: people, fromSource: false),
    Case(name: "a rich value", body: paragraph("{{r n }}"), context: people, fromSource: false),
    Case(
        name: "a hyperlink in a tagged paragraph",
        body: #"<w:p><w:hyperlink w:anchor="x"><w:r><w:t>a</w:t></w:r></w:hyperlink><w:r><w:t>{{ n }}</w:t></w:r></w:p>"#,
        context: people, fromSource: false),
    Case(
        name: "a tag inside a hyperlink", body: #"<w:p><w:hyperlink w:anchor="x"><w:r><w:t>{{ n }}</w:t></w:r></w:hyperlink></w:p>"#, context: people,
        fromSource: false),
    Case(
        name: "a tag inside an insertion", body: #"<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>{{ n }}</w:t></w:r></w:ins></w:p>"#, context: people,
        fromSource: false),
    Case(name: "two w:t in a tagged run", body: "<w:p><w:r><w:t>a {{ n }}</w:t><w:tab/><w:t>b</w:t></w:r></w:p>", context: people, fromSource: false),
]

@Test(arguments: cases)
private func sourceAndTreeWriteTheSameBytes(_ test: Case) throws {
    let package = TestPackage.make(body: test.body, header: test.header, footer: test.footer)
    let template = try Template(package: package, name: "t")
    #expect(!template.partsCompiledFromSource.isEmpty == test.fromSource, "\(template.partsCompiledFromSource)")
    let fromSource = try template.render(test.context, forcingTrees: false)
    let fromTrees = try template.render(test.context, forcingTrees: true)
    for name in package.partNames {
        #expect(fromSource.part(name) == fromTrees.part(name), "\(name): \(TestPackage.body(of: fromSource, part: name))")
    }
    // A template compiled on trees alone (what `Template` did before `SourceCompiler`) agrees too.
    #expect(try template.render(test.context, forcingTrees: true).part("word/document.xml") == fromSource.part("word/document.xml"))
}

/// A header and footer compiled from bytes name their places as the tree path does.
@Test func aValueErrorInAHeaderIsPlacedAlike() throws {
    let package = TestPackage.make(
        body: "<w:tbl>" + grid + row("a", "{{ ms | nosuch }}") + "</w:tbl>" + paragraph("x"), header: paragraph("a") + paragraph("{{ missing.x }}"))
    // An unknown filter is a template problem: declined, the tree reports it.
    #expect(throws: DiagnosticError.self) { try Template(package: package, name: "t") }
    let header = TestPackage.make(
        body: "<w:tbl>" + grid + row("a", "{{ m }}") + "</w:tbl>" + paragraph("x"), header: paragraph("a") + paragraph("{{ missing.x }}"))
    let template = try Template(package: header, name: "t")
    #expect(template.partsCompiledFromSource == ["word/document.xml", "word/header1.xml"])
    var messages: [[String]] = []
    for trees in [false, true] {
        do {
            _ = try template.render(["missing": [:]], forcingTrees: trees)
        } catch {
            messages.append(error.diagnostics.map { $0.rendered(in: .vi) })
        }
    }
    #expect(messages.count == 2 && messages[0] == messages[1])
    #expect(messages.first?.joined(separator: "\n").contains("đầu trang (header1.xml), đoạn 2") == true, "\(messages)")
    #expect(messages.first?.joined(separator: "\n").contains("bảng 1, hàng 1, ô 2") == true, "\(messages)")
}

/// The bench's templates are the common case the compiler is for.
@Test(arguments: [("letter", "letter.json"), ("table", "table-100.json")])
func benchTemplatesCompileFromTheirBytes(template name: String, data: String) throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bench")
    let template = try Template(package: OOXMLPackage.open(at: fixtures.appendingPathComponent(name)), name: name)
    #expect(template.partsCompiledFromSource == ["word/document.xml"])
    let context = try JSONReader.parse(Array(Data(contentsOf: fixtures.appendingPathComponent(data))), file: data)
    #expect(try template.render(context, forcingTrees: false).docxData() == template.render(context, forcingTrees: true).docxData())
}

/// What `PlainMarkup` refuses, each alone.
@Test(arguments: [
    "<w:p><w:r><w:t>a</w:t></w:r></w:p ><w:p/>", "<w:p ><w:r/></w:p>", "<w:p><!-- c --></w:p>", "<w:p><w:r><w:t>a > b</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>a &quot; b</w:t></w:r></w:p>", "<w:p w:x='1'/>", "<w:p w:x=\"é\"/>", "<w:p w:x=\"1\" w:x=\"2\"/>",
    "<w:p><w:r><w:t>a\r\nb</w:t></w:r></w:p>",
    "<w:p xmlns=\"urn:x\"/>", "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
    "<w:p><w:r><w:t>\u{1}</w:t></w:r></w:p>",
    "<w:p w:x=\"1\" xmlns:v=\"urn:v\"/>", "<w:p><q:x/></w:p>", "<w:p q:x=\"1\"/>", "<w:p xmlns:a=\"\"/>",
    "<w:p xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
    String(repeating: "<w:r>", count: 201) + "<w:t>x</w:t>" + String(repeating: "</w:r>", count: 201),
    "<w:p><w:r><w:t>" + String(repeating: "a", count: 1_000_001) + "</w:t></w:r></w:p>", "<w:p><?pi x?></w:p>",
    "<w:p><w:r><w:t>\u{FFFE}</w:t></w:r></w:p>",
])
func plainMarkupRefuses(_ body: String) {
    let source =
        Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        + Array("\n<w:document \(TestPackage.namespaces)><w:body>\(body)</w:body></w:document>".utf8)
    #expect(PlainMarkup.read(source) == nil)
    let plain =
        Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        + Array(
            "\r\n<w:document \(TestPackage.namespaces)><w:body><w:p w:x=\"1\"><w:r><w:t xml:space=\"preserve\">a &amp; b ạ</w:t></w:r></w:p><w:p/></w:body></w:document>\r\n"
                .utf8)
    #expect(PlainMarkup.read(plain)?.elements.count == 6)
}

/// A tag hoso does not fill — in ruby text, text moved away or deleted text — is a located error,
/// never left as typed; so is Jinja's `{{- -}}`, which is not a minus sign.
@Test func tagsHosoDoesNotFillAreReported() {
    let cases: [(body: String, message: String)] = [
        (
            #"<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>{{ a }}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>b</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"#,
            "t:word/document.xml:2:385: error: paragraph 1: tag '{{ a }}': hoso does not fill a tag inside ruby (phonetic guide) text; move the tag out of it (or accept or reject the change in Word)"
        ),
        (
            #"<w:p><w:moveFrom w:id="2" w:author="x"><w:r><w:t>{{ name }}</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve"> {{ flag }}</w:t></w:r></w:p>"#,
            "t:word/document.xml:2:385: error: paragraph 1: tag '{{ name }}': hoso does not fill a tag inside text moved away (tracked changes); move the tag out of it (or accept or reject the change in Word)"
        ),
        (
            paragraph("{{- n -}}"),
            "t:word/document.xml:2:385: error: paragraph 1: tag '{{- n -}}': Jinja's whitespace '-' ({{- … -}}) does not work on value tags yet; hoso joins text only with {%- … -%} — write {{ … }} and remove the spaces around the tag if needed"
        ),
    ]
    for (body, message) in cases {
        do {
            _ = try Template(package: TestPackage.make(body: body), name: "t")
            Issue.record("accepted: \(body)")
        } catch {
            #expect(error.diagnostics.map { $0.rendered(in: .en) } == [message])
        }
    }
}
