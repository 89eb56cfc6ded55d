/// A group of criteria: "1. Các tiêu chí về điều kiện xây dựng Đơn vị học tập".
public struct RubricGroup: Sendable, Hashable {
    /// Its code: "1".
    public var code: String
    /// Its title in Vietnamese.
    public var title: String
    /// Its criteria in print order.
    public var criteria: [Criterion]

    /// A group.
    public init(code: String, title: String, criteria: [Criterion]) {
        self.code = code
        self.title = title
        self.criteria = criteria
    }

    /// The sum of its criteria's maxima (zero for a TT24 group).
    public var maximum: Points {
        criteria.reduce(Points.zero) { $0 + ($1.maximum ?? .zero) }
    }
}
