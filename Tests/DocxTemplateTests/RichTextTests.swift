import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// `{{r x }}`: rich text given as data, written as runs that start from the tag's formatting.
@Suite struct RichTextTests {
    private let tag =
        #"<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">Kết quả: {{r result }}.</w:t></w:r></w:p>"#

    private func body(_ value: TemplateValue) throws -> String {
        let template = try Template(package: TestPackage.make(body: tag), name: "t")
        #expect(template.parts.allSatisfy { $0.program == nil }, "rich text is built as a tree")
        return TestPackage.body(of: try template.render(["result": value]))
    }

    private func errors(_ value: TemplateValue) throws -> [String] {
        let template = try Template(package: TestPackage.make(body: tag), name: "t")
        let checked = template.check(against: ["result": value]).map { $0.rendered(in: .en) }
        do {
            _ = try template.render(["result": value])
            return []
        } catch {
            let rendered = error.diagnostics.map { $0.rendered(in: .en) }
            #expect(rendered == checked)
            return rendered.map { $0.replacingOccurrences(of: #"^.*?tag '\{\{r result \}\}': "#, with: "", options: .regularExpression) }
        }
    }

    @Test func runsTakeTheTagFormattingThenTheirOwn() throws {
        let value: TemplateValue = [
            ["text": "Tốt", "bold": true, "color": "#c00000", "size": 14],
            " (",
            ["text": "95 điểm", "italic": false, "underline": true, "font": "Arial", "highlight": "yellow"],
            ["text": "2", "superscript": true, "strike": true],
            ")",
        ]
        let run = { (properties: String, text: String) in
            #"<w:r><w:rPr>\#(properties)</w:rPr><w:t xml:space="preserve">\#(text)</w:t></w:r>"#
        }
        #expect(
            try body(value) == "<w:p>"
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, "Kết quả: ")
                + run(
                    #"<w:rFonts w:ascii="Times New Roman"/><w:b/><w:bCs/><w:i/><w:color w:val="C00000"/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
                    "Tốt")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, " (")
                + run(
                    #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:i w:val="0"/><w:iCs w:val="0"/><w:sz w:val="26"/><w:highlight w:val="yellow"/><w:u w:val="single"/>"#,
                    "95 điểm")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:strike/><w:sz w:val="26"/><w:vertAlign w:val="superscript"/>"#, "2")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, ")")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, ".")
                + "</w:p>")
    }

    @Test func aPlainTextAndBreaksWork() throws {
        #expect(
            try body(["text": "a\nb\u{07}c"]).contains(#"<w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t></w:r></w:p><w:p>"#)
        )
        #expect(try body("chữ thường").contains(#"<w:t xml:space="preserve">chữ thường</w:t>"#))
        #expect(
            try body(nil)
                == #"<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">Kết quả: </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">.</w:t></w:r></w:p>"#
        )
    }

    @Test func wrongFieldsAreLocatedErrors() throws {
        #expect(try errors(["text": "x", "italc": true]) == ["rich text has no field 'italc'. Did you mean 'italic'?"])
        #expect(
            try errors(["text": "x", "color": "red"]) == [
                "rich text field 'color' does not take 'red'; it needs a 6-digit hex colour, e.g. \"C00000\""
            ])
        #expect(try errors(["text": "x", "size": 0]) == ["rich text field 'size' does not take '0'; it needs a size in points, e.g. 13 or 13.5"])
        #expect(
            try errors(["text": "x", "link": "javascript:alert(1)"]) == [
                "rich text field 'link' needs an http://, https:// or mailto: address without spaces, not 'javascript:alert(1)'"
            ])
        #expect(
            try errors(["text": "x", "link": "https://a b"]) == [
                "rich text field 'link' needs an http://, https:// or mailto: address without spaces, not 'https://a b'"
            ])
        #expect(try errors([["a"]]) == [#"item 1: a {{r }} value must be a text, an object {"text": …, "bold": true} or a list of those"#])
        #expect(try errors(["text": "a\u{01}"]).first?.hasPrefix("the value of 'result' holds control character U+0001") == true)
    }

    /// docxtpl's RichText fields: a character style, a hex highlight (written as shading), every
    /// ST_Underline value, right-to-left, a language, and a font for one script only.
    @Test func docxtplRichTextFieldsWork() throws {
        let value: TemplateValue = [
            ["text": "a", "style": "myrichtextstyle", "highlight": "#ffff00"],
            ["text": "b", "underline": "dotDotDash", "rtl": true, "lang": "ar-SA"],
            ["text": "c", "font": "eastAsia:Microsoft YaHei"],
        ]
        let run = { (properties: String, text: String) in
            #"<w:r><w:rPr>\#(properties)</w:rPr><w:t xml:space="preserve">\#(text)</w:t></w:r>"#
        }
        #expect(
            try body(value) == "<w:p>"
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, "Kết quả: ")
                + run(
                    #"<w:rStyle w:val="myrichtextstyle"/><w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>"#,
                    "a")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/><w:u w:val="dotDotDash"/><w:rtl/><w:lang w:val="ar-SA"/>"#, "b")
                + run(#"<w:rFonts w:ascii="Times New Roman" w:eastAsia="Microsoft YaHei"/><w:i/><w:sz w:val="26"/>"#, "c")
                + run(#"<w:rFonts w:ascii="Times New Roman"/><w:i/><w:sz w:val="26"/>"#, ".")
                + "</w:p>")
    }

    /// Every bad field of every item is reported in one run, each item numbered.
    @Test func everyBadFieldIsReported() throws {
        #expect(
            try errors([
                ["text": "a", "bold": "có", "underline": "squiggle"], "ok", ["text": "c", "font": "greek:Arial", "lang": "vi VN", "colr": "red"],
            ]) == [
                "item 1: rich text field 'bold' does not take 'có'; it needs true or false",
                "item 1: rich text field 'underline' does not take 'squiggle'; it needs true, false or one of Word's underline styles: single, double, thick, dotted, dash, dotDash, dotDotDash, wave, words, …",
                "item 3: rich text has no field 'colr'. Did you mean 'color'?",
                "item 3: rich text field 'font' does not take 'greek:Arial'; it needs a font name, e.g. \"Times New Roman\", or a font for one script: \"eastAsia:Microsoft YaHei\" (ascii, hAnsi, cs, eastAsia)",
                "item 3: rich text field 'lang' does not take 'vi VN'; it needs a language tag, e.g. \"vi-VN\"",
            ])
    }
}
