/// Points lost on a criterion and why (M3: "trừ 5 điểm - Tiêu chí b: …").
public struct Deduction: Sendable, Hashable {
    /// The criterion's code: "3b".
    public var code: String
    /// How many points were lost.
    public var pointsLost: Points
    /// The written reason.
    public var reason: String

    /// A deduction.
    public init(code: String, pointsLost: Points, reason: String) {
        self.code = code
        self.pointsLost = pointsLost
        self.reason = reason
    }
}
