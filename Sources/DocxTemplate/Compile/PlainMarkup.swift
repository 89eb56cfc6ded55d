/// A part's source read without building a tree, for `SourceCompiler`: each element's byte range,
/// name and place among its siblings — when the source is in the plain form Word and LibreOffice
/// write, where any range of it is, byte for byte, what libxml2's serializer
/// (`XMLNode.appendXML`) writes for the same nodes — once each element written `<x></x>` (as
/// LibreOffice writes an empty `w:rPr`) is written `<x/>` instead (`appendWritten`).
///
/// `read` returns nil for anything else, and the part is then compiled on a libxml2 tree:
/// comments, CDATA, processing instructions, a DTD, a byte-order mark, character references,
/// entities other than `&amp;` `&lt;` `&gt;`, a raw `>` or a carriage return in text, attribute
/// values that are not plain ASCII, spacing in tags other than one space before each attribute,
/// a default namespace, a namespace declared anywhere but the root, a namespace declared twice, a
/// prefix never declared, `w:` declared for another namespace,
/// names that are not plain ASCII, two attributes of one local name, invalid UTF-8, characters
/// XML forbids — and elements the uncorrupt pass renumbers or moves (`WordRepair`): bookmarks,
/// drawings' `wp:docPr`, notes, content controls, custom XML.
struct PlainMarkup {
    /// The elements `SourceCompiler` tells apart (all `w:`), and `other`.
    enum Name: Equatable {
        case document, hdr, ftr, body, p, r, t, rPr, pPr, tbl, tr, tc, sectPr, trPr, tblHeader
        /// What `ParagraphTagger` reads text through, counts fields by or reports a tag in:
        /// hyperlinks, fields, revisions, ruby and other run-level wrappers.
        case runWrapper
        case other
    }

    /// One element. Offsets index the source.
    struct Element {
        var name: Name
        /// Where its start tag begins (`<`).
        var start: Int
        /// Just after its start tag (`end` when it is written `<x/>`).
        var contentStart: Int
        /// Where its end tag begins (`end` when it is written `<x/>`).
        var contentEnd: Int
        /// Just after its end tag, or after `/>`.
        var end: Int
        /// Its parent's index; -1 for the root.
        var parent: Int
        var firstChild = -1
        var nextSibling = -1
    }

    /// Every element, in document order (the root first).
    private(set) var elements: [Element] = []
    /// What libxml2 writes before the root element: the XML declaration and a newline.
    private(set) var prologue: [UInt8] = []
    /// Whether the root declares `w:` for WordprocessingML (no other element may declare it).
    private(set) var rootDeclaresWord = false
    /// The elements written `<x></x>`, in document order.
    private(set) var emptyPairs: [Int] = []
    private static let endTagStart = Array("</".utf8)
    private static let emptyElementEnd = Array("/>".utf8)

    /// Appends the source's bytes in `range` (whole elements and the text between them) as
    /// libxml2 writes them: each element written `<x></x>` becomes `<x/>`.
    func appendWritten(_ range: Range<Int>, of source: [UInt8], to bytes: inout [UInt8]) {
        // The first element written `<x></x>` at or after the range's start.
        var low = 0
        var high = emptyPairs.count
        while low < high {
            let middle = (low + high) / 2
            if elements[emptyPairs[middle]].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var cursor = range.lowerBound
        while low < emptyPairs.count, elements[emptyPairs[low]].end <= range.upperBound {
            let element = elements[emptyPairs[low]]
            bytes += source[cursor..<(element.contentStart - 1)]  // up to the start tag's `>`
            bytes += Self.emptyElementEnd
            cursor = element.end
            low += 1
        }
        bytes += source[cursor..<range.upperBound]
    }

    /// Limits well inside libxml2's own (nesting 256, a text node, name or attribute value 10 MB):
    /// past them the tree path decides.
    static let maximumDepth = 200
    static let maximumLength = 1_000_000

    /// The two XML declarations accepted, each written back as it is, then a newline.
    private static let declarations = [
        Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8), Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8),
    ]
    private static let wordprocessing = Array("http://schemas.openxmlformats.org/wordprocessingml/2006/main".utf8)

    /// The elements of `source`, or nil when it is not in the plain form (see the type).
    static func read(_ source: [UInt8]) -> PlainMarkup? {
        source.withUnsafeBufferPointer { buffer in
            var reader = Reader(source: buffer)
            return reader.read()
        }
    }

    /// The children of element `index`, in order.
    func children(of index: Int) -> ChildSequence {
        ChildSequence(elements: elements, upcoming: elements[index].firstChild)
    }

    /// Walks a linked list of siblings.
    struct ChildSequence: Sequence, IteratorProtocol {
        typealias Element = Int
        let elements: [PlainMarkup.Element]
        var upcoming: Int

        mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = elements[upcoming].nextSibling }
            return upcoming
        }
    }

    private struct Reader {
        typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>
        let source: UnsafeBufferPointer<UInt8>
        var position = 0
        var markup = PlainMarkup()
        /// Open elements, innermost last, each with its last child so far.
        var open: [(element: Int, lastChild: Int)] = []
        /// The local names of the attributes of the start tag being read, and the prefixes it uses.
        var locals: [Bytes] = []
        var prefixes: [Bytes] = []
        /// The prefixes and URIs the root declares.
        var declared: [Bytes] = []
        var declaredURIs: [Bytes] = []

        init(source: UnsafeBufferPointer<UInt8>) {
            self.source = source
        }

        mutating func read() -> PlainMarkup? {
            guard let declaration = PlainMarkup.declarations.first(where: { matches($0, at: 0) }) else { return nil }
            markup.prologue = declaration + [UInt8(ascii: "\n")]
            position = declaration.count
            skipWhitespace()
            guard position < source.count, source[position] == UInt8(ascii: "<") else { return nil }
            while position < source.count {
                if source[position] == UInt8(ascii: "<") {
                    guard position + 1 < source.count else { return nil }
                    if source[position + 1] == UInt8(ascii: "/") {
                        guard endTag() else { return nil }
                        if open.isEmpty {
                            skipWhitespace()
                            return position == source.count ? markup : nil
                        }
                    } else {
                        guard startTag() else { return nil }
                        if open.isEmpty {  // a root written `<x/>`
                            skipWhitespace()
                            return position == source.count ? markup : nil
                        }
                    }
                } else {
                    guard !open.isEmpty, text() else { return nil }
                }
            }
            return nil
        }

        // MARK: Tags

        private mutating func startTag() -> Bool {
            let start = position
            position += 1
            guard let name = qualifiedName() else { return false }
            let isRoot = markup.elements.isEmpty
            locals.removeAll(keepingCapacity: true)
            prefixes.removeAll(keepingCapacity: true)
            if let prefix = name.prefix { prefixes.append(prefix) }
            var sawAttribute = false
            while position < source.count, source[position] == UInt8(ascii: " ") {
                position += 1
                guard let attribute = qualifiedName(), position + 1 < source.count, source[position] == UInt8(ascii: "="),
                    source[position + 1] == UInt8(ascii: "\"")
                else { return false }
                position += 2
                let valueStart = position
                while position < source.count, source[position] != UInt8(ascii: "\"") {
                    let byte = source[position]
                    guard byte >= 0x20, byte <= 0x7E, byte != UInt8(ascii: "&"), byte != UInt8(ascii: "<"), byte != UInt8(ascii: ">") else {
                        return false
                    }
                    position += 1
                }
                guard position < source.count, position - valueStart <= PlainMarkup.maximumLength else { return false }
                let value = source[valueStart..<position]
                position += 1
                if attribute.prefix == nil && Self.same(attribute.local, Self.xmlns) {
                    return false  // a default namespace
                }
                if let prefix = attribute.prefix, Self.same(prefix, Self.xmlns) {
                    // libxml2 writes declarations before attributes: they must come first here too.
                    // Declarations on the root only, each URI once: the tree renderer drops a
                    // declaration repeating one in scope and may trade prefixes naming one URI.
                    guard isRoot, !sawAttribute, !declared.contains(where: { $0.elementsEqual(attribute.local) }),
                        !declaredURIs.contains(where: { $0.elementsEqual(value) })
                    else { return false }
                    declaredURIs.append(value)
                    // `xml:` and `xmlns:` cannot be declared, nor a prefix undeclared (`xmlns:a=""`):
                    // libxml2 keeps no such declaration, so it would not be written back.
                    guard !value.isEmpty, !Self.same(attribute.local, Self.xml), !Self.same(attribute.local, Self.xmlns) else { return false }
                    declared.append(attribute.local)
                    // `w:` is WordprocessingML's, declared once on the root, and no other prefix is.
                    if Self.same(attribute.local, Self.wordPrefix) {
                        guard value.elementsEqual(PlainMarkup.wordprocessing) else { return false }
                        markup.rootDeclaresWord = true
                    } else if value.elementsEqual(PlainMarkup.wordprocessing) {
                        return false
                    }
                    continue
                }
                sawAttribute = true
                guard !locals.contains(where: { $0.elementsEqual(attribute.local) }) else { return false }
                locals.append(attribute.local)
                if let prefix = attribute.prefix, !Self.same(prefix, Self.xml) { prefixes.append(prefix) }
            }
            // Every prefix is declared (on the root, the only element that declares any):
            // libxml2 lets an undeclared one through, and Word refuses the file.
            for prefix in prefixes where !declared.contains(where: { $0.elementsEqual(prefix) }) { return false }
            guard position < source.count else { return false }
            let empty: Bool
            if source[position] == UInt8(ascii: ">") {
                empty = false
                position += 1
            } else if source[position] == UInt8(ascii: "/"), position + 1 < source.count, source[position + 1] == UInt8(ascii: ">") {
                empty = true
                position += 2
            } else {
                return false
            }
            guard let kind = Self.kind(of: name) else { return false }
            let index = markup.elements.count
            let parent = open.last?.element ?? -1
            markup.elements.append(
                Element(name: kind, start: start, contentStart: position, contentEnd: position, end: position, parent: parent))
            if !open.isEmpty {
                let last = open[open.count - 1].lastChild
                if last < 0 { markup.elements[parent].firstChild = index } else { markup.elements[last].nextSibling = index }
                open[open.count - 1].lastChild = index
            }
            if !empty {
                // `<x></x>` is written back `<x/>`: `appendWritten` does so.
                if matches(PlainMarkup.endTagStart, at: position) { markup.emptyPairs.append(index) }
                // libxml2 refuses documents nested deeper than 256 elements (without XML_PARSE_HUGE).
                guard open.count < PlainMarkup.maximumDepth else { return false }
                open.append((index, -1))
            }
            return true
        }

        private mutating func endTag() -> Bool {
            guard let (element, _) = open.popLast() else { return false }
            let start = position
            let opened = markup.elements[element]
            // The end tag repeats the start tag's name exactly: `</` name `>`.
            var nameEnd = opened.start + 1
            while nameEnd < source.count, source[nameEnd] != UInt8(ascii: " "), source[nameEnd] != UInt8(ascii: ">"),
                source[nameEnd] != UInt8(ascii: "/")
            {
                nameEnd += 1
            }
            let name = source[(opened.start + 1)..<nameEnd]
            guard position + 2 + name.count < source.count, source[position + 2 + name.count] == UInt8(ascii: ">"),
                source[(position + 2)..<(position + 2 + name.count)].elementsEqual(name)
            else { return false }
            position += 3 + name.count
            markup.elements[element].contentEnd = start
            markup.elements[element].end = position
            return true
        }

        /// `name` or `prefix:name`, ASCII letters, digits, `_`, `-`, `.`; nil otherwise.
        private mutating func qualifiedName() -> (prefix: Bytes?, local: Bytes)? {
            let start = position
            var colon: Int?
            while position < source.count {
                let byte = source[position]
                if byte == UInt8(ascii: ":") {
                    guard colon == nil, position > start else { return nil }
                    colon = position
                } else if !Self.isNameByte(byte, first: position == start || colon == position - 1) {
                    break
                }
                position += 1
            }
            guard position > start, colon != position - 1, position - start <= 1000 else { return nil }
            guard let colon else { return (nil, source[start..<position]) }
            return (source[start..<colon], source[(colon + 1)..<position])
        }

        private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): !first
            default: false
            }
        }

        /// What `SourceCompiler` needs to know of an element; nil for one the repairs touch.
        private static func kind(of name: (prefix: Bytes?, local: Bytes)) -> Name? {
            let local = name.local
            if same(local, docPr) { return nil }
            guard let prefix = name.prefix, prefix.count == 1, prefix.first == UInt8(ascii: "w") else { return .other }
            switch local.count {
            case 1:
                switch local.first {
                case UInt8(ascii: "p"): return .p
                case UInt8(ascii: "r"): return .r
                case UInt8(ascii: "t"): return .t
                default: return .other
                }
            case 2:
                guard local.first == UInt8(ascii: "t") else { return .other }
                if local.last == UInt8(ascii: "r") { return .tr }
                if local.last == UInt8(ascii: "c") { return .tc }
                return .other
            default:
                for (bytes, kind) in names where same(local, bytes) { return kind }
                for bytes in repaired where same(local, bytes) { return nil }
                return .other
            }
        }

        /// Whether `slice` holds exactly `bytes` (the length compared first: most names differ there).
        private static func same(_ slice: Bytes, _ bytes: [UInt8]) -> Bool {
            guard slice.count == bytes.count else { return false }
            var index = slice.startIndex
            for byte in bytes {
                guard slice[index] == byte else { return false }
                index += 1
            }
            return true
        }

        private static let docPr = Array("docPr".utf8)
        private static let xmlns = Array("xmlns".utf8)
        private static let xml = Array("xml".utf8)
        private static let wordPrefix = [UInt8(ascii: "w")]
        private static let names: [([UInt8], Name)] =
            ([
                ("rPr", .rPr), ("pPr", .pPr), ("tbl", .tbl), ("body", .body), ("sectPr", .sectPr), ("document", .document),
                ("hdr", .hdr), ("ftr", .ftr), ("trPr", .trPr), ("tblHeader", .tblHeader), ("hyperlink", .runWrapper), ("fldSimple", .runWrapper),
                ("fldChar", .runWrapper),
                ("sdtContent", .runWrapper), ("smartTag", .runWrapper), ("ins", .runWrapper), ("moveTo", .runWrapper),
                ("dir", .runWrapper), ("bdo", .runWrapper), ("ruby", .runWrapper), ("moveFrom", .runWrapper), ("del", .runWrapper),
            ] as [(String, Name)]).map { (Array($0.0.utf8), $0.1) }
        private static let repaired = ["bookmarkStart", "bookmarkEnd", "sdt", "customXml", "footnote", "endnote"].map { Array($0.utf8) }

        // MARK: Text

        /// Text up to the next `<`: UTF-8 of characters XML allows, no `\r` or `>`, and only
        /// the entities `&amp;`, `&lt;`, `&gt;`.
        private mutating func text() -> Bool {
            // libxml2 refuses a text node past 10,000,000 bytes (without XML_PARSE_HUGE): far
            // shorter ones go to the tree too.
            let limit = position + PlainMarkup.maximumLength
            while position < source.count {
                guard position < limit else { return false }
                let byte = source[position]
                switch byte {
                case UInt8(ascii: "<"):
                    return true
                case UInt8(ascii: "&"):
                    guard let entity = Self.entities.first(where: { matches($0, at: position) }) else { return false }
                    position += entity.count
                case 0x09, 0x0A, 0x20...0x7E:
                    guard byte != UInt8(ascii: ">") else { return false }
                    position += 1
                case 0x80...:
                    guard let length = Self.scalarLength(source, at: position) else { return false }
                    position += length
                default:
                    return false  // other control characters, carriage returns
                }
            }
            return true
        }

        private static let entities = [Array("&amp;".utf8), Array("&lt;".utf8), Array("&gt;".utf8)]

        /// The length of the UTF-8 sequence at `index` when it encodes a character XML allows
        /// (not a surrogate, U+FFFE or U+FFFF); nil otherwise.
        private static func scalarLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            let lead = source[index]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xED:
                length = 3
                high = 0x9F
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return nil
            }
            guard index + length <= source.count, (low...high).contains(source[index + 1]) else { return nil }
            for offset in 2..<max(2, length) where !(0x80...0xBF).contains(source[index + offset]) { return nil }
            if lead == 0xEF, source[index + 1] == 0xBF, source[index + 2] >= 0xBE { return nil }  // U+FFFE, U+FFFF
            return length
        }

        // MARK: Helpers

        private mutating func skipWhitespace() {
            while position < source.count, [0x20, 0x09, 0x0A, 0x0D].contains(source[position]) { position += 1 }
        }

        private func matches(_ bytes: [UInt8], at index: Int) -> Bool {
            guard index + bytes.count <= source.count else { return false }
            return source[index..<(index + bytes.count)].elementsEqual(bytes)
        }
    }
}
