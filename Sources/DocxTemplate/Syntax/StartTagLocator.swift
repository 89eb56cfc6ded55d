#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where each start tag of one element (`<w:p …>`) begins in a part's source, as a 1-based line
/// and column (in characters), so a problem in a Word-made part — the whole body on one line —
/// still points at its paragraph. Start tags are met in document order, as the tree's elements
/// are; comments, CDATA sections and processing instructions are skipped. One pass over the
/// source finds them all: `memchr` jumps from one "<" to the next, and lines and characters are
/// counted only up to each start tag found.
struct StartTagLocator {
    private var positions: [(line: Int, column: Int)] = []

    /// Finds the start tags named `qualifiedName` ("w:p") in `source`.
    init(source: [UInt8], qualifiedName: String) {
        let name = Array(qualifiedName.utf8)
        positions = source.withUnsafeBufferPointer { buffer in
            name.withUnsafeBufferPointer { name in Self.scan(buffer, for: name) }
        }
    }

    /// The line and column of start tag number `occurrence` (0-based), or nil past the last.
    func location(ofOccurrence occurrence: Int) -> (line: Int, column: Int)? {
        positions.indices.contains(occurrence) ? positions[occurrence] : nil
    }

    private static func scan(_ source: UnsafeBufferPointer<UInt8>, for name: UnsafeBufferPointer<UInt8>) -> [(line: Int, column: Int)] {
        guard let base = source.baseAddress else { return [] }
        let count = source.count
        var positions: [(line: Int, column: Int)] = []
        // Bytes are counted only as far as a match needs.
        var counter = SourcePositions()
        var index = 0
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if let terminator = skipped(at, in: source) {
                guard let end = find(terminator.end, in: source, from: at + terminator.start) else { break }
                index = end + terminator.end.count
                continue
            }
            let nameEnd = at + 1 + name.count
            if nameEnd < count, matches(name, at: at + 1, in: source), endsName(source[nameEnd]) {
                positions.append(counter.position(of: at, in: source))
            }
            index = at + 1
        }
        return positions
    }

    private static let comment = (start: Array("<!--".utf8), end: Array("-->".utf8))
    private static let cdata = (start: Array("<![CDATA[".utf8), end: Array("]]>".utf8))
    private static let instruction = (start: Array("<?".utf8), end: Array("?>".utf8))

    /// When a comment, CDATA section or instruction starts at `index`: the length of its opening
    /// and what ends it.
    private static func skipped(_ index: Int, in source: UnsafeBufferPointer<UInt8>) -> (start: Int, end: [UInt8])? {
        guard index + 1 < source.count else { return nil }
        switch source[index + 1] {
        case UInt8(ascii: "!"):
            if matches(comment.start, at: index, in: source) { return (comment.start.count, comment.end) }
            if matches(cdata.start, at: index, in: source) { return (cdata.start.count, cdata.end) }
            return nil
        case UInt8(ascii: "?"):
            return (instruction.start.count, instruction.end)
        default:
            return nil
        }
    }

    /// The index of the first `bytes` at or after `start`.
    private static func find(_ bytes: [UInt8], in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + bytes.count <= source.count {
            guard let found = memchr(source.baseAddress! + index, Int32(bytes[0]), source.count - index) else { return nil }
            let at = source.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if matches(bytes, at: at, in: source) { return at }
            index = at + 1
        }
        return nil
    }

    private static func matches<C: Collection<UInt8>>(_ bytes: C, at index: Int, in source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + bytes.count <= source.count else { return false }
        var position = index
        for byte in bytes {
            guard source[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// Whether `byte` may follow an element's name in its start tag.
    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

/// The 1-based line and column (in characters) of byte offsets in one source, met in increasing
/// order: each byte is counted once.
struct SourcePositions {
    private var counted = 0
    private var line = 1
    private var column = 1

    /// The line and column of byte `offset` (at or after the last one asked for).
    mutating func position(of offset: Int, in source: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        while counted < offset {
            let byte = source[counted]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // UTF-8 continuation bytes (10xxxxxx) start no character
                column += 1
            }
            counted += 1
        }
        return (line, column)
    }
}
