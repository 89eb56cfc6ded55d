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
    /// `for variable in sequence`.
    case loop(variable: String, sequence: Expression, body: [Chunk], TemplateSite)

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
    var chunks: [Chunk]
}
