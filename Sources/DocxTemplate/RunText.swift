/// A value's text as the content of a WordprocessingML run: text, line breaks and tabs.
/// "\n", "\r\n" and "\r" each become one `w:br`; "\t" becomes `w:tab`.
enum RunText {
    /// One piece of run content.
    enum Piece {
        case text(Substring)
        case lineBreak
        case tab
    }

    /// Calls `body` with the pieces of `text` in order; empty text has none.
    static func forEachPiece(of text: String, _ body: (Piece) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t") else {
                utf8.formIndex(after: &index)
                continue
            }
            if start != index { body(.text(text[start..<index])) }
            body(byte == UInt8(ascii: "\t") ? .tab : .lineBreak)
            utf8.formIndex(after: &index)
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                utf8.formIndex(after: &index)
            }
            start = index
        }
        if start != index { body(.text(text[start..<index])) }
    }
}
