/// The council's score for one criterion, with the evidence and the reason for any deduction.
package struct CriterionScore: Sendable, Hashable {
    /// The criterion's code in the rubric: "3b".
    package var code: String
    /// Points or met / not met.
    package var value: ScoreValue
    /// The split of the points, when the district splits them; the parts add up to `value`.
    package var parts: [ScorePart]
    /// Why points were deducted or the target is not met ("Tập thể chỉ đạt danh hiệu Lao động tiên tiến").
    package var reason: String?
    /// The evidence (minh chứng), one item per document.
    package var evidence: [String]
    /// Why full points stand although the member list falls short of the criterion's threshold
    /// (printed in the report); nil when no such reason is given.
    package var keptReason: String?
    /// TT24: the council marked the target met, the member list contradicts it, and the score was
    /// turned to not met (`Evaluation.facts`); `keptReason` is then what the unit asserted.
    package var contradictedClaim: Bool

    /// A score.
    package init(
        code: String, value: ScoreValue, parts: [ScorePart] = [], reason: String? = nil, evidence: [String] = [],
        keptReason: String? = nil, contradictedClaim: Bool = false
    ) {
        self.code = code
        self.value = value
        self.parts = parts
        self.reason = reason
        self.evidence = evidence
        self.keptReason = keptReason
        self.contradictedClaim = contradictedClaim
    }

    /// The points, for a points score.
    package var points: Points? {
        if case .points(let points) = value { return points }
        return nil
    }

    /// Met or not, for a target.
    package var met: Bool? {
        if case .met(let met) = value { return met }
        return nil
    }
}
