import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// Every file of `Broken/` fails with exactly the located messages its `.expected` file lists.
@Suite struct BrokenCatalogueTests {
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.broken)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func catalogueCoversAtLeastTwentyFiveFaults() {
        #expect(Self.files.count >= 25)
    }

    @Test(arguments: files)
    func failsWithTheExpectedMessages(file: String) throws {
        let path = (Paths.broken as NSString).appendingPathComponent(file)
        let expectedPath = (path as NSString).deletingPathExtension + ".expected"
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = FixtureTests.loader.load(path: path, displayName: "Broken/\(file)")
        #expect(!result.isValid)
        #expect(CheckReport(result: result).exitCode == 1)
        let vietnamese = expected.filter { $0.hasPrefix("vi: ") }.map { String($0.dropFirst(4)) }
        #expect(!vietnamese.isEmpty)
        #expect(result.diagnostics.map { $0.rendered(in: .vi) } == vietnamese)
        let english = expected.filter { $0.hasPrefix("en: ") }.map { String($0.dropFirst(4)) }
        if !english.isEmpty {
            #expect(result.diagnostics.map { $0.rendered(in: .en) } == english)
        }
    }

    @Test func notUTF8IsLocated() throws {
        var bytes = Array("unit:\n  name: Tr".utf8)
        bytes += [0xF0 & 0x7F | 0x80, 0x20]  // a lone continuation byte, as Windows-1258 text gives
        let path = NSTemporaryDirectory() + "hoso-latin1-\(UUID().uuidString).yaml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = FixtureTests.loader.load(path: path, displayName: "latin1.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "latin1.yaml:2:11: lỗi: tệp không phải UTF-8 (byte 0xF0): hãy lưu lại tệp với mã hóa UTF-8"
            ])
    }

    @Test func emptyFileSaysHowToStart() {
        let result = FixtureTests.loader.parse(text: "# chỉ có chú thích\n", file: "rong.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "rong.yaml:1:1: error: the file holds no data: run 'hoso init' for a starter file"
            ])
    }

    @Test func missingFileIsReported() {
        let result = FixtureTests.loader.load(path: "/nonexistent/hoso.yaml", displayName: "hoso.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "hoso.yaml: lỗi: không đọc được tệp '/nonexistent/hoso.yaml': kiểm tra đường dẫn và quyền đọc"
            ])
    }
}
