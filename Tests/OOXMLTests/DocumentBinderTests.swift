import OOXML
import Testing
import XMLCore

/// A minimal WordprocessingML package whose body is `body` and whose section uses header1.xml.
private func package(body: String, header: String = "Trang") -> OOXMLPackage {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return OOXMLPackage(
        parts: [
            "[Content_Types].xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>
                """.utf8),
            "_rels/.rels": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8),
            "word/_rels/document.xml.rels": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>
                """.utf8),
            "word/header1.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:hdr xmlns:w="\(w)"><w:p><w:r><w:t>\(header)</w:t></w:r></w:p></w:hdr>
                """.utf8),
            "word/document.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(w)" xmlns:r="\(r)"><w:body>\(body)</w:body></w:document>
                """.utf8),
        ], sourceName: "test")
}

private let portrait = #"<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr>"#
private let landscape =
    #"<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>"#

private func bodyDump(_ package: OOXMLPackage) throws -> String {
    let document = try package.xmlPart("word/document.xml")
    let body = try #require(document.root?.firstChild("body", namespace: Namespace.w))
    return body.elementChildren.map { node in
        if node.isElement("p", namespace: Namespace.w) {
            let section = node.firstChild("pPr", namespace: Namespace.w)?.firstChild("sectPr", namespace: Namespace.w)
            return section.map { "p[section \(describe($0))]" } ?? "p[\(node.textContent)]"
        }
        return "\(node.localName)[\(describe(node))]"
    }.joined(separator: "\n")
}

private func describe(_ section: XMLNode) -> String {
    section.elementChildren.map { child in
        let w = Namespace.wordprocessing
        let r = Namespace.r.description
        switch child.localName {
        case "headerReference": return "header=\(child.attribute("id", namespace: r) ?? "?")"
        case "pgSz": return "w=\(child.attribute("w", namespace: w) ?? "?")"
        case "pgNumType": return "start=\(child.attribute("start", namespace: w) ?? "?")"
        default: return child.localName
        }
    }.joined(separator: " ")
}

@Test func bindsSectionsKeepingOrientationAndRestartingPageNumbers() throws {
    let cover = package(body: "<w:p><w:r><w:t>Bìa</w:t></w:r></w:p>" + portrait)
    let table = package(body: "<w:p><w:r><w:t>Bảng</w:t></w:r></w:p>" + landscape)
    let book = try DocumentBinder.bind([cover, table], title: "Hồ sơ")
    #expect(
        try bodyDump(book) == """
            p[Bìa]
            p[section header=rId7 w=11906 start=1 titlePg]
            p[Bảng]
            sectPr[header=rId7 w=16838 start=1]
            """)
}

@Test func copiesADifferentPartOfTheSameNameUnderANewName() throws {
    let first = package(body: "<w:p/>" + portrait, header: "A")
    let second = package(body: "<w:p/>" + portrait, header: "B")
    let book = try DocumentBinder.bind([first, second])
    #expect(
        try bodyDump(book) == """
            p[section header=rId7 w=11906 start=1 titlePg]
            p[]
            sectPr[header=rIdB2 w=11906 start=1 titlePg]
            """)
    #expect(book.part("word/bound1-header1.xml") == second.part("word/header1.xml"))
    let types = try book.contentTypes()
    #expect(types.overrides["word/bound1-header1.xml"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
    let relationships = try book.relationships(of: "word/document.xml")
    #expect(relationships.map(\.target) == ["header1.xml", "bound1-header1.xml"])
}

/// A form ends in its signature table and the tiny hidden paragraph Word needs after it; when the
/// table fills its last page, one more paragraph for the section break would add an empty page.
@Test func theSectionBreakGoesIntoTheFormsOwnClosingParagraphMadeVisible() throws {
    let closing = #"<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/><w:rPr><w:vanish/><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#
    let minutes = package(body: "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>" + closing + portrait)
    let table = package(body: "<w:p><w:r><w:t>Bảng</w:t></w:r></w:p>" + landscape)
    let book = try DocumentBinder.bind([minutes, table])
    #expect(
        try bodyDump(book) == """
            tbl[tr]
            p[section header=rId7 w=11906 start=1 titlePg]
            p[Bảng]
            sectPr[header=rId7 w=16838 start=1]
            """)
    let document = String(decoding: try #require(book.part("word/document.xml")), as: UTF8.self)
    #expect(!document.contains("vanish"))
    #expect(document.contains(#"<w:rPr><w:sz w:val="2"/></w:rPr><w:sectPr>"#))
}
