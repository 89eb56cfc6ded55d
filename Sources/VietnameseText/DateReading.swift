/// What a date typed by a person turned out to be: a real date, or why it is not one.
///
/// Vietnamese people write the day first: "05/01/2024", "5/1/2024", "05-01-2024", "05.01.2024",
/// "ngày 05 tháng 01 năm 2024"; a four-digit year first ("2024-01-05", "2024/01/05") is read as ISO.
package enum DateReading: Sendable, Hashable {
    /// A date that exists.
    case date(VietnameseDate)
    /// Day, month and year written with a two-digit year ("05/01/24"): which century is not guessed.
    case twoDigitYear(day: Int, month: Int, year: Int)
    /// Well-formed but not on the calendar ("31/02/2024", "05/13/2024").
    case impossible(day: Int, month: Int, year: Int)
    /// Not a date at all ("hôm nay", "2023-2024").
    case unreadable

    /// Reads `text` (surrounding spaces ignored).
    package init(_ text: String) {
        let trimmed = String(text.trimmingASCIIWhitespace())
        guard let fields = Self.numericFields(trimmed) ?? Self.wordFields(trimmed) else {
            self = .unreadable
            return
        }
        self = Self.classify(fields)
    }

    /// Day, month and year as typed (each a string of ASCII digits), in that order.
    private struct Fields {
        var day: Substring
        var month: Substring
        var year: Substring
    }

    /// "05/01/2024", "5-1-2024", "05.01.2024", "2024-01-05", "2024/1/5": three runs of digits joined by
    /// one separator used twice.
    private static func numericFields(_ text: String) -> Fields? {
        guard let separator = text.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            .map { $0.trimmingASCIIWhitespaceSubstring() }
        guard parts.count == 3, parts.allSatisfy(isDigits) else { return nil }
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            return Fields(day: parts[2], month: parts[1], year: parts[0])
        }
        guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return Fields(day: parts[0], month: parts[1], year: parts[2])
    }

    /// "ngày 05 tháng 01 năm 2024", "Ngày 5 tháng 1 năm 2024", "5 tháng 1 năm 2024".
    private static func wordFields(_ text: String) -> Fields? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            .map { Substring($0.lowercased()) }
        if words.first == "ngày" { words.removeFirst() }
        guard words.count == 5, words[1] == "tháng", words[3] == "năm",
            isDigits(words[0]), isDigits(words[2]), isDigits(words[4]),
            words[0].count <= 2, words[2].count <= 2
        else { return nil }
        return Fields(day: words[0], month: words[2], year: words[4])
    }

    private static func classify(_ fields: Fields) -> DateReading {
        guard let day = Int(fields.day), let month = Int(fields.month), let year = Int(fields.year) else {
            return .unreadable
        }
        switch fields.year.count {
        case 2: return .twoDigitYear(day: day, month: month, year: year)
        case 4:
            if let date = VietnameseDate(year: year, month: month, day: day) { return .date(date) }
            return .impossible(day: day, month: month, year: year)
        default: return .unreadable
        }
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingASCIIWhitespaceSubstring() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[startIndex..<startIndex]
        }
        return self[first...last]
    }
}
