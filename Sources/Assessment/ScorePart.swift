/// A local split of a criterion's points ("1,5 điểm: có kế hoạch; 1 điểm: có sơ kết").
package struct ScorePart: Sendable, Hashable {
    /// What the part is for.
    package var text: String
    /// Its maximum.
    package var maximum: Points
    /// The points given.
    package var points: Points

    /// A part.
    package init(text: String, maximum: Points, points: Points) {
        self.text = text
        self.maximum = maximum
        self.points = points
    }
}
