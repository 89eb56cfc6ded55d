import Testing
import ZipCore

@Test func roundTripIsDeterministic() throws {
    let entries = [
        ZipWriter.Entry(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8)),
        ZipWriter.Entry(name: "word/document.xml", bytes: Array(repeating: UInt8(ascii: "x"), count: 10_000)),
        ZipWriter.Entry(name: "empty", bytes: []),
    ]
    let first = try ZipWriter.archive(entries)
    let second = try ZipWriter.archive(entries)
    #expect(first == second)
    let reader = try ZipReader(bytes: first)
    #expect(reader.entries.map(\.name) == ["[Content_Types].xml", "word/document.xml", "empty"])
    #expect(reader.entries[1].uncompressedSize == 10_000 && reader.entries[1].compressedSize < 200)
    #expect(try reader.read(reader.entries[1]) == entries[1].bytes)
    #expect(try reader.read(reader.entries[2]) == [])
}

@Test func garbageIsNotAnArchive() {
    #expect(throws: ZipError.self) { try ZipReader(bytes: Array("not a zip".utf8)) }
}

@Test func fastDeflateStillShrinksWordXMLAndIsDeterministic() throws {
    let row = #"<w:tr><w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Nguyễn Văn An</w:t></w:r></w:p></w:tc></w:tr>"#
    let document = Array(String(repeating: row, count: 2_000).utf8)
    let entries = [ZipWriter.Entry(name: "word/document.xml", bytes: document)]
    let archive = try ZipWriter.archive(entries)
    #expect(archive == (try ZipWriter.archive(entries)))
    let reader = try ZipReader(bytes: archive)
    #expect(reader.entries[0].compressedSize < UInt64(document.count / 20))
    #expect(try reader.read(reader.entries[0]) == document)
}
