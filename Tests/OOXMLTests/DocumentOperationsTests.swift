import OOXML
import Testing

/// The named operations Dossier uses instead of editing XML or zips itself: custom properties,
/// a document's text, a plain archive, stray bytes around a zip.
@Suite struct DocumentOperationsTests {
    private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A package holding only `[Content_Types].xml`, `_rels/.rels` and the given parts.
    private func package(_ parts: [String: String]) -> OOXMLPackage {
        var all = parts.mapValues { Array($0.utf8) }
        all["[Content_Types].xml"] = Array(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
            """.utf8)
        all["_rels/.rels"] = Array(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>
            """.utf8)
        return OOXMLPackage(parts: all, sourceName: "test")
    }

    @Test func customPropertiesAreMadeWithTheirRelationshipAndContentType() throws {
        var made = package([:])
        try CustomProperties.replaceTexts(
            prefix: "p-", with: [.init(name: "p-1", text: "một"), .init(name: "p-2", text: "hai")], in: &made, relationshipID: "rIdX")
        #expect(
            String(decoding: try #require(made.part(CustomProperties.partName)), as: UTF8.self)
                == """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="p-1"><vt:lpwstr>một</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="p-2"><vt:lpwstr>hai</vt:lpwstr></property></Properties>

                """)
        let relationships = String(decoding: try #require(made.part("_rels/.rels")), as: UTF8.self)
        #expect(relationships.contains(#"Id="rIdX" Type="\#(CustomProperties.relationshipType)" Target="docProps/custom.xml""#))
        let types = String(decoding: try #require(made.part("[Content_Types].xml")), as: UTF8.self)
        #expect(types.contains(#"<Override PartName="/docProps/custom.xml" ContentType="\#(CustomProperties.contentType)"/>"#))
        #expect(CustomProperties.texts(in: made, prefix: "p-") == [.init(name: "p-1", text: "một"), .init(name: "p-2", text: "hai")])
    }

    @Test func replacingKeepsOtherPropertiesAndNumbersAfterTheirHighestID() throws {
        var edited = package([
            CustomProperties.partName: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="Owner"><vt:lpwstr>Trường</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="9" name="p-1"><vt:lpwstr>cũ</vt:lpwstr></property></Properties>
            """
        ])
        let relationshipsBefore = edited.part("_rels/.rels")
        try CustomProperties.replaceTexts(prefix: "p-", with: [.init(name: "p-1", text: "mới")], in: &edited, relationshipID: "rIdX")
        #expect(CustomProperties.texts(in: edited, prefix: "") == [.init(name: "Owner", text: "Trường"), .init(name: "p-1", text: "mới")])
        #expect(String(decoding: try #require(edited.part(CustomProperties.partName)), as: UTF8.self).contains(#"pid="8" name="p-1""#))
        // The part was there: its relationship is the package's own, left alone.
        #expect(edited.part("_rels/.rels") == relationshipsBefore)
    }

    @Test func propertiesOfAMissingOrBrokenPartAreNil() {
        #expect(CustomProperties.texts(in: package([:]), prefix: "p-") == nil)
        #expect(CustomProperties.texts(in: package([CustomProperties.partName: "<Properties>"]), prefix: "p-") == nil)
    }

    @Test func paragraphsOfBodyHeadersAndFootersLeaveOutPageNumbers() throws {
        let parts = try #require(
            DocumentText.paragraphs(
                of: package([
                    "word/document.xml": """
                    <w:document xmlns:w="\(Self.w)"><w:body><w:p><w:r><w:t>Trường</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> Hoa Sen</w:t></w:r></w:p><w:p/></w:body></w:document>
                    """,
                    "word/footer1.xml": """
                    <w:ftr xmlns:w="\(Self.w)"><w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p></w:ftr>
                    """,
                    "word/header1.xml": "<w:hdr xmlns:w=\"\(Self.w)\"><w:p><w:r><w:t>Đầu</w:t></w:r></w:p></w:hdr>",
                ])))
        #expect(
            parts == [
                .init(name: "word/document.xml", paragraphs: ["Trường\t Hoa Sen", ""]),
                .init(name: "word/footer1.xml", paragraphs: ["Trang "]),
                .init(name: "word/header1.xml", paragraphs: ["Đầu"]),
            ])
        #expect(DocumentText.paragraphs(of: package(["word/document.xml": "<w:document"])) == nil)
    }

    @Test func bodyTextOfADocx() throws {
        let docx = try package([
            "word/document.xml":
                "<w:document xmlns:w=\"\(Self.w)\"><w:body><w:p><w:r><w:t>Một</w:t></w:r></w:p><w:p><w:r><w:t>Hai</w:t></w:r></w:p></w:body></w:document>"
        ]).docxData()
        #expect(DocumentText.body(ofDocx: docx) == "MộtHai")
        #expect(DocumentText.body(ofDocx: Array("not a zip".utf8)) == nil)
    }

    @Test func archiveKeepsEntryOrderAndIsDeterministic() throws {
        let entries = [ArchiveWriter.Entry(name: "b.txt", bytes: [1]), ArchiveWriter.Entry(name: "a.txt", bytes: [2, 3])]
        let bytes = try ArchiveWriter.bytes(of: entries)
        #expect(try ArchiveWriter.bytes(of: entries) == bytes)
        #expect(!OOXMLPackage.hasStrayBytes(bytes))
        #expect(OOXMLPackage.hasStrayBytes(bytes + [0]))
        let opened = try OOXMLPackage.open(docx: bytes, name: "archive.zip")
        #expect(opened.part("b.txt") == [1])
        #expect(opened.part("a.txt") == [2, 3])
        // The first local entry is the first given.
        #expect(Array(bytes[30..<35]) == Array("b.txt".utf8))
    }
}
