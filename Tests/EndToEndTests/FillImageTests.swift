import Foundation
import OOXML
import Testing

/// `hoso fill` with image values: pictures are read beside the data file, wherever the command
/// runs from, and a path leaving that folder is a located error in the user's language.
@Suite struct FillImageTests {
    /// A 4×2 red PNG (3780 px/m), 115 bytes.
    static let logo: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x04,
        0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xF0, 0xCA, 0xEA, 0x34, 0x00, 0x00, 0x00, 0x09, 0x70, 0x48, 0x59,
        0x73, 0x00, 0x00, 0x0E, 0xC4, 0x00, 0x00, 0x0E, 0xC4, 0x01, 0x95, 0x2B, 0x0E, 0x1B, 0x00, 0x00, 0x00, 0x25, 0x49, 0x44,
        0x41, 0x54, 0x78, 0x01, 0x01, 0x1A, 0x00, 0xE5, 0xFF, 0x00, 0xC0, 0x00, 0x00, 0xC0, 0x00, 0x00, 0xC0, 0x00, 0x00, 0xC0,
        0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0xC0, 0x00, 0x00, 0xC0, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x54, 0x1A, 0x06, 0x01, 0xEB,
        0x3C, 0xA5, 0x96, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    /// An unpacked template whose body prints `{{ logo }}`.
    private func writeTemplate(in folder: URL) throws -> URL {
        let template = folder.appendingPathComponent("mau")
        let files = [
            "[Content_Types].xml":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            "_rels/.rels":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
            "word/document.xml":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Biểu trưng: {{ logo }}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        ]
        for (name, text) in files {
            let url = template.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return template
    }

    @Test func picturesAreReadBesideTheDataFile() throws {
        let folder = try temporaryFolder("fill-image")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try writeTemplate(in: folder)
        let data = folder.appendingPathComponent("du-lieu")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(Self.logo).write(to: data.appendingPathComponent("logo.png"))
        try Data(#"{"logo": {"image": "logo.png", "width_mm": 40}}"#.utf8).write(to: data.appendingPathComponent("d.json"))
        try Data("logo:\n  image: logo.png\n  height_mm: 20\n".utf8).write(to: data.appendingPathComponent("d.yaml"))
        // Run from the package root: the picture is found beside the data file, not there.
        for name in ["d.json", "d.yaml"] {
            let output = folder.appendingPathComponent("\(name).docx")
            let result = try run(hosoExecutable, ["fill", template.path, data.appendingPathComponent(name).path, "-o", output.path])
            #expect(result.status == 0, "\(result.errors)")
            let package = try OOXMLPackage.open(at: output)
            #expect(package.part("word/media/image1.png") == Self.logo)
            #expect(String(decoding: package.part("word/document.xml") ?? [], as: UTF8.self).contains(#"<wp:extent cx="1440000" cy="720000"/>"#))
            let checker = try #require(docxCheck, "docx-check not found")
            let checked = try run(checker, ["--render", output.path])
            #expect(checked.status == 0 && checked.output.contains("1 passed, 0 failed"), "\(checked.output)")
        }
    }

    @Test func aPathLeavingTheDataFolderIsRefusedInTheUsersLanguage() throws {
        let folder = try temporaryFolder("fill-image-out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try writeTemplate(in: folder)
        try Data(Self.logo).write(to: folder.appendingPathComponent("logo.png"))
        let data = folder.appendingPathComponent("du-lieu")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(#"{"logo": {"image": "../logo.png"}}"#.utf8).write(to: data.appendingPathComponent("d.json"))
        let output = folder.appendingPathComponent("out.docx")
        let arguments = ["fill", template.path, data.appendingPathComponent("d.json").path, "-o", output.path]
        let vietnamese = try run(hosoExecutable, arguments)
        #expect(vietnamese.status == 1)
        #expect(vietnamese.errors.contains("\(template.path):word/document.xml:1:"))
        #expect(
            vietnamese.errors.contains(
                "lỗi: đoạn 1: thẻ '{{ logo }}': ảnh '../logo.png': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu"))
        let english = try run(hosoExecutable, arguments + ["--lang", "en"])
        #expect(english.status == 1)
        #expect(
            english.errors.contains(
                "error: paragraph 1: tag '{{ logo }}': picture '../logo.png': the path must be relative and stay inside the data file's folder"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written on failure")
    }
}
