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

@Test func anEmptyFileIsNotAnArchive() {
    #expect(throws: ZipError("not a zip archive: the file is empty")) { try ZipReader(bytes: []) }
}

@Test func aTruncatedArchiveSaysItMayBeCutShort() throws {
    let archive = try ZipWriter.archive([ZipWriter.Entry(name: "a.xml", bytes: Array(repeating: 65, count: 5_000))])
    let message = "not a zip archive (no zip directory at its end: another kind of file, or a zip cut short)"
    #expect(throws: ZipError(message)) { try ZipReader(bytes: Array(archive.prefix(archive.count / 2))) }
    #expect(throws: ZipError(message)) { try ZipReader(bytes: Array("This is text, not a zip file.".utf8)) }
}
