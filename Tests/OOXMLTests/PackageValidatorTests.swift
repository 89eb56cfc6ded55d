import Diagnostics
import Foundation
import OOXML
import Testing

private let schemas = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Forms/schemas")

private let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/// A minimal package around `body` (the inside of `w:body`); `extraRels` go into document.xml.rels.
private func package(body: String, documentAttributes: String = "") -> OOXMLPackage {
    OOXMLPackage(
        parts: [
            "[Content_Types].xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8),
            "_rels/.rels": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8),
            "word/document.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(w)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \(documentAttributes)><w:body>\(body)</w:body></w:document>
                """.utf8),
        ], sourceName: "t.docx")
}

private let section = #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#

@Test func aMinimalDocumentIsValid() throws {
    let validator = try PackageValidator(schemaDirectory: schemas)
    #expect(validator.validate(package(body: "<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>" + section)).isEmpty)
}

@Test(arguments: [
    ("<w:p/>", "t.docx:word/document.xml:2: lỗi: phần thân không kết thúc bằng w:sectPr"),
    ("<w:tbl><w:tblPr/><w:tblGrid/></w:tbl><w:p/>" + section, "t.docx:word/document.xml:2: lỗi: bảng 1 không có hàng nào"),
    (
        "<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl><w:p/>" + section,
        "t.docx:word/document.xml:2: lỗi: bảng 1, hàng 1, ô 1 không kết thúc bằng một đoạn văn"
    ),
    (
        #"<w:p><w:hyperlink r:id="rId9"><w:r><w:t>x</w:t></w:r></w:hyperlink></w:p>"# + section,
        "t.docx:word/document.xml:2: lỗi: r:id 'rId9' không có trong word/_rels/document.xml.rels"
    ),
])
func wordRulesAreReportedWithTheirPart(body: String, expected: String) throws {
    let validator = try PackageValidator(schemaDirectory: schemas)
    let problems = validator.validate(package(body: body)).filter { !$0.message.vi.hasPrefix("sai lược đồ") }
    #expect(problems.map { $0.rendered(in: .vi) } == [expected])
}

@Test func schemaViolationsAreFoundAfterTheCompatibilityPrepass() throws {
    let validator = try PackageValidator(schemaDirectory: schemas)
    let wrong = validator.validate(package(body: "<w:p><w:bogus/></w:p>" + section))
    #expect(wrong.count == 1)
    #expect(wrong.first?.message.en.hasPrefix("ISO/IEC 29500 schema: ") == true)
    #expect(wrong.first?.message.en.contains("bogus") == true)
    // An element in an ignorable namespace is dropped before validation, as Word does.
    let ignorable = package(
        body: "<w:p><w14:shiny xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"/></w:p>" + section,
        documentAttributes:
            #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14""#
    )
    #expect(validator.validate(ignorable).isEmpty)
}

@Test func aPartWithoutContentTypeIsReported() throws {
    let validator = try PackageValidator(schemaDirectory: schemas)
    var broken = package(body: "<w:p/>" + section)
    broken.setPart("word/media/image1.png", [0x89, 0x50])
    #expect(
        validator.validate(broken).map { $0.rendered(in: .en) } == [
            "t.docx:word/media/image1.png: error: this part has no content type in [Content_Types].xml"
        ])
}

/// Word's rules are checked on the part's stream: tables in document order (an outer table before
/// the one nested in it), then drawings.
@Test func wordRulesKeepTheirOrderOnAStream() throws {
    let validator = try PackageValidator(schemaDirectory: schemas)
    let drawing =
        #"<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="a"/></wp:inline></w:drawing></w:r></w:p>"#
    let nested = "<w:tbl><w:tblPr/><w:tblGrid/></w:tbl>"
    let body = "<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc>\(nested)</w:tc></w:tr><w:tr/></w:tbl>" + drawing + drawing + section
    let problems = validator.validate(package(body: body)).filter { !$0.message.vi.hasPrefix("sai lược đồ") }
    #expect(
        problems.map { $0.rendered(in: .en) } == [
            "t.docx:word/document.xml:2: error: table 1 row 1 cell 1 does not end with a paragraph",
            "t.docx:word/document.xml:2: error: table 1 row 2 has no cells",
            "t.docx:word/document.xml:2: error: table 2 has no rows",
            "t.docx:word/document.xml:2: error: duplicate drawing id wp:docPr id=1",
        ])
}
