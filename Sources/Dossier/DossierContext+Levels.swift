import Assessment
import Foundation
import VietnameseText

/// TT24: the `levels` values of the context — the level applied for, the level reached, the targets
/// missed with their figures, the lower level's evaluation, claims kept against the member list, and
/// the earlier recognition (`Forms/CONTEXT.md`).
extension DossierContext {
    static func levels(_ a: Assessment) -> LevelValues? {
        guard let outcome = a.levelOutcome else { return nil }
        let fallback = outcome.fallback.map { lower in
            FallbackValues(
                level: lower.rubric.level ?? 1,
                name: lower.rubric.levelName ?? "",
                metCount: lower.metCount,
                targetCount: lower.targetCount,
                reached: outcome.fallbackShortfalls.isEmpty,
                shortfalls: outcome.fallbackShortfalls.map { shortfall($0, selfName: a.unit.selfName) })
        }
        let figures = Dictionary(outcome.appliedShortfalls.map { ($0.criterion.code, $0.figures) }, uniquingKeysWith: { first, _ in first })
        let kept: [KeptClaimValues] = outcome.applied.criteria.compactMap { result in
            guard let score = result.score, score.contradictedClaim, let reason = score.keptReason else { return nil }
            return KeptClaimValues(
                code: result.criterion.code,
                textBare: bare(ownText(result.criterion.text, selfName: a.unit.selfName)),
                reason: sentence(reason),
                figures: figures[result.criterion.code] ?? "")
        }
        let prior = a.priorRecognition.map { prior in
            let statement = priorStatement(prior, selfName: a.unit.selfName)
            let wait = outcome.heldTooShortUntil != nil ? a.rubric.priorLevelMonths : nil
            return PriorValues(
                level: prior.level, date: prior.date, decision: prior.decision, sentence: statement + ".",
                sentenceWithWait: statement
                    + (wait.map { "; chưa đủ \($0) tháng để xét Mức độ \(outcome.appliedLevel)" } ?? "") + ".")
        }
        return LevelValues(
            applied: outcome.appliedLevel,
            appliedName: "Mức độ \(outcome.appliedLevel)",
            appliedMetCount: outcome.applied.metCount,
            appliedTargetCount: outcome.applied.targetCount,
            reached: outcome.reachedLevel,
            reachedName: outcome.reachedName ?? "",
            reachesApplied: outcome.reachesAppliedLevel,
            summary: outcome.summary,
            countLine: outcome.countLine,
            summaryInline: outcome.summary.prefix(1).lowercased() + outcome.summary.dropFirst(),
            misses: outcome.appliedMisses,
            shortfalls: outcome.appliedShortfalls.map { shortfall($0, selfName: a.unit.selfName) },
            heldTooShortUntil: outcome.heldTooShortUntil,
            fallback: fallback,
            kept: kept,
            prior: prior,
            citation: a.rubric.legalBasis.first?.shortText ?? a.rubric.name,
            recognizerDiffers: a.recognizer != a.recipient,
            selfName: a.unit.selfName)
    }

    /// "Năm 2024, nhà trường đã được công nhận đạt Mức độ 1 theo Quyết định số …" (the decision as the
    /// data writes it; "Ngày 15/03/2024, …" without one), without the final period.
    static func priorStatement(_ prior: PriorRecognition, selfName: String) -> String {
        guard let decision = prior.decision, !decision.isEmpty else {
            return "Ngày \(prior.date.short), \(selfName) đã được công nhận đạt Mức độ \(prior.level)"
        }
        let trimmed = decision.hasSuffix(".") ? String(decision.dropLast()) : decision
        return "Năm \(prior.date.year), \(selfName) đã được công nhận đạt Mức độ \(prior.level) theo \(trimmed)"
    }

    /// The note the TT24 tables print beside each target: the figures of a target missed (and the
    /// lower level it still meets), and the reason the council gave for a met claim the member list
    /// contradicts (counted as not met).
    static func levelNotes(_ a: Assessment) -> [String: String] {
        guard let outcome = a.levelOutcome else { return [:] }
        var notes: [String: String] = [:]
        let lowerMet = Set(outcome.fallback?.criteria.filter { $0.met == true }.map(\.criterion.code) ?? [])
        for shortfall in outcome.appliedShortfalls {
            var note = shortfall.figures
            if let lower = outcome.fallback, lowerMet.contains(shortfall.criterion.code) {
                note += "; đạt \(lower.rubric.levelName ?? "")"
                if let threshold = lower.rubric.criterion(shortfall.criterion.code)?.threshold {
                    note += " (yêu cầu từ \(threshold.percent)% trở lên)"
                }
            }
            notes[shortfall.criterion.code] = note
        }
        for result in outcome.applied.criteria {
            guard let score = result.score, score.contradictedClaim, let keep = score.keptReason else { continue }
            let figures = notes[result.criterion.code].map { "\($0); " } ?? ""
            notes[result.criterion.code] = figures + "Tổ đánh giá ghi đạt: \(bare(keep))"
        }
        return notes
    }

    private static func shortfall(_ shortfall: TargetShortfall, selfName: String) -> ShortfallValues {
        ShortfallValues(
            code: shortfall.criterion.code, text: shortfall.criterion.text,
            textBare: bare(ownText(shortfall.criterion.text, selfName: selfName)),
            figures: shortfall.figures, line: shortfall.line)
    }

    /// A sentence without its closing full stop, so a form can go on: "… trở lên (27/36 = 75%)."
    static func bare(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == "." || last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// A clause the form ends itself: without its closing full stop.
    private static func sentence(_ text: String) -> String { bare(text) }
}
