import Diagnostics
import Foundation
import OOXML
import Testing
import XMLCore
import ZipCore

private func minimalParts() -> [String: [UInt8]] {
    [
        "[Content_Types].xml": Array(
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
                .utf8),
        "_rels/.rels": Array(
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/></Relationships>"#
                .utf8),
        "word/document.xml": Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".utf8),
        "word/_rels/document.xml.rels": Array(
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x" TargetMode="External"/></Relationships>"#
                .utf8),
        "word/header1.xml": Array("<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".utf8),
    ]
}

@Test func partsAreFoundThroughRelationships() throws {
    let package = OOXMLPackage(parts: minimalParts())
    #expect(try package.mainDocumentPart() == "word/document.xml")
    #expect(
        try package.contentParts() == [ContentPart(name: "word/document.xml", kind: .body), ContentPart(name: "word/header1.xml", kind: .header)])
    #expect(try package.contentTypes().contentType(of: "word/header1.xml") == "application/xml")
    // What a template fills, from one reading of _rels/.rels: the same parts; no core properties here.
    let templateParts = try package.templateParts()
    #expect(templateParts.content == (try package.contentParts()) && templateParts.coreProperties == nil)
    var withCore = minimalParts()
    withCore["_rels/.rels"] = Array(
        String(decoding: withCore["_rels/.rels"]!, as: UTF8.self).replacingOccurrences(
            of: "</Relationships>",
            with:
                #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
        ).utf8)
    withCore["docProps/core.xml"] = Array("<cp:coreProperties xmlns:cp=\"urn:cp\"/>".utf8)
    #expect(try OOXMLPackage(parts: withCore).templateParts().coreProperties == "docProps/core.xml")
    #expect(package.partNames == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/header1.xml"])
}

@Test func writingIsByteIdenticalAndReadsBack() throws {
    let package = OOXMLPackage(parts: minimalParts())
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ooxml-\(UUID().uuidString).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try package.write(to: url)
    #expect(try package.docxData() == package.docxData())
    let reopened = try OOXMLPackage.open(at: url)
    #expect(reopened.partNames == package.partNames)
    #expect(reopened.part("word/header1.xml") == package.part("word/header1.xml"))
    #expect(try ZipReader(bytes: package.docxData()).entries.first?.name == "[Content_Types].xml")
}

@Test func unsafeNamesAndOversizedPackagesAreRefused() throws {
    #expect(!PartName.isSafe("../evil.xml") && !PartName.isSafe("/etc/passwd") && !PartName.isSafe("word/../../x"))
    #expect(PartName.isSafe("word/media/image1.png"))
    #expect(PartName.resolve("../media/a%20b.png", from: "word/document.xml") == "media/a b.png")
    #expect(PartName.resolve("../../x", from: "word/document.xml") == nil)
    let evil = try ZipWriter.archive([ZipWriter.Entry(name: "../evil.xml", bytes: [1])])
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("evil-\(UUID().uuidString).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(evil).write(to: url)
    #expect(throws: DiagnosticError.self) { try OOXMLPackage.open(at: url) }
    do { _ = try OOXMLPackage.open(at: url) } catch {
        #expect(error.diagnostics.first?.message.en == "unsafe part name '../evil.xml' (absolute or containing '..'); the file is refused")
    }
    try Data(OOXMLPackage(parts: minimalParts()).docxData()).write(to: url)
    let tight = PackageLimits(maxEntryCount: 2, maxTotalUncompressedSize: 1 << 20, maxCompressionRatio: 100, ratioThreshold: 1 << 20)
    do { _ = try OOXMLPackage.open(at: url, limits: tight); Issue.record("should refuse") } catch {
        #expect(error.diagnostics.first?.message.en == "the package has 5 parts, more than the limit of 2; the file is refused")
    }
}

/// A second entry under a part's name (exactly, or differing only in case) is refused: one reader
/// would check one copy while another tool shows the other (an attacker trial passed `verify` so).
@Test func twoPartsUnderOneNameAreRefused() throws {
    func refusal(_ bytes: [UInt8]) -> String? {
        do { _ = try OOXMLPackage.open(docx: bytes, name: "x.docx"); return nil } catch {
            return error.diagnostics.first?.message.vi
        }
    }
    let caseTwin = try ZipWriter.archive([
        ZipWriter.Entry(name: "word/document.xml", bytes: Array("<a/>".utf8)),
        ZipWriter.Entry(name: "WORD/document.xml", bytes: Array("<b/>".utf8)),
    ])
    #expect(refusal(caseTwin) == "gói có hai phần cùng tên 'WORD/document.xml' (tên phần không phân biệt chữ hoa, chữ thường); tệp bị từ chối")
    // The same name twice: written under two names, then the second renamed in place (the name
    // sits in the local header and in the central directory; no checksum covers it).
    var exactTwin = try ZipWriter.archive([
        ZipWriter.Entry(name: "word/document.xml", bytes: Array("<a/>".utf8)),
        ZipWriter.Entry(name: "word/documenX.xml", bytes: Array("<b/>".utf8)),
    ])
    let from = Array("documenX".utf8), to = Array("document".utf8)
    var index = 0
    while index + from.count <= exactTwin.count {
        if Array(exactTwin[index..<index + from.count]) == from {
            exactTwin.replaceSubrange(index..<index + from.count, with: to)
        }
        index += 1
    }
    #expect(try ZipReader(bytes: exactTwin).entries.map(\.name) == ["word/document.xml", "word/document.xml"])
    #expect(refusal(exactTwin) == "gói có hai phần cùng tên 'word/document.xml' (tên phần không phân biệt chữ hoa, chữ thường); tệp bị từ chối")
}

/// An entry that makes a part also a folder (`word/document.xml/` before or after the part, a
/// file under it, a part named like a folder above others) or a folder entry with an empty or
/// climbing segment is refused: unzip turns the part into an empty folder and LibreOffice fails,
/// so `verify` must not pass it (an attacker trial did).
@Test(arguments: [
    (["word/document.xml/", "*"], "word/document.xml/", "word/document.xml"),
    (["*", "word/document.xml/"], "word/document.xml/", "word/document.xml"),
    (["*", "word/document.xml/x.xml"], "word/document.xml/x.xml", "word/document.xml"),
    (["word", "*"], "word/_rels/document.xml.rels", "word"),
    (["*", "Word/Document.xml/"], "Word/Document.xml/", "word/document.xml"),
])
func anEntryThatIsBothFileAndFolderIsRefused(_ layout: [String], entry: String, file: String) throws {
    var entries: [ZipWriter.Entry] = []
    for name in layout {
        if name == "*" {
            entries += minimalParts().sorted { $0.key < $1.key }.map { ZipWriter.Entry(name: $0.key, bytes: $0.value) }
        } else {
            entries.append(ZipWriter.Entry(name: name, bytes: []))
        }
    }
    let bytes = try ZipWriter.archive(entries)
    do { _ = try OOXMLPackage.open(docx: bytes, name: "x.docx"); Issue.record("should refuse") } catch {
        #expect(
            error.diagnostics.map(\.message.vi) == [
                "gói có mục '\(entry)' dùng '\(file)' làm thư mục, trong khi '\(file)' là một phần (tệp) của gói: Word, LibreOffice và unzip không mở được gói như thế; tệp bị từ chối — hãy mở bằng Word rồi lưu lại, hoặc lập lại bằng hoso"
            ])
        #expect(
            error.diagnostics.map(\.message.en) == [
                "the package holds the entry '\(entry)', which uses '\(file)' as a folder while '\(file)' is a part (a file) of the package: Word, LibreOffice and unzip cannot open such a package; the file is refused — open it in Word and save it again, or render it again with hoso"
            ])
    }
}

@Test(arguments: ["word//", "/", "../", "word/../", "./"])
func aFolderEntryWithAnEmptyOrClimbingSegmentIsRefused(_ name: String) throws {
    let entries = minimalParts().sorted { $0.key < $1.key }.map { ZipWriter.Entry(name: $0.key, bytes: $0.value) }
    let bytes = try ZipWriter.archive(entries + [ZipWriter.Entry(name: name, bytes: [])])
    do { _ = try OOXMLPackage.open(docx: bytes, name: "x.docx"); Issue.record("should refuse") } catch {
        #expect(error.diagnostics.map(\.message.en) == ["unsafe part name '\(name)' (absolute or containing '..'); the file is refused"])
    }
    // A plain folder entry is fine.
    let plain = try ZipWriter.archive(entries + [ZipWriter.Entry(name: "word/media/", bytes: [])])
    #expect(try OOXMLPackage.open(docx: plain, name: "x.docx").partNames.count == entries.count)
}

@Test func repairFixesWhatLoopsLeaveBehind() throws {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let source = """
        <w:document xmlns:w="\(w)"><w:body><w:sectPr/><w:tbl><w:tr/></w:tbl>\
        <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc/></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr>\
        <w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>
        """
    let document = try XMLDocument(bytes: Array(source.utf8))
    WordRepair.repair(document)
    #expect(
        String(decoding: document.serialized(), as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="\(w)"><w:body><w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr>\
            <w:tr><w:trPr/><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>

            """)
}

/// One fault for each repair, inside `<w:body>`; the last case needs none.
@Test(arguments: [
    ("a row without cells", #"<w:tbl><w:tr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#, true),
    ("a table without rows", #"<w:p/><w:tbl></w:tbl><w:sectPr/>"#, true),
    (
        "a header row after a body row",
        #"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>"#, true
    ),
    ("a cell not ending with a paragraph", #"<w:tbl><w:tr><w:tc/></w:tr></w:tbl><w:sectPr/>"#, true),
    ("an empty body", #"<w:sectPr/>"#, true),
    ("section properties not last", #"<w:sectPr/><w:p/>"#, true),
    ("two section properties", #"<w:p><w:pPr/></w:p><w:sectPr/><w:sectPr/>"#, true),
    (
        "a repeated bookmark id",
        #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/></w:p><w:p><w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkEnd w:id="1"/></w:p><w:sectPr/>"#,
        true
    ),
    (
        "a repeated bookmark name",
        #"<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="a"/><w:bookmarkEnd w:id="2"/></w:p><w:sectPr/>"#,
        true
    ),
    (
        "a repeated drawing id",
        #"<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="a"/></wp:inline></w:drawing></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="b"/></wp:inline></w:drawing></w:r></w:p><w:sectPr/>"#,
        true
    ),
    (
        "nothing to repair",
        #"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:bookmarkStart w:id="1" w:name="a"/><w:bookmarkEnd w:id="1"/></w:p><w:sectPr/>"#,
        false
    ),
])
func needsRepairAgreesWithRepairAndChangesNothing(_ name: String, _ body: String, _ expected: Bool) throws {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let document = try XMLDocument(bytes: Array(#"<w:document xmlns:w="\#(w)"><w:body>\#(body)</w:body></w:document>"#.utf8))
    let before = document.serialized()
    #expect(WordRepair.needsRepair(document) == expected, "\(name)")
    #expect(document.serialized() == before, "needsRepair changed the document (\(name))")
    #expect(WordRepair.repair(document) == expected, "\(name)")
}

@Test func aFolderPackageSkipsHiddenFoldersLitterAndLinksOutside() throws {
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent("hoso-folder-\(getpid())")
    defer { try? manager.removeItem(at: root) }
    let outside = root.appendingPathComponent("outside.xml")
    let package = root.appendingPathComponent("pkg")
    for folder in ["_rels", "word", ".git"] {
        try manager.createDirectory(at: package.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    for name in ["_rels/.rels", "word/document.xml", ".git/HEAD", ".DS_Store"] {
        try Data(name.utf8).write(to: package.appendingPathComponent(name))
    }
    try Data("outside".utf8).write(to: outside)
    try manager.createSymbolicLink(atPath: package.appendingPathComponent("word/link.xml").path, withDestinationPath: "document.xml")
    try manager.createSymbolicLink(atPath: package.appendingPathComponent("word/escape.xml").path, withDestinationPath: outside.path)
    let opened = try OOXMLPackage.open(at: package)
    #expect(opened.partNames == ["_rels/.rels", "word/document.xml", "word/link.xml"])
    #expect(opened.part("word/link.xml") == Array("word/document.xml".utf8))
}
