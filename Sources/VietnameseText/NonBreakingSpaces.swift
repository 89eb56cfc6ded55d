/// Non-breaking spaces where a line break would strand a number: "năm 2023", "ngày 05", "số 12",
/// "95 điểm". Word never breaks a line at U+00A0, so "…Đơn vị học tập năm / 2023" cannot happen.
package enum NonBreakingSpaces {
    /// U+00A0 NO-BREAK SPACE.
    package static let space: Character = "\u{00A0}"

    private static let wordsBeforeNumbers: Set<String> = ["năm", "ngày", "tháng", "số", "độ", "Năm", "Ngày", "Tháng", "Số", "Độ"]
    private static let wordsAfterNumbers: Set<String> = ["điểm", "thành", "người", "%"]

    /// `text` with the space between such a word and its number (and between a number and "điểm")
    /// made non-breaking; "Mức độ 1" is held together whole, and a year ("năm 2023") is held to the
    /// word before it, so neither the level nor the year can stand alone on a line.
    package static func bind(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        func startsWithDigit(_ index: Int) -> Bool { index < words.count && words[index].first?.isNumber == true }
        var result = String(words[0])
        for index in 1..<words.count {
            let previous = words[index - 1]
            let word = words[index]
            let previousIsNumber = previous.last?.isNumber == true
            let glue =
                (startsWithDigit(index) && wordsBeforeNumbers.contains(String(previous)))
                || (previousIsNumber && wordsAfterNumbers.contains(String(word.prefix(while: { $0.isLetter || $0 == "%" }))))
                || ((word == "độ" || word == "Độ") && (previous == "Mức" || previous == "mức") && startsWithDigit(index + 1))
                || ((word == "năm" || word == "Năm") && startsWithDigit(index + 1) && !previous.isEmpty)
            result.append(glue ? space : " ")
            result.append(contentsOf: word)
        }
        return result
    }
}
