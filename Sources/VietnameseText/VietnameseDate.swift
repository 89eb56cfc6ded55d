/// A calendar date (proleptic Gregorian, no time zone) with the Vietnamese administrative formats.
///
/// Decree 30/2020 writes dates as "ngày 05 tháng 01 năm 2024": a leading zero only for days 1–9 and
/// months 1–2 ("ngày 15 tháng 3 năm 2024", "ngày 13 tháng 10 năm 2022").
package struct VietnameseDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    package let year: Int
    /// The month, 1...12.
    package let month: Int
    /// The day of the month, 1...28/29/30/31.
    package let day: Int

    /// Creates a date, or nil when it does not exist (31/02, 29/02 outside leap years, month 13 …).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The same day of the month `months` later (the month's last day when it has no such day); the
    /// last day of 9999 when that would pass it.
    package func adding(months: Int) -> VietnameseDate {
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex / 12, newMonth = monthIndex % 12 + 1
        guard newYear <= 9999 else { return VietnameseDate(checked: 9999, 12, 31) }
        return VietnameseDate(checked: newYear, newMonth, min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// A date known to exist.
    private init(checked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO "2024-01-05" (exactly four, two and two digits).
    package init?(iso text: String) {
        let fields = text.trimmingASCIIWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            let year = Self.number(fields[0]), let month = Self.number(fields[1]),
            let day = Self.number(fields[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses the Vietnamese day-first form "05/01/2024" or "5/1/2024" (four-digit year).
    package init?(dayMonthYear text: String) {
        let fields = text.trimmingASCIIWhitespace().split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 3, (1...2).contains(fields[0].count), (1...2).contains(fields[1].count),
            fields[2].count == 4,
            let day = Self.number(fields[0]), let month = Self.number(fields[1]),
            let year = Self.number(fields[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses a date as Vietnamese people write it (see `DateReading.init(_:)`); nil unless it is a real date.
    package init?(parsing text: String) {
        guard case .date(let date) = DateReading(text) else { return nil }
        self = date
    }

    /// Whether `year` has a 29 February.
    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day as Decree 30 writes it: "05", "13".
    package var decree30Day: String { day < 10 ? "0\(day)" : "\(day)" }

    /// The month as Decree 30 writes it: "01", "02", "3", "12".
    package var decree30Month: String { month <= 2 ? "0\(month)" : "\(month)" }

    /// "ngày 05 tháng 01 năm 2024" (Decree 30/2020, for the place-and-date line and the body).
    package var decree30: String { "ngày \(decree30Day) tháng \(decree30Month) năm \(year)" }

    /// "An Sơn, ngày 05 tháng 01 năm 2024": the place-and-date line of the header.
    package func placeDate(place: String) -> String { "\(place), \(decree30)" }

    /// "tháng 01 năm 2024": month and year, for the cover.
    package var monthYear: String { "tháng \(decree30Month) năm \(year)" }

    /// "05/01/2024": day-first with two-digit day and month, for tables.
    package var short: String { "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(year)" }

    /// "2024-01-05".
    package var iso: String {
        let paddedYear = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(paddedYear)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// The ISO form, for debugging.
    package var description: String { iso }

    /// Earlier dates first.
    package static func < (lhs: VietnameseDate, rhs: VietnameseDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A number made only of ASCII digits (rejects "+5", " 5", "٥").
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

extension VietnameseDate: Encodable {
    /// Encoded as its ISO text ("2024-01-05"): what a template's `date` filter reads.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
