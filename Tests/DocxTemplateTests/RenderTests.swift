import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

private func render(_ body: String, _ context: TemplateValue) throws -> String {
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    return try TestPackage.text(of: template.render(context))
}

@Test func plainVariableKeepsTheRunFormatting() throws {
    let body = #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kính gửi: {{ office.name }}</w:t></w:r></w:p>"#
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    let output = try template.render(["office": ["name": "Phòng GD&ĐT <Hà Đông>"]])
    #expect(
        TestPackage.body(of: output)
            == #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kính gửi: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Phòng GD&amp;ĐT &lt;Hà Đông&gt;</w:t></w:r></w:p>"#
    )
}

@Test func tagSplitTheWayWordWritesIt() throws {
    // Editing sessions (w:rsidR), a spell-check mark, a bookmark and a keyboard switch (w:lang).
    let body = """
        <w:p w:rsidR="00A1"><w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Đơn vị: {{ </w:t></w:r>\
        <w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>unit</w:t></w:r>\
        <w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="x"/><w:r w:rsidR="00C3"><w:t>.na</w:t></w:r>\
        <w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:lang w:val="vi-VN"/></w:rPr><w:t xml:space="preserve">me }} (năm {{ year</w:t></w:r>\
        <w:r><w:t>}})</w:t></w:r></w:p>
        """
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    let output = try template.render(["unit": ["name": "Trường Tiểu học An Sơn"], "year": 2023])
    #expect(try TestPackage.text(of: output) == "Đơn vị: Trường Tiểu học An Sơn (năm 2023)")
    let xml = TestPackage.body(of: output)
    // The value takes the formatting of the run where the tag starts (italic), the bookmark stays.
    #expect(xml.contains(#"<w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Trường Tiểu học An Sơn</w:t></w:r>"#))
    #expect(xml.contains(#"<w:bookmarkStart w:id="0" w:name="x"/>"#))
    #expect(xml.contains(#"<w:bookmarkEnd w:id="0"/>"#))
}

@Test func newlinesAndTabsBecomeBreaksAndTabs() throws {
    let body = #"<w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p>"#
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    let output = try template.render(["a": "dòng 1\ndòng 2\tcột"])
    #expect(
        TestPackage.body(of: output)
            == #"<w:p><w:r><w:t xml:space="preserve">dòng 1</w:t><w:br/><w:t xml:space="preserve">dòng 2</w:t><w:tab/><w:t xml:space="preserve">cột</w:t></w:r></w:p>"#
    )
}

@Test func paragraphLoopAndConditionRemoveTheirOwnParagraphs() throws {
    let body = """
        <w:p><w:r><w:t>{%p for m in members %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{ loop.index }}. {{ m.name }}{% if m.lead %} (trưởng){% endif %}{% if not loop.last %};{% endif %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p if members | length > 2 %}</w:t></w:r></w:p><w:p><w:r><w:t>nhiều</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p elif members | length == 2 %}</w:t></w:r></w:p><w:p><w:r><w:t>hai</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p else %}</w:t></w:r></w:p><w:p><w:r><w:t>ít</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>
        """
    let text = try render(body, ["members": [["name": "An", "lead": true], ["name": "Bình", "lead": false]]])
    #expect(text == "1. An (trưởng);\n2. Bình\nhai")
}

@Test func inlineForWithinOneParagraph() throws {
    let body = #"<w:p><w:r><w:t>Thành viên: {% for m in members %}{{ m }}{% if not loop.last %}, {% endif %}{% endfor %}.</w:t></w:r></w:p>"#
    #expect(try render(body, ["members": ["An", "Bình", "Chi"]]) == "Thành viên: An, Bình, Chi.")
}

private func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>" }
private func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }

@Test func nestedRowLoopsOverGroupsThenCriteria() throws {
    let header = #"<w:tr><w:trPr><w:tblHeader/></w:trPr>"# + cell("TT") + cell("Tiêu chí") + cell("Điểm") + "</w:tr>"
    let body =
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + header
        + row("{%tr for g in score.groups %}", "", "")
        + row("{{ g.code }}", "{{ g.title | upper }}", "{{ g.points }}")
        + row("{%tr for c in g.criteria %}", "", "")
        + row("{{ c.code }}", "{{ c.title }}", "{{ c.points | number }}")
        + row("{%tr endfor %}", "", "")
        + row("{%tr endfor %}", "", "")
        + "</w:tbl>"
    let context: TemplateValue = [
        "score": [
            "groups": [
                [
                    "code": "1", "title": "điều kiện", "points": 30,
                    "criteria": [
                        ["code": "a", "title": "Kế hoạch", "points": 10], ["code": "b", "title": "Quy chế", "points": 9.5],
                    ],
                ],
                ["code": "2", "title": "kết quả", "points": 28, "criteria": [["code": "a", "title": "Tự học", "points": 10]]],
            ]
        ]
    ]
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    let output = try template.render(context)
    #expect(
        try TestPackage.text(of: output) == """
            TT | Tiêu chí | Điểm
            1 | ĐIỀU KIỆN | 30
            a | Kế hoạch | 10
            b | Quy chế | 9,5
            2 | KẾT QUẢ | 28
            a | Tự học | 10
            """)
    // The header row still repeats on each page, and only it.
    #expect(TestPackage.body(of: output).components(separatedBy: "<w:tblHeader/>").count == 2)
}

@Test func rowConditionAndEmptyLoopLeaveAValidTable() throws {
    let body =
        "<w:tbl>" + row("{%tr for m in members %}") + row("{{ m }}") + row("{%tr endfor %}")
        + row("{%tr if note %}") + row("{{ note }}") + row("{%tr endif %}") + "</w:tbl>"
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    // Nothing left: the table goes, the body still ends with its section properties.
    let empty = try template.render(["members": [], "note": ""])
    #expect(TestPackage.body(of: empty) == "<w:p/>")
    let full = try template.render(["members": ["An"], "note": "ghi chú"])
    #expect(try TestPackage.text(of: full) == "An\nghi chú")
}

@Test func renderingTwiceGivesTheSameAndLeavesTheTemplateAlone() throws {
    let body = #"<w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p>"#
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    let first = try template.render(["a": "một"])
    let second = try template.render(["a": "hai"])
    let third = try template.render(["a": "một"])
    #expect(try TestPackage.text(of: first) == "một")
    #expect(try TestPackage.text(of: second) == "hai")
    #expect(first == third)
}

@Test func headerAndTitleAreFilledToo() throws {
    let package = TestPackage.make(
        body: #"<w:p><w:r><w:t>x</w:t></w:r></w:p>"#,
        header: #"<w:p><w:r><w:t>{{ unit | upper }}</w:t></w:r></w:p>"#,
        title: "Hồ sơ {{ unit }} &amp; {{ year }}")
    let output = try Template(package: package, name: "t").render(["unit": "An Sơn", "year": 2023])
    #expect(try TestPackage.text(of: output, part: "word/header1.xml") == "AN SƠN")
    #expect(String(decoding: output.part("docProps/core.xml")!, as: UTF8.self).contains("<dc:title>Hồ sơ An Sơn &amp; 2023</dc:title>"))
}

/// Word's File ▸ Info shows the author, subject and keywords too: a tag there is filled, never left raw.
@Test func everyCorePropertyIsFilled() throws {
    var package = TestPackage.make(body: #"<w:p><w:r><w:t>x</w:t></w:r></w:p>"#)
    package.setPart("docProps/core.xml", Array(coreProperties(creator: "{{ unit }}").utf8))
    let output = try Template(package: package, name: "t").render(["unit": "An Sơn", "year": 2023])
    let core = String(decoding: output.part("docProps/core.xml")!, as: UTF8.self)
    #expect(core.contains("<dc:title>Hồ sơ năm 2023</dc:title>"))
    #expect(core.contains("<dc:creator>An Sơn</dc:creator>"))
    #expect(core.contains("<cp:keywords>Đơn vị học tập, 2023</cp:keywords>"))
    #expect(core.contains("<dc:language>vi-VN</dc:language>"))
}

@Test func aStatementInAPropertyIsALocatedError() throws {
    var package = TestPackage.make(body: #"<w:p><w:r><w:t>x</w:t></w:r></w:p>"#)
    package.setPart("docProps/core.xml", Array(coreProperties(creator: "{% if unit %}x{% endif %}").utf8))
    do {
        _ = try Template(package: package, name: "t")
        Issue.record("a statement in dc:creator was accepted")
    } catch {
        #expect(
            error.diagnostics.map { $0.rendered(in: .vi) } == [
                "t:docProps/core.xml:3: lỗi: thuộc tính tài liệu “creator”: thẻ '{% if unit %}': thuộc tính tài liệu “creator” chỉ nhận thẻ {{ }}",
                "t:docProps/core.xml:3: lỗi: thuộc tính tài liệu “creator”: thẻ '{% endif %}': thuộc tính tài liệu “creator” chỉ nhận thẻ {{ }}",
            ])
    }
}

/// A `docProps/core.xml` with a templated title and keywords, `creator` as given, and a plain language.
private func coreProperties(creator: String) -> String {
    """
    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
    xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:title>Hồ sơ năm {{ year }}</dc:title>
    <dc:creator>\(creator)</dc:creator>
    <cp:keywords>Đơn vị học tập, {{ year }}</cp:keywords>
    <dc:language>vi-VN</dc:language>
    </cp:coreProperties>
    """
}

@Test func loopsKeepDrawingAndBookmarkIdsUnique() throws {
    let body = """
        <w:p><w:r><w:t>{%p for x in xs %}</w:t></w:r></w:p>\
        <w:p><w:bookmarkStart w:id="7" w:name="muc"/><w:r><w:t>{{ x }}</w:t></w:r><w:bookmarkEnd w:id="7"/>\
        <w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="3" name="h"/></wp:inline></w:drawing></w:r></w:p>\
        <w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>
        """
    let output = try Template(package: TestPackage.make(body: body), name: "t").render(["xs": ["a", "b"]])
    let xml = TestPackage.body(of: output)
    #expect(xml.contains(#"<w:bookmarkStart w:id="7" w:name="muc"/>"#))
    #expect(xml.contains(#"<w:bookmarkStart w:id="8" w:name="muc_2"/>"#))
    #expect(xml.contains(#"<w:bookmarkEnd w:id="8"/>"#))
    #expect(xml.contains(#"<wp:docPr id="3" name="h"/>"#))
    #expect(xml.contains(#"<wp:docPr id="4" name="h"/>"#))
}
