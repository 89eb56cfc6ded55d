package import VietnameseText

/// TT24: the highest level a unit reaches. The unit is evaluated against the level it applies for
/// and, where it falls short, against the lower level's rubric (the rubric's `fallback`) from the
/// same facts: the same claims, and the member list measured against the lower thresholds.
///
/// "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/36 thành viên (75%), chưa đạt yêu cầu từ 80% trở lên)".
package struct LevelOutcome: Sendable, Hashable {
    /// The evaluation against the level applied for.
    package var applied: Evaluation
    /// The evaluation against the lower level, when the level applied for is not reached and the
    /// rubric names a fallback.
    package var fallback: Evaluation?
    /// The targets of the level applied for that are not met.
    package var appliedShortfalls: [TargetShortfall]
    /// The targets of the lower level that are not met.
    package var fallbackShortfalls: [TargetShortfall]
    /// When the level applied for requires a lower level held for some months and the data's earlier
    /// recognition is too recent on the day of the submission: the first day it would be held long
    /// enough.
    package var heldTooShortUntil: VietnameseDate?
    /// The months the lower level must be held (12), when the level applied for requires it.
    package var requiredMonths: Int?
    /// The highest level reached; 0 for none.
    package var reachedLevel: Int
    /// The earlier recognition the data gives, if any.
    package var prior: PriorRecognition?
    /// The day the earlier recognition stops holding (its date plus the rubric's `recognition_years`),
    /// when both are known.
    package var priorValidUntil: VietnameseDate?
    /// The day of the submission, on which the earlier recognition is judged.
    package var submittedOn: VietnameseDate
    /// The level after the one held, when the day it can be considered is known (`nextLevelFrom`).
    package var nextLevel: Int?
    /// The first day the next level can be considered: the earlier recognition's date plus the months
    /// the rubric requires.
    package var nextLevelFrom: VietnameseDate?

    /// Evaluates `claims` against `rubric` and, when short, against `fallbackRubric`, from the facts:
    /// a met claim the member list contradicts counts as not met (`Evaluation.facts`), kept reason or
    /// not. `priorRecognition` is checked against the rubric's `priorLevelMonths` on `submittedOn`.
    package init(
        rubric: Rubric, fallbackRubric: Rubric?, scores claims: [CriterionScore], members: [Member],
        priorRecognition: PriorRecognition?, submittedOn: VietnameseDate
    ) {
        let statistics = MemberStatistics(members: members)
        let scores = Evaluation.facts(claims, rubric: rubric, members: members)
        prior = priorRecognition
        let years = rubric.recognitionYears ?? fallbackRubric?.recognitionYears
        priorValidUntil = years.flatMap { years in priorRecognition.map { $0.date.adding(months: years * 12) } }
        self.submittedOn = submittedOn
        let next = Self.nextLevel(after: priorRecognition, rubric: rubric, fallbackRubric: fallbackRubric)
        nextLevel = next?.level
        nextLevelFrom = next?.from
        applied = Evaluation(rubric: rubric, scores: scores)
        appliedShortfalls = TargetShortfall.of(applied, statistics: statistics)
        requiredMonths = rubric.priorLevelMonths
        if let months = rubric.priorLevelMonths, let priorRecognition, !priorRecognition.isHeld(months: months, on: submittedOn) {
            heldTooShortUntil = priorRecognition.heldFrom(months: months)
        } else {
            heldTooShortUntil = nil
        }
        let appliedLevel = rubric.level ?? 1
        if appliedShortfalls.isEmpty && heldTooShortUntil == nil {
            fallback = nil
            fallbackShortfalls = []
            reachedLevel = appliedLevel
            return
        }
        guard let fallbackRubric else {
            fallback = nil
            fallbackShortfalls = []
            reachedLevel = 0
            return
        }
        let lower = Evaluation(
            rubric: fallbackRubric,
            scores: Self.scores(for: fallbackRubric, applied: rubric, claims: scores, statistics: statistics))
        fallback = lower
        fallbackShortfalls = TargetShortfall.of(lower, statistics: statistics)
        reachedLevel = fallbackShortfalls.isEmpty ? (fallbackRubric.level ?? 0) : 0
    }

    /// The level after the one `prior` recognised and the day it can be considered: from the months
    /// the higher rubric requires (`prior_level_months`) or the held level's rubric allows
    /// (`next_level_months`).
    static func nextLevel(
        after prior: PriorRecognition?, rubric: Rubric, fallbackRubric: Rubric?
    ) -> (level: Int, from: VietnameseDate)? {
        guard let prior else { return nil }
        let next = prior.level + 1
        if rubric.level == next, let months = rubric.priorLevelMonths { return (next, prior.heldFrom(months: months)) }
        let held = [rubric, fallbackRubric].compactMap { $0 }.first { $0.level == prior.level }
        if let months = held?.nextLevelMonths { return (next, prior.heldFrom(months: months)) }
        return nil
    }

    /// Whether the earlier recognition covers the level reached and still holds on the day of the
    /// submission: the dossier then reports the result and states that the unit keeps its level,
    /// without asking for it again (TT24: a recognition holds 3 years).
    package var keepsPriorLevel: Bool {
        guard let prior, let priorValidUntil, submittedOn < priorValidUntil, reachedLevel > 0 else { return false }
        return prior.level >= reachedLevel
    }

    /// Whether the dossier asks for the level reached to be recognised: a level is reached and no
    /// earlier recognition still covers it.
    package var requestsRecognition: Bool { reachedLevel > 0 && !keepsPriorLevel }

    /// The scores of the lower rubric from the same facts. A target decided by the member list is
    /// measured against the lower threshold (a claim kept against the list included), unless the
    /// council said "not met" although the figures reach even the higher threshold (its reason is then
    /// not the figures). Any other target keeps the claim made under its code; a target the data does not
    /// score is not met.
    static func scores(
        for lower: Rubric, applied: Rubric, claims: [CriterionScore],
        statistics: MemberStatistics
    ) -> [CriterionScore] {
        var byCode: [String: CriterionScore] = [:]
        for claim in claims where byCode[claim.code] == nil { byCode[claim.code] = claim }
        return lower.criteria.compactMap { criterion in
            let claim = byCode[criterion.code]
            guard let threshold = criterion.threshold else { return claim }
            let share = statistics.share(threshold.measure)
            var met = threshold.isReached(count: share.count, of: share.total)
            if claim?.met == false, claim?.contradictedClaim != true, let higher = applied.criterion(criterion.code)?.threshold,
                higher.measure == threshold.measure, higher.isReached(count: share.count, of: share.total)
            {
                met = false
            }
            return CriterionScore(
                code: criterion.code, value: .met(met), reason: met ? nil : claim?.reason,
                evidence: claim?.evidence ?? [])
        }
    }

    /// The level applied for.
    package var appliedLevel: Int { applied.rubric.level ?? 1 }

    /// The level reached as printed, "Mức độ 1"; nil when none is.
    package var reachedName: String? { reachedLevel > 0 ? "Mức độ \(reachedLevel)" : nil }

    /// Whether the level applied for is reached.
    package var reachesAppliedLevel: Bool { reachedLevel == appliedLevel }

    /// Why the level applied for is not reached: each shortfall's line, and the time the lower level
    /// has been held when too short. Empty when it is reached.
    package var appliedMisses: [String] { misses(withWait: true) }

    private func misses(withWait: Bool) -> [String] {
        guard !reachesAppliedLevel else { return [] }
        var lines = appliedShortfalls.map(\.line)
        if withWait, let heldTooShortUntil, let requiredMonths {
            lines.append(
                "chưa đủ \(requiredMonths) tháng kể từ khi được công nhận Mức độ \(max(appliedLevel - 1, 1)), "
                    + "đủ từ ngày \(Self.short(heldTooShortUntil))")
        }
        return lines
    }

    /// The result in one sentence: "Đạt Mức độ 2", "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3:
    /// 27/36 thành viên, tỉ lệ 75%, dưới mức yêu cầu 80%)", "Chưa đạt Mức độ 1 (chỉ tiêu 2.1: …)".
    package var summary: String { summary(withWait: true) }

    /// The result without the lower level held too short, for a document that states the earlier
    /// recognition and the day the next level can be considered on its own: "Đạt Mức độ 1; chưa đạt
    /// Mức độ 2 (chỉ tiêu 2.3: …)", "Đạt Mức độ 1; chưa xét Mức độ 2" when only the time held was short.
    package var summaryOfTargets: String { summary(withWait: false) }

    private func summary(withWait: Bool) -> String {
        if reachesAppliedLevel { return "Đạt Mức độ \(appliedLevel)" }
        let lines = misses(withWait: withWait)
        let missed = lines.isEmpty ? "xét Mức độ \(appliedLevel)" : "đạt Mức độ \(appliedLevel) (\(lines.joined(separator: "; ")))"
        if reachedLevel > 0 { return "Đạt Mức độ \(reachedLevel); chưa \(missed)" }
        var text = "Chưa \(missed)"
        if let fallback, let lowerLevel = fallback.rubric.level {
            text += "; chưa đạt Mức độ \(lowerLevel) (\(fallbackShortfalls.map(\.line).joined(separator: "; ")))"
        }
        return text
    }

    /// The count of targets met and the level reached in words, for a table's total row:
    /// "Đạt 9/10 chỉ tiêu Mức độ 2; đạt Mức độ 1", "Đạt 10/10 chỉ tiêu Mức độ 1",
    /// "Đạt 8/10 chỉ tiêu Mức độ 1; chưa đạt Mức độ 1".
    package var countLine: String {
        let count = "Đạt \(applied.metCount)/\(applied.targetCount) chỉ tiêu Mức độ \(appliedLevel)"
        if reachesAppliedLevel { return count }
        if let reachedName { return "\(count); đạt \(reachedName)" }
        return "\(count); chưa đạt Mức độ \(fallback?.rubric.level ?? appliedLevel)"
    }

    private static func short(_ date: VietnameseDate) -> String { date.short }
}

extension Assessment {
    /// TT24: the highest level reached, judged on the day of the submission; nil under TT22.
    package var levelOutcome: LevelOutcome? {
        guard regime == .tt24 else { return nil }
        return LevelOutcome(
            rubric: rubric, fallbackRubric: fallbackRubric, scores: scores, members: members,
            priorRecognition: priorRecognition, submittedOn: documents.submission.date)
    }
}
