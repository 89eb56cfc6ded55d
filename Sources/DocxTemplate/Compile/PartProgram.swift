/// A content part ready to be written from bytes: what precedes its root element, then the
/// root element and the newline that ends the part, compiled (see `ChunkCompiler`).
struct PartProgram {
    /// What precedes the root element (the XML declaration).
    let prologue: [UInt8]
    /// The root element and the final newline.
    let code: ChunkCode
}
