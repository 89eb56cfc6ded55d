import Testing
import ZipCore

@Test func archiveIsDeterministicAndReadsBack() throws {
    let entries = [ZipWriter.Entry(name: "a.txt", bytes: Array("xin chào".utf8)), ZipWriter.Entry(name: "b/c.xml", bytes: Array("<c/>".utf8))]
    let first = try ZipWriter.archive(entries)
    #expect(try ZipWriter.archive(entries) == first)
    let reader = try ZipReader(bytes: first)
    #expect(reader.entries.map(\.name) == ["a.txt", "b/c.xml"])
    #expect(String(decoding: try reader.read(reader.entries[0]), as: UTF8.self) == "xin chào")
}
