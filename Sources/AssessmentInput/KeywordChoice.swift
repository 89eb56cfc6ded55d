package import Diagnostics

/// One of a few values picked by a keyword ("TT24", "hoan_thanh_tot", "by_name"), as a data file and
/// a user type it: matched after `Keyword.fold`, so case, diacritics and separators do not matter.
/// `NodeReader.choice` and `Regime.parse` both match here, so a value refused in a data file and the
/// same value typed on the command line or in a page are refused with the same message.
package enum KeywordChoice {
    /// The value `typed` picks among `choices` (keys already folded), or why it picks none: the
    /// value quoted, the closest key suggested, the keys listed (`display` instead when given).
    package static func match<Value>(
        _ typed: String, in choices: [(key: String, value: Value)], display: [String]? = nil
    ) -> Result<Value, InvalidChoice> {
        let folded = Keyword.fold(typed)
        if let match = choices.first(where: { $0.key == folded }) { return .success(match.value) }
        var unique: [String] = []
        for key in choices.map(\.key) where !unique.contains(key) { unique.append(key) }
        return .failure(
            InvalidChoice(
                message: Messages.invalidChoice(
                    typed, choices: display ?? unique, suggestion: Suggestion.closest(to: folded, among: unique))))
    }
}
