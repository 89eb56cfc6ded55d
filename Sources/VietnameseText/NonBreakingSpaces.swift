/// Non-breaking spaces where a line break would strand a number: "năm 2023", "ngày 05", "số 12",
/// "95 điểm". Word never breaks a line at U+00A0, so "…Đơn vị học tập năm / 2023" cannot happen.
package enum NonBreakingSpaces {
    /// U+00A0 NO-BREAK SPACE.
    package static let space: Character = "\u{00A0}"

    private static let wordsBeforeNumbers: Set<String> = ["năm", "ngày", "tháng", "số", "độ", "lệ", "Năm", "Ngày", "Tháng", "Số", "Độ"]
    private static let wordsAfterNumbers: Set<String> = ["điểm", "thành", "người", "%"]
    /// Two-word terms a line never splits: "Đơn vị học / tập", "Chủ tịch Hội / đồng" read as a fault.
    private static let heldTerms: Set<String> = ["học tập", "Hội đồng", "hội đồng", "tỷ lệ", "tỉ lệ"]

    /// `text` with the space between such a word and its number (and between a number and "điểm")
    /// made non-breaking; "Mức độ 1" is held together whole, a year ("năm 2023") is held to the
    /// word before it, so neither the level nor the year can stand alone on a line, and "học tập"
    /// and "Hội đồng" are never split; nor are "năm học 2023-2024", "Tổ đánh giá" and "tỷ lệ"; a
    /// share stays with its count ("28/28 (100%)") and a rate with "tỉ lệ".
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
                || heldTerms.contains("\(previous.drop(while: { !$0.isLetter })) \(word.prefix(while: \.isLetter))")
                || (previousIsNumber && word.hasPrefix("(") && word.dropFirst().first?.isNumber == true)
                || ((previous == "năm" || previous == "Năm") && word == "học" && startsWithDigit(index + 1))
                || (previous == "học" && startsWithDigit(index) && index >= 2 && (words[index - 2] == "năm" || words[index - 2] == "Năm"))
                || (previous == "Tổ" && word == "đánh") || (previous == "đánh" && word.hasPrefix("giá") && index >= 2 && words[index - 2] == "Tổ")
            result.append(glue ? space : " ")
            result.append(contentsOf: word)
        }
        return result
    }

    /// The longest tail `bindTail` holds together, in characters: "Đơn vị học tập năm 2022" (23).
    package static let titleTailLength = 24

    /// A title with its last words held together (no-break spaces) while they make at most
    /// `titleTailLength` characters, and "Đơn vị học tập" always whole: the title's last line then
    /// reads "Đơn vị học tập năm 2022" instead of leaving "tập năm 2022" alone under a full line.
    package static func bindTail(_ title: String) -> String {
        let term = "Đơn vị học tập"
        let whole = term.replacing(" ", with: String(space))
        let held = title.replacing(term, with: whole).replacing("Đơn vị học\(space)tập", with: whole)
        var words = held.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 2 else { return held }
        var tail = words.removeLast()
        while words.count > 1, let previous = words.last, previous.count + 1 + tail.count <= titleTailLength {
            tail = previous + String(space) + tail
            words.removeLast()
        }
        return (words + [tail]).joined(separator: " ")
    }
}
