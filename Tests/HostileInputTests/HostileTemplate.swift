import Foundation
import Testing
import ZipCore

/// A hostile or broken template, built at run time from the shipped M5 form (exported once).
enum HostileTemplate: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case parentFolderEntry, absoluteEntry, driveLetterEntry
    case declaredSizeBomb, compressionRatioBomb, thousandsOfEntries
    case externalEntity, externalEntityFromFIFO, billionLaughs, deepNesting
    case truncatedZip, notAZip, emptyFile

    var testDescription: String { rawValue }

    /// Entries added to the M5 form for `thousandsOfEntries` (the limit is 2,000 parts).
    static let extraEntries = 2_500

    /// The file's bytes. `fifo` is the path of a named pipe nobody writes to: opening it for
    /// reading blocks forever, so a parser that fetched it would hang (and be killed).
    func bytes(fifo: String) throws -> [UInt8] {
        let base = try Self.baseEntries()
        switch self {
        case .parentFolderEntry: return try Self.zip(base + [.init(name: "../evil.xml", bytes: Array("<x/>".utf8))])
        case .absoluteEntry: return try Self.zip(base + [.init(name: "/etc/evil.xml", bytes: Array("<x/>".utf8))])
        case .driveLetterEntry: return try Self.zip(base + [.init(name: "C:\\Windows\\evil.xml", bytes: Array("<x/>".utf8))])
        case .declaredSizeBomb: return Self.lyingArchive(name: "word/document.xml", declaredSize: 0xFFFF_FFF0)
        case .compressionRatioBomb:
            return try Self.zip(base + [.init(name: "word/media/zeros.bin", bytes: [UInt8](repeating: 0, count: 20 << 20))])
        case .thousandsOfEntries:
            let extra = (0..<Self.extraEntries).map { ZipWriter.Entry(name: "word/media/x\($0).xml", bytes: Array("<x/>".utf8)) }
            return try Self.zip(base + extra)
        case .externalEntity:
            return try Self.zip(
                Self.replacingDocument(
                    in: base,
                    with: Self.document(
                        declaration: #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#, body: "&xxe;")))
        case .externalEntityFromFIFO:
            return try Self.zip(
                Self.replacingDocument(
                    in: base,
                    with: Self.document(
                        declaration: #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://\#(fifo)">]>"#, body: "&xxe;")))
        case .billionLaughs:
            var entities = #"<!ENTITY lol0 "lol">"#
            for level in 1...9 {
                entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
            }
            return try Self.zip(
                Self.replacingDocument(
                    in: base,
                    with: Self.document(
                        declaration: "<!DOCTYPE w:document [\(entities)]>", body: "&lol9;")))
        case .deepNesting:
            let nesting = String(repeating: "<w:r>", count: 10_000) + String(repeating: "</w:r>", count: 10_000)
            return try Self.zip(Self.replacingDocument(in: base, with: Self.document(declaration: "", body: nesting)))
        case .truncatedZip:
            let whole = try Self.zip(base)
            return Array(whole.prefix(whole.count / 2))
        case .notAZip:
            return Array(String(repeating: "Đây là văn bản, không phải tệp zip.\n", count: 20).utf8)
        case .emptyFile:
            return []
        }
    }

    /// The uncompressed/compressed ratio of the zeros in `compressionRatioBomb`, as libzip deflates them.
    static var compressionRatioOfZeros: UInt64 {
        guard let bytes = try? compressionRatioBomb.bytes(fifo: ""), let reader = try? ZipReader(bytes: bytes),
            let entry = reader.entries.first(where: { $0.name == "word/media/zeros.bin" })
        else { return 0 }
        return entry.uncompressedSize / max(entry.compressedSize, 1)
    }

    /// The shipped M5 form, exported by `hoso forms export` once per test run.
    static func baseEntries() throws -> [ZipWriter.Entry] {
        let bytes = try exportedForm.get()
        let reader = try ZipReader(bytes: bytes)
        return try reader.entries.filter { !$0.isDirectory }.map { ZipWriter.Entry(name: $0.name, bytes: try reader.read($0)) }
    }

    /// The bytes of the shipped M5 form as `hoso forms export` writes it.
    static let exportedForm: Result<[UInt8], any Error> = Result {
        let folder = try temporaryFolder("form")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("M5.docx").path
        let outcome = try Confinement.hoso(["forms", "export", "M5", file])
        guard outcome.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["outcome": outcome.description]) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    /// Packed as an attacker would pack a bomb: at zlib's strongest level (zeros then shrink
    /// about a thousand-fold; hoso's own fast level gets some 230-fold).
    private static func zip(_ entries: [ZipWriter.Entry]) throws -> [UInt8] {
        try ZipWriter.archive(entries, level: 9)
    }

    private static func replacingDocument(in entries: [ZipWriter.Entry], with document: String) -> [ZipWriter.Entry] {
        entries.map { $0.name == "word/document.xml" ? ZipWriter.Entry(name: $0.name, bytes: Array(document.utf8)) : $0 }
    }

    /// A small main document: the declaration on line 1, `declaration` on line 2, the body
    /// (inside a run's text) on line 3 — so locations in messages do not depend on the form.
    private static func document(declaration: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        \(declaration)
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>\(body)</w:t></w:r></w:p><w:sectPr/></w:body></w:document>
        """
    }

    /// A one-entry archive whose headers declare `declaredSize` uncompressed bytes for `content`
    /// (stored, or marked deflated with `method` 8): what a reader that trusted the header would
    /// allocate.
    static func lyingArchive(
        name: String, declaredSize: UInt32,
        content: [UInt8] = [UInt8](repeating: UInt8(ascii: "x"), count: 100), method: Int = 0
    ) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
        let nameBytes = Array(name.utf8)
        let local =
            le32(0x0403_4B50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21) + le32(0)
            + le32(UInt32(content.count)) + le32(declaredSize) + le16(nameBytes.count) + le16(0) + nameBytes + content
        let central =
            le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21) + le32(0)
            + le32(UInt32(content.count)) + le32(declaredSize) + le16(nameBytes.count) + le16(0) + le16(0) + le16(0)
            + le16(0) + le32(0) + le32(0) + nameBytes
        let end =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count))
            + le32(UInt32(local.count)) + le16(0)
        return local + central + end
    }
}
