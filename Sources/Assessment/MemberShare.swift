/// How many members out of all meet a measure.
package struct MemberShare: Sendable, Hashable {
    /// Members meeting it.
    package var count: Int
    /// All members.
    package var total: Int

    /// A share.
    package init(count: Int, total: Int) {
        self.count = count
        self.total = total
    }

    /// The share as a fraction 0–1, for printing only (0 with no members).
    package var fraction: Double {
        total == 0 ? 0 : Double(count) / Double(total)
    }

    /// The share in hundredths of a percent, rounded half up: 2/3 is 6667 (66,67%).
    package var percentHundredths: Int {
        guard total > 0 else { return 0 }
        return (count * 10_000 * 2 + total) / (2 * total)
    }

    /// The percentage as `Points`-like exact text with a decimal comma: "100", "66,67".
    package var percentText: String {
        Points(hundredths: percentHundredths).text(decimalSeparator: ",")
    }
}
