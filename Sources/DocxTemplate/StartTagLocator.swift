/// Where each start tag of one element (`<w:p …>`) begins in a part's source, as a 1-based line
/// and column (in characters), so a problem in a Word-made part — the whole body on one line —
/// still points at its paragraph. Start tags are met in document order, as the tree's elements
/// are; comments, CDATA sections and processing instructions are skipped. One pass over the
/// source finds them all.
struct StartTagLocator {
    private var positions: [(line: Int, column: Int)] = []

    /// Finds the start tags named `qualifiedName` ("w:p") in `source`.
    init(source: [UInt8], qualifiedName: String) {
        let name = Array(qualifiedName.utf8)
        var skipUntil: [UInt8]?  // the end of the comment, CDATA section or instruction being skipped
        var line = 1
        var column = 1
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if let terminator = skipUntil {
                if byte == terminator[0], Self.matches(terminator, at: index, in: source) { skipUntil = nil }
            } else if byte == UInt8(ascii: "<") {
                if Self.matches(Self.commentStart, at: index, in: source) {
                    skipUntil = Self.commentEnd
                } else if Self.matches(Self.cdataStart, at: index, in: source) {
                    skipUntil = Self.cdataEnd
                } else if Self.matches(Self.instructionStart, at: index, in: source) {
                    skipUntil = Self.instructionEnd
                } else if index + 1 + name.count < count, Self.matches(name, at: index + 1, in: source),
                          Self.endsName(source[index + 1 + name.count]) {
                    positions.append((line, column))
                }
            }
            // Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }

    /// The line and column of start tag number `occurrence` (0-based), or nil past the last.
    func location(ofOccurrence occurrence: Int) -> (line: Int, column: Int)? {
        positions.indices.contains(occurrence) ? positions[occurrence] : nil
    }

    private static let commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
    private static let instructionStart = Array("<?".utf8), instructionEnd = Array("?>".utf8)

    private static func matches(_ bytes: [UInt8], at index: Int, in source: [UInt8]) -> Bool {
        index + bytes.count <= source.count && source[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// Whether `byte` may follow an element's name in its start tag.
    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
