import Assessment
import DocxTemplate
import Foundation
import VietnameseText

/// TT24: the `levels` values of the context — the level applied for, the level reached, the targets
/// missed with their figures, the lower level's evaluation, claims kept against the member list, and
/// the earlier recognition (`Forms/CONTEXT.md`).
extension DossierContext {
    static func levels(_ a: Assessment) -> TemplateValue {
        guard let outcome = a.levelOutcome else { return .null }
        let fallback: TemplateValue = outcome.fallback.map { lower in
            .object([
                "level": .number(Decimal(lower.rubric.level ?? 1)),
                "name": .string(lower.rubric.levelName ?? ""),
                "met_count": .number(Decimal(lower.metCount)),
                "target_count": .number(Decimal(lower.targetCount)),
                "reached": .bool(outcome.fallbackShortfalls.isEmpty),
                "shortfalls": .list(outcome.fallbackShortfalls.map { shortfall($0, selfName: a.unit.selfName) }),
            ])
        } ?? .null
        let figures = Dictionary(outcome.appliedShortfalls.map { ($0.criterion.code, $0.figures) }, uniquingKeysWith: { first, _ in first })
        let kept: [TemplateValue] = outcome.applied.criteria.compactMap { result in
            guard let score = result.score, score.contradictedClaim, let reason = score.keptReason else { return nil }
            return .object(["code": .string(result.criterion.code),
                            "text_bare": .string(bare(ownText(result.criterion.text, selfName: a.unit.selfName))),
                            "reason": .string(sentence(reason)),
                            "figures": .string(figures[result.criterion.code] ?? "")])
        }
        let prior: TemplateValue = a.priorRecognition.map { prior in
            .object([
                "level": .number(Decimal(prior.level)),
                "date": .string(prior.date.iso),
                "decision": prior.decision.map(TemplateValue.string) ?? .null,
            ])
        } ?? .null
        return .object([
            "applied": .number(Decimal(outcome.appliedLevel)),
            "applied_name": .string("Mức độ \(outcome.appliedLevel)"),
            "applied_met_count": .number(Decimal(outcome.applied.metCount)),
            "applied_target_count": .number(Decimal(outcome.applied.targetCount)),
            "reached": .number(Decimal(outcome.reachedLevel)),
            "reached_name": .string(outcome.reachedName ?? ""),
            "reaches_applied": .bool(outcome.reachesAppliedLevel),
            "summary": .string(outcome.summary),
            "count_line": .string(outcome.countLine),
            "summary_inline": .string(outcome.summary.prefix(1).lowercased() + outcome.summary.dropFirst()),
            "misses": .list(outcome.appliedMisses.map(TemplateValue.string)),
            "shortfalls": .list(outcome.appliedShortfalls.map { shortfall($0, selfName: a.unit.selfName) }),
            "held_too_short_until": outcome.heldTooShortUntil.map { .string($0.iso) } ?? .null,
            "fallback": fallback,
            "kept": .list(kept),
            "prior": prior,
            "citation": .string(a.rubric.legalBasis.first?.shortText ?? a.rubric.name),
            "recognizer_differs": .bool(a.recognizer != a.recipient),
            "self_name": .string(a.unit.selfName),
        ])
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
                    note += " (cần \(threshold.percent)%)"
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

    private static func shortfall(_ shortfall: TargetShortfall, selfName: String) -> TemplateValue {
        .object([
            "code": .string(shortfall.criterion.code),
            "text": .string(shortfall.criterion.text),
            "text_bare": .string(bare(ownText(shortfall.criterion.text, selfName: selfName))),
            "figures": .string(shortfall.figures),
            "line": .string(shortfall.line),
        ])
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
