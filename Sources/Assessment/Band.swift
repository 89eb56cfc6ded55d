/// A band of a points rubric (xếp loại): "Tốt" from 85 points.
package struct Band: Sendable, Hashable {
    /// The band's name: "Tốt", "Khá", "Trung bình", "Chưa đạt".
    package var name: String
    /// The lowest total in the band, inclusive.
    package var minimum: Points
    /// The total the band stops below (exclusive); nil for the top band, which reaches the maximum.
    package var below: Points?

    /// A band.
    package init(name: String, minimum: Points, below: Points? = nil) {
        self.name = name
        self.minimum = minimum
        self.below = below
    }

    /// Whether `total` falls in this band (the top band has no upper bound here).
    package func contains(_ total: Points) -> Bool {
        total >= minimum && (below.map { total < $0 } ?? true)
    }
}
