import Diagnostics
import Foundation
import OOXML
import Testing
import XMLCore

@testable import DocxTemplate

/// Sub-documents as data: `{"docx": "annex.docx"}` printed by `{{p x }}` inserts the annex's
/// body with its styles, lists, pictures and links.
@Suite struct SubdocumentTests {
    private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private let logo = TinyPicture.png(width: 4, height: 2, pixelsPerMetre: 3780)

    private static func xml(_ text: String) -> [UInt8] { Array((header + text).utf8) }

    /// The host: `TestPackage`'s body with a styles part (Normal, Heading1) and a numbering part
    /// (abstractNum 0, num 1).
    private static func host(body: String) -> OOXMLPackage {
        var package = TestPackage.make(body: body)
        package.setPart(
            "[Content_Types].xml",
            xml(
                """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
                """))
        package.setPart(
            "word/_rels/document.xml.rels",
            xml(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
                """))
        package.setPart(
            "word/styles.xml",
            xml(
                """
                <w:styles xmlns:w="\(w)">\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>\
                <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style></w:styles>
                """))
        package.setPart(
            "word/numbering.xml",
            xml(
                """
                <w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
                <w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
                """))
        return package
    }

    /// An annex as Word writes one: a heading (its Heading1 differs from the host's), a numbered
    /// list item (style and list the host lacks), a plain paragraph (its Normal differs), a table
    /// with a link, a picture, a bookmark, and its own section properties.
    private static func annex(picture: [UInt8], extraBody: String = "") -> [UInt8] {
        let parts: [String: [UInt8]] = [
            "[Content_Types].xml": xml(
                """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>
                """),
            "_rels/.rels": xml(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            "word/_rels/document.xml.rels": xml(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
                <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>\
                <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>
                """),
            "word/styles.xml": xml(
                """
                <w:styles xmlns:w="\(w)">\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
                <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style></w:styles>
                """),
            "word/numbering.xml": xml(
                """
                <w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="12345678"/><w:lvl w:ilvl="0"><w:start w:val="1"/>\
                <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
                """),
            "word/media/image1.png": picture,
            "word/document.xml": xml(
                """
                <w:document \(TestPackage.namespaces)><w:body>\
                <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="0" w:name="top"/><w:r><w:t>Phụ lục</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>\
                <w:p><w:pPr><w:pStyle w:val="ListItem"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Một</w:t></w:r></w:p>\
                <w:p><w:r><w:t>Thường</w:t></w:r></w:p>\
                <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>\
                <w:tr><w:tc><w:p><w:hyperlink r:id="rId7"><w:r><w:t>trang</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr></w:tbl>\
                <w:p><w:r><w:drawing><wp:inline><wp:extent cx="38100" cy="19050"/><wp:docPr id="1" name="Picture 1"/>\
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
                <pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId5"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
                <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="38100" cy="19050"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>\
                </wp:inline></w:drawing></w:r></w:p>\(extraBody)\
                <w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>
                """),
        ]
        return try! OOXMLPackage(parts: parts, sourceName: "annex.docx").docxData()
    }

    private func withFolder<T>(_ files: [String: [UInt8]], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-subdocs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return try body(folder)
    }

    private static func elements(_ name: String, in bytes: [UInt8]?) -> [String] {
        let text = String(decoding: bytes ?? [], as: UTF8.self)
        var found: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "<w:\(name) ") {
            let tail = rest[start.lowerBound...]
            guard let end = tail.range(of: "</w:\(name)>") else { break }
            found.append(String(tail[..<end.upperBound]))
            rest = tail[end.upperBound...]
        }
        return found
    }

    @Test func annexBodyStylesListsPicturesAndLinksJoinTheHost() throws {
        let template = try Template(
            package: Self.host(
                body: #"<w:p><w:r><w:t>Trước</w:t></w:r></w:p>"#
                    + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{{p annex }}</w:t></w:r></w:p>"#
                    + #"<w:p><w:r><w:t>Sau {{ logo }}</w:t></w:r></w:p>"#), name: "t")
        let data: TemplateValue = ["annex": ["docx": "annex.docx"], "logo": ["image": "logo.png", "width_mm": 10]]
        #expect(template.check(against: data).isEmpty)
        let files = ["annex.docx": Self.annex(picture: logo), "logo.png": logo]
        let (output, again) = try withFolder(files) { folder in
            (try template.render(data, images: ImageFolder(url: folder)), try template.render(data, images: ImageFolder(url: folder)))
        }
        #expect(try TestPackage.text(of: output) == "Trước\nPhụ lục\nMột\nThường\ntrang\n\nSau ")
        let body = TestPackage.body(of: output)
        // The heading's style is renamed (the host's Heading1 differs); the list item keeps its
        // new style, its list gets the host's next num id; the plain paragraph keeps the annex's
        // Normal under its new name; the bookmark and the section properties are gone.
        #expect(body.contains(#"<w:p><w:pPr><w:pStyle w:val="Heading1_annex1"/></w:pPr><w:r><w:t>Phụ lục</w:t></w:r></w:p>"#))
        #expect(
            body.contains(
                #"<w:p><w:pPr><w:pStyle w:val="ListItem"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Một</w:t></w:r></w:p>"#
            ))
        #expect(body.contains(#"<w:p><w:pPr><w:pStyle w:val="Normal_annex1"/></w:pPr><w:r><w:t>Thường</w:t></w:r></w:p>"#))
        #expect(body.contains(#"<w:hyperlink r:id="rIdLink1"><w:r><w:t>trang</w:t></w:r></w:hyperlink>"#))
        #expect(body.contains(#"<wp:docPr id="1" name="Picture 1"/>"#) && body.contains(#"<a:blip r:embed="rIdImage1"/>"#))
        #expect(body.contains(#"<wp:docPr id="2" name="Picture 2"/>"#), "the host's own picture comes after")
        #expect(!body.contains("bookmark") && !body.contains("landscape") && !body.contains("{{"))
        // The same picture bytes (the annex's and the logo) are one media part.
        #expect(output.partNames.filter { $0.hasPrefix("word/media/") } == ["word/media/image1.png"])
        let relationships = try Relationship.parse(output.part("word/_rels/document.xml.rels") ?? [])
        #expect(relationships.map(\.id) == ["rId1", "rId2", "rIdLink1", "rIdImage1"])
        #expect(relationships[2] == Relationship(id: "rIdLink1", type: HyperlinkRelationships.type, target: "https://example.org/", isExternal: true))
        #expect(
            relationships[3] == Relationship(id: "rIdImage1", type: ImageEmbedder.relationshipType, target: "media/image1.png", isExternal: false))
        // Styles: shared when equal (Strong), renamed when different, added when missing, their
        // references following the new ids.
        let styles = Self.elements("style", in: output.part("word/styles.xml"))
        #expect(
            styles == [
                #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>"#,
                #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>"#,
                #"<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>"#,
                #"<w:style w:type="paragraph" w:styleId="Normal_annex1"><w:name w:val="Normal (annex 1)"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>"#,
                #"<w:style w:type="paragraph" w:styleId="Heading1_annex1"><w:name w:val="heading 1 (annex 1)"/><w:basedOn w:val="Normal_annex1"/><w:rPr><w:i/></w:rPr></w:style>"#,
                #"<w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal_annex1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#,
            ])
        // Numbering: the annex's abstractNum after the host's, before every num; its num next.
        #expect(
            String(decoding: output.part("word/numbering.xml") ?? [], as: UTF8.self).contains(
                #"<w:abstractNum w:abstractNumId="1"><w:nsid w:val="A5000001"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"#
                    + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
            ))
        #expect(try output.docxData() == again.docxData())
        try IndependentChecker.expectAccepted(["subdocument": output])
    }

    @Test func aHostWithoutStylesOrNumberingGainsThoseParts() throws {
        let template = try Template(package: TestPackage.make(body: #"<w:p><w:r><w:t>{{p annex }}</w:t></w:r></w:p>"#), name: "t")
        let output = try withFolder(["annex.docx": Self.annex(picture: logo)]) { folder in
            try template.render(["annex": ["docx": "annex.docx"]], images: ImageFolder(url: folder))
        }
        let relationships = try Relationship.parse(output.part("word/_rels/document.xml.rels") ?? [])
        #expect(relationships.map(\.id) == ["rIdLink1", "rIdImage1", "rIdAnnex1", "rIdAnnex2"])
        #expect(relationships[2].target == "styles.xml" && relationships[3].target == "numbering.xml")
        let types = try ContentTypes(bytes: output.part("[Content_Types].xml") ?? [])
        #expect(types.overrides["word/styles.xml"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
        #expect(types.overrides["word/numbering.xml"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")
        // Nothing to clash with: every style keeps its id, the list its first num id.
        #expect(TestPackage.body(of: output).contains(#"<w:pStyle w:val="Heading1"/>"#))
        #expect(TestPackage.body(of: output).contains(#"<w:numId w:val="1"/>"#))
        try IndependentChecker.expectAccepted(["bare-host": output])
    }

    private func problems(_ data: TemplateValue, files: [String: [UInt8]], language: Language, body: String? = nil) throws -> [String] {
        var text = ""
        for name in data.objectKeys { text += #"<w:p><w:r><w:t>{{p \#(name) }}</w:t></w:r></w:p>"# }
        let template = try Template(package: TestPackage.make(body: body ?? text), name: "t")
        return try withFolder(files) { folder in
            do throws(DiagnosticError) {
                _ = try template.render(data, images: ImageFolder(url: folder))
                return []
            } catch {
                return error.diagnostics.map { $0.rendered(in: language) }
            }
        }
    }

    /// An annex whose styles or numbering part does not parse is refused with both parts named,
    /// never inserted without them (its lists would lose their numbers).
    @Test func anAnnexWithABrokenStylesOrNumberingPartIsReported() throws {
        var broken = try OOXMLPackage.open(docx: Self.annex(picture: logo), name: "annex.docx")
        broken.setPart("word/styles.xml", Self.xml("\n<w:styles xmlns:w=\"\(Self.w)\"><w:style>"))
        var numbering = broken
        numbering.setPart("word/styles.xml", try #require(OOXMLPackage.open(docx: Self.annex(picture: logo), name: "a").part("word/styles.xml")))
        broken.setPart("word/numbering.xml", Self.xml("<w:numbering xmlns:w=\"\(Self.w)\"></w:num>"))
        numbering.setPart("word/numbering.xml", Self.xml("<w:numbering xmlns:w=\"\(Self.w)\"></w:num>"))
        let files = ["both.docx": try broken.docxData(), "numbering.docx": try numbering.docxData()]
        let data: TemplateValue = ["a": ["docx": "both.docx"], "b": ["docx": "numbering.docx"]]
        let vi = try problems(data, files: files, language: .vi)
        let en = try problems(data, files: files, language: .en)
        #expect(
            vi == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{p a }}': tài liệu con 'both.docx': phần word/styles.xml (kiểu định dạng) hỏng ở dòng 2, cột 91: Premature end of data in tag style line 2; phần word/numbering.xml (đánh số danh sách) hỏng ở dòng 1, cột 148: Opening and ending tag mismatch: numbering line 1 and num; chèn như vậy thì phụ lục mất định dạng và đánh số, nên hoso không chèn; hãy mở tệp bằng Word và lưu lại dạng .docx",
                "t:word/document.xml:2:426: lỗi: đoạn 2: thẻ '{{p b }}': tài liệu con 'numbering.docx': phần word/numbering.xml (đánh số danh sách) hỏng ở dòng 1, cột 148: Opening and ending tag mismatch: numbering line 1 and num; chèn như vậy thì phụ lục mất định dạng và đánh số, nên hoso không chèn; hãy mở tệp bằng Word và lưu lại dạng .docx",
            ])
        #expect(
            en == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{p a }}': sub-document 'both.docx': part word/styles.xml (styles) is malformed at line 2, column 91: Premature end of data in tag style line 2; part word/numbering.xml (list numbering) is malformed at line 1, column 148: Opening and ending tag mismatch: numbering line 1 and num; inserted so, the annex would lose its formatting and numbering, so hoso does not insert it; open the file in Word and save it as .docx",
                "t:word/document.xml:2:426: error: paragraph 2: tag '{{p b }}': sub-document 'numbering.docx': part word/numbering.xml (list numbering) is malformed at line 1, column 148: Opening and ending tag mismatch: numbering line 1 and num; inserted so, the annex would lose its formatting and numbering, so hoso does not insert it; open the file in Word and save it as .docx",
            ])
    }

    @Test func everyBadSubdocumentIsReportedInOneRunWithItsTag() throws {
        let noted = Self.annex(picture: logo, extraBody: #"<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#)
        let data: TemplateValue = [
            "a": ["docx": "../annex.docx"], "b": ["docx": "missing.docx"], "c": ["docx": "fake.docx"],
            "d": ["docx": "noted.docx"], "e": ["docx": "annex.docx", "style": "x"], "f": ["docx": 3],
        ]
        let files = ["fake.docx": Array("not a zip".utf8), "noted.docx": noted, "annex.docx": Self.annex(picture: logo)]
        let vietnamese = try problems(data, files: files, language: .vi)
        #expect(
            vietnamese == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{p a }}': tài liệu con '../annex.docx': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu (không bắt đầu bằng '/', không có '..'); hãy chép tệp .docx vào thư mục đó",
                "t:word/document.xml:2:426: lỗi: đoạn 2: thẻ '{{p b }}': không đọc được tài liệu con 'missing.docx' (đường dẫn tính từ thư mục của tệp dữ liệu); hãy kiểm tra tên tệp",
                "t:word/document.xml:2:467: lỗi: đoạn 3: thẻ '{{p c }}': tệp 'fake.docx' không phải tài liệu Word (.docx) đọc được: không phải tệp DOCX (zip) hợp lệ: không có mục lục zip ở cuối tệp: tệp loại khác, hoặc tệp zip bị cắt cụt; hãy mở bằng Word và lưu lại dạng .docx",
                "t:word/document.xml:2:508: lỗi: đoạn 4: thẻ '{{p d }}': tài liệu con 'noted.docx' có nội dung loại 'footnoteReference' (chú thích, biểu đồ, đối tượng nhúng…) mà hoso chưa chèn được; hãy bỏ phần đó hoặc thay bằng ảnh",
                "t:word/document.xml:2:549: lỗi: đoạn 5: thẻ '{{p e }}': giá trị tài liệu con không có trường 'style'. Các tên có: 'docx'",
                "t:word/document.xml:2:590: lỗi: đoạn 6: thẻ '{{p f }}': trường 'docx' phải là đường dẫn tệp .docx (chuỗi), không phải '3'; ví dụ {\"docx\": \"phu-luc.docx\"}",
            ])
        let plain = #"<w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p>"#
        let english = try problems(["a": ["docx": "annex.docx"]], files: files, language: .en, body: plain)
        #expect(
            english == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{ a }}': sub-document 'annex.docx' can be inserted only by a paragraph tag {{p … }}; write the tag as {{p name }} in a paragraph of its own"
            ])
        let template = try Template(package: TestPackage.make(body: plain), name: "t")
        #expect(template.check(against: ["a": ["docx": "annex.docx"]]).map { $0.rendered(in: .en) } == english)
        let withoutFolder = try Template(package: TestPackage.make(body: #"<w:p><w:r><w:t>{{p a }}</w:t></w:r></w:p>"#), name: "t")
        #expect(throws: DiagnosticError.self) { try withoutFolder.render(["a": ["docx": "annex.docx"]]) }
    }
}
