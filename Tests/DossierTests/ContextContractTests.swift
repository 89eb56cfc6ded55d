import Assessment
import DocxTemplate
import Foundation
import OOXML
import Testing
import VietnameseText

@testable import Dossier

/// `Forms/CONTEXT.md` against the typed context (`ContextValues`, encoded as the forms see it) and
/// against the forms: every key the context has is documented, every key documented exists, and
/// every name a shipped form reads exists in the context of its regime.
@Suite struct ContextContractTests {
    static let root = ContextGoldenTests.root
    static func pipeline() throws -> DossierPipeline {
        try DossierPipeline(formsRoot: root.appendingPathComponent("Forms"), checking: false)
    }

    /// Words in backquotes in CONTEXT.md that are not keys of the context: the engine's filters and
    /// the `document` key of a form's `form.yaml`.
    static let notKeys: Set<String> = [
        "upper", "lower", "default", "date", "number", "words", "percent", "capitalize",
        "document", "form", "yaml", "if", "else", "not", "x", "p", "false", "null",
    ]

    /// Each fixture's context as a form of each document kind sees it, by regime.
    static func contexts() throws -> [(regime: Regime, kind: DocumentKind?, value: TemplateValue)] {
        let pipeline = try pipeline()
        var contexts: [(Regime, DocumentKind?, TemplateValue)] = []
        for fixture in ContextGoldenTests.fixtures {
            let loaded = try pipeline.load(.file(path: root.appendingPathComponent("Fixtures/\(fixture).yaml").path))
            let regime = loaded.assessment.regime
            let context = DossierContext(loaded.assessment, forms: pipeline.catalog.forms(for: regime))
            for kind in [nil] + DocumentKind.allCases.map(Optional.some) {
                contexts.append((regime, kind, context.context(for: kind)))
            }
        }
        return contexts
    }

    /// Every key name at any depth of `value`.
    static func keyNames(_ value: TemplateValue, into names: inout Set<String>) {
        switch value {
        case .object(let fields):
            for (key, field) in fields {
                names.insert(key)
                keyNames(field, into: &names)
            }
        case .list(let items): for item in items { keyNames(item, into: &names) }
        default: break
        }
    }

    /// The names CONTEXT.md documents: every lower-case word in backquotes, dotted paths split.
    static func documentedNames() throws -> Set<String> {
        let text = try String(contentsOf: root.appendingPathComponent("Forms/CONTEXT.md"), encoding: .utf8)
        var names: Set<String> = []
        for (index, piece) in text.components(separatedBy: "`").enumerated() where index % 2 == 1 {
            for part in piece.split(separator: ".") {
                let name = String(part.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                if let first = name.first, first.isLetter, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
                    names.insert(name)
                }
            }
        }
        return names
    }

    @Test func everyKeyOfTheContextIsDocumented() throws {
        var keys: Set<String> = []
        for context in try Self.contexts() { Self.keyNames(context.value, into: &keys) }
        let undocumented = keys.subtracting(try Self.documentedNames()).sorted()
        #expect(undocumented == [], "keys of the context missing from Forms/CONTEXT.md")
    }

    @Test func everyDocumentedKeyExists() throws {
        var keys: Set<String> = []
        for context in try Self.contexts() { Self.keyNames(context.value, into: &keys) }
        let missing = try Self.documentedNames().subtracting(keys).subtracting(Self.notKeys).sorted()
        #expect(missing == [], "Forms/CONTEXT.md documents keys the context does not have")
    }

    /// The shape CONTEXT.md gives a key in its type or example column; nil when the column only
    /// describes (a sentence, not a shape).
    enum Shape: String, Equatable {
        case text, number, bool, list, object
        /// An ISO date "YYYY-MM-DD" (text the `date` filter reads).
        case date

        /// The shape a documented column names: "bool", "number", a quoted example, "date",
        /// "list of …", "{ … }", an object kind in italics.
        init?(column: String) {
            let column = column.trimmingCharacters(in: .whitespaces)
            if column.hasPrefix("\"") {
                let quoted = column.dropFirst().prefix { $0 != "\"" }
                self = quoted.count == 10 && quoted.dropFirst(4).first == "-" && quoted.allSatisfy({ $0.isNumber || $0 == "-" }) ? .date : .text
            } else if column.hasPrefix("bool") {
                self = .bool
            } else if column.hasPrefix("number") || column.first?.isNumber == true {
                self = .number
            } else if column.hasPrefix("date") || column.hasPrefix("ISO date") {
                self = .date
            } else if column.hasPrefix("text") {
                self = .text
            } else if column.hasPrefix("list of") {
                self = .list
            } else if column.hasPrefix("{") || column.hasPrefix("object") || column.hasPrefix("*document*") || column.hasPrefix("*signer*") {
                self = .object
            } else {
                return nil
            }
        }

        /// Whether a (non-null) value has this shape.
        func fits(_ value: TemplateValue) -> Bool {
            switch (self, value) {
            case (.text, .string), (.number, .number), (.bool, .bool), (.list, .list), (.object, .object): true
            case (.date, .string(let text)): VietnameseDate(iso: text)?.iso == text
            default: false
            }
        }
    }

    /// The path each section of CONTEXT.md documents keys under ("" for the top level).
    static let sectionPaths: [String: String] = [
        "Top level": "", "`unit`": "unit", "`dossier`": "dossier", "*document*": "documents.report", "*signer*": "head",
        "`meeting` (M4 Biên bản)": "meeting", "*member* (M5)": "members[]", "`levels` (TT24; null under TT22)": "levels",
    ]

    /// Every key of a documented table with the shape its second column gives: (path, shape, row).
    static func documentedShapes() throws -> [(path: String, shape: Shape, row: String)] {
        let text = try String(contentsOf: root.appendingPathComponent("Forms/CONTEXT.md"), encoding: .utf8)
        var prefix: String?
        var shapes: [(String, Shape, String)] = []
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## ") {
                prefix = sectionPaths[String(line.dropFirst(3))]
                continue
            }
            guard let prefix, line.hasPrefix("| `") else { continue }
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4 else { continue }
            // "`is_tt22`, `is_tt24` | bool": each name with the one shape; "`applied`, `applied_name`
            // | 2, "Mức độ 2"" or "`parent` / `parent_upper` | "…" / "…"": each name with its own.
            let names = columns[1].components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            let examples = Self.examples(columns[2])
            for (index, name) in names.enumerated() {
                guard let shape = Shape(column: examples.count >= names.count ? examples[index] : columns[2]) else { continue }
                shapes.append((prefix.isEmpty ? name : prefix + "." + name, shape, line))
            }
        }
        return shapes
    }

    /// A column's examples: split at ", " and " / " outside quotes ("2, \"Mức độ 2\"" → two).
    static func examples(_ column: String) -> [String] {
        var pieces: [String] = [], current = "", quoted = false
        var characters = Array(column)[...]
        while let character = characters.popFirst() {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == ",", characters.first == " " {
                pieces.append(current)
                current = ""
            } else if !quoted, character == " ", characters.starts(with: "/ ") {
                pieces.append(current)
                current = ""
                characters = characters.dropFirst()
            } else {
                current.append(character)
            }
        }
        return pieces + [current]
    }

    /// The values at `path` in `context` (each `[]` walks every item of a list).
    static func values(at path: String, in context: TemplateValue) -> [TemplateValue] {
        var values = [context]
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var lists = 0
            while name.hasSuffix("[]") { name = name.dropLast(2); lists += 1 }
            values = values.compactMap { value -> TemplateValue? in
                guard case .object(let fields) = value else { return nil }
                return fields[String(name)]
            }
            for _ in 0..<lists {
                values = values.flatMap { value -> [TemplateValue] in
                    guard case .list(let items) = value else { return [] }
                    return items
                }
            }
        }
        return values
    }

    /// Each documented key has, in every fixture's context, the shape CONTEXT.md gives it (a
    /// date is ISO text; null where the value is optional), and is seen with a value at least once.
    @Test func everyDocumentedKeyHasItsDocumentedShape() throws {
        let contexts = try Self.contexts().map(\.value)
        let shapes = try Self.documentedShapes()
        #expect(shapes.count >= 60, "the tables of CONTEXT.md were not read")
        #expect(shapes.contains { $0.path == "documents.report.date" && $0.shape == .date })
        #expect(shapes.contains { $0.path == "meeting.date" && $0.shape == .date })
        #expect(shapes.contains { $0.path == "levels.held_too_short_until" && $0.shape == .date })
        var wrong: [String] = []
        var neverSeen: [String] = []
        for (path, shape, _) in shapes {
            let found = contexts.flatMap { Self.values(at: path, in: $0) }.filter { $0 != .null }
            if found.isEmpty { neverSeen.append(path) }
            for value in found where !shape.fits(value) {
                wrong.append("\(path): documented \(shape.rawValue), is \(value)")
                break
            }
        }
        #expect(wrong == [])
        #expect(neverSeen == [], "documented keys no fixture gives a value")
    }

    @Test func aShapeIsReadFromItsColumn() {
        #expect(Shape(column: " \"2024-01-05\" ") == .date)
        #expect(Shape(column: " \"Hiệu trưởng\" / \"HIỆU TRƯỞNG\" ") == .text)
        #expect(Shape(column: " bool; `discipline_mark` ") == .bool)
        #expect(Shape(column: " 95 (number) ") == .number)
        #expect(Shape(column: " ISO date, or null: … ") == .date)
        #expect(Shape(column: " list of text ") == .list)
        #expect(Shape(column: " { `name`, `position` } or null ") == .object)
        #expect(Shape(column: " the authority line of a decision ") == nil)
        #expect(Self.examples(#" 2, "Mức độ 2" "#).compactMap(Shape.init(column:)) == [.number, .text])
        #expect(Self.examples(#" "UBND, huyện" / "UBND" "#).count == 2)
        #expect(Shape.date.fits(.string("2024-01-05")))
        #expect(!Shape.date.fits(.string("05/01/2024")))
        #expect(!Shape.text.fits(.number(5)))
    }

    /// Whether `path` (`members[].name`, `levels.fallback.name`) leads to a value in `context`:
    /// each `[]` walks every item of a list; a null on the way is a dead end (`false`); a list
    /// empty on the way leaves the rest unknown (`nil`).
    static func resolves(_ path: String, in context: TemplateValue) -> Bool? {
        var values = [context]
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var lists = 0
            while name.hasSuffix("[]") { name = name.dropLast(2); lists += 1 }
            values = values.compactMap { value -> TemplateValue? in
                guard case .object(let fields) = value else { return nil }
                return fields[String(name)]
            }
            for _ in 0..<lists {
                let lists = values.filter { if case .list = $0 { true } else { false } }
                values = values.flatMap { value -> [TemplateValue] in
                    guard case .list(let items) = value else { return [] }
                    return items
                }
                if values.isEmpty, !lists.isEmpty { return nil }
            }
            if values.isEmpty { return false }
        }
        return true
    }

    @Test func aPathResolvesThroughObjectsAndLists() {
        let context = TemplateValue.object([
            "members": .list([.object(["name": .string("An")])]),
            "levels": .object(["fallback": .null]),
        ])
        #expect(Self.resolves("members[].name", in: context) == true)
        #expect(Self.resolves("members", in: context) == true)
        #expect(Self.resolves("members[].age", in: context) == false)
        #expect(Self.resolves("levels.fallback.name", in: context) == false)
        #expect(Self.resolves("member", in: context) == false)
        #expect(Self.resolves("kept[].code", in: .object(["kept": .list([])])) == nil)
    }

    /// Every variable of every shipped form, in each regime whose dossier holds it, leads to a
    /// value in the context of at least one fixture of that regime (an optional object is null in
    /// some fixtures: TT24's `levels.fallback`, `levels.prior`). The fields of a list empty in
    /// every fixture cannot be seen in values: they are listed here, each documented in CONTEXT.md.
    static let fieldsOfListsEmptyInEveryFixture: Set<String> = [
        "levels.fallback.shortfalls[].code", "levels.fallback.shortfalls[].text_bare", "levels.fallback.shortfalls[].figures",
        "levels.kept[].code", "levels.kept[].text_bare", "levels.kept[].reason", "levels.kept[].figures",
    ]

    @Test func everyNameAShippedFormReadsExists() throws {
        let pipeline = try Self.pipeline()
        let contexts = try Self.contexts()
        var checked = 0
        var unseen: Set<String> = []
        for form in pipeline.catalog.forms {
            for regime in Regime.allCases where form.regimes.contains(regime) {
                let resolved = form.resolved(for: regime)
                let kind = resolved.document
                let package = try FormPackage.assemble(resolved, from: pipeline.catalog)
                let template = try Template(package: package, name: package.sourceName)
                let candidates = contexts.filter { $0.regime == regime && $0.kind == kind }.map(\.value)
                #expect(!candidates.isEmpty)
                var missing: [String] = []
                for path in template.variables.map(\.path) {
                    let found = candidates.map { Self.resolves(path, in: $0) }
                    if found.contains(true) { continue }
                    if found.contains(nil) {
                        unseen.insert(path)
                    } else {
                        missing.append(path)
                    }
                }
                #expect(missing == [], "\(resolved.id) (\(regime.rawValue)) reads names the context does not have")
                checked += 1
            }
        }
        #expect(checked >= 15)
        #expect(unseen == Self.fieldsOfListsEmptyInEveryFixture)
    }
}
