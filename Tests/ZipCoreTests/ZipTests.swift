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

/// Sizes around the deflate window chosen for each entry (512 bytes up to 32 KB, then 32 KB),
/// with bytes that do and do not repeat: every entry reads back exactly.
@Test(arguments: [0, 1, 511, 512, 513, 4_095, 4_097, 32_767, 32_769, 200_000])
func entriesOfEverySizeReadBackExactly(_ size: Int) throws {
    var state: UInt32 = 2_463_534_242
    let noise = (0..<size).map { _ -> UInt8 in
        state ^= state << 13; state ^= state >> 17; state ^= state << 5
        return UInt8(truncatingIfNeeded: state)
    }
    let text = Array(String(repeating: "<w:t>Nguyễn Văn An</w:t>", count: size / 20 + 1).utf8.prefix(size))
    let entries = [ZipWriter.Entry(name: "noise.bin", bytes: noise), ZipWriter.Entry(name: "word.xml", bytes: text)]
    let reader = try ZipReader(bytes: ZipWriter.archive(entries))
    #expect(reader.entries.map(\.uncompressedSize) == [UInt64(size), UInt64(size)])
    #expect(try reader.read(reader.entries[0]) == noise)
    #expect(try reader.read(reader.entries[1]) == text)
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

/// A header declaring 4 GiB for a 5,000-byte entry: reading fails on the data actually there,
/// without first making room for what the header claims.
@Test func aLyingHeaderIsAnErrorNotAnAllocation() throws {
    var archive = try ZipWriter.archive([ZipWriter.Entry(name: "a.xml", bytes: Array(repeating: 65, count: 5_000))])
    func patch(_ offset: Int, _ value: UInt32) {
        for index in 0..<4 { archive[offset + index] = UInt8(value >> (8 * UInt32(index)) & 0xFF) }
    }
    let end = archive.count - 22
    let directory = (0..<4).reduce(0) { $0 | Int(archive[end + 16 + $1]) << (8 * $1) }
    patch(22, 0xFFFF_FFF0)  // local header: uncompressed size
    patch(directory + 24, 0xFFFF_FFF0)  // central directory: uncompressed size
    let reader = try ZipReader(bytes: archive)
    #expect(reader.entries[0].uncompressedSize == 0xFFFF_FFF0)
    #expect(throws: ZipError("a.xml does not have the size its header declares")) { try reader.read(reader.entries[0]) }
}

/// An entry under 1 MB is inflated straight into its array: one declaring a byte less or a
/// byte more than it holds is an error, as a large one is.
@Test(arguments: [UInt32(4_999), 5_001, 0, 1_048_575])
func aSmallEntryOfAnotherSizeThanDeclaredIsAnError(_ declared: UInt32) throws {
    var archive = try ZipWriter.archive([ZipWriter.Entry(name: "a.xml", bytes: Array(repeating: 65, count: 5_000))])
    func patch(_ offset: Int, _ value: UInt32) {
        for index in 0..<4 { archive[offset + index] = UInt8(value >> (8 * UInt32(index)) & 0xFF) }
    }
    let end = archive.count - 22
    let directory = (0..<4).reduce(0) { $0 | Int(archive[end + 16 + $1]) << (8 * $1) }
    patch(22, declared)
    patch(directory + 24, declared)
    let reader = try ZipReader(bytes: archive)
    #expect(reader.entries[0].uncompressedSize == UInt64(declared))
    #expect(throws: ZipError.self) { try reader.read(reader.entries[0]) }
}

/// Parts of two pieces or more are deflated in parallel pieces (64 KiB at least, 16 at most):
/// around each boundary, and for a part cut into the most pieces, the archive reads back
/// exactly (libzip checks the combined CRC-32 as it reads) and is the same every time.
@Test(arguments: [131_071, 131_072, 131_073, 1_048_583, 9_000_001])
func partsDeflatedInPiecesReadBackExactlyAndDeterministically(_ size: Int) throws {
    var state: UInt32 = 88_172_645
    let row = Array(#"<w:tr><w:tc><w:p><w:r><w:t>Trần Thị Bích Ngọc</w:t></w:r></w:p></w:tc></w:tr>"#.utf8)
    // Rows of WordprocessingML with a random byte now and then, so matches cross the boundaries.
    let text = (0..<size).map { index -> UInt8 in
        state ^= state << 13; state ^= state >> 17; state ^= state << 5
        return state % 97 == 0 ? UInt8(truncatingIfNeeded: state) : row[index % row.count]
    }
    let entries = [ZipWriter.Entry(name: "word/document.xml", bytes: text)]
    let archive = try ZipWriter.archive(entries)
    #expect(archive == (try ZipWriter.archive(entries)))
    let reader = try ZipReader(bytes: archive)
    #expect(reader.entries[0].uncompressedSize == UInt64(size))
    #expect(reader.entries[0].compressedSize < UInt64(size / 4))
    #expect(try reader.read(reader.entries[0]) == text)
}

@Test func aCorruptedPieceIsACRCErrorOnRead() throws {
    let text = Array(String(repeating: "<w:t>Nguyễn Văn An</w:t>", count: 20_000).utf8)
    var archive = try ZipWriter.archive([ZipWriter.Entry(name: "word/document.xml", bytes: text)])
    // The local header is 30 bytes plus the name; flip one bit of the stored CRC-32 there and in
    // the central directory (at offset 16 of each header).
    let local = 14
    archive[local] ^= 0x01
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]  // "PK\u{1}\u{2}": a central directory header
    let found = (0..<(archive.count - 4)).last { Array(archive[$0..<($0 + 4)]) == signature }
    let central = try #require(found)
    archive[central + 16] ^= 0x01
    let reader = try ZipReader(bytes: archive)
    #expect(throws: ZipError.self) { try reader.read(reader.entries[0]) }
}

/// What `ZipWriter` writes has nothing outside its records; bytes appended (`cat x.pdf >> a.docx`)
/// or put before it, a zip comment, or a gap before the central directory are found.
@Test func strayBytesAroundAZipAreFound() throws {
    let zip = try ZipWriter.archive([ZipWriter.Entry(name: "a.xml", bytes: Array("<a/>".utf8))])
    #expect(!ZipLayout.hasStrayBytes(zip))
    #expect(ZipLayout.hasStrayBytes(zip + Array("%PDF-1.7".utf8)))
    #expect(ZipLayout.hasStrayBytes(Array("MZ".utf8) + zip))
    var commented = zip
    commented[commented.count - 2] = 3
    #expect(ZipLayout.hasStrayBytes(commented + Array("abc".utf8)))
    // Readers still open each: that is why verify must look.
    #expect(try ZipReader(bytes: zip + Array("%PDF-1.7".utf8)).entries.map(\.name) == ["a.xml"])
    #expect(try ZipReader(bytes: commented + Array("abc".utf8)).entries.map(\.name) == ["a.xml"])
    #expect(ZipLayout.hasStrayBytes([]))
}

/// `ZipWriter`'s archives (laid out by libzip) are pinned byte for byte: version 2.0 to extract, made by Unix 6.3, mode 0666, 1980-01-01, the UTF-8 flag only on a
/// name that is not ASCII, an empty entry deflated to two bytes, no extra fields, no comment.
@Test func archivesAreLaidOutAsLibzipLaidThemOut() throws {
    let archive = try ZipWriter.archive([
        ZipWriter.Entry(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8)),
        ZipWriter.Entry(name: "empty", bytes: []),
        ZipWriter.Entry(name: "word/é.xml", bytes: Array("x".utf8)),
    ])
    let expected =
        "504b030414000000080000002100c71c173c0a00000008000000130000005b436f6e74656e745f54797065735d2e786d6cb309a92c482dd6b70300"
        + "504b03041400000008000000210000000000020000000000000005000000656d7074790300"
        + "504b0304140000080800000021008316dc8c03000000010000000b000000776f72642fc3a92e786d6cab0000"
        + "504b01023f0314000000080000002100c71c173c0a00000008000000130000000000000000000000b681000000005b436f6e74656e745f54797065735d2e786d6c"
        + "504b01023f0314000000080000002100000000000200000000000000050000000000000000000000b6813b000000656d707479"
        + "504b01023f03140000080800000021008316dc8c03000000010000000b0000000000000000000000b68160000000776f72642fc3a92e786d6c"
        + "504b05060000000003000300ad0000008c0000000000"
    #expect(archive.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() == expected)
}
