/// A group of the rubric with its criteria's results and its subtotal.
public struct GroupResult: Sendable, Hashable {
    /// The group.
    public var group: RubricGroup
    /// Its 1-based position, for the roman numeral ("I").
    public var index: Int
    /// Its criteria's results in rubric order.
    public var criteria: [CriterionResult]

    /// A group result.
    public init(group: RubricGroup, index: Int, criteria: [CriterionResult]) {
        self.group = group
        self.index = index
        self.criteria = criteria
    }

    /// The group's points (TT22): the exact sum of its criteria.
    public var points: Points {
        criteria.reduce(Points.zero) { $0 + ($1.points ?? .zero) }
    }

    /// The group's maximum.
    public var maximum: Points { group.maximum }

    /// Targets met in the group (TT24).
    public var metCount: Int { criteria.filter { $0.met == true }.count }

    /// The roman numeral of the group: "I", "II", "III".
    public var roman: String {
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
