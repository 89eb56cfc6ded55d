/// Something inconsistent in a rubric, found by `Rubric.problems()`; the loader words and locates it.
package enum RubricProblem: Sendable, Hashable {
    /// Two criteria (or groups) share a code.
    case duplicateCode(String)
    /// The maxima add up to `actual` while the rubric declares `declared`.
    case totalMismatch(declared: Points, actual: Points)
    /// A TT22 criterion has no maximum, or a TT24 target has one.
    case maximumMismatch(code: String, regime: Regime)
    /// A criterion's maximum is zero or negative.
    case nonPositiveMaximum(code: String, maximum: Points)
    /// A threshold outside 1–100%.
    case thresholdOutOfRange(code: String, percent: Int)
    /// A points rubric without bands, or a TT24 rubric with bands.
    case bandsMismatch(regime: Regime)
    /// The lowest band does not start at 0.
    case bandsDoNotStartAtZero(lowest: Points)
    /// Two bands overlap (the upper starts below where the lower stops).
    case bandsOverlap(lower: String, upper: String)
    /// A gap between two bands: totals from `from` to below `to` have no band.
    case bandsGap(lower: String, upper: String)
    /// A band starts above the maximum of the rubric.
    case bandAboveMaximum(name: String, minimum: Points, maximum: Points)
    /// Two bands share a name.
    case duplicateBand(String)
    /// A TT24 rubric whose level is not 1 or 2.
    case invalidLevel(Int?)
    /// A group without criteria.
    case emptyGroup(String)
}
