import OOXML
import XMLCore

/// Compiles a part's blocks to `Chunk`s, or declines when the part needs the tree renderer:
/// when the uncorrupt pass (`WordRepair`) could have work to do on some output (see
/// `RepairAnalysis`), or when the part does not name WordprocessingML's namespace `w:` on its
/// root (values are written as `w:t`, `w:br`, `w:tab`).
struct ChunkCompiler {
    private var chunks: [Chunk] = []
    private var pending: [UInt8] = []

    /// The program for `blocks`, compiled from `document` (whose root they render); nil when the
    /// part must be rendered as a tree.
    static func compile(_ blocks: [Block], of document: XMLDocument) -> PartProgram? {
        guard let root = document.root,
              root.namespaceDeclarations.first(where: { $0.uri == Namespace.wordprocessing })?.prefix == "w",
              RepairAnalysis.outputNeverNeedsRepair(blocks, of: document)
        else { return nil }
        var compiler = ChunkCompiler()
        compiler.appendElement(root, content: Self.compile(blocks))
        compiler.append([UInt8(ascii: "\n")])
        return PartProgram(prologue: document.prologue, chunks: compiler.finish())
    }

    private static func compile(_ blocks: [Block]) -> [Chunk] {
        var compiler = ChunkCompiler()
        for block in blocks {
            switch block {
            case .copy(let node):
                var bytes: [UInt8] = []
                node.appendXML(to: &bytes)
                compiler.append(bytes)
            case .element(let node, let children):
                compiler.appendElement(node, content: compile(children))
            case .patched(let node, let patches):
                compiler.appendPatched(node, patches.map { ($0.path[...], $0) })
            case .output(let run, let expression, let site):
                compiler.appendValueRun(run, expression, site)
            case .conditional(let branches):
                compiler.append(.conditional(branches.map { Chunk.Branch(condition: $0.condition, site: $0.site, body: compile($0.blocks)) }))
            case .loop(let variable, let sequence, let body, let site):
                let compiled = compile(body)
                compiler.append(.loop(variable: variable, sequence: sequence, body: compiled,
                                      exposesLoop: Chunk.read("loop", in: compiled), site))
            }
        }
        return compiler.finish()
    }

    /// `node` copied whole except the tag runs its patches point at, which get their values.
    private mutating func appendPatched(_ node: XMLNode, _ patches: [(path: ArraySlice<Int>, patch: Block.Patch)]) {
        var inner = ChunkCompiler()
        var child = node.firstChild
        var index = 0
        while let current = child {
            let below = patches.filter { $0.path.first == index }
            if let run = below.first(where: { $0.path.count == 1 }) {
                inner.appendValueRun(current, run.patch.expression, run.patch.site)
            } else if below.isEmpty {
                var bytes: [UInt8] = []
                current.appendXML(to: &bytes)
                inner.append(bytes)
            } else {
                inner.appendPatched(current, below.map { ($0.path.dropFirst(), $0.patch) })
            }
            child = current.nextSibling
            index += 1
        }
        appendElement(node, content: inner.finish())
    }

    /// A tag run (its `w:rPr` and one `w:t`, as `ParagraphTagger` leaves it) holding the value.
    private mutating func appendValueRun(_ run: XMLNode, _ expression: Expression, _ site: TemplateSite) {
        var inner = ChunkCompiler()
        if let properties = run.firstChild("rPr", namespace: Namespace.w) {
            var bytes: [UInt8] = []
            properties.appendXML(to: &bytes)
            inner.append(bytes)
        }
        inner.append(.value(expression, site))
        appendElement(run, content: inner.finish())
    }

    /// `node`'s start tag, `content`, its end tag: plain bytes when the content is.
    private mutating func appendElement(_ node: XMLNode, content: [Chunk]) {
        var open: [UInt8] = []
        node.appendOpenStartTag(to: &open)
        var close: [UInt8] = []
        node.appendEndTag(to: &close)
        if content.isEmpty {
            append(open + Array("/>".utf8))
        } else if content.count == 1, case .bytes(let bytes) = content[0] {
            append(open + [UInt8(ascii: ">")] + bytes + close)
        } else {
            append(.element(open: open, close: close, content: content))
        }
    }

    private mutating func append(_ bytes: [UInt8]) {
        pending += bytes
    }

    private mutating func append(_ chunk: Chunk) {
        flush()
        chunks.append(chunk)
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        chunks.append(.bytes(pending))
        pending = []
    }

    private mutating func finish() -> [Chunk] {
        flush()
        return chunks
    }
}
