extension Evaluation {
    /// TT24: the scores a level is computed from. A target the council marked met although the member
    /// list falls short of its threshold is not met: the level is never computed from a contradicted
    /// claim. The score keeps the council's `keptReason` and is marked `contradictedClaim`, so the
    /// documents print what the unit asserted beside the figures. Under TT22 the scores are returned
    /// unchanged (a kept reason keeps the points).
    package static func facts(_ scores: [CriterionScore], rubric: Rubric, members: [Member]) -> [CriterionScore] {
        guard rubric.regime == .tt24 else { return scores }
        let statistics = MemberStatistics(members: members)
        return scores.map { score in
            guard score.met == true, let threshold = rubric.criterion(score.code)?.threshold else { return score }
            let share = statistics.share(threshold.measure)
            guard !threshold.isReached(count: share.count, of: share.total) else { return score }
            var fact = score
            fact.value = .met(false)
            fact.contradictedClaim = true
            return fact
        }
    }
}
