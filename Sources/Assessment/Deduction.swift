/// Points lost on a criterion and why (M3: "trừ 5 điểm - Tiêu chí b: …").
package struct Deduction: Sendable, Hashable {
    /// The criterion's code: "3b".
    package var code: String
    /// How many points were lost.
    package var pointsLost: Points
    /// The written reason.
    package var reason: String

    /// A deduction.
    package init(code: String, pointsLost: Points, reason: String) {
        self.code = code
        self.pointsLost = pointsLost
        self.reason = reason
    }
}
