import Foundation

/// The comments of a data file carried into its rewritten text. The YAML model the form writes
/// through keeps values, not comments; this puts each comment back where it was: the comment and
/// blank lines above a key (or list item) above the same key in the new text, and a comment at the
/// end of a key's line at the end of that key's line. A line whose content did not change comes
/// back byte for byte, with its comment and spacing. Comments of a key that is gone are dropped
/// with it; those after the last key stay at the end.
enum YAMLComments {
    /// `written` (block-style YAML from the model) with the comments of `original`.
    static func carry(from original: String, into written: String) -> String {
        let old = Scanner.lines(of: original.replacingOccurrences(of: "\r\n", with: "\n"))
        var above: [String: [String]] = [:]
        var lineOf: [String: Scanner.Line] = [:]  // by the key the line ends in
        var pending: [String] = []
        for line in old {
            guard let anchor = line.anchor else {
                if line.isCommentOrBlank { pending.append(line.raw) }
                continue
            }
            if !pending.isEmpty { above[anchor, default: []] += pending }
            pending = []
            if let tail = line.tail, lineOf[tail] == nil { lineOf[tail] = line }
        }
        var result: [String] = []
        for line in Scanner.lines(of: written) {
            guard let anchor = line.anchor else {
                result.append(line.raw)
                continue
            }
            result += above[anchor] ?? []
            guard let tail = line.tail, let previous = lineOf[tail], let comment = previous.comment else {
                result.append(line.raw)
                continue
            }
            if previous.content == line.content {
                result.append(previous.raw)
            } else {
                result.append(line.content + previous.gap + comment)
            }
        }
        while result.last == "" { result.removeLast() }
        result += pending.drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        return result.joined(separator: "\n") + "\n"
    }

    /// Reads block-style YAML line by line, naming each key or item line by its path
    /// ("documents.plan.date", "members[2].name", "legal_bases[1]").
    enum Scanner {
        struct Line {
            var raw: String
            /// The line without its comment and the spaces before it.
            var content: String
            /// The spaces between content and comment.
            var gap: String
            /// "# …", nil when the line has none.
            var comment: String?
            /// The key path the line starts, nil for a comment, a blank or a continuation line: the
            /// comments above the line belong to it.
            var anchor: String?
            /// The innermost key path on the line ("members[1].name" for "- name: An"): the comment
            /// at the end of the line belongs to it.
            var tail: String?
            var isCommentOrBlank: Bool { content.trimmingCharacters(in: .whitespaces).isEmpty }
        }

        private struct Frame {
            var indent: Int
            var path: String
            var isItem: Bool
        }

        static func lines(of text: String) -> [Line] {
            var frames: [Frame] = []
            var itemCounts: [String: Int] = [:]
            /// Lines indented deeper than this belong to a block scalar ("|").
            var blockScalarIndent: Int?
            var result: [Line] = []
            let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, raw) in rawLines.enumerated() {
                if index == rawLines.count - 1, raw.isEmpty { break }
                let indent = raw.prefix { $0 == " " }.count
                if let limit = blockScalarIndent {
                    if raw.trimmingCharacters(in: .whitespaces).isEmpty || indent > limit {
                        result.append(Line(raw: raw, content: raw, gap: "", comment: nil, anchor: nil, tail: nil))
                        continue
                    }
                    blockScalarIndent = nil
                }
                let (content, gap, comment) = split(raw)
                var line = Line(raw: raw, content: content, gap: gap, comment: comment, anchor: nil, tail: nil)
                let body = content.dropFirst(indent)
                guard !body.isEmpty else {
                    result.append(line)
                    continue
                }
                var rest = Substring(body)
                var column = indent
                if rest.hasPrefix("-"), rest.count == 1 || rest.dropFirst().first == " " {
                    frames.removeAll { $0.indent > column }
                    if let last = frames.last, last.indent == column, last.isItem { frames.removeLast() }
                    let parent = frames.last(where: { $0.indent <= column && !($0.indent == column && $0.isItem) })?.path ?? ""
                    let number = (itemCounts[parent] ?? 0) + 1
                    itemCounts[parent] = number
                    let path = "\(parent)[\(number)]"
                    frames.append(Frame(indent: column, path: path, isItem: true))
                    line.anchor = path
                    line.tail = path
                    rest = rest.dropFirst()
                    let spaces = rest.prefix { $0 == " " }.count
                    rest = rest.dropFirst(spaces)
                    column += 1 + spaces
                    if let key = key(of: rest) {
                        frames.append(Frame(indent: column, path: "\(path).\(key)", isItem: false))
                        line.tail = "\(path).\(key)"
                        if isBlockScalar(rest) { blockScalarIndent = column }
                    }
                } else if let key = key(of: rest) {
                    frames.removeAll { $0.indent >= column }
                    let parent = frames.last?.path ?? ""
                    let path = parent.isEmpty ? key : "\(parent).\(key)"
                    frames.append(Frame(indent: column, path: path, isItem: false))
                    line.anchor = path
                    line.tail = path
                    if isBlockScalar(rest) { blockScalarIndent = column }
                }
                result.append(line)
            }
            return result
        }

        /// The key a "key: value" text starts with, unquoted; nil when it is not one.
        static func key(of text: Substring) -> String? {
            var quote: Character?
            var previous: Character = " "
            for (offset, character) in text.enumerated() {
                if let open = quote {
                    if character == open { quote = nil }
                } else if offset == 0, character == "\"" || character == "'" {
                    quote = character
                } else if character == ":" {
                    let next = text.dropFirst(offset + 1).first
                    guard next == nil || next == " " else { previous = character; continue }
                    var key = String(text.prefix(offset)).trimmingCharacters(in: .whitespaces)
                    if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
                        key = String(key.dropFirst().dropLast())
                    }
                    return key.isEmpty ? nil : key
                } else if character == "#", previous == " " {
                    return nil
                }
                previous = character
            }
            return nil
        }

        private static func isBlockScalar(_ text: Substring) -> Bool {
            guard let colon = text.range(of: ": ") else { return false }
            let value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            return value.hasPrefix("|") || value.hasPrefix(">")
        }

        /// The content, the spaces before the comment and the comment ("# …") of a line: a "#" at
        /// the start or after a space, outside quotes.
        static func split(_ raw: String) -> (String, String, String?) {
            var quote: Character?
            var previous: Character = " "
            var index = raw.startIndex
            while index < raw.endIndex {
                let character = raw[index]
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'", previous == " " || previous == ":" || previous == "-" {
                    quote = character
                } else if character == "#", previous == " " || previous == "\t" {
                    let before = raw[..<index]
                    let content = before.replacing(/[ \t]+$/, with: "")
                    let gap = String(before.dropFirst(content.count))
                    return (String(content), gap, String(raw[index...]))
                }
                previous = character
                index = raw.index(after: index)
            }
            return (raw.replacing(/[ \t]+$/, with: ""), "", nil)
        }
    }
}
