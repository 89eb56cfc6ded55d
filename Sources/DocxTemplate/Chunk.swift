/// A part compiled to bytes: XML serialized once when the template is parsed, with slots for
/// values and the template's statements around them. Rendering writes the output directly,
/// without building a tree (see `ChunkCompiler` for when a part qualifies).
indirect enum Chunk {
    /// Serialized XML, copied as is.
    case bytes([UInt8])
    /// A `{{ }}` tag's value as the content of its run: `w:t`, `w:br` and `w:tab` elements.
    case value(Expression, TemplateSite)
    /// An element whose content depends on the data: `open` is its start tag without the final
    /// `>`; written as `<x/>` when the content turns out empty, as libxml2 would.
    case element(open: [UInt8], close: [UInt8], content: [Chunk])
    /// `if` / `elif` / `else`: the first branch whose condition holds (nil: `else`).
    case conditional([Branch])
    /// `for variable in sequence`; `exposesLoop` when the body reads `loop` (otherwise the
    /// renderer need not build `loop.index` and the rest for every item).
    case loop(variable: String, sequence: Expression, body: [Chunk], exposesLoop: Bool, TemplateSite)

    /// Whether `chunks` read the variable `name` anywhere (a nested loop's own `loop` included).
    static func read(_ name: String, in chunks: [Chunk]) -> Bool {
        func reads(_ expression: Expression?) -> Bool {
            expression?.variablePaths.contains { $0.first == name } ?? false
        }
        return chunks.contains { chunk in
            switch chunk {
            case .bytes: false
            case .value(let expression, _): reads(expression)
            case .element(_, _, let content): read(name, in: content)
            case .conditional(let branches): branches.contains { reads($0.condition) || read(name, in: $0.body) }
            case .loop(_, let sequence, let body, _, _): reads(sequence) || read(name, in: body)
            }
        }
    }

    /// One branch of a conditional.
    struct Branch {
        var condition: Expression?
        var site: TemplateSite
        var body: [Chunk]
    }
}

/// A content part ready to be written from `Chunk`s.
struct PartProgram {
    /// What precedes the root element (the XML declaration).
    var prologue: [UInt8]
    /// The root element, then the newline that ends the part.
    var chunks: [Chunk] {
        didSet { code = ChunkCode(chunks) }
    }
    /// `chunks` flattened for the renderer.
    private(set) var code: ChunkCode

    init(prologue: [UInt8], chunks: [Chunk]) {
        self.prologue = prologue
        self.chunks = chunks
        code = ChunkCode(chunks)
    }
}
