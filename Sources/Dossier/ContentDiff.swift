package import Diagnostics
import OOXML

/// What a person sees change between the DOCX hoso produces and the one given: the text of each
/// paragraph of the body, the headers and the footers, compared in order.
package enum ContentDiff {
    /// One paragraph changed, added or removed.
    package struct Change: Sendable, Equatable {
        /// Where: "đoạn 23", "đầu trang, đoạn 1".
        package var place: LocalizedText
        /// The words as produced; empty for an added paragraph.
        package var before: String
        /// The words as found; empty for a removed paragraph.
        package var after: String
    }

    /// The paragraph texts of each text part (body, then headers and footers, by part name); nil
    /// when a part cannot be read.
    static func paragraphs(_ package: OOXMLPackage) -> [(part: String, texts: [String])]? {
        DocumentText.paragraphs(of: package)?.map { ($0.name, $0.paragraphs) }
    }

    /// The changes from `expected` to `actual`, in order; empty when every paragraph reads the same;
    /// nil when either cannot be read.
    static func changes(from expected: OOXMLPackage, to actual: OOXMLPackage) -> [Change]? {
        guard let before = paragraphs(expected), let after = paragraphs(actual) else { return nil }
        var changes: [Change] = []
        let afterByPart = Dictionary(after.map { ($0.part, $0.texts) }, uniquingKeysWith: { first, _ in first })
        for (part, texts) in before {
            changes += self.changes(texts, afterByPart[part] ?? [], part: part)
        }
        for (part, texts) in after where !before.contains(where: { $0.part == part }) {
            changes += self.changes([], texts, part: part)
        }
        return changes
    }

    /// Paragraph changes within one part: paragraphs matched by their longest common sequence,
    /// the unmatched ones between two matches paired in order as edits, the rest added or removed.
    private static func changes(_ old: [String], _ new: [String], part: String) -> [Change] {
        let n = old.count, m = new.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var changes: [Change] = []
        var i = 0, j = 0
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            for k in 0..<max(removed.count, added.count) {
                if k < removed.count, k < added.count {
                    let (before, after) = differingWords(old[removed[k]], new[added[k]])
                    changes.append(Change(place: place(part, added[k] + 1), before: before, after: after))
                } else if k < removed.count {
                    // An empty paragraph has no words to lose or gain: LibreOffice adds empty
                    // headers (first page, even pages) to a file it saves.
                    if isBlank(old[removed[k]]) { continue }
                    changes.append(Change(place: place(part, removed[k] + 1), before: old[removed[k]], after: ""))
                } else {
                    if isBlank(new[added[k]]) { continue }
                    changes.append(Change(place: place(part, added[k] + 1), before: "", after: new[added[k]]))
                }
            }
            removed = []
            added = []
        }
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                flush()
                i += 1
                j += 1
            } else if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
        flush()
        return changes
    }

    /// Whether a paragraph's text has no words.
    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// The words that differ: what remains of each after their common first and last words.
    private static func differingWords(_ old: String, _ new: String) -> (String, String) {
        let a = old.split(whereSeparator: \.isWhitespace), b = new.split(whereSeparator: \.isWhitespace)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var end = 0
        while end < a.count - start, end < b.count - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        let before = a[start..<(a.count - end)].joined(separator: " ")
        let after = b[start..<(b.count - end)].joined(separator: " ")
        return before.isEmpty && after.isEmpty ? (old, new) : (before, after)
    }

    /// "đoạn 23" in the body; "đầu trang, đoạn 1" in a header; "chân trang, đoạn 1" in a footer.
    private static func place(_ part: String, _ index: Int) -> LocalizedText {
        if part.hasPrefix("word/header") { return LocalizedText(vi: "đầu trang, đoạn \(index)", en: "header, paragraph \(index)") }
        if part.hasPrefix("word/footer") { return LocalizedText(vi: "chân trang, đoạn \(index)", en: "footer, paragraph \(index)") }
        return LocalizedText(vi: "đoạn \(index)", en: "paragraph \(index)")
    }
}
