import Foundation

/// Where a key written twice in one block mapping repeats: libyaml only gives the first key's
/// position, so the lines of that mapping (same indentation, below the same parent) are scanned for
/// each duplicated key. Flow mappings `{…}` are not scanned (the caller falls back to the first key).
enum DuplicateKeySites {
    /// A repeat of `key` at `line`:`column`, first written on `firstLine`.
    struct Site: Equatable {
        var key: String
        var line: Int
        var column: Int
        var firstLine: Int
    }

    /// Every repeat of each of `keys` in the block mapping whose first duplicated key is at `firstKeyAt`.
    static func find(_ keys: [String], firstKeyAt first: (line: Int, column: Int), in text: String) -> [Site] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard first.line >= 1, first.line <= lines.count, first.column >= 1 else { return [] }
        let indent = first.column - 1
        func indentation(_ line: String) -> Int? {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }  // blank or comment: no boundary
            return line.count - trimmed.count
        }
        // The mapping's lines: from the first duplicated key up and down until a line less indented.
        var start = first.line - 1, end = first.line - 1
        while start > 0, (indentation(lines[start - 1]).map { $0 >= indent } ?? true) { start -= 1 }
        while end + 1 < lines.count, (indentation(lines[end + 1]).map { $0 >= indent } ?? true) { end += 1 }
        var sites: [Site] = []
        for key in keys {
            var firstLine: Int?
            for index in start...end where indentation(lines[index]) == indent {
                let body = lines[index].dropFirst(indent)
                let name = body.prefix { $0 != ":" }
                guard body.dropFirst(name.count).hasPrefix(":"), unquoted(name) == key else { continue }
                if let firstLine {
                    sites.append(Site(key: key, line: index + 1, column: indent + 1, firstLine: firstLine))
                } else {
                    firstLine = index + 1
                }
            }
        }
        return sites.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private static func unquoted(_ name: Substring) -> String {
        var text = name.trimmingCharacters(in: .whitespaces)
        if text.count >= 2, let quote = text.first, quote == "\"" || quote == "'", text.last == quote {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }
}
