import DocxTemplate
import Foundation
import FuzzSupport
import OOXML

/// libFuzzer entry point for the template engine's front end: the lexer and the tag parser on the
/// raw input, then the whole template path (tag scanner over split runs, parser, checker, renderer)
/// on a one-part package whose body is the input.
///
/// The input is read as UTF-8 (invalid bytes become U+FFFD). Each line becomes a paragraph; within a
/// line, U+0001 splits the text into runs (as Word splits a tag over editing sessions); a line
/// starting with `|` goes into a table cell, one row per line, so `{%tr %}` tags have rows to hold.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    FuzzTemplateDriver.lexAndParse(text)
    FuzzTemplateDriver.render(text)
    return 0
}

/// `fuzz` as a C function pointer, for `main.swift` (taken here: a reference from another file
/// would emit a second copy of the `@_cdecl` symbol).
let testOneInput: FuzzCallback = fuzz

/// The work behind `fuzz`, outside the C entry point.
enum FuzzTemplateDriver {
    /// The data every fuzzed template is checked and rendered against; 70 members, so that loops
    /// over them write long runs of rows.
    static let context: TemplateValue = [
        "unit": ["name": "Trường Tiểu học An Sơn", "code": 12],
        "members": .list(
            [["name": "Nguyễn Văn A", "score": 8.5], ["name": "Trần Thị B", "score": 9]]
                + (3...70).map { ["name": .string("Thành viên \($0)"), "score": .number(Decimal($0 % 10))] }),
        "items": ["một", "hai", "ba"],
        "date": "2024-01-05",
        "flag": true,
        "empty": nil,
    ]

    /// The lexer and parser on the bare text, and inside each kind of delimiter.
    static func lexAndParse(_ text: String) {
        _ = try? Lexer.tokens(text)
        for source in ["{{\(text)}}", "{%\(text)%}", "{%p \(text)%}", "{%tr \(text)%}", "{#\(text)#}", text] {
            _ = try? TagParser.parse(source)
        }
    }

    /// The input as the body of a package, compiled, checked and rendered.
    static func render(_ text: String) {
        var body = ""
        var rows = ""
        func flushRows() {
            if !rows.isEmpty { body += "<w:tbl><w:tblGrid><w:gridCol w:w=\"5000\"/></w:tblGrid>\(rows)</w:tbl>" }
            rows = ""
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isRow = line.hasPrefix("|")
            let runs = (isRow ? line.dropFirst() : line).split(separator: "\u{1}", omittingEmptySubsequences: false)
                .map { "<w:r><w:t xml:space=\"preserve\">\(escaped($0))</w:t></w:r>" }.joined()
            let paragraph = "<w:p>\(runs)</w:p>"
            if isRow {
                rows += "<w:tr><w:tc>\(paragraph)</w:tc></w:tr>"
            } else {
                flushRows()
                body += paragraph
            }
        }
        flushRows()
        let package = OOXMLPackage(
            parts: [
                "[Content_Types].xml": Array(contentTypes.utf8),
                "_rels/.rels": Array(relationships.utf8),
                "word/document.xml": Array((documentHead + body + documentTail).utf8),
            ], sourceName: "fuzz.docx")
        guard let template = try? Template(package: package, name: "fuzz.docx") else { return }
        _ = template.variables
        _ = template.check(against: context)
        _ = try? template.render(context)
    }

    /// `text` with XML's special characters escaped and characters XML cannot carry replaced.
    static func escaped(_ text: Substring) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\t": output += " "
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xD800...0xDFFF).contains(value) && value != 0xFFFE && value != 0xFFFF
                output.unicodeScalars.append(allowed ? scalar : "?")
            }
        }
        return output
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentHead = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        """

    static let documentTail = "<w:sectPr/></w:body></w:document>"
}
