/// A value's text as the content of a WordprocessingML run, the way docxtpl writes it: "\n",
/// "\r\n" and "\r" each become one `w:br`; "\t" a `w:tab`; "\u{0C}" (form feed) a page break
/// (`w:br w:type="page"`); "\u{07}" (bell, docxtpl's `\a`) ends the paragraph and starts a new
/// one with the same formatting. Any other character XML 1.0 cannot carry (U+0000–U+001F
/// except those, U+FFFE, U+FFFF) makes the value unwritable: Word refuses such a file.
enum RunText {
    /// One piece of run content.
    enum Piece: Equatable {
        case text(Substring)
        case lineBreak
        case tab
        case pageBreak
        case paragraphBreak
    }

    /// A character the value cannot carry into XML, and how many characters precede it.
    struct InvalidCharacter: Equatable {
        var scalar: Unicode.Scalar
        var offset: Int
    }

    /// Whether `byte` (of UTF-8) needs more than copying: a control character, or one XML escapes.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0xEF
    }

    /// The first character of `text` that no piece can write, if any.
    static func firstInvalidCharacter(in text: String) -> InvalidCharacter? {
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF; control characters are single bytes.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isWritable(scalar) {
            return InvalidCharacter(scalar: scalar, offset: offset)
        }
        return nil
    }

    private static func isWritable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x07, 0x0C: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// The first character of `text` XML 1.0 cannot carry at all (plain text such as the
    /// document title, where "\u{07}" and "\u{0C}" have no meaning either), if any.
    static func firstCharacterXMLCannotCarry(in text: String) -> InvalidCharacter? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isWritable(scalar) || scalar.value == 0x07 || scalar.value == 0x0C {
            return InvalidCharacter(scalar: scalar, offset: offset)
        }
        return nil
    }

    /// Whether writing `text` splits its paragraph (it holds docxtpl's `\a`).
    static func breaksParagraph(_ text: String) -> Bool {
        text.utf8.contains(0x07)
    }

    /// Calls `body` with the pieces of `text` in order; empty text has none. Characters
    /// `firstInvalidCharacter` finds are passed on inside text pieces: check first.
    static func forEachPiece(of text: String, _ body: (Piece) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            let piece: Piece
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): piece = .lineBreak
            case UInt8(ascii: "\t"): piece = .tab
            case 0x0C: piece = .pageBreak
            case 0x07: piece = .paragraphBreak
            default:
                utf8.formIndex(after: &index)
                continue
            }
            if start != index { body(.text(text[start..<index])) }
            body(piece)
            utf8.formIndex(after: &index)
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                utf8.formIndex(after: &index)
            }
            start = index
        }
        if start != index { body(.text(text[start..<index])) }
    }
}
