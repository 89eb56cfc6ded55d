import Foundation
import VietnameseText

/// Python's `%` formatting, as Jinja's `format` filter uses it: `%s`, `%d`/`%i`, `%f` with an
/// optional precision (`%.2f`), `%%`. Numbers stay exact decimals.
enum PercentFormat {
    static func format(_ pattern: String, _ arguments: [TemplateValue]) throws(EvaluationFailure) -> String {
        var result = ""
        var next = 0
        var characters = pattern[...]
        while let percent = characters.firstIndex(of: "%") {
            result += characters[..<percent]
            characters = characters[characters.index(after: percent)...]
            var precision: Int?
            if characters.first == "." {
                let digits = characters.dropFirst().prefix(while: \.isNumber)
                precision = Int(digits)
                characters = characters.dropFirst(1 + digits.count)
            }
            guard let conversion = characters.first else { throw failure(pattern) }
            characters = characters.dropFirst()
            if conversion == "%" {
                result += "%"
                continue
            }
            guard next < arguments.count else { throw failure(pattern) }
            let argument = arguments[next]
            next += 1
            switch conversion {
            case "s":
                result += argument.text
            case "d", "i", "f":
                guard case .number(let number) = argument else { throw failure(pattern) }
                if conversion == "f" {
                    let scale = precision ?? 6
                    result += fixed(Arithmetic.rounded(number, scale: Int16(min(scale, 20)), .plain), scale: scale)
                } else {
                    result += DecimalText.plain(Arithmetic.rounded(number, scale: 0, number < 0 ? .up : .down))
                }
            default:
                throw failure(pattern)
            }
        }
        guard next == arguments.count else { throw failure(pattern) }
        return result + characters
    }

    /// `number` with exactly `scale` decimals ("8.50").
    private static func fixed(_ number: Decimal, scale: Int) -> String {
        var text = DecimalText.plain(number)
        guard scale > 0 else { return text }
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
        if decimals < 0 { text += "." }
        return text + String(repeating: "0", count: scale - max(decimals, 0))
    }

    private static func failure(_ pattern: String) -> EvaluationFailure {
        EvaluationFailure(message: TemplateMessages.badFormat(pattern))
    }
}
