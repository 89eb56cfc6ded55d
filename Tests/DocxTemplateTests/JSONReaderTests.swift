import Diagnostics
import Foundation
import Testing

@testable import DocxTemplate

/// `JSONReader`: JSON straight to template values, exact, with located errors.
@Suite struct JSONReaderTests {
    private func read(_ text: String) throws(DiagnosticError) -> TemplateValue {
        try JSONReader.parse(Array(text.utf8), file: "d.json")
    }

    private func failure(_ text: String) -> String {
        do throws(DiagnosticError) {
            _ = try read(text)
            return ""
        } catch {
            return error.diagnostics.map { $0.rendered(in: .en) }.joined(separator: "\n")
        }
    }

    @Test func valuesAreExact() throws {
        #expect(
            try read(
                #"{"a": [0.1, 1e3, -2.50, 12345678901234567890], "b": {"c": null, "d": true, "e": false}, "s": "x\u00e9\n\t\u0007\ud83d\ude00\/"}"#)
                == [
                    "a": [.number(Decimal(string: "0.1")!), 1000, -2.5, .number(Decimal(string: "12345678901234567890")!)],
                    "b": ["c": nil, "d": true, "e": false],
                    "s": "xé\n\t\u{07}😀/",
                ])
        #expect(try read("\u{FEFF}  [ ]  ") == [])
        #expect(JSONReader.looksLikeJSON(Array("\u{FEFF} \n{".utf8)))
        #expect(!JSONReader.looksLikeJSON(Array("unit:\n  name: x".utf8)))
    }

    @Test func problemsAreLocated() {
        #expect(failure("{\n  \"a\": 1,\n}") == "d.json:3:1: error: JSON syntax error: expected '\"' but found '}' (a missing or extra comma?)")
        #expect(failure("{\"a\": 1, \"a\": 2}") == "d.json:1:10: error: key 'a' appears twice in the same object; keep one")
        #expect(
            failure("{\"a\": \"x\ty\"}")
                == "d.json:1:9: error: JSON syntax error: control character U+0009 inside a string; write \\n for a line break, \\t for a tab")
        #expect(failure("{\"a\": 12x}") == "d.json:1:9: error: JSON syntax error: expected '}' but found 'x}' (a missing or extra comma?)")
        #expect(
            failure("{\"a\": tru}")
                == "d.json:1:7: error: JSON syntax error: unexpected 'tru}'; a value is needed (a \"string\", a number, true, false, null, {…} or […])"
        )
        #expect(
            failure("{\"a\": \"\\q\"}") == "d.json:1:8: error: JSON syntax error: '\\q\"}' is not a valid escape (\\n, \\t, \\\", \\\\, \\uXXXX…)")
        // A lone surrogate (Python's json.dumps writes one for a broken string) is no character.
        #expect(
            failure(#"{"a": "x\ud800b"}"#)
                == #"d.json:1:9: error: JSON syntax error: '\ud800' is half of a surrogate pair standing alone, not a character; write the character itself or the whole pair, e.g. \ud83d\ude00"#
        )
        #expect(failure(#"{"a": "\udc00"}"#).hasPrefix(#"d.json:1:8: error: JSON syntax error: '\udc00' is half"#))
        #expect(failure(#"{"a": "\ud800\u0041"}"#).hasPrefix(#"d.json:1:8: error: JSON syntax error: '\ud800' is half"#))
        // Written correctly but too large for an exact decimal: out of range, said so, not a syntax error.
        #expect(
            failure("{\"a\": [1, 1E400]}")
                == "d.json:1:11: error: the number '1E400' is out of the range hoso reads (magnitudes from about 10^-128 to 3.4 × 10^165); correct it, or write it in quotes \"1E400\" if it only needs printing as typed"
        )
        #expect(failure("{\"a\": -1e999}").hasPrefix("d.json:1:7: error: the number '-1e999' is out of the range"))
        // Too small: it would read as 0, so it is out of range too; a written zero is not.
        #expect(failure("{\"a\": 1e-400}").hasPrefix("d.json:1:7: error: the number '1e-400' is out of the range"))
        #expect(failure("{\"a\": -2.5E-300}").hasPrefix("d.json:1:7: error: the number '-2.5E-300' is out of the range"))
        #expect((try? JSONReader.parse(Array(#"{"a": [0e5, 0.000, -0]}"#.utf8), file: "d.json")) == ["a": [0, 0, 0]])
        #expect(failure("{\"a\": 1.}") == "d.json:1:7: error: JSON syntax error: '1.' is not a valid number")
        #expect(failure("{\"a\": 1} x") == "d.json:1:10: error: JSON syntax error: 'x' after the main value; the file must hold one object")
        #expect(failure("{\"a\": \"x") == "d.json:1:7: error: JSON syntax error: a string without its closing \"")
        #expect(failure(String(repeating: "[", count: 1001)) == "d.json:1:1001: error: the data nests deeper than 1000 levels")
    }
}
