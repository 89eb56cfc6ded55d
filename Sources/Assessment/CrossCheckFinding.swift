/// A score claimed in full that the member list does not support: full points on 2d while some
/// members lack "Lao động tiên tiến". The loader reports it as a warning naming the members.
package struct CrossCheckFinding: Sendable, Hashable {
    /// The criterion's code.
    package var code: String
    /// The threshold the criterion sets.
    package var threshold: MemberThreshold
    /// The share actually reached.
    package var share: MemberShare
    /// The names of the members who do not meet the measure.
    package var lacking: [String]

    /// A finding.
    package init(code: String, threshold: MemberThreshold, share: MemberShare, lacking: [String]) {
        self.code = code
        self.threshold = threshold
        self.share = share
        self.lacking = lacking
    }

    /// The findings for `scores` against `rubric` and `members`: every criterion with a member threshold
    /// given full points (or met) while fewer members than required meet it.
    package static func findings(rubric: Rubric, scores: [CriterionScore], members: [Member]) -> [CrossCheckFinding] {
        let statistics = MemberStatistics(members: members)
        return Evaluation(rubric: rubric, scores: scores).criteria.compactMap { result in
            guard let threshold = result.criterion.threshold, result.score != nil, result.isFull else { return nil }
            let share = statistics.share(threshold.measure)
            guard !threshold.isReached(count: share.count, of: share.total) else { return nil }
            return CrossCheckFinding(
                code: result.criterion.code, threshold: threshold, share: share,
                lacking: statistics.lacking(threshold.measure).map(\.name))
        }
    }
}
