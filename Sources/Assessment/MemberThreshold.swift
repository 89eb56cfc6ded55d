/// A criterion's requirement on the member list: at least `percent`% of members meet `measure`.
package struct MemberThreshold: Sendable, Hashable {
    /// What is counted.
    package var measure: MemberMeasure
    /// The minimum share of members, in whole percent (100 for TT22's "100% thành viên").
    package var percent: Int

    /// A threshold.
    package init(measure: MemberMeasure, percent: Int) {
        self.measure = measure
        self.percent = percent
    }

    /// Whether `count` members out of `total` reach the threshold (exact: no rounding).
    package func isReached(count: Int, of total: Int) -> Bool {
        guard total > 0 else { return false }
        return count * 100 >= percent * total
    }
}
