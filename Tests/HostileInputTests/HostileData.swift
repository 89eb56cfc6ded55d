import Foundation
import Testing

/// A hostile or broken data file, built at run time (the 100 MB one never lives in git).
enum HostileData: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case aliasBomb, hundredMegabyteScalar, tenThousandNestedLists, tenThousandNestedMappings
    case invalidUTF8, endlessFile, rubricIsEndless

    var testDescription: String { rawValue }

    /// Where the file is: written into `folder`, or a device.
    func write(into folder: URL) throws -> String {
        let path = folder.appendingPathComponent("du-lieu.yaml").path
        let bytes: [UInt8]
        switch self {
        case .aliasBomb:
            var lines = [#"a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
            for level in 1...9 {
                lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
            }
            bytes = Array((lines.joined(separator: "\n") + "\nunit: *a9\n").utf8)
        case .hundredMegabyteScalar:
            // Written in pieces: the test itself stays small.
            try Data("unit:\n  name: \"".utf8).write(to: URL(fileURLWithPath: path))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
            for _ in 0..<100 { try handle.write(contentsOf: chunk) }
            try handle.write(contentsOf: Data("\"\n".utf8))
            return path
        case .tenThousandNestedLists:
            bytes = Array(("unit: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8)
        case .tenThousandNestedMappings:
            bytes = Array(("unit: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n").utf8)
        case .invalidUTF8:
            // An invalid two-byte sequence in a comment, then the An Sơn fixture.
            bytes = Array("# ghi chú ".utf8) + [0xC3, 0x28] + Array("\n".utf8) + Array(try Self.fixture().utf8)
        case .endlessFile:
            return "/dev/zero"
        case .rubricIsEndless:
            bytes = Array(try Self.fixture().replacingOccurrences(of: "rubric: tt22", with: "rubric: /dev/zero").utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func fixture() throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), encoding: .utf8)
    }

    /// The located line the tool prints for the file at `path`, in Vietnamese and English.
    func expected(_ path: String) -> (vi: String, en: String) {
        let tooLarge = (
            vi: "vượt giới hạn 16 MB của một tệp dữ liệu (dữ liệu của một đơn vị chỉ vài chục KB): kiểm tra lại đường dẫn",
            en: "beyond the 16 MB limit for a data file (a unit's data takes a few tens of KB): check the path"
        )
        let deep = (
            vi: "dữ liệu lồng nhau quá sâu (hơn 1000 tầng danh sách hoặc nhóm 'khóa: giá trị' trong nhau): dữ liệu của một đơn vị chỉ cần vài tầng",
            en: "the data is nested too deep (more than 1000 levels of lists or mappings inside each other): a unit's data needs only a few levels"
        )
        switch self {
        case .aliasBomb:
            return (
                "\(path):6:1: lỗi: a5: dữ liệu có hơn 1000000 giá trị khi mở rộng các bí danh '*' (có thể là \"bom bí danh\" YAML): hãy viết thẳng dữ liệu ra, đừng lồng bí danh vào nhau",
                "\(path):6:1: error: a5: the data holds more than 1000000 values once its '*' aliases are expanded (possibly a YAML \"alias bomb\"): write the data out instead of nesting aliases"
            )
        case .hundredMegabyteScalar:
            return ("\(path): lỗi: tệp có 104857617 byte, " + tooLarge.vi, "\(path): error: the file has 104857617 bytes, " + tooLarge.en)
        case .tenThousandNestedLists:
            return ("\(path):1:8: lỗi: " + deep.vi, "\(path):1:8: error: " + deep.en)
        case .tenThousandNestedMappings:
            return ("\(path):1:3999: lỗi: " + deep.vi, "\(path):1:3999: error: " + deep.en)
        case .invalidUTF8:
            return (
                "\(path):1:11: lỗi: tệp không phải UTF-8 (byte 0xC3): hãy lưu lại tệp với mã hóa UTF-8",
                "\(path):1:11: error: the file is not UTF-8 (byte 0xC3): save it again as UTF-8"
            )
        case .endlessFile, .rubricIsEndless:
            // A device is refused before a byte is read (it could be endless, or block).
            return (
                "/dev/zero: lỗi: '/dev/zero' là một thiết bị, không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường",
                "/dev/zero: error: '/dev/zero' is a device, not a regular file: hoso will not read or overwrite it; name a regular file"
            )
        }
    }
}
