/// One criterion (tiêu chí, TT22) or target (chỉ tiêu, TT24) of a rubric.
package struct Criterion: Sendable, Hashable {
    /// Its code, unique in the rubric: "3b" (TT22), "2.1" (TT24).
    package var code: String
    /// The letter or number printed before the text in the group ("b"); the code when not given.
    package var label: String
    /// The text of the criterion, in Vietnamese.
    package var text: String
    /// Sub-items printed under the text (the eight qualities of 3a).
    package var details: [String]
    /// The text as a table row shows it, without the details (3a: no dangling "gồm:"); `text`
    /// when the rubric gives none.
    package var shortText: String
    /// How it is scored: points up to a maximum (TT22) or a target met or not (TT24).
    package var scoring: Scoring
    /// The share of members it requires, when it is decided by the member list.
    package var threshold: MemberThreshold?
    /// True when the content of this target is not confirmed against the regulation (DOMAIN.md §3).
    package var unconfirmed: Bool

    /// A criterion.
    package init(
        code: String, label: String, text: String, details: [String] = [], shortText: String? = nil,
        scoring: Scoring, threshold: MemberThreshold? = nil, unconfirmed: Bool = false
    ) {
        self.code = code
        self.label = label
        self.text = text
        self.details = details
        self.shortText = shortText ?? text
        self.scoring = scoring
        self.threshold = threshold
        self.unconfirmed = unconfirmed
    }

    /// How a criterion is scored.
    package enum Scoring: Sendable, Hashable {
        /// Points from 0 up to `max` (TT22).
        case points(max: Points)
        /// A target, met or not met (TT24).
        case target
    }

    /// The maximum points (TT22), for display and sums; nil for a target.
    package var maximum: Points? {
        if case .points(let max) = scoring { return max }
        return nil
    }
}
