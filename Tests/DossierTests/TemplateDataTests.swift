import Diagnostics
import DocxTemplate
import Foundation
import Testing

@testable import Dossier

/// The data of `hoso fill` is read like assessment data: located problems, within `DataLimits`.
@Suite struct TemplateDataTests {
    @Test func numbersStayExactAndAnEmptyFileIsAnEmptyObject() throws {
        let value = try TemplateData.parse("a: 0.1\nb: [x, 2]\n", file: "d.yaml")
        #expect(value == .object(["a": .number(Decimal(string: "0.1")!), "b": .list([.string("x"), .number(2)])]), "\(value)")
        #expect(try TemplateData.parse("# nothing\n", file: "d.yaml") == .object([:]))
    }

    @Test func syntaxErrorsAreLocated() {
        #expect(throws: DiagnosticError.self) { try TemplateData.parse("{\"a\": 1,, }", file: "d.json") }
        do {
            _ = try TemplateData.parse("{\"a\": [1, 2}", file: "d.json")
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered(in: .en) } == [
                    "d.json:1:12: error: syntax error: a ',' is missing between two items (usually at the end of the line above) or the '[' opened at line 1 column 7 is not closed: add the ',' or the ']', or write one '- ' line per item"
                ])
            #expect(
                error.diagnostics.map { $0.rendered(in: .vi) } == [
                    "d.json:1:12: lỗi: lỗi cú pháp: thiếu dấu ',' giữa hai mục (thường ở cuối dòng trên) hoặc dấu '[' mở ở dòng 1 cột 7 chưa đóng: thêm ',' hoặc ']', hoặc viết mỗi mục một dòng '- '"
                ])
        }
    }

    @Test func anAliasBombIsRefusedBeforeItIsExpanded() {
        var lines = [#"a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        do {
            _ = try TemplateData.parse(lines.joined(separator: "\n"), file: "bom.yaml")
            Issue.record("the alias bomb was expanded")
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered(in: .vi) } == [
                    "bom.yaml:6:1: lỗi: a5: dữ liệu có hơn 1000000 giá trị khi mở rộng các bí danh '*' (có thể là \"bom bí danh\" YAML): hãy viết thẳng dữ liệu ra, đừng lồng bí danh vào nhau"
                ])
        }
    }

    @Test func invalidUTF8IsLocated() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-fill-\(UUID().uuidString).json")
        try Data(Array("{\"a\":\n \"x".utf8) + [0xFF] + Array("\"}".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DiagnosticError.self) { try TemplateData.load(from: url) }
        do {
            _ = try TemplateData.load(from: url)
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered(in: .en) } == [
                    "\(url.path):2:4: error: the file is not UTF-8 (byte 0xFF): save it again as UTF-8"
                ])
        }
    }
}
