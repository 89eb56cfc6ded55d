import OOXML
import XMLCore

/// Compiles a part's blocks to `ChunkCode`, or declines when the part needs the tree renderer:
/// when the uncorrupt pass (`WordRepair`) could have work to do on some output (see
/// `RepairAnalysis`), or when the part does not name WordprocessingML's namespace `w:` on its
/// root (values are written as `w:t`, `w:br`, `w:tab`).
struct ChunkCompiler {
    private var code = ChunkCode()
    /// Set by a `{{r }}` tag: its runs are built as a tree.
    private var declined = false

    /// The program for `blocks`, compiled from `document` (whose root they render); nil when the
    /// part must be rendered as a tree.
    static func compile(_ blocks: [Block], of document: XMLDocument) -> PartProgram? {
        guard let root = document.root,
            root.namespaceDeclarations.first(where: { $0.uri == Namespace.wordprocessing })?.prefix == "w",
            namespacesStayAsWritten(root), RepairAnalysis.outputNeverNeedsRepair(blocks, of: document)
        else { return nil }
        var compiler = ChunkCompiler()
        compiler.element(root) { $0.compile(blocks) }
        guard !compiler.declined else { return nil }
        compiler.code.addBytes([UInt8(ascii: "\n")])
        return PartProgram(prologue: document.prologue, code: compiler.code)
    }

    /// Whether the tree renderer writes the part's namespace declarations and prefixes as they
    /// are, as the byte code does: no element declares a prefix or a namespace that it or an
    /// ancestor already declares. (The tree renderer drops a declaration repeating one in scope,
    /// and may trade a prefix for another naming the same namespace.)
    private static func namespacesStayAsWritten(_ root: XMLNode) -> Bool {
        var prefixes: [String] = []
        var namespaces: [String] = []
        func visit(_ node: XMLNode) -> Bool {
            let declarations = node.namespaceDeclarations
            for (prefix, uri) in declarations {
                guard !prefixes.contains(prefix), !namespaces.contains(uri) else { return false }
                prefixes.append(prefix)
                namespaces.append(uri)
            }
            var child = node.firstChild
            while let current = child {
                if current.isElement, !visit(current) { return false }
                child = current.nextSibling
            }
            prefixes.removeLast(declarations.count)
            namespaces.removeLast(declarations.count)
            return true
        }
        return visit(root)
    }

    private mutating func compile(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .copy(let node):
                copy(node)
            case .element(let node, let children):
                element(node) { $0.compile(children) }
            case .patched(let node, let patches):
                patched(node, ArraySlice(patches.map { ($0.path[...], $0) }))
            case .output(let run, let expression, let site):
                valueRun(run, expression, site)
            case .richOutput, .cell, .fittedTable, .paragraphOutput, .openParagraph, .closeParagraph:
                declined = true
            case .conditional(let branches):
                var tests: [Int] = []
                var exits: [Int] = []
                for branch in branches {
                    if let condition = branch.condition {
                        let test = code.openBranch(condition, branch.site)
                        tests.append(test)
                        compile(branch.blocks)
                        exits.append(code.closeBranch(at: test))
                    } else {
                        compile(branch.blocks)  // `else`: always the last branch
                    }
                }
                code.closeConditional(branches: tests, exits: exits)
            case .loop(let variables, let sequence, let body, let empty, let site):
                let start = code.openLoop(variables, sequence, site)
                compile(body)
                if empty.isEmpty {
                    code.closeLoop(at: start)
                } else {
                    let exit = code.closeLoop(at: start, withElse: true)
                    compile(empty)
                    code.closeElse(exit)
                }
            case .set(let name, let value, let site):
                code.addSet(name, value, site)
            }
        }
    }

    /// `node` and its subtree, as they are.
    private mutating func copy(_ node: XMLNode) {
        let start = code.pool.count
        node.appendXML(to: &code.pool)
        code.addBytes(from: start)
    }

    /// `node` copied whole except the tag runs its patches point at, which get their values.
    /// The patches come in document order, so those below each child follow one another.
    private mutating func patched(_ node: XMLNode, _ patches: ArraySlice<(path: ArraySlice<Int>, patch: Block.Patch)>) {
        element(node) { compiler in
            var child = node.firstChild
            var index = 0
            var next = patches.startIndex
            while let current = child {
                var end = next
                while end < patches.endIndex, patches[end].path.first == index { end += 1 }
                let below = patches[next..<end]
                next = end
                if let run = below.first(where: { $0.path.count == 1 }) {
                    compiler.valueRun(current, run.patch.expression, run.patch.site)
                } else if below.isEmpty {
                    compiler.copy(current)
                } else {
                    compiler.patched(current, ArraySlice(below.map { ($0.path.dropFirst(), $0.patch) }))
                }
                child = current.nextSibling
                index += 1
            }
        }
    }

    /// A tag run (its `w:rPr` and one `w:t`, as `ParagraphTagger` leaves it) holding the value.
    private mutating func valueRun(_ run: XMLNode, _ expression: Expression, _ site: TemplateSite) {
        element(run) { compiler in
            if let properties = run.firstChild("rPr", namespace: Namespace.w) { compiler.copy(properties) }
            compiler.code.addValue(expression, site)
        }
    }

    /// `node`'s start tag, the content `body` writes, its end tag: plain bytes when the content is.
    private mutating func element(_ node: XMLNode, _ body: (inout ChunkCompiler) -> Void) {
        let start = code.pool.count
        node.appendOpenStartTag(to: &code.pool)
        code.pool.append(UInt8(ascii: ">"))
        let open = code.openElement(from: start)
        body(&self)
        let end = code.pool.count
        node.appendEndTag(to: &code.pool)
        code.closeElement(open, endTagFrom: end)
    }
}
