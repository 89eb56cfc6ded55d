import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Values carrying control characters: each is written the way docxtpl writes it, or refused
/// with a located error; never written raw into a part Word would refuse.
@Suite struct ControlCharacterTests {
    /// The body rendered by both renderers, which must agree byte for byte.
    private func body(_ body: String, _ context: TemplateValue) throws -> String {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return TestPackage.body(of: bytes)
    }

    /// The messages of a failing render, the same from both renderers.
    private func errors(_ body: String, _ context: TemplateValue, title: String? = nil) throws -> [String] {
        let template = try Template(package: TestPackage.make(body: body, title: title), name: "Forms/M3")
        var results: [[String]] = []
        for trees in [false, true] {
            do {
                _ = try template.render(context, forcingTrees: trees)
                results.append([])
            } catch {
                results.append(error.diagnostics.map { $0.rendered(in: .vi) })
            }
        }
        #expect(results[0] == results[1])
        return results[0]
    }

    @Test func formFeedIsAPageBreak() throws {
        #expect(
            try body(#"<w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p>"#, ["x": "trang 1\u{0C}trang 2"])
                == #"<w:p><w:r><w:t xml:space="preserve">trang 1</w:t><w:br w:type="page"/><w:t xml:space="preserve">trang 2</w:t></w:r></w:p>"#)
    }

    @Test func bellStartsANewParagraphWithTheSameFormatting() throws {
        let template =
            #"<w:p w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A {{ x }} B</w:t></w:r></w:p>"#
        #expect(
            try body(template, ["x": "một\u{07}hai\u{07}ba"]) == """
                <w:p xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w14:paraId="1A2B3C4D"><w:pPr><w:jc w:val="center"/></w:pPr>\
                <w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">một</w:t></w:r></w:p>\
                <w:p xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">hai</w:t></w:r></w:p>\
                <w:p xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ba</w:t></w:r>\
                <w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> B</w:t></w:r></w:p>
                """)
    }

    @Test func bellInsideAHyperlinkSplitsTheLinkToo() throws {
        let template = #"<w:p><w:hyperlink r:id="rId9"><w:r><w:t>{{ x }}</w:t></w:r></w:hyperlink></w:p>"#
        #expect(
            try body(template, ["x": "a\u{07}b"]) == """
                <w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">a</w:t></w:r></w:hyperlink></w:p>\
                <w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">b</w:t></w:r></w:hyperlink></w:p>
                """)
    }

    @Test func theSectionEndsWithTheSecondParagraph() throws {
        let section = #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#
        let body = #"<w:p><w:pPr><w:jc w:val="left"/>"# + section + #"</w:pPr><w:r><w:t>{{ x }}</w:t></w:r></w:p>"# + TestPackage.sectionProperties
        let output = try Template(package: TestPackage.make(body: body), name: "t").render(["x": "a\u{07}b"])
        let document = String(decoding: output.part("word/document.xml") ?? [], as: UTF8.self)
        #expect(
            document.contains(
                """
                <w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">a</w:t></w:r></w:p>\
                <w:p><w:pPr><w:jc w:val="left"/>\(section)</w:pPr><w:r><w:t xml:space="preserve">b</w:t></w:r></w:p>
                """))
    }

    @Test func bellInEveryRowOfALongTableLoop() throws {
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let table =
            "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + cell("{%tr for m in ms %}") + "</w:tr><w:tr>" + cell("{{ m }}")
            + "</w:tr><w:tr>" + cell("{%tr endfor %}") + "</w:tr></w:tbl>"
        let template = try Template(package: TestPackage.make(body: table), name: "t")
        let context: TemplateValue = ["ms": .list((1...150).map { .string("\($0)\u{07}tiếp") })]
        let batched = try template.render(context, forcingTrees: true, rowsPerMarkup: 4)
        let whole = try template.render(context, forcingTrees: true, rowsPerMarkup: .max)
        #expect(batched.part("word/document.xml") == whole.part("word/document.xml"))
        let text = try TestPackage.text(of: batched)
        #expect(text.split(separator: "\n").first == "1/tiếp")
        #expect(text.split(separator: "\n").count == 150)
        #expect(!TestPackage.body(of: batched).contains("hoso-paragraph-break"))
    }

    /// Every control character XML cannot carry, and the two non-characters.
    static let refused: [UInt32] = Array(0x00...0x06) + [0x08, 0x0B] + Array(0x0E...0x1F) + [0xFFFE, 0xFFFF]

    @Test(arguments: refused)
    func refusedCharacterIsALocatedError(_ code: UInt32) throws {
        let value = "ab" + String(Character(Unicode.Scalar(code)!)) + "c"
        let hex = String(code, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        #expect(
            try errors(#"<w:p><w:r><w:t>{{ unit.name }}</w:t></w:r></w:p>"#, ["unit": ["name": .string(value)]]) == [
                "Forms/M3:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ unit.name }}': giá trị của 'unit.name' có ký tự điều khiển \(name) sau 'ab' mà Word không mở được; hãy xoá ký tự này khỏi dữ liệu (được dùng: \\n xuống dòng, \\t tab, \\a đoạn mới, \\f ngắt trang)"
            ])
    }

    @Test func strippingDropsWhatDocxtplDropsAndKeepsWhatValuesMean() throws {
        // `hoso fill --strip-control`: U+0000–U+0006, U+0008, U+000B, U+000E–U+001F, U+FFFE, U+FFFF go, in texts and field names.
        let value: TemplateValue = [
            "a\u{01}": ["x\u{00}\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{08}\u{0B}\u{0E}\u{1F}\u{FFFE}\u{FFFF}y", 1, nil, true],
            "b\u{FFFF}\u{00}": "ăn\u{FFFE}uống",
            "keep": "1\t2\n3\r4\u{0C}5\u{07}6 ắ",
        ]
        #expect(value.strippingControlCharacters() == ["a": ["xy", 1, nil, true], "b": "ănuống", "keep": "1\t2\n3\r4\u{0C}5\u{07}6 ắ"])
        let stripped = try body(
            #"<w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p>"#, (["x": "a\u{01}b\u{07}c\u{0B}d"] as TemplateValue).strippingControlCharacters())
        #expect(stripped == #"<w:p><w:r><w:t xml:space="preserve">ab</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">cd</w:t></w:r></w:p>"#)
    }

    @Test func refusedInATableLoopAndThroughAFilter() throws {
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let table =
            "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + cell("{%tr for m in ms %}") + "</w:tr><w:tr>" + cell("{{ m | upper }}")
            + "</w:tr><w:tr>" + cell("{%tr endfor %}") + "</w:tr></w:tbl>"
        let messages = try errors(table, ["ms": ["tốt", "\u{0B}xấu"]])
        #expect(
            messages.map { $0.replacingOccurrences(of: #"^.*?lỗi: "#, with: "", options: .regularExpression) } == [
                "bảng 1, hàng 2, ô 1: thẻ '{{ m | upper }}': giá trị có ký tự điều khiển U+000B ở đầu mà Word không mở được; hãy xoá ký tự này khỏi dữ liệu (được dùng: \\n xuống dòng, \\t tab, \\a đoạn mới, \\f ngắt trang)"
            ])
    }

    @Test func theTitleTakesNoControlCharacter() throws {
        #expect(
            try errors("<w:p/>", ["t": "Hồ sơ\u{07}2024"], title: "{{ t }}") == [
                "Forms/M3:docProps/core.xml:2: lỗi: tiêu đề tài liệu: thẻ '{{ t }}': giá trị của 't' có ký tự điều khiển U+0007 sau 'Hồ sơ'; tiêu đề tài liệu chỉ nhận văn bản thường, hãy xoá ký tự này khỏi dữ liệu"
            ])
    }

    @Test func piecesOfText() {
        var pieces: [RunText.Piece] = []
        RunText.forEachPiece(of: "a\r\nb\rc\nd\te\u{0C}f\u{07}g") { pieces.append($0) }
        #expect(
            pieces == [
                .text("a"), .lineBreak, .text("b"), .lineBreak, .text("c"), .lineBreak, .text("d"), .tab, .text("e"),
                .pageBreak, .text("f"), .paragraphBreak, .text("g"),
            ])
        #expect(RunText.firstInvalidCharacter(in: "ok\t\n\r\u{07}\u{0C}") == nil)
        #expect(RunText.firstInvalidCharacter(in: "xé\u{01}") == RunText.InvalidCharacter(scalar: "\u{01}", offset: 2))
        #expect(RunText.firstInvalidCharacter(in: "\u{FFFD}ok") == nil)
    }
}
