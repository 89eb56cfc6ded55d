import Diagnostics
import OOXML
import Testing

@testable import DocxTemplate

/// `{{p x }}` (paragraphs given as data, docxtpl's RichTextParagraph and Listing) and links in
/// rich text (docxtpl's `url_id`), with the hyperlink relationships they need.
@Suite struct ParagraphValueTests {
    private let tagParagraph = #"<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>{{p notes }}</w:t></w:r></w:p>"#

    private func render(_ body: String, _ context: TemplateValue, header: String? = nil) throws -> OOXMLPackage {
        let template = try Template(package: TestPackage.make(body: body, header: header), name: "t")
        #expect(template.check(against: context).isEmpty)
        return try template.render(context)
    }

    private func errors(_ body: String, _ context: TemplateValue) throws -> [String] {
        let template: Template
        do {
            template = try Template(package: TestPackage.make(body: body), name: "t")
        } catch {
            return error.diagnostics.map { $0.rendered(in: .vi) }
        }
        let checked = template.check(against: context).map { $0.rendered(in: .vi) }
        do {
            _ = try template.render(context)
            return []
        } catch {
            let rendered = error.diagnostics.map { $0.rendered(in: .vi) }
            #expect(rendered == checked)
            return rendered
        }
    }

    @Test func eachItemBecomesAParagraphWithTheTagParagraphsProperties() throws {
        let notes: TemplateValue = [
            "Đoạn một.",
            [["text": "Đoạn hai ", "bold": true], "tiếp."],
            ["runs": "Tiêu đề", "style": "Heading1"],
        ]
        let output = try render(
            #"<w:p><w:r><w:t>Trước</w:t></w:r></w:p>"# + tagParagraph + #"<w:p><w:r><w:t>Sau</w:t></w:r></w:p>"#, ["notes": notes])
        let run = { (properties: String, text: String) in #"<w:r><w:rPr>\#(properties)</w:rPr><w:t xml:space="preserve">\#(text)</w:t></w:r>"# }
        #expect(
            TestPackage.body(of: output) == #"<w:p><w:r><w:t>Trước</w:t></w:r></w:p>"#
                + #"<w:p><w:pPr><w:jc w:val="both"/></w:pPr>"# + run("<w:i/>", "Đoạn một.") + "</w:p>"
                + #"<w:p><w:pPr><w:jc w:val="both"/></w:pPr>"# + run("<w:b/><w:bCs/><w:i/>", "Đoạn hai ") + run("<w:i/>", "tiếp.") + "</w:p>"
                + #"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="both"/></w:pPr>"# + run("<w:i/>", "Tiêu đề") + "</w:p>"
                + #"<w:p><w:r><w:t>Sau</w:t></w:r></w:p>"#)
        // null: the paragraph goes; a plain text: one paragraph.
        #expect(try TestPackage.text(of: render(tagParagraph, ["notes": nil])) == "")
        #expect(try TestPackage.text(of: render(tagParagraph, ["notes": "một"])) == "một")
        try IndependentChecker.expectAccepted(["paragraphs": output])
    }

    @Test func theParagraphHoldsNothingElseAndFieldsAreChecked() throws {
        #expect(
            try errors(#"<w:p><w:r><w:t>{{p notes }} và {{ x }}</w:t></w:r></w:p>"#, ["notes": "a", "x": 1]) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{p notes }}': đoạn chứa thẻ {{p }} được thay bằng các đoạn của giá trị, nên thẻ '{{ x }}' cùng đoạn sẽ mất; hãy chuyển nó sang đoạn khác"
            ])
        let misspelt = try errors(tagParagraph, ["notes": [["runs": "a", "stlye": "Heading1"]]])
        #expect(
            misspelt == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{p notes }}': đoạn văn của {{p }} không có trường 'stlye' (chỉ có runs, style). Các tên có: 'runs', 'style'"
            ])
        #expect(
            try errors(tagParagraph, ["notes": [["runs": "a", "style": "Tiêu đề 1"]]]) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{p notes }}': trường 'style' của đoạn văn cần mã kiểu đoạn của Word (ví dụ \"Heading1\"), không phải 'Tiêu đề 1'"
            ])
    }

    @Test func linksBecomeHyperlinksWithTheirRelationships() throws {
        let body = #"<w:p><w:r><w:t>Xem {{r site }} và {{r again }}</w:t></w:r></w:p>"#
        let site: TemplateValue = [["text": "Bộ GD&ĐT", "link": "https://moet.gov.vn/?a=1&b=2"], " nhé"]
        let again: TemplateValue = ["text": "lại", "link": "https://moet.gov.vn/?a=1&b=2", "color": "000000"]
        let output = try render(body, ["site": site, "again": again, "mail": "thư"], header: #"<w:p><w:r><w:t>{{r mail }}</w:t></w:r></w:p>"#)
        #expect(
            TestPackage.body(of: output) == #"<w:p><w:r><w:t xml:space="preserve">Xem </w:t></w:r>"#
                + #"<w:hyperlink r:id="rIdLink1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">Bộ GD&amp;ĐT</w:t></w:r></w:hyperlink>"#
                + #"<w:r><w:t xml:space="preserve"> nhé</w:t></w:r><w:r><w:t xml:space="preserve"> và </w:t></w:r>"#
                + #"<w:hyperlink r:id="rIdLink1"><w:r><w:rPr><w:color w:val="000000"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">lại</w:t></w:r></w:hyperlink></w:p>"#
        )
        let relationships = try Relationship.parse(output.part("word/_rels/document.xml.rels") ?? [])
        #expect(
            relationships.filter(\.isExternal) == [
                Relationship(id: "rIdLink1", type: HyperlinkRelationships.type, target: "https://moet.gov.vn/?a=1&b=2", isExternal: true)
            ])
        #expect(relationships.contains { $0.id == "rIdH" }, "the header's relationship is kept")
        try IndependentChecker.expectAccepted(["links": output])
    }

    @Test func aLinkInAHeaderGetsTheHeadersOwnRelationshipsPart() throws {
        let output = try render(
            #"<w:p><w:r><w:t>thân</w:t></w:r></w:p>"#, ["mail": ["text": "thư", "link": "mailto:a@b.vn"]],
            header: #"<w:p><w:r><w:t>{{r mail }}</w:t></w:r></w:p>"#)
        #expect(
            try Relationship.parse(output.part("word/_rels/header1.xml.rels") ?? []) == [
                Relationship(id: "rIdLink1", type: HyperlinkRelationships.type, target: "mailto:a@b.vn", isExternal: true)
            ])
        try IndependentChecker.expectAccepted(["header": output])
    }

    @Test func relationshipIdsAreComputedNotRandom() {
        var links = HyperlinkRelationships(taken: ["rIdLink1", "rIdLink3"])
        #expect(links.id(for: "https://a.vn") == "rIdLink2")
        #expect(links.id(for: "https://b.vn") == "rIdLink4")
        #expect(links.id(for: "https://a.vn") == "rIdLink2")
        #expect(PartName.relationshipsPart(of: "word/footer2.xml") == "word/_rels/footer2.xml.rels")
    }
}
