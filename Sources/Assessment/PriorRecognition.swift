/// TT24: the unit's earlier recognition at a lower level (Mức độ 1), which Mức độ 2 requires to
/// have been held for a time (12 months) before it can be recognised.
public struct PriorRecognition: Sendable, Hashable {
    /// The level recognised then (1).
    public var level: Int
    /// The day of the recognising decision.
    public var date: CalendarDate
    /// The decision as printed: "Quyết định số 125/QĐ-UBND ngày 20/01/2023 của UBND huyện …", when given.
    public var decision: String?

    /// A prior recognition.
    public init(level: Int, date: CalendarDate, decision: String? = nil) {
        self.level = level
        self.date = date
        self.decision = decision
    }

    /// Whether the level has been held at least `months` months on `day`: the same day of the month
    /// `months` later (the month's last day when it has no such day) is not after `day`.
    public func isHeld(months: Int, on day: CalendarDate) -> Bool {
        heldFrom(months: months) <= day
    }

    /// The first day on which the level has been held `months` months.
    public func heldFrom(months: Int) -> CalendarDate {
        let monthIndex = date.year * 12 + (date.month - 1) + months
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        let lastDay = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30,
                       31, 31, 30, 31, 30, 31][month - 1]
        return CalendarDate(year: year, month: month, day: min(date.day, lastDay))
    }
}
