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
                name: nb(lower.rubric.levelName ?? ""),
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
        let prior = a.priorRecognition.map { prior in priorValues(prior, outcome: outcome, a: a) }
        return LevelValues(
            applied: outcome.appliedLevel,
            appliedName: nb("Mức độ \(outcome.appliedLevel)"),
            appliedMetCount: outcome.applied.metCount,
            appliedTargetCount: outcome.applied.targetCount,
            reached: outcome.reachedLevel,
            reachedName: nb(outcome.reachedName ?? ""),
            reachesApplied: outcome.reachesAppliedLevel,
            summary: nb(outcome.summary),
            countLine: nb(outcome.countLine),
            summaryInline: nb(inline(outcome.summary)),
            summaryOfTargets: nb(outcome.summaryOfTargets),
            summaryOfTargetsInline: nb(inline(outcome.summaryOfTargets)),
            requests: outcome.requestsRecognition,
            misses: outcome.appliedMisses.map(nb),
            shortfalls: outcome.appliedShortfalls.map { shortfall($0, selfName: a.unit.selfName) },
            heldTooShortUntil: outcome.heldTooShortUntil,
            fallback: fallback,
            kept: kept,
            prior: prior,
            citation: a.rubric.legalBasis.first?.shortText ?? a.rubric.name,
            recognizerDiffers: a.recognizer != a.recipient,
            selfName: a.unit.selfName)
    }

    /// The earlier recognition in the sentences the forms print: when it holds on the submission's day,
    /// until when; when it covers the level reached, that the unit keeps it and asks for nothing; when
    /// the next level must wait, from which day it can be considered.
    static func priorValues(_ prior: PriorRecognition, outcome: LevelOutcome, a: Assessment) -> PriorValues {
        let statement = priorStatement(prior, selfName: a.unit.selfName)
        let validUntil = outcome.priorValidUntil.flatMap { $0 > outcome.submittedOn ? $0 : nil }
        let valid = validUntil.map { ", có giá trị đến ngày \(NonBreakingSpaces.bind($0.short))" } ?? ""
        let wait = outcome.heldTooShortUntil != nil ? a.rubric.priorLevelMonths : nil
        let level = "Mức\u{00A0}độ\u{00A0}\(prior.level)"
        let keep = outcome.keepsPriorLevel ? "; \(a.unit.selfName) tiếp tục giữ \(level), không đề nghị công nhận lại" : ""
        var next = ""
        if let nextLevel = outcome.nextLevel, let from = outcome.nextLevelFrom, outcome.keepsPriorLevel || wait != nil {
            next = " Mức\u{00A0}độ\u{00A0}\(nextLevel) được xét từ ngày \(from.short)."
        }
        return PriorValues(
            level: prior.level, date: prior.date, decision: prior.decision, sentence: nb(statement + "."),
            sentenceWithWait: nb(
                statement + valid
                    + (wait.map { "; chưa đủ \($0) tháng để xét Mức\u{00A0}độ\u{00A0}\(outcome.appliedLevel)" } ?? "") + "."),
            keeps: outcome.keepsPriorLevel,
            validUntil: validUntil,
            nextLevelFrom: outcome.nextLevelFrom,
            keepClause: nb(outcome.keepsPriorLevel ? "tiếp tục giữ \(level)" + keepNote(validUntil: validUntil, next: next) : ""),
            fullSentence: nb(statement + valid + keep + "." + next))
    }

    /// Non-breaking spaces in a level's text, so "Mức độ 1" and "năm 2024" never break apart.
    private static func nb(_ text: String) -> String { NonBreakingSpaces.bind(text) }

    /// " (còn giá trị đến ngày 15/03/2027; Mức độ 2 được xét từ ngày 15/03/2025)", or what of it is known.
    private static func keepNote(validUntil: VietnameseDate?, next: String) -> String {
        let parts = [validUntil.map { "còn giá trị đến ngày \($0.short)" }, next.isEmpty ? nil : String(next.dropFirst().dropLast())]
            .compactMap { $0 }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
    }

    /// A sentence's start made to go on a clause: "Đạt Mức độ 1" → "đạt Mức độ 1".
    private static func inline(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

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
        return notes.mapValues(nb)
    }

    private static func shortfall(_ shortfall: TargetShortfall, selfName: String) -> ShortfallValues {
        ShortfallValues(
            code: shortfall.criterion.code, text: shortfall.criterion.text,
            textBare: bare(ownText(shortfall.criterion.text, selfName: selfName)),
            figures: nb(shortfall.figures), line: nb(shortfall.line))
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
