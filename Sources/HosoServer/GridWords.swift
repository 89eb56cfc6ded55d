import AssessmentInput
import Diagnostics
import Foundation

/// What a grid shows in words where the file keeps codes: a placeholder cell's hint ("năm trước:
/// Hoàn thành tốt" for `<… (năm trước: hoan_thanh_tot)>`), and the messages beside the grid — a
/// row's unfilled cells in one line naming the columns, an invalid choice listing the words.
enum GridWords {
    /// The greyed hint of a placeholder cell holding `value` (with its "<" and ">").
    static func hint(placeholder value: String, column: UnitForm.Column) -> String {
        let inner = String(value.trimmingCharacters(in: .whitespaces).dropFirst().dropLast())
        guard let last = lastYear(in: inner) else { return inner }
        return ServerMessages.lastYearHint(column.words?.word(for: last) ?? last)
    }

    /// `X` of a hint ending "(năm trước: X)".
    static func lastYear(in hint: String) -> String? {
        let marker = "(năm trước: "
        guard hint.hasSuffix(")"), let range = hint.range(of: marker, options: .backwards) else { return nil }
        return String(hint[range.upperBound..<hint.index(before: hint.endIndex)])
    }

    /// The lines shown beside the grid `name` for `diagnostics`: the placeholder errors of a row
    /// gathered in one line ("Dòng 3 (Nguyễn Văn An): chưa điền Bồi dưỡng, Danh hiệu …"), an
    /// invalid choice's codes turned into the column's words, every other line as `check` says it.
    static func lines(
        grid name: String, columns: [UnitForm.Column], rows: [[String: String]],
        diagnostics: [Diagnostic]
    ) -> [(isError: Bool, text: String)] {
        var result: [(isError: Bool, text: String)] = []
        var unfilled: [Int: [String]] = [:]
        var rowOrder: [Int] = []
        for diagnostic in diagnostics {
            let cell = self.cell(of: diagnostic.path?.vi ?? "", grid: name)
            let column = cell.flatMap { cell in columns.first { $0.key == cell.key } }
            if diagnostic.isPlaceholder, let cell, let column {
                if unfilled[cell.row] == nil { rowOrder.append(cell.row) }
                unfilled[cell.row, default: []].append(column.key)
                continue
            }
            var text = diagnostic.rendered(in: .vi)
            if let words = column?.words { text = wordsForCodes(text, words: words) }
            result.append((diagnostic.severity == .error, text))
        }
        let gathered = rowOrder.map { row -> (isError: Bool, text: String) in
            let person = rows.indices.contains(row - 1) ? rows[row - 1]["name"] ?? "" : ""
            return (
                true,
                ServerMessages.unfilledRow(
                    row, name: NodeReaderPlaceholder.isPlaceholder(person) ? "" : person,
                    columns: columns.filter { unfilled[row]?.contains($0.key) == true }.map(\.label))
            )
        }
        return gathered + result
    }

    /// The row (from 1) and column key of a path "members[3].training"; nil for another path.
    static func cell(of path: String, grid name: String) -> (row: Int, key: String)? {
        guard path.hasPrefix(name + "[") else { return nil }
        let rest = path.dropFirst(name.count + 1)
        guard let close = rest.firstIndex(of: "]"), let row = Int(rest[..<close]) else { return nil }
        let after = rest[rest.index(after: close)...]
        guard after.hasPrefix(".") else { return nil }
        return (row, String(after.dropFirst().prefix { $0 != "." && $0 != "[" }))
    }

    /// `text` with the list "Chọn một trong: a, b, c" given in words, and a quoted suggested code
    /// ("Có phải ý bạn là 'hoan_thanh'?") given as its word.
    static func wordsForCodes(_ text: String, words: ChoiceWords) -> String {
        var text = text
        let opening = "Chọn một trong: "
        if let range = text.range(of: opening) {
            text = String(text[..<range.upperBound]) + words.wordList
        }
        for entry in words.entries where entry.code != entry.word {
            text = text.replacingOccurrences(of: "ý bạn là '\(entry.code)'", with: "ý bạn là '\(entry.word)'")
        }
        return text
    }
}
