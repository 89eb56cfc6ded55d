/// A local split of a criterion's points ("1,5 điểm: có kế hoạch; 1 điểm: có sơ kết").
public struct ScorePart: Sendable, Hashable {
    /// What the part is for.
    public var text: String
    /// Its maximum.
    public var maximum: Points
    /// The points given.
    public var points: Points

    /// A part.
    public init(text: String, maximum: Points, points: Points) {
        self.text = text
        self.maximum = maximum
        self.points = points
    }
}
