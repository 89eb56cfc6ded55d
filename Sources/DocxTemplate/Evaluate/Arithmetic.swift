import Foundation

/// `+ - * / // % ~` on template values, with exact decimals: 0.1 + 0.2 is 0.3.
enum Arithmetic {
    /// Decimal places a division keeps (1 / 3 is 0.333333333333333, as Python prints about
    /// as many).
    static let divisionScale: Int16 = 15

    /// `lhs op rhs`.
    static func apply(_ op: BinaryOperator, _ lhs: TemplateValue, _ rhs: TemplateValue) throws(EvaluationFailure) -> TemplateValue {
        switch (op, lhs, rhs) {
        case (.concat, _, _):
            return .string(lhs.text + rhs.text)
        case (.add, .number(let a), .number(let b)): return .number(a + b)
        case (.add, .string(let a), .string(let b)): return .string(a + b)
        case (.add, .list(let a), .list(let b)): return .list(a + b)
        case (.subtract, .number(let a), .number(let b)): return .number(a - b)
        case (.multiply, .number(let a), .number(let b)): return .number(a * b)
        case (.multiply, .string(let text), .number(let count)), (.multiply, .number(let count), .string(let text)):
            guard let times = whole(count), (0...10_000).contains(times) else { break }
            return .string(String(repeating: text, count: times))
        case (.divide, .number(let a), .number(let b)):
            guard !b.isZero else { throw EvaluationFailure(message: TemplateMessages.divisionByZero) }
            return .number(rounded(a / b, scale: divisionScale, .plain))
        case (.floorDivide, .number(let a), .number(let b)):
            guard !b.isZero else { throw EvaluationFailure(message: TemplateMessages.divisionByZero) }
            return .number(floor(a / b))
        case (.modulo, .number(let a), .number(let b)):
            guard !b.isZero else { throw EvaluationFailure(message: TemplateMessages.divisionByZero) }
            // Python's remainder takes the divisor's sign: -7 % 3 is 2.
            return .number(a - b * floor(a / b))
        default:
            break
        }
        throw EvaluationFailure(message: TemplateMessages.cannotApply(op.rawValue, lhs.kindName, rhs.kindName))
    }

    /// `value` rounded to `scale` decimal places.
    static func rounded(_ value: Decimal, scale: Int16, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, Int(scale), mode)
        return output
    }

    /// The largest whole number not above `value`.
    static func floor(_ value: Decimal) -> Decimal {
        rounded(value, scale: 0, .down)
    }

    /// `value` as an `Int` when it is a whole number of sensible size.
    static func whole(_ value: Decimal) -> Int? {
        guard value == rounded(value, scale: 0, .plain), abs(value) < 1_000_000_000_000 else { return nil }
        return NSDecimalNumber(decimal: value).intValue
    }
}
