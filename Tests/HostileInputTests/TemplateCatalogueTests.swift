import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile templates through every command that opens one: each is refused with one clear,
/// located message, in bounded time and memory, and nothing is written.
@Suite struct TemplateCatalogueTests {
    enum Command: String, CaseIterable, Sendable {
        case fill, fillInEnglish, render, validate, verify
    }

    /// What the tool says about each template: where (after the file's path) and what.
    static func expected(_ template: HostileTemplate) -> (place: String, vi: String, en: String) {
        let refused = (vi: "; tệp bị từ chối", en: "; the file is refused")
        func unsafe(_ name: String) -> (String, String, String) {
            (
                "", "tên phần '\(name)' không an toàn (đường dẫn tuyệt đối hoặc có '..')" + refused.vi,
                "unsafe part name '\(name)' (absolute or containing '..')" + refused.en
            )
        }
        let dtd = (
            vi: "XML không hợp lệ: a document type declaration (DTD) is not allowed",
            en: "malformed XML: a document type declaration (DTD) is not allowed"
        )
        let notZip = "not a zip archive (no zip directory at its end: another kind of file, or a zip cut short)"
        switch template {
        case .parentFolderEntry: return unsafe("../evil.xml")
        case .absoluteEntry: return unsafe("/etc/evil.xml")
        case .driveLetterEntry: return unsafe("C:\\Windows\\evil.xml")
        case .declaredSizeBomb:
            return (
                "", "gói giải nén ra 4294967280 byte, vượt giới hạn 268435456 byte" + refused.vi,
                "the package uncompresses to 4294967280 bytes, more than the limit of 268435456" + refused.en
            )
        case .compressionRatioBomb:
            // 20 MiB of zeros deflate to about 20 KB: the ratio (about 1,000:1) is libzip's to decide.
            let ratio = HostileTemplate.compressionRatioOfZeros
            return (
                "", "phần 'word/media/zeros.bin' nén với tỉ lệ \(ratio):1, vượt giới hạn 500:1 (có thể là bom zip)" + refused.vi,
                "part 'word/media/zeros.bin' is compressed \(ratio):1, beyond the limit of 500:1 (possibly a zip bomb)" + refused.en
            )
        case .thousandsOfEntries:
            let count = ((try? HostileTemplate.baseEntries().count) ?? 0) + HostileTemplate.extraEntries
            return (
                "", "gói có \(count) phần, vượt giới hạn 2000" + refused.vi,
                "the package has \(count) parts, more than the limit of 2000" + refused.en
            )
        case .externalEntity, .externalEntityFromFIFO, .billionLaughs:
            return (":word/document.xml:2:22", dtd.vi, dtd.en)
        case .deepNesting:
            return (
                ":word/document.xml:3:1367",
                "XML không hợp lệ: elements nested more than 256 levels deep (a real document needs a few dozen)",
                "malformed XML: elements nested more than 256 levels deep (a real document needs a few dozen)"
            )
        case .truncatedZip, .notAZip:
            return (
                "", "không phải tệp DOCX (zip) hợp lệ: không có mục lục zip ở cuối tệp: tệp loại khác, hoặc tệp zip bị cắt cụt",
                "not a valid DOCX (zip) file: " + notZip
            )
        case .emptyFile:
            return (
                "", "không phải tệp DOCX (zip) hợp lệ: tệp rỗng (0 byte)",
                "not a valid DOCX (zip) file: not a zip archive: the file is empty"
            )
        }
    }

    /// Whether the refusal happens while reading the zip (before any XML is parsed).
    static func isRefusedAsPackage(_ template: HostileTemplate) -> Bool {
        expected(template).place.isEmpty
    }

    @Test(arguments: HostileTemplate.allCases, Command.allCases)
    func isRefusedClearlyInBoundedTimeAndMemory(_ template: HostileTemplate, _ command: Command) throws {
        let folder = try temporaryFolder("template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("nobody-writes-here").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let path = folder.appendingPathComponent("mau.docx").path
        try Data(try template.bytes(fifo: fifo)).write(to: URL(fileURLWithPath: path))
        let output = folder.appendingPathComponent("out")

        let arguments: [String] =
            switch command {
            case .fill: ["fill", path, "Fixtures/bench/letter.json", "-o", output.path]
            case .fillInEnglish: ["fill", path, "Fixtures/bench/letter.json", "-o", output.path, "--lang", "en"]
            case .render: ["render", "Fixtures/an-son-2023.yaml", "--only", "M5", "--form", "M5=\(path)", "-o", output.path]
            case .validate: ["validate", path]
            case .verify: ["verify", path]
            }
        let outcome = try Confinement.hoso(arguments)

        #expect(!outcome.timedOut, "\(outcome)")
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.peakMegabytes < 256, "\(outcome)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written for a refused template")
        let (place, vi, en) = Self.expected(template)
        switch command {
        case .fill, .render:
            #expect(outcome.errors == "\(path)\(place): lỗi: \(vi)\n", "\(outcome)")
        case .fillInEnglish:
            #expect(outcome.errors == "\(path)\(place): error: \(en)\n", "\(outcome)")
        case .validate:
            #expect(outcome.output == "LỖI  \(path)\n  \(path)\(place): lỗi: \(vi)\n0 tệp đạt, 1 tệp có lỗi\n", "\(outcome)")
        case .verify:
            // verify reads the zip, then the provenance part; it never parses a part it does not need.
            let verdict =
                Self.isRefusedAsPackage(template)
                ? "không kiểm chứng được: \(vi)"
                : "không có dữ liệu nguồn của hoso: không phải tệp do hoso tạo, hoặc đã bị gỡ"
            #expect(outcome.output == "LỖI   \(path): \(verdict)\n", "\(outcome)")
        }
        #expect(!outcome.output.contains("root:x:0:0") && !outcome.errors.contains("root:x:0:0"), "/etc/passwd was read")
    }
}

/// An archive for `hoso verify` whose one entry declares 3.5 GiB over 8 MiB of data: verify bounds
/// an archive's uncompressed size (128 MiB), so it is refused on what it declares, before any of it
/// is allocated or inflated (it used to crash hoso under a 2 GB address space).
@Test func aLyingArchiveIsRefusedByVerifyWithoutAllocatingWhatItDeclares() throws {
    let folder = try temporaryFolder("archive")
    defer { try? FileManager.default.removeItem(at: folder) }
    var state: UInt32 = 2_463_534_242
    let noise = (0..<(8 << 20)).map { _ -> UInt8 in
        state ^= state << 13; state ^= state >> 17; state ^= state << 5
        return UInt8(truncatingIfNeeded: state)
    }
    let archive = HostileTemplate.lyingArchive(name: "evidence.pdf", declaredSize: 0xE000_0000, content: noise, method: 8)
    let path = folder.appendingPathComponent("luu-tru.zip").path
    try Data(archive).write(to: URL(fileURLWithPath: path))
    let outcome = try Confinement.hoso(["verify", path, "--lang", "en"])
    #expect(outcome.status == 1 && !outcome.timedOut, "\(outcome)")
    #expect(outcome.peakMegabytes < 256, "\(outcome)")
    #expect(
        outcome.output
            == "FAIL \(path): cannot be verified: the package uncompresses to 3758096384 bytes, more than the limit of 134217728; the file is refused\n",
        "\(outcome)")
}
