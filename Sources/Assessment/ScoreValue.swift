/// What the council gave a criterion: points (TT22) or met / not met (TT24).
package enum ScoreValue: Sendable, Hashable {
    /// Points out of the criterion's maximum.
    case points(Points)
    /// Whether the target is met.
    case met(Bool)
}
