import Diagnostics

/// Where each start tag of one element (`<w:p …>`) begins in a part's source, as a 1-based line
/// and column (in characters), so a problem in a Word-made part — the whole body on one line —
/// still points at its paragraph. Start tags are met in document order, as the tree's elements
/// are; comments, CDATA sections and processing instructions are skipped.
struct StartTagLocator {
    private let source: [UInt8]
    private let offsets: [Int]

    /// Finds the start tags named `qualifiedName` ("w:p") in `source`.
    init(source: [UInt8], qualifiedName: String) {
        self.source = source
        let name = Array(qualifiedName.utf8)
        var offsets: [Int] = []
        var index = 0
        let count = source.count
        while index < count {
            guard source[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if Self.hasPrefix("<!--", at: index, in: source) {
                index = Self.end(of: "-->", from: index + 4, in: source)
            } else if Self.hasPrefix("<![CDATA[", at: index, in: source) {
                index = Self.end(of: "]]>", from: index + 9, in: source)
            } else if Self.hasPrefix("<?", at: index, in: source) {
                index = Self.end(of: "?>", from: index + 2, in: source)
            } else {
                let after = index + 1 + name.count
                if after < count, source[(index + 1)..<after].elementsEqual(name),
                   [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0D].contains(source[after]) {
                    offsets.append(index)
                }
                index += 1
            }
        }
        self.offsets = offsets
    }

    /// The line and column of start tag number `occurrence` (0-based), or nil past the last.
    func location(ofOccurrence occurrence: Int) -> (line: Int, column: Int)? {
        guard offsets.indices.contains(occurrence) else { return nil }
        let offset = offsets[occurrence]
        var line = 1
        var lineStart = 0
        for index in 0..<offset where source[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
        let column = source[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }

    private static func hasPrefix(_ prefix: StaticString, at index: Int, in source: [UInt8]) -> Bool {
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return index + bytes.count <= source.count && source[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// The index just past the first `terminator` at or after `start` (the end when there is none).
    private static func end(of terminator: StaticString, from start: Int, in source: [UInt8]) -> Int {
        var index = start
        while index < source.count {
            if hasPrefix(terminator, at: index, in: source) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return source.count
    }
}
