/// Finds `{{ … }}`, `{% … %}` and `{# … #}` in a paragraph's text (quotes inside a tag may hold
/// `}}`).
enum TagScanner {
    /// A tag's position, in Unicode scalars from the start of the paragraph text.
    struct Occurrence: Equatable {
        var start: Int
        var end: Int
    }

    /// The result: the tags found, and an unclosed opening if the text has one.
    struct Result: Equatable {
        var occurrences: [Occurrence] = []
        var unclosed: (start: Int, opening: String)?

        static func == (lhs: Result, rhs: Result) -> Bool {
            lhs.occurrences == rhs.occurrences && lhs.unclosed?.start == rhs.unclosed?.start
        }
    }

    /// The quote that closes a string opened by `scalar`, if `scalar` opens one.
    private static func closingQuote(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": "\""
        case "'": "'"
        case "“": "”"
        case "‘": "’"
        default: nil
        }
    }

    /// Whether `text` may hold a tag at all (a cheap test before scanning).
    static func mayContainTag(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 2 else { return false }
        for index in 0..<(text.count - 1) {
            if text[index] == "{" {
                let next = text[index + 1]
                if next == "{" || next == "%" || next == "#" || next == "_" { return true }
            } else if text[index] == "_", text[index + 1] == "}" {
                return true
            }
        }
        return false
    }

    /// Whether one of docxtpl's escaped delimiters starts at `index`.
    static func isEscape(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 2 < text.count, text[index + 1] == "_" else { return false }
        switch (text[index], text[index + 2]) {
        case ("{", "{"), ("{", "%"), ("}", "}"), ("%", "}"): return true
        default: return false
        }
    }

    /// Scans `text`.
    static func scan(_ text: [Unicode.Scalar]) -> Result {
        var result = Result()
        var index = 0
        while index + 1 < text.count {
            // docxtpl's escaped delimiters, each on its own: "{_{", "}_}", "{_%", "%_}".
            if isEscape(text, at: index) {
                result.occurrences.append(Occurrence(start: index, end: index + 3))
                index += 3
                continue
            }
            guard text[index] == "{" else {
                index += 1
                continue
            }
            guard let closer = closer(for: text[index + 1]) else {
                index += 1
                continue
            }
            let isComment = closer == "#"
            var cursor = index + 2
            var quote: Unicode.Scalar?
            var end: Int?
            while cursor + 1 < text.count + 1, cursor < text.count {
                let scalar = text[cursor]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if !isComment, let closing = closingQuote(scalar) {
                    quote = closing
                } else if scalar == closer, cursor + 1 < text.count, text[cursor + 1] == "}" {
                    end = cursor + 2
                    break
                }
                cursor += 1
            }
            guard let end else {
                result.unclosed = (index, "{" + String(text[index + 1]))
                return result
            }
            result.occurrences.append(Occurrence(start: index, end: end))
            index = end
        }
        return result
    }

    private static func closer(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "{": "}"
        case "%": "%"
        case "#": "#"
        default: nil
        }
    }
}

extension String {
    /// The string of `scalars`, encoded straight to UTF-8 (far cheaper than appending them to a
    /// `UnicodeScalarView` one by one).
    init(scalars: some Collection<Unicode.Scalar>) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII {
                utf8.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let encoded = UTF8.encode(scalar) {
                utf8.append(contentsOf: encoded)
            }
        }
        self.init(decoding: utf8, as: UTF8.self)
    }
}
