/// A group of the rubric with its criteria's results and its subtotal.
package struct GroupResult: Sendable, Hashable {
    /// The group.
    package var group: RubricGroup
    /// Its 1-based position, for the roman numeral ("I").
    package var index: Int
    /// Its criteria's results in rubric order.
    package var criteria: [CriterionResult]

    /// A group result.
    package init(group: RubricGroup, index: Int, criteria: [CriterionResult]) {
        self.group = group
        self.index = index
        self.criteria = criteria
    }

    /// The group's points (TT22): the exact sum of its criteria.
    package var points: Points {
        criteria.reduce(Points.zero) { $0 + ($1.points ?? .zero) }
    }

    /// The group's maximum.
    package var maximum: Points { group.maximum }

    /// Targets met in the group (TT24).
    package var metCount: Int { criteria.filter { $0.met == true }.count }

    /// The roman numeral of the group: "I", "II", "III".
    package var roman: String {
        let numerals: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var value = index
        var text = ""
        for (amount, numeral) in numerals {
            while value >= amount {
                text += numeral
                value -= amount
            }
        }
        return text
    }
}
