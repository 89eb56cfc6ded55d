import Diagnostics
import OOXML
import Testing

@testable import DocxTemplate

private func errors(_ body: String) -> [String] {
    do {
        _ = try Template(package: TestPackage.make(body: body), name: "Forms/M3")
        return []
    } catch {
        return error.diagnostics.map { $0.rendered(in: .vi) }
    }
}

@Test func everySyntaxErrorIsReportedAtOnceAndLocated() {
    let body = """
        <w:p><w:r><w:t>{{ unit.name | uper }}</w:t></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>{%p if x %}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t>{% while y %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{ a </w:t></w:r></w:p>
        """
    #expect(
        errors(body) == [
            "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ unit.name | uper }}': không có bộ lọc 'uper'. Có phải ý bạn là 'upper'?",
            "Forms/M3:word/document.xml:2:525: lỗi: đoạn 2: thẻ '{% while y %}': không hỗ trợ lệnh 'while' (chỉ có if, elif, else, endif, for, endfor, set)",
            "Forms/M3:word/document.xml:2:571: lỗi: đoạn 3: thẻ '{{ a ': '{{' không có '}}' đóng trong cùng đoạn",
            "Forms/M3:word/document.xml:2:459: lỗi: bảng 1, hàng 1, ô 1: thẻ '{%p if x %}': thẻ không được đóng: thiếu {%p endif %} ở cùng cấp (cùng thân văn bản, ô bảng hoặc đoạn)",
        ])
}

@Test func aTagAcrossAHyperlinkIsAnError() {
    let body = #"<w:p><w:r><w:t>{{ un</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>it }}</w:t></w:r></w:hyperlink></w:p>"#
    #expect(
        errors(body) == [
            "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ unit }}': thẻ vắt qua ranh giới siêu liên kết; hãy gõ lại cả thẻ bên trong hoặc bên ngoài siêu liên kết"
        ])
}

@Test func aTagAcrossAFieldIsAnError() {
    let body = """
        <w:p><w:r><w:t>{{ a</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 }}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        """
    #expect(errors(body).count == 1)
    #expect(errors(body).first?.contains("ranh giới trường (field)") == true)
}

@Test func mismatchedBlocksAndRemovedTags() {
    let body = """
        <w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p if a %} {{ b }}</w:t></w:r></w:p><w:p><w:r><w:t>{% endif %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%tr for x in xs %}</w:t></w:r></w:p>
        """
    let found = errors(body)
    #expect(found.count == 5)
    #expect(found.contains { $0.contains("'{%p endfor %}': {%p endfor %} không có {%p for %} tương ứng") })
    #expect(found.contains { $0.contains("đoạn chứa thẻ {%p %} bị xoá khi điền, nên thẻ '{{ b }}' cùng đoạn sẽ mất") })
    #expect(found.contains { $0.contains("thẻ {%tr %} phải nằm trong một hàng của bảng") })
    #expect(found.contains { $0.contains("'{% endif %}': {% endif %} không có {% if %} tương ứng") })
}

@Test func renderReportsUnknownVariablesWithSuggestions() throws {
    let body = """
        <w:p><w:r><w:t>{{ membrs | length }} {{ unit.nam }}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p for m in members %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ m.nme }}</w:t></w:r></w:p><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>
        """
    let template = try Template(package: TestPackage.make(body: body), name: "Forms/M3")
    let context: TemplateValue = ["members": [["name": "An"], ["name": "Bình"]], "unit": ["name": "An Sơn"]]
    let expected = [
        "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ membrs | length }}': không có biến 'membrs' trong dữ liệu. Có phải ý bạn là 'members'?",
        "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ unit.nam }}': 'unit' không có trường 'nam'. Có phải ý bạn là 'name'?",
        "Forms/M3:word/document.xml:2:510: lỗi: đoạn 3: thẻ '{{ m.nme }}': 'm' không có trường 'nme'. Có phải ý bạn là 'name'?",
    ]
    #expect(template.check(against: context).map { $0.rendered(in: .vi) } == expected)
    #expect(throws: DiagnosticError.self) { try template.render(context) }
    do {
        _ = try template.render(context)
    } catch {
        #expect(error.diagnostics.map { $0.rendered(in: .vi) } == expected)
        #expect(
            error.diagnostics[0].rendered(in: .en)
                == "Forms/M3:word/document.xml:2:385: error: paragraph 1: tag '{{ membrs | length }}': no variable 'membrs' in the data. Did you mean 'members'?"
        )
    }
}

@Test func variablesAreListedLoopAware() throws {
    let body = """
        <w:p><w:r><w:t>{{ unit.name }}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p for g in score.groups %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{ loop.index }} {{ g.title }}{% for c in g.criteria %}{{ c.max | number }}{% endfor %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ unit.name }}</w:t></w:r></w:p>
        """
    let template = try Template(package: TestPackage.make(body: body), name: "t")
    #expect(
        template.variables.map(\.path) == [
            "unit.name", "score.groups", "score.groups[].title", "score.groups[].criteria", "score.groups[].criteria[].max",
        ])
    #expect(template.variables[0].sites.map { $0.place.vi } == ["đoạn 1", "đoạn 5"])
}

/// docxtpl's get_undeclared_variables.docx opens an inline `{% if %}` in one paragraph and
/// closes it in a later one; hoso pairs inline tags within a paragraph, so both ends say so
/// and say what to write instead.
@Test func anInlineBlockAcrossParagraphsSaysToUseParagraphTags() {
    let body = """
        <w:p><w:r><w:t>{% if a %}có</w:t></w:r></w:p><w:p><w:r><w:t>giữa</w:t></w:r></w:p>\
        <w:p><w:r><w:t>hết{% endif %}</w:t></w:r></w:p><w:p><w:r><w:t>{% for x in xs %}</w:t></w:r></w:p>
        """
    #expect(
        errors(body) == [
            "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{% if a %}': thẻ không được đóng trong đoạn của nó: thẻ {% %} viết giữa dòng phải có {% endif %} trong cùng đoạn; để giữ, bỏ hoặc lặp lại cả các đoạn, hãy viết {%p if … %} và {%p endif %}, mỗi thẻ một mình trong một đoạn riêng",
            "Forms/M3:word/document.xml:2:467: lỗi: đoạn 3: thẻ '{% endif %}': {% endif %} không có {% if %} tương ứng trong cùng đoạn: thẻ {% %} viết giữa dòng phải mở và đóng trong một đoạn; để giữ, bỏ hoặc lặp lại cả các đoạn, hãy viết {%p if … %} và {%p endif %}, mỗi thẻ một mình trong một đoạn riêng",
            "Forms/M3:word/document.xml:2:514: lỗi: đoạn 4: thẻ '{% for x in xs %}': thẻ không được đóng trong đoạn của nó: thẻ {% %} viết giữa dòng phải có {% endfor %} trong cùng đoạn; để giữ, bỏ hoặc lặp lại cả các đoạn, hãy viết {%p for … %} và {%p endfor %}, mỗi thẻ một mình trong một đoạn riêng",
        ])
}
