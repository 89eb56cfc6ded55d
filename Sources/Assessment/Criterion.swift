/// One criterion (tiêu chí, TT22) or target (chỉ tiêu, TT24) of a rubric.
public struct Criterion: Sendable, Hashable {
    /// Its code, unique in the rubric: "3b" (TT22), "2.1" (TT24).
    public var code: String
    /// The letter or number printed before the text in the group ("b"); the code when not given.
    public var label: String
    /// The text of the criterion, in Vietnamese.
    public var text: String
    /// Sub-items printed under the text (the eight qualities of 3a).
    public var details: [String]
    /// The text as a table row shows it, without the details (3a: no dangling "gồm:"); `text`
    /// when the rubric gives none.
    public var shortText: String
    /// Maximum points (TT22); nil for a met / not met target (TT24).
    public var maximum: Points?
    /// The share of members it requires, when it is decided by the member list.
    public var threshold: MemberThreshold?
    /// True when the content of this target is not confirmed against the regulation (DOMAIN.md §3).
    public var unconfirmed: Bool

    /// A criterion.
    public init(code: String, label: String, text: String, details: [String] = [], shortText: String? = nil,
                maximum: Points?, threshold: MemberThreshold? = nil, unconfirmed: Bool = false) {
        self.code = code
        self.label = label
        self.text = text
        self.details = details
        self.shortText = shortText ?? text
        self.maximum = maximum
        self.threshold = threshold
        self.unconfirmed = unconfirmed
    }
}
