/// Non-breaking spaces where a line break would strand a number: "năm 2023", "ngày 05", "số 12",
/// "95 điểm". Word never breaks a line at U+00A0, so "…Đơn vị học tập năm / 2023" cannot happen.
package enum NonBreakingSpaces {
    /// U+00A0 NO-BREAK SPACE.
    package static let space: Character = "\u{00A0}"

    private static let wordsBeforeNumbers: Set<String> = ["năm", "ngày", "tháng", "số", "Năm", "Ngày", "Tháng", "Số"]
    private static let wordsAfterNumbers: Set<String> = ["điểm", "thành", "người", "%"]

    /// `text` with the space between such a word and its number (and between a number and "điểm")
    /// made non-breaking.
    package static func bind(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var result = String(words[0])
        for index in 1..<words.count {
            let previous = words[index - 1]
            let word = words[index]
            let startsWithDigit = word.first?.isNumber == true
            let previousIsNumber = previous.last?.isNumber == true
            let glue =
                (startsWithDigit && wordsBeforeNumbers.contains(String(previous)))
                || (previousIsNumber && wordsAfterNumbers.contains(String(word.prefix(while: { $0.isLetter || $0 == "%" }))))
            result.append(glue ? space : " ")
            result.append(contentsOf: word)
        }
        return result
    }
}
