import Assessment
import DocxTemplate
import Foundation
import Testing

@testable import Dossier

/// The template context of every fixture, kept as a readable JSON golden in
/// `Tests/DossierTests/Contexts/<fixture>.json` (sorted keys; re-recorded with
/// `HOSO_RECORD_GOLDENS=1`). It is what the forms see, checked without LibreOffice: a change to the
/// context shows here as a diff before it shows in a printed form.
@Suite struct ContextGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = ["an-lam-2023", "an-son-2023", "bien-giang-2022", "hoa-sen-2024", "vinh-lap-2024"]

    @Test func everyFixtureHasAGolden() throws {
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(found == Self.fixtures, "add the new fixture to ContextGoldenTests.fixtures and record its golden")
    }

    @Test(arguments: fixtures)
    func theContextOfAFixtureMatchesItsGolden(_ fixture: String) throws {
        let pipeline = try DossierPipeline(formsRoot: Self.root.appendingPathComponent("Forms"), checking: false)
        let loaded = try pipeline.load(.file(path: Self.root.appendingPathComponent("Fixtures/\(fixture).yaml").path))
        let regime = loaded.assessment.regime
        let context = DossierContext(loaded.assessment, forms: pipeline.catalog.forms(for: regime))
        let text = ContextJSON.text(context.context(for: nil))
        let url = Self.root.appendingPathComponent("Tests/DossierTests/Contexts/\(fixture).json")
        if ProcessInfo.processInfo.environment["HOSO_RECORD_GOLDENS"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try? String(contentsOf: url, encoding: .utf8)
        #expect(golden == text, "context golden \(fixture).json differs; re-record with HOSO_RECORD_GOLDENS=1 and review the diff")
    }

    @Test func theDumpIsSortedIndentedAndEscaped() {
        let value = TemplateValue.object([
            "b": .list([.number(Decimal(string: "8.5")!), .bool(true), .null]),
            "a": .string("Số:\u{00A0}\"x\"\n\\"),
            "c": .list([]),
            "d": .object([:]),
        ])
        #expect(
            ContextJSON.text(value) == """
                {
                  "a": "Số:\\u00a0\\"x\\"\\n\\\\",
                  "b": [
                    8.5,
                    true,
                    null
                  ],
                  "c": [],
                  "d": {}
                }

                """)
    }
}

/// A readable JSON text of a template value: keys sorted, two-space indent, a no-break space
/// written `\u00a0` so it shows in a diff.
enum ContextJSON {
    static func text(_ value: TemplateValue) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out + "\n"
    }

    private static func write(_ value: TemplateValue, indent: String, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += "\(number)"
        case .string(let string): out += quoted(string)
        case .list(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                write(item, indent: indent + "  ", into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            let keys = fields.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += indent + "  " + quoted(key) + ": "
                write(fields[key]!, indent: indent + "  ", into: &out)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0xA0 || (0x2000...0x200F).contains(scalar.value):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
