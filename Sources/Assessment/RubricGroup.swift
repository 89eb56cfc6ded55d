/// A group of criteria: "1. Các tiêu chí về điều kiện xây dựng Đơn vị học tập".
package struct RubricGroup: Sendable, Hashable {
    /// Its code: "1".
    package var code: String
    /// Its title in Vietnamese.
    package var title: String
    /// Its criteria in print order.
    package var criteria: [Criterion]

    /// A group.
    package init(code: String, title: String, criteria: [Criterion]) {
        self.code = code
        self.title = title
        self.criteria = criteria
    }

    /// The sum of its criteria's maxima (zero for a TT24 group).
    package var maximum: Points {
        criteria.reduce(Points.zero) { $0 + ($1.maximum ?? .zero) }
    }
}
