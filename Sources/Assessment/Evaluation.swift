/// The result of scoring an assessment against its rubric: totals and band (TT22) or level (TT24).
package struct Evaluation: Sendable, Hashable {
    /// The rubric scored against.
    package var rubric: Rubric
    /// Each group with its criteria.
    package var groups: [GroupResult]

    /// Scores `scores` against `rubric`; a criterion without a score counts as 0 points or not met.
    package init(rubric: Rubric, scores: [CriterionScore]) {
        self.rubric = rubric
        var byCode: [String: CriterionScore] = [:]
        for score in scores where byCode[score.code] == nil { byCode[score.code] = score }
        self.groups = rubric.groups.enumerated().map { offset, group in
            GroupResult(
                group: group, index: offset + 1,
                criteria: group.criteria.map { CriterionResult(criterion: $0, score: byCode[$0.code]) })
        }
    }

    /// Every criterion's result in rubric order.
    package var criteria: [CriterionResult] { groups.flatMap(\.criteria) }

    /// What the scores come to, as the regime states it.
    package enum Outcome: Sendable, Hashable {
        /// TT22: the total out of the maximum and the band it falls in (nil below every band).
        case band(total: Points, maximum: Points, band: Band?)
        /// TT24: the level applied for and the level reached against this rubric alone (0 when not).
        case level(applied: Int, reached: Int)
    }

    /// What the scores come to: a band (TT22) or a level (TT24).
    package var outcome: Outcome {
        switch rubric.regime {
        case .tt22:
            let total = groups.reduce(Points.zero) { $0 + $1.points }
            return .band(total: total, maximum: rubric.maximum, band: rubric.band(for: total))
        case .tt24:
            // The level applied for when every target is met, otherwise 0. `LevelOutcome` goes on to
            // the lower level's rubric from the same facts.
            let applied = rubric.level ?? 0
            return .level(applied: applied, reached: failed.isEmpty ? applied : 0)
        }
    }

    /// The total (TT22); nil for TT24.
    package var total: Points? {
        guard case .band(let total, _, _) = outcome else { return nil }
        return total
    }

    /// The maximum (TT22); nil for TT24.
    package var maximum: Points? {
        guard case .band(_, let maximum, _) = outcome else { return nil }
        return maximum
    }

    /// The band reached (TT22); nil for TT24.
    package var band: Band? {
        guard case .band(_, _, let band) = outcome else { return nil }
        return band
    }

    /// Every criterion below its maximum, with the reason given ("" when none was written).
    package var deductions: [Deduction] {
        criteria.compactMap { result in
            guard let lost = result.pointsLost, lost > .zero else { return nil }
            return Deduction(code: result.criterion.code, pointsLost: lost, reason: result.score?.reason ?? "")
        }
    }

    /// TT24: the level applied for (the rubric's level).
    package var levelTarget: Int? {
        rubric.regime == .tt24 ? rubric.level : nil
    }

    /// TT24: the level reached against this rubric alone (see `outcome`).
    package var levelReached: Int? {
        guard case .level(_, let reached) = outcome else { return nil }
        return reached
    }

    /// TT24: the targets not met, in rubric order.
    package var failed: [CriterionResult] {
        criteria.filter { $0.met == false }
    }

    /// TT24: how many targets are met.
    package var metCount: Int { criteria.filter { $0.met == true }.count }

    /// TT24: how many targets there are.
    package var targetCount: Int { rubric.regime == .tt24 ? criteria.count : 0 }

    /// The result in words: the band's name ("Tốt") or the level ("Mức độ 1"; "Chưa đạt", or
    /// "Chưa đạt Mức độ 2" for a unit applying for level 2, which keeps the level it holds).
    package var resultText: String {
        switch outcome {
        case .band(_, _, let band): return band?.name ?? ""
        case .level(_, let reached) where reached > 0: return "Mức độ \(reached)"
        case .level:
            let applied = levelTarget ?? 1
            return applied > 1 ? "Chưa đạt Mức độ \(applied)" : "Chưa đạt"
        }
    }
}
