import Foundation
import OOXML
import Testing

/// `hoso fill --strip-control`: control characters Word refuses are dropped from the data, as
/// docxtpl 0.20 drops them; without the flag they stay a located error and nothing is written.
@Suite struct FillControlCharacterTests {
    private func writeTemplate(in folder: URL) throws -> URL {
        let template = folder.appendingPathComponent("mau")
        let files = [
            "[Content_Types].xml":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            "_rels/.rels":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
            "word/document.xml":
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ghi chú: {{ note }}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        ]
        for (name, text) in files {
            let url = template.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return template
    }

    @Test func controlCharactersAreAnErrorUnlessStripped() throws {
        let folder = try temporaryFolder("fill-control")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try writeTemplate(in: folder)
        let data = folder.appendingPathComponent("d.json")
        try Data(#"{"note": "Tốt\u0001 lắm\u000b!\u0007Đoạn mới\u001f"}"#.utf8).write(to: data)
        let output = folder.appendingPathComponent("out.docx")

        let refused = try run(hosoExecutable, ["fill", template.path, data.path, "-o", output.path])
        #expect(refused.status == 1)
        #expect(
            refused.errors.contains("mau:word/document.xml:1:") && refused.errors.contains("ký tự điều khiển U+0001 sau 'Tốt'"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let stripped = try run(hosoExecutable, ["fill", "--strip-control", template.path, data.path, "-o", output.path])
        #expect(stripped.status == 0, "\(stripped.errors)")
        let document = String(decoding: try OOXMLPackage.open(at: output).part("word/document.xml") ?? [], as: UTF8.self)
        #expect(
            document.contains(#"<w:t xml:space="preserve">Tốt lắm!</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Đoạn mới</w:t>"#),
            "\(document)")
        let checker = try #require(docxCheck, "docx-check not found")
        let checked = try run(checker, ["--render", output.path])
        #expect(checked.status == 0 && checked.output.contains("1 passed, 0 failed"), "\(checked.output)")
    }
}
