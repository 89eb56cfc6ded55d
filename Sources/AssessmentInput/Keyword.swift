import Foundation

/// Folds user-typed choice values so "LĐTT", "lđtt", "LDTT" and "Hoàn thành tốt" match "ldtt" and "hoan_thanh_tot".
package enum Keyword {
    /// Lower case, no diacritics, đ→d, runs of spaces, dots and hyphens → "_", no leading or trailing "_".
    package static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "ð", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        var pendingSeparator = false
        for character in lowered {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !result.isEmpty { result.append("_") }
                pendingSeparator = false
                result.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }
}
