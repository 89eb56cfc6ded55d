import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// Hostile data files fail at once, located, within `DataLimits`.
@Suite struct DataLimitsTests {
    static let small = DataLimits(maxFileSize: 1_000, maxValueCount: 100)

    @Test func aFileBeyondTheSizeLimitIsNotParsed() throws {
        let path = NSTemporaryDirectory() + "hoso-large-\(UUID().uuidString).yaml"
        try Data(("unit:\n  name: \"" + String(repeating: "a", count: 2_000) + "\"\n").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = AssessmentLoader(catalog: FixtureTests.loader.catalog, limits: Self.small).load(path: path, displayName: "lon.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "lon.yaml: lỗi: tệp có 2017 byte, vượt giới hạn 1000 byte của một tệp dữ liệu (dữ liệu của một đơn vị chỉ vài chục KB): kiểm tra lại đường dẫn"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "lon.yaml: error: the file has 2017 bytes, beyond the 1000-byte limit for a data file (a unit's data takes a few tens of KB): check the path"
            ])
    }

    /// A device (endless, or blocking) is refused before a byte is read.
    @Test func anEndlessDeviceIsRefusedBeforeItIsRead() {
        let result = AssessmentLoader(catalog: FixtureTests.loader.catalog, limits: Self.small).load(path: "/dev/zero")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "/dev/zero: lỗi: '/dev/zero' là một thiết bị, không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường"
            ])
    }

    @Test func theDefaultLimitIsSixteenMegabytes() {
        #expect(DataLimits.default.maxFileSize == 16 << 20)
        let text = String(repeating: "#", count: (16 << 20) + 1)
        let result = FixtureTests.loader.parse(text: text, file: "lon.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "lon.yaml: error: the file has 16777217 bytes, beyond the 16 MB limit for a data file (a unit's data takes a few tens of KB): check the path"
            ])
    }

    /// "Billion laughs" in YAML: nine levels of ten aliases each.
    static let aliasBomb: String = {
        var lines = [#"a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\nunit: *a9\n"
    }()

    @Test func anAliasBombStopsAtTheValueLimit() {
        let result = AssessmentLoader(catalog: FixtureTests.loader.catalog, limits: Self.small).parse(text: Self.aliasBomb, file: "bom.yaml")
        // a0 holds 1 + 10 values and its key; a1 then passes 100.
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "bom.yaml:2:1: lỗi: a1: dữ liệu có hơn 100 giá trị khi mở rộng các bí danh '*' (có thể là \"bom bí danh\" YAML): hãy viết thẳng dữ liệu ra, đừng lồng bí danh vào nhau"
            ])
    }

    @Test func anAliasBombStopsAtTheDefaultLimitToo() {
        let result = FixtureTests.loader.parse(text: Self.aliasBomb, file: "bom.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "bom.yaml:6:1: error: a5: the data holds more than 1000000 values once its '*' aliases are expanded (possibly a YAML \"alias bomb\"): write the data out instead of nesting aliases"
            ])
    }

    @Test func aliasesWithinTheLimitAreFine() {
        let source = YAMLSource.parse(text: "a: &x [1, 2]\nb: *x\n", file: "ok.yaml", limits: Self.small)
        #expect(source.diagnostics.isEmpty)
        #expect(source.root != nil)
    }

    @Test(arguments: [("lists", "1:8"), ("mappings", "1:3999")])
    func tenThousandLevelsOfNestingAreRefusedPlainly(kind: String, location: String) {
        let text =
            kind == "lists"
            ? "unit: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            : "unit: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        let result = FixtureTests.loader.parse(text: text, file: "sau.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "sau.yaml:\(location): lỗi: dữ liệu lồng nhau quá sâu (hơn 1000 tầng danh sách hoặc nhóm 'khóa: giá trị' trong nhau): dữ liệu của một đơn vị chỉ cần vài tầng"
            ])
    }
}

/// Members are matched by name (and position) through hashing, not by comparing each with every
/// other: with thousands of members, a repeated name still points at its first occurrence.
@Test func repeatedMembersPointAtTheFirstAmongThousands() throws {
    var text = try String(contentsOfFile: Paths.repository("Fixtures/an-son-2023.yaml"), encoding: .utf8)
    let extra =
        (1...3_000).map { "  - {name: Thành viên \($0), position: Giáo viên, emulation_title: LĐTT}" }
        + [
            "  - {name: Thành viên 7, position: Giáo viên, emulation_title: LĐTT}",
            "  - {name: Thành viên 9, position: Nhân viên, emulation_title: LĐTT}",
        ]
    text = text.replacingOccurrences(of: "\n# Điểm theo báo cáo", with: "\n" + extra.joined(separator: "\n") + "\n# Điểm theo báo cáo")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first7 = try #require(lines.firstIndex { $0.contains("{name: Thành viên 7,") }) + 1
    let result = FixtureTests.loader.parse(text: text, file: "lon.yaml", directory: Paths.repository("Fixtures"))
    // Member 35 is "Thành viên 7" (28 in the fixture, then the new ones); the repeats follow the 3,000.
    #expect(
        result.diagnostics.map { $0.rendered(in: .en) }.filter { $0.contains("Thành viên") } == [
            "lon.yaml:\(first7 + 2_994):12: error: members[3029].name: 'Thành viên 7' repeats member 35 (line \(first7)) with the same position: delete one",
            "lon.yaml:\(first7 + 2_995):12: warning: members[3030].name: 'Thành viên 9' has the same name as member 37: if they are two people, add notes to tell them apart",
        ])
}
