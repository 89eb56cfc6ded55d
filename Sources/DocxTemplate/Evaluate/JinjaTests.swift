import Foundation

/// Jinja's tests, for `x is name` and for `select`, `reject`, `selectattr`, `rejectattr`.
enum JinjaTests {
    /// Every test name (`is` and the filters take the same ones).
    static let names: Set<String> = [
        "defined", "undefined", "none", "number", "string", "mapping", "sequence", "iterable", "boolean",
        "true", "false", "even", "odd", "divisibleby", "eq", "equalto", "ne", "gt", "greaterthan", "ge",
        "lt", "lessthan", "le", "in", "sameas", "lower", "upper",
    ]

    /// The operators the filters also accept as test names (`selectattr("age", ">=", 18)`).
    static let operators: [String: String] = ["==": "eq", "!=": "ne", ">": "gt", ">=": "ge", "<": "lt", "<=": "le"]

    /// Whether test `name` compares with an argument.
    static func takesArgument(_ name: String) -> Bool {
        ["divisibleby", "eq", "equalto", "ne", "gt", "greaterthan", "ge", "lt", "lessthan", "le", "in", "sameas"].contains(name)
    }

    /// Whether `value` (nil: undefined) passes test `name` with `argument`.
    static func holds(_ name: String, _ value: TemplateValue?, _ argument: TemplateValue?) throws(EvaluationFailure) -> Bool {
        switch name {
        case "defined": return value != nil
        case "undefined": return value == nil
        default: break
        }
        let value = value ?? .null
        switch (name, value) {
        case ("none", .null), ("number", .number), ("string", .string), ("mapping", .object), ("boolean", .bool),
            ("sequence", .list), ("sequence", .string), ("iterable", .list), ("iterable", .string), ("iterable", .object),
            ("true", .bool(true)), ("false", .bool(false)):
            return true
        case ("even", .number(let number)), ("odd", .number(let number)):
            guard let whole = Arithmetic.whole(number) else { return false }
            return (whole % 2 == 0) == (name == "even")
        case ("divisibleby", .number(let number)):
            guard case .number(let divisor)? = argument, divisor != 0 else { throw EvaluationFailure(message: TemplateMessages.testArgument(name)) }
            return Arithmetic.whole(number / divisor) != nil
        case ("lower", .string(let text)): return text == text.lowercased()
        case ("upper", .string(let text)): return text == text.uppercased()
        case ("eq", _), ("equalto", _), ("sameas", _): return value == (argument ?? .null)
        case ("ne", _): return value != (argument ?? .null)
        case ("in", _):
            switch argument ?? .null {
            case .list(let items): return items.contains(value)
            case .string(let text): return text.contains(value.text)
            case .object(let fields): return fields[value.text] != nil
            default: throw EvaluationFailure(message: TemplateMessages.testArgument(name))
            }
        case ("gt", _), ("greaterthan", _), ("ge", _), ("lt", _), ("lessthan", _), ("le", _):
            let order: Int
            switch (value, argument ?? .null) {
            case (.number(let a), .number(let b)): order = a < b ? -1 : a > b ? 1 : 0
            case (.string(let a), .string(let b)): order = a < b ? -1 : a > b ? 1 : 0
            default: throw EvaluationFailure(message: TemplateMessages.cannotCompare(value.kindName, (argument ?? .null).kindName))
            }
            switch name {
            case "gt", "greaterthan": return order > 0
            case "ge": return order >= 0
            case "lt", "lessthan": return order < 0
            default: return order <= 0
            }
        default:
            return false
        }
    }
}
