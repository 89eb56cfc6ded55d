import Diagnostics
import OOXML
import XMLCore

/// One WordprocessingML part compiled: its normalized tree (kept read-only after compiling)
/// and the blocks that render it.
struct PartTemplate {
    /// The part's name ("word/document.xml").
    let name: String
    /// The tree the blocks point into.
    let document: XMLDocument
    /// The root element's children, compiled.
    let blocks: [Block]
    /// The part compiled to bytes, when it can be written without building a tree.
    let program: PartProgram?

    private enum Mark {
        case output(Expression, TemplateSite)
        case richOutput(Expression, TemplateSite)
        case paragraphOutput(Expression, TemplateSite, run: XMLNode)
        case statement(Statement, StatementScope, TemplateSite)
    }

    /// Compiles part `name`; nil when it holds no tag (it is then copied byte for byte).
    static func compile(
        _ part: ContentPart, of package: OOXMLPackage, templateName: String, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> PartTemplate? {
        let document = try package.xmlPart(part.name)
        guard let root = document.root else { return nil }
        let namer = PlaceNamer(root: root, partName: part.name, kind: part.kind)
        let file = "\(templateName):\(part.name)"

        var locator: StartTagLocator?
        var found: [(ParagraphTagger.Found, paragraph: XMLNode, site: TemplateSite, parsed: Tag?)] = []
        for (index, paragraph) in root.descendants("p", namespace: Namespace.w).enumerated() {
            var problems: [(LocalizedText, String)] = []
            let tags = ParagraphTagger.isolateTags(in: paragraph, problems: &problems)
            guard !tags.isEmpty || !problems.isEmpty else { continue }
            if locator == nil {
                let prefix = root.namespaceDeclarations.first { $0.uri == Namespace.wordprocessing }?.prefix
                locator = StartTagLocator(
                    source: package.part(part.name) ?? [], qualifiedName: prefix.flatMap { $0.isEmpty ? nil : $0 + ":p" } ?? "p")
            }
            // libxml2 knows the line only; the locator finds the column (the line too, alike).
            let position = locator?.location(ofOccurrence: index)
            let location = SourceLocation(file: file, line: position?.line ?? paragraph.line, column: position?.column ?? 0)
            let place = namer.place(of: paragraph)
            for (message, tag) in problems {
                diagnostics.append(TemplateSite(location: location, place: place, tag: tag).diagnostic(message))
            }
            for tag in tags {
                let site = TemplateSite(location: location, place: place, tag: tag.source)
                do {
                    let parsed = try TagParser.parse(tag.source)
                    for filter in parsed.filterNames where Filters.usage[filter] == nil {
                        diagnostics.append(site.diagnostic(TemplateMessages.unknownFilter(filter, known: Filters.names)))
                    }
                    found.append((tag, paragraph, site, parsed))
                } catch {
                    diagnostics.append(site.diagnostic(error.message))
                    found.append((tag, paragraph, site, nil))
                }
            }
        }
        guard !found.isEmpty else { return nil }
        mergeParagraphs(&found, root: root, diagnostics: &diagnostics)

        var marks: [XMLNode: Mark] = [:]
        var cellTags: [XMLNode: [Block.CellTag]] = [:]
        var fittedTables: Set<XMLNode> = []
        var occupants: [(node: XMLNode, scope: StatementScope, site: TemplateSite, run: XMLNode)] = []
        var removed: [XMLNode] = []
        for (tag, paragraph, site, parsed) in found {
            guard let parsed else { continue }
            switch parsed {
            case .comment(let scope):
                // `{# #}` goes with its run; `{#p #}`, `{#tr #}`, `{#tc #}` with their paragraph, row or cell.
                let container: XMLNode
                switch scope {
                case .inline: container = tag.run
                case .paragraph: container = paragraph
                case .row, .cell:
                    guard
                        let element = scope == .row
                            ? paragraph.ancestor("tr", namespace: Namespace.w) : paragraph.ancestor("tc", namespace: Namespace.w)
                    else {
                        diagnostics.append(
                            site.diagnostic(scope == .row ? TemplateMessages.rowCommentOutsideTable : TemplateMessages.cellCommentOutsideTable))
                        continue
                    }
                    container = element
                }
                removed.append(container)
                if scope != .inline { occupants.append((container, scope, site, tag.run)) }
            case .escaped(let text):
                tag.run.firstChild("t", namespace: Namespace.w)?.setText(text)
            case .output(let expression):
                marks[tag.run] = .output(expression, site)
            case .richOutput(let expression):
                marks[tag.run] = .richOutput(expression, site)
            case .paragraphOutput(let expression):
                // The paragraph is replaced by the value's paragraphs: it holds nothing else.
                marks[paragraph] = .paragraphOutput(expression, site, run: tag.run)
                occupants.append((paragraph, .paragraph, site, tag.run))
            case .statement(.cell(let directive), _):
                // `{% colspan %}`, `{% cellbg %}`, `{% hm %}`, `{% vm %}` change their cell and write nothing.
                guard let cell = paragraph.ancestor("tc", namespace: Namespace.w) else {
                    diagnostics.append(site.diagnostic(TemplateMessages.cellTagOutsideTable(site.tag)))
                    continue
                }
                cellTags[cell, default: []].append(Block.CellTag(directive: directive, site: site))
                removed.append(tag.run)
                switch directive {
                case .colspan, .horizontalMerge:
                    if let table = cell.ancestor("tbl", namespace: Namespace.w) { fittedTables.insert(table) }
                case .background, .verticalMerge: break
                }
            case .statement(let statement, let scope):
                let occupant: XMLNode
                switch scope {
                case .inline: occupant = tag.run
                case .paragraph: occupant = paragraph
                case .cell:
                    guard let cell = paragraph.ancestor("tc", namespace: Namespace.w) else {
                        diagnostics.append(site.diagnostic(TemplateMessages.cellLoopOutsideTable))
                        continue
                    }
                    occupant = cell
                    if let table = cell.ancestor("tbl", namespace: Namespace.w) { fittedTables.insert(table) }
                case .row:
                    guard let row = paragraph.ancestor("tr", namespace: Namespace.w) else {
                        diagnostics.append(site.diagnostic(TemplateMessages.rowTagOutsideTable))
                        continue
                    }
                    occupant = row
                }
                marks[occupant] = .statement(statement, scope, site)
                if scope != .inline { occupants.append((occupant, scope, site, tag.run)) }
            }
        }
        // A removed paragraph, row or cell must not hold anything else that matters (comments
        // and escaped tags may share it).
        for occupant in occupants {
            for (tag, _, _, parsed) in found where tag.run != occupant.run && isInside(tag.run, occupant.node) {
                switch parsed {
                case .comment?, .escaped?: continue
                default:
                    let message =
                        occupant.site.tag.hasPrefix("{{")
                        ? TemplateMessages.sharesValueParagraph(tag.source)
                        : TemplateMessages.sharesRemovedElement(tag.source, scope: occupant.scope)
                    diagnostics.append(occupant.site.diagnostic(message))
                }
            }
        }
        for node in removed {
            marks[node] = nil
            node.remove()
        }

        var hot: Set<XMLNode> = []
        var structural: Set<XMLNode> = []
        // Changed cells and fitted tables are rebuilt child by child, like statement containers.
        for node in Array(cellTags.keys) + Array(fittedTables) {
            var current: XMLNode? = node
            while let element = current, structural.insert(element).inserted {
                hot.insert(element)
                current = element.parent
            }
        }
        for (node, mark) in marks {
            var current = node.parent
            while let ancestor = current, hot.insert(ancestor).inserted { current = ancestor.parent }
            switch mark {
            case .statement, .richOutput, .paragraphOutput:
                // Their elements are rebuilt child by child, never patched in a copy.
                current = node.parent
                while let ancestor = current, structural.insert(ancestor).inserted { current = ancestor.parent }
            case .output:
                break
            }
        }
        var builderDiagnostics: [Diagnostic] = []
        let trees = Trees(marks: marks, hot: hot, structural: structural, cellTags: cellTags, fittedTables: fittedTables)
        let blocks = compileChildren(of: root, trees, diagnostics: &builderDiagnostics)
        diagnostics += builderDiagnostics
        let program = builderDiagnostics.isEmpty ? ChunkCompiler.compile(blocks, of: document) : nil
        return PartTemplate(name: part.name, document: document, blocks: blocks, program: program)
    }

    /// docxtpl's `{%- %}` and `-%}`: joins each such tag to the text before or after it, in
    /// document order, before anything decides which paragraph a tag is in.
    private static func mergeParagraphs(
        _ found: inout [(ParagraphTagger.Found, paragraph: XMLNode, site: TemplateSite, parsed: Tag?)], root: XMLNode,
        diagnostics: inout [Diagnostic]
    ) {
        let merging = found.map { entry -> (previous: Bool, next: Bool) in
            guard case .statement(_, .inline)? = entry.parsed else { return (false, false) }
            return TagParser.mergeMarks(of: entry.0.source)
        }
        guard merging.contains(where: { $0.previous || $0.next }) else { return }
        // Comments go with their run, paragraph, row or cell: text beyond them is joined instead.
        let comments = found.compactMap { entry -> XMLNode? in
            guard case .comment? = entry.parsed else { return nil }
            return entry.0.run.firstChild("t", namespace: Namespace.w)
        }
        let merger = ParagraphMerger(root: root, ignoring: Set(comments))
        for (index, marks) in merging.enumerated() {
            let (tag, _, site, _) = found[index]
            if marks.previous, let message = merger.mergeWithPrevious(tag.run) { diagnostics.append(site.diagnostic(message)) }
            if marks.next, let message = merger.mergeWithNext(tag.run) { diagnostics.append(site.diagnostic(message)) }
        }
        for index in found.indices {
            if let paragraph = found[index].0.run.ancestor("p", namespace: Namespace.w) { found[index].paragraph = paragraph }
        }
    }

    private static func collectPatches(in node: XMLNode, path: [Int], _ trees: Trees, into patches: inout [Block.Patch]) {
        for (index, child) in node.children.enumerated() {
            if case .output(let expression, let site) = trees.marks[child] {
                patches.append(Block.Patch(path: path + [index], expression: expression, site: site))
            } else if trees.hot.contains(child) {
                collectPatches(in: child, path: path + [index], trees, into: &patches)
            }
        }
    }

    private static func isInside(_ node: XMLNode, _ ancestor: XMLNode) -> Bool {
        var current = node.parent
        while let parent = current {
            if parent == ancestor { return true }
            current = parent.parent
        }
        return false
    }

    /// Which nodes hold tags below them.
    private struct Trees {
        var marks: [XMLNode: Mark]
        /// Ancestors of any tag.
        var hot: Set<XMLNode>
        /// Ancestors of statement tags.
        var structural: Set<XMLNode>
        /// Cells changed by cell tags, with their tags.
        var cellTags: [XMLNode: [Block.CellTag]]
        /// Tables whose grid is fitted after rendering.
        var fittedTables: Set<XMLNode>
    }

    private static func compileChildren(of node: XMLNode, _ trees: Trees, diagnostics: inout [Diagnostic]) -> [Block] {
        var builder = BlockBuilder()
        for child in node.children {
            if let mark = trees.marks[child] {
                switch mark {
                case .output(let expression, let site): builder.append(.output(run: child, expression, site))
                case .richOutput(let expression, let site): builder.append(.richOutput(run: child, expression, site))
                case .paragraphOutput(let expression, let site, let run):
                    builder.append(.paragraphOutput(paragraph: child, run: run, expression, site))
                case .statement(let statement, let scope, let site): builder.handle(statement, scope: scope, site: site)
                }
            } else if let tags = trees.cellTags[child] {
                builder.append(.cell(child, tags, compileChildren(of: child, trees, diagnostics: &diagnostics)))
            } else if trees.fittedTables.contains(child) {
                builder.append(.fittedTable(child, compileChildren(of: child, trees, diagnostics: &diagnostics)))
            } else if trees.hot.contains(child) && !trees.structural.contains(child) {
                var patches: [Block.Patch] = []
                collectPatches(in: child, path: [], trees, into: &patches)
                builder.append(.patched(child, patches))
            } else if trees.hot.contains(child) {
                builder.append(.element(child, compileChildren(of: child, trees, diagnostics: &diagnostics)))
            } else {
                builder.append(.copy(child))
            }
        }
        let blocks = builder.finish()
        diagnostics += builder.diagnostics
        return blocks
    }
}
