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

    /// A tag found in a paragraph, with where it is and what it parsed to (nil: it did not parse).
    private typealias FoundTag = (ParagraphTagger.Found, paragraph: XMLNode, site: TemplateSite, parsed: Tag?)

    /// What the tags do to the tree: the nodes they mark, the cells they change and the tables
    /// fitted after rendering, the paragraphs, rows and cells they take up, and the nodes that go.
    private struct Marking {
        var marks: [XMLNode: Mark] = [:]
        var cellTags: [XMLNode: [Block.CellTag]] = [:]
        var fittedTables: Set<XMLNode> = []
        var occupants: [(node: XMLNode, scope: StatementScope, site: TemplateSite, run: XMLNode)] = []
        var removed: [XMLNode] = []
    }

    /// Compiles part `name`; nil when it holds no tag (it is then copied byte for byte).
    static func compile(
        _ part: ContentPart, of package: OOXMLPackage, templateName: String, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> PartTemplate? {
        let document = try package.xmlPart(part.name)
        guard let root = document.root else { return nil }
        var found = findTags(in: root, part: part, of: package, templateName: templateName, diagnostics: &diagnostics)
        guard !found.isEmpty else { return nil }
        mergeParagraphs(&found, root: root, diagnostics: &diagnostics)
        var marking = markTags(found, diagnostics: &diagnostics)
        checkOccupants(marking.occupants, found, diagnostics: &diagnostics)
        for node in marking.removed {
            marking.marks[node] = nil
            node.remove()
        }
        let trees = Trees(marking)
        var builderDiagnostics: [Diagnostic] = []
        var strays: [StrayTag] = []
        let blocks = compileChildren(of: root, trees, diagnostics: &builderDiagnostics, strays: &strays)
        builderDiagnostics += StrayTag.diagnostics(strays)
        diagnostics += builderDiagnostics
        let program = builderDiagnostics.isEmpty ? ChunkCompiler.compile(blocks, of: document) : nil
        return PartTemplate(name: part.name, document: document, blocks: blocks, program: program)
    }

    /// Every tag of the part's paragraphs, isolated into runs of its own, located (part:line:col and
    /// where a Word user finds it) and parsed; a tag that does not parse or names an unknown filter
    /// is reported.
    private static func findTags(
        in root: XMLNode, part: ContentPart, of package: OOXMLPackage, templateName: String, diagnostics: inout [Diagnostic]
    ) -> [FoundTag] {
        let namer = PlaceNamer(root: root, partName: part.name, kind: part.kind)
        let file = "\(templateName):\(part.name)"
        var locator: StartTagLocator?
        var found: [FoundTag] = []
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
        return found
    }

    /// What each parsed tag does to the tree (see `Marking`); a tag out of its place (a row tag
    /// outside a table…) is reported.
    private static func markTags(_ found: [FoundTag], diagnostics: inout [Diagnostic]) -> Marking {
        var marking = Marking()
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
                marking.removed.append(container)
                if scope != .inline { marking.occupants.append((container, scope, site, tag.run)) }
            case .escaped(let text):
                tag.run.firstChild("t", namespace: Namespace.w)?.setText(text)
            case .output(let expression):
                marking.marks[tag.run] = .output(expression, site)
            case .richOutput(let expression):
                marking.marks[tag.run] = .richOutput(expression, site)
            case .paragraphOutput(let expression):
                // The paragraph is replaced by the value's paragraphs: it holds nothing else.
                marking.marks[paragraph] = .paragraphOutput(expression, site, run: tag.run)
                marking.occupants.append((paragraph, .paragraph, site, tag.run))
            case .statement(.cell(let directive), _):
                // `{% colspan %}`, `{% cellbg %}`, `{% hm %}`, `{% vm %}` change their cell and write nothing.
                guard let cell = paragraph.ancestor("tc", namespace: Namespace.w) else {
                    diagnostics.append(site.diagnostic(TemplateMessages.cellTagOutsideTable(site.tag)))
                    continue
                }
                marking.cellTags[cell, default: []].append(Block.CellTag(directive: directive, site: site))
                marking.removed.append(tag.run)
                switch directive {
                case .colspan, .horizontalMerge:
                    if let table = cell.ancestor("tbl", namespace: Namespace.w) { marking.fittedTables.insert(table) }
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
                    if let table = cell.ancestor("tbl", namespace: Namespace.w) { marking.fittedTables.insert(table) }
                case .row:
                    guard let row = paragraph.ancestor("tr", namespace: Namespace.w) else {
                        diagnostics.append(site.diagnostic(TemplateMessages.rowTagOutsideTable))
                        continue
                    }
                    occupant = row
                }
                marking.marks[occupant] = .statement(statement, scope, site)
                if scope != .inline { marking.occupants.append((occupant, scope, site, tag.run)) }
            }
        }
        return marking
    }

    /// A removed paragraph, row or cell must not hold anything else that matters (comments and
    /// escaped tags may share it).
    private static func checkOccupants(
        _ occupants: [(node: XMLNode, scope: StatementScope, site: TemplateSite, run: XMLNode)], _ found: [FoundTag],
        diagnostics: inout [Diagnostic]
    ) {
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

        /// The trees of `marking`, its removed nodes gone: which elements hold tags below them and
        /// which of those are rebuilt child by child.
        init(_ marking: Marking) {
            let (marks, cellTags, fittedTables) = (marking.marks, marking.cellTags, marking.fittedTables)
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
            (self.marks, self.hot, self.structural, self.cellTags, self.fittedTables) = (marks, hot, structural, cellTags, fittedTables)
        }
    }

    private static func compileChildren(
        of node: XMLNode, _ trees: Trees, diagnostics: inout [Diagnostic], strays: inout [StrayTag]
    ) -> [Block] {
        var builder = BlockBuilder()
        let spanning = spanningParagraphs(among: node, trees)
        for child in node.children {
            if spanning.contains(child) {
                // Its runs join the container's blocks, so its inline tags pair with other paragraphs'.
                builder.append(.openParagraph(child))
                for grandchild in child.children { compile(grandchild, trees, into: &builder, diagnostics: &diagnostics, strays: &strays) }
                builder.append(.closeParagraph)
            } else {
                compile(child, trees, into: &builder, diagnostics: &diagnostics, strays: &strays)
            }
        }
        let blocks = builder.finish()
        diagnostics += builder.diagnostics
        strays += builder.strays
        return blocks
    }

    private static func compile(
        _ child: XMLNode, _ trees: Trees, into builder: inout BlockBuilder, diagnostics: inout [Diagnostic], strays: inout [StrayTag]
    ) {
        if let mark = trees.marks[child] {
            switch mark {
            case .output(let expression, let site): builder.append(.output(run: child, expression, site))
            case .richOutput(let expression, let site): builder.append(.richOutput(run: child, expression, site))
            case .paragraphOutput(let expression, let site, let run):
                builder.append(.paragraphOutput(paragraph: child, run: run, expression, site))
            case .statement(let statement, let scope, let site): builder.handle(statement, scope: scope, site: site)
            }
        } else if let tags = trees.cellTags[child] {
            builder.append(.cell(child, tags, compileChildren(of: child, trees, diagnostics: &diagnostics, strays: &strays)))
        } else if trees.fittedTables.contains(child) {
            builder.append(.fittedTable(child, compileChildren(of: child, trees, diagnostics: &diagnostics, strays: &strays)))
        } else if trees.hot.contains(child) && !trees.structural.contains(child) {
            var patches: [Block.Patch] = []
            collectPatches(in: child, path: [], trees, into: &patches)
            builder.append(.patched(child, patches))
        } else if trees.hot.contains(child) {
            builder.append(.element(child, compileChildren(of: child, trees, diagnostics: &diagnostics, strays: &strays)))
        } else {
            builder.append(.copy(child))
        }
    }

    /// The paragraphs among `node`'s children whose inline `if`/`for` tags do not pair within
    /// them (a closer before its opener, or an opener left open).
    private static func spanningParagraphs(among node: XMLNode, _ trees: Trees) -> Set<XMLNode> {
        var spanning: Set<XMLNode> = []
        for child in node.children where trees.structural.contains(child) && child.isElement("p", namespace: Namespace.w) {
            var depth = 0
            var balanced = true
            for run in child.children {
                guard case .statement(let statement, .inline, _)? = trees.marks[run] else { continue }
                switch statement {
                case .if, .for: depth += 1
                case .endif, .endfor: depth -= 1
                case .elif, .else: if depth == 0 { balanced = false }
                case .set, .cell: continue
                }
                if depth < 0 { balanced = false }
            }
            if !balanced || depth != 0 { spanning.insert(child) }
        }
        return spanning
    }
}
