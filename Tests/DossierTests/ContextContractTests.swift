import Assessment
import DocxTemplate
import Foundation
import OOXML
import Testing

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
