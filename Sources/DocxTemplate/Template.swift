package import Diagnostics
package import OOXML
import XMLCore

/// A DOCX template, parsed once and rendered any number of times.
///
/// Every content part is read: the body, headers, footers, footnotes, endnotes, and the text properties (title, author, …) in
/// `docProps/core.xml`. Parsing collects every syntax problem of the template into one
/// `DiagnosticError`. A part in Word's plain form whose tags are simple is compiled straight from
/// its bytes (`SourceCompiler`); any other is parsed into a libxml2 tree, kept and never changed by
/// rendering. A part compiled from bytes is parsed into its tree only when something needs it
/// (`variables`, `check`, a value only the tree renderer writes).
/// Not `Sendable`: it holds libxml2 trees.
package struct Template {
    /// The name used in error locations (the template's path or form name).
    package let name: String
    private let package: OOXMLPackage
    /// The parts with tags, in the package's order.
    private let compiled: [CompiledPart]
    private let properties: CorePropertiesTemplate?
    /// The trees of the parts compiled from bytes, once built (shared by copies of the template).
    private let trees = TreeCache()

    /// A part with tags, compiled on its tree or from its bytes.
    private enum CompiledPart {
        case tree(PartTemplate)
        case source(ContentPart, PartProgram)
    }

    private final class TreeCache {
        var parts: [Int: PartTemplate] = [:]
    }

    /// Parses every tag of every content part of `package`.
    package init(package: OOXMLPackage, name: String) throws(DiagnosticError) {
        self.name = name
        self.package = package
        var diagnostics: [Diagnostic] = []
        var compiled: [CompiledPart] = []
        let (contentParts, coreProperties) = try package.templateParts()
        for part in contentParts {
            if let source = package.part(part.name), let outcome = SourceCompiler.compile(source, part: part, templateName: name) {
                if case .program(let program) = outcome { compiled.append(.source(part, program)) }
            } else if let tree = try PartTemplate.compile(part, of: package, templateName: name, diagnostics: &diagnostics) {
                compiled.append(.tree(tree))
            }
        }
        self.compiled = compiled
        if let core = coreProperties {
            properties = try CorePropertiesTemplate.compile(core, of: package, templateName: name, diagnostics: &diagnostics)
        } else {
            properties = nil
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
    }

    /// Every part with tags, compiled on its tree.
    var parts: [PartTemplate] {
        compiled.indices.compactMap { try? treePart($0) }
    }

    /// The names of the parts compiled from their bytes.
    package var partsCompiledFromSource: [String] {
        compiled.compactMap { part in
            if case .source(let content, _) = part { return content.name }
            return nil
        }
    }

    /// Part `index` compiled on its tree (built now if it was compiled from its bytes).
    private func treePart(_ index: Int) throws(DiagnosticError) -> PartTemplate? {
        switch compiled[index] {
        case .tree(let part):
            return part
        case .source(let content, _):
            if let built = trees.parts[index] { return built }
            var diagnostics: [Diagnostic] = []
            let part = try PartTemplate.compile(content, of: package, templateName: name, diagnostics: &diagnostics)
            guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
            trees.parts[index] = part
            return part
        }
    }

    /// Every variable the template reads, in order of first use, with where it is used.
    package var variables: [VariableReference] {
        var collector = VariableCollector()
        for part in parts { collector.collect(part.blocks, loops: [:]) }
        for (expression, site) in properties?.outputs ?? [] { collector.add(expression, site, [:]) }
        return collector.references
    }

    /// Problems the template would have with `context`, visiting every branch and loop body:
    /// variables and fields the data does not have ("Did you mean …?"), values a filter cannot take.
    package func check(against context: TemplateValue, undefined: UndefinedNames = .error) -> [Diagnostic] {
        var scope = Scope(globals: Self.globals(context))
        scope.undefinedIsEmpty = undefined == .empty
        var checker = Checker()
        for part in parts { checker.check(part.blocks, scope: scope) }
        var diagnostics = checker.diagnostics
        if let properties { _ = Renderer.render(properties, scope: scope, diagnostics: &diagnostics) }
        return diagnostics
    }

    /// What a name the data does not have does.
    package enum UndefinedNames: Sendable {
        /// An error naming it ("Did you mean …?"): typos are caught. The default.
        case error
        /// Prints as nothing and is false in conditions, as in docxtpl; `default` and
        /// `is defined` see it as undefined.
        case empty
    }

    /// The package filled with `context` (an object whose fields are the top-level variables).
    /// Throws every problem found, each once.
    /// Image values (`{"image": "logo.png", "width_mm": 40}`) and sub-documents (`{"docx":
    /// "annex.docx"}`, printed by `{{p }}`) are read from `images` (the data file's folder);
    /// without it they are errors.
    /// `renderers: .treesOnly` renders every part by the tree renderer (`hoso-bench --renderers`
    /// compares the two; the output is the same bytes).
    package func render(
        _ context: TemplateValue, undefined: UndefinedNames = .error, images: ImageFolder? = nil, renderers: Renderers = .fastest
    ) throws(DiagnosticError) -> OOXMLPackage {
        try render(context, forcingTrees: renderers == .treesOnly, undefinedIsEmpty: undefined == .empty, images: images)
    }

    /// Which renderer renders each part.
    package enum Renderers: Sendable {
        /// The byte code where a part was compiled to it, the tree renderer elsewhere. The default.
        case fastest
        /// The tree renderer for every part, even those compiled to byte code.
        case treesOnly
    }

    /// `render(_:)`, optionally with every part rendered as a tree even when it was compiled to
    /// bytes, and with the rows of table loops turned into markup every `rowsPerMarkup`
    /// iterations of the tree renderer (tests check that every way writes the same bytes; with
    /// `Int.max` rows never become markup).
    func render(
        _ context: TemplateValue, forcingTrees: Bool, rowsPerMarkup: Int = MarkupBatches.defaultRowsPerBatch, undefinedIsEmpty: Bool = false,
        images folder: ImageFolder? = nil
    ) throws(DiagnosticError) -> OOXMLPackage {
        var scope = Scope(globals: Self.globals(context))
        scope.undefinedIsEmpty = undefinedIsEmpty
        var output = package
        var diagnostics: [Diagnostic] = []
        var images: ImageEmbedder? = ImageEmbedder(package: package, folder: folder)
        let subdocuments = Subdocuments(package: package, folder: folder)
        for index in compiled.indices {
            // The byte renderer declines (nil) a part where a value splits a paragraph.
            let program: PartProgram? =
                switch compiled[index] {
                case .tree(let part): part.program
                case .source(_, let program): program
                }
            if let program, !forcingTrees, let bytes = ChunkRenderer.render(program, scope: scope, diagnostics: &diagnostics) {
                output.setPart(Self.partName(compiled[index]), bytes)
                continue
            }
            guard let part = try treePart(index) else { continue }
            let relationshipsPart = PartName.relationshipsPart(of: part.name)
            let taken = Self.relationshipIds(in: package.part(relationshipsPart))
            var links = HyperlinkRelationships(taken: taken)
            images?.startPart(part.name, taken: taken)
            output.setPart(
                part.name,
                Renderer.render(
                    part, scope: scope, diagnostics: &diagnostics, rowsPerMarkup: rowsPerMarkup, links: &links, images: &images,
                    subdocuments: subdocuments))
            let pictures = images?.relationships ?? []
            if !links.added.isEmpty || !pictures.isEmpty {
                do {
                    var relationships = PackageParts(of: package)
                    try links.add(to: &relationships, from: part.name, images: pictures)
                    relationships.write(into: &output)
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            .error, at: SourceLocation(file: "\(name):\(relationshipsPart)", line: error.line, column: error.column),
                            LocalizedText(vi: error.message, en: error.message)))
                }
            }
        }
        do {
            try images?.addMedia(to: &output)
            try subdocuments.finish(into: &output)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(file: "\(name):[Content_Types].xml", line: error.line, column: error.column),
                    LocalizedText(vi: error.message, en: error.message)))
        }
        if let properties {
            output.setPart(properties.name, Renderer.render(properties, scope: scope, diagnostics: &diagnostics))
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        return output
    }

    private static func partName(_ part: CompiledPart) -> String {
        switch part {
        case .tree(let tree): tree.name
        case .source(let content, _): content.name
        }
    }

    /// The ids a `.rels` part uses (none when it is missing or unreadable).
    private static func relationshipIds(in bytes: [UInt8]?) -> Set<String> {
        guard let bytes, let relationships = try? Relationship.parse(bytes) else { return [] }
        return Set(relationships.map(\.id))
    }

    private static func globals(_ context: TemplateValue) -> [String: TemplateValue] {
        if case .object(let fields) = context { return fields }
        return [:]
    }
}
