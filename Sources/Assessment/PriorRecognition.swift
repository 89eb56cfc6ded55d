package import VietnameseText

/// TT24: the unit's earlier recognition at a lower level (Mức độ 1), which Mức độ 2 requires to
/// have been held for a time (12 months) before it can be recognised.
package struct PriorRecognition: Sendable, Hashable {
    /// The level recognised then (1).
    package var level: Int
    /// The day of the recognising decision.
    package var date: VietnameseDate
    /// The decision as printed: "Quyết định số 125/QĐ-UBND ngày 20/01/2023 của UBND huyện …", when given.
    package var decision: String?

    /// A prior recognition.
    package init(level: Int, date: VietnameseDate, decision: String? = nil) {
        self.level = level
        self.date = date
        self.decision = decision
    }

    /// Whether the level has been held at least `months` months on `day`: the same day of the month
    /// `months` later (the month's last day when it has no such day) is not after `day`.
    package func isHeld(months: Int, on day: VietnameseDate) -> Bool {
        heldFrom(months: months) <= day
    }

    /// The first day on which the level has been held `months` months.
    package func heldFrom(months: Int) -> VietnameseDate {
        date.adding(months: months)
    }
}
