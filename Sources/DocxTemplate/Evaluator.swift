import Diagnostics
import Foundation

/// The result of evaluating an expression: a value, or a field the data does not have (which
/// `default` can replace and conditions read as false).
enum Evaluated {
    case value(TemplateValue)
    case missing(LocalizedText)

    /// The value, or the "missing" error.
    func required() throws(EvaluationFailure) -> TemplateValue {
        switch self {
        case .value(let value): return value
        case .missing(let message): throw EvaluationFailure(message: message)
        }
    }

    /// The value; a missing field counts as null.
    var lenient: TemplateValue {
        if case .value(let value) = self { return value }
        return .null
    }
}

/// Why an expression has no value.
struct EvaluationFailure: Error {
    var message: LocalizedText
}

/// Evaluates expressions against a scope.
enum Evaluator {
    /// The value of `expression`. A top-level name missing from the data is always an error (a
    /// typo, most likely); a missing field of an existing object is `.missing`.
    static func evaluate(_ expression: Expression, in scope: Scope) throws(EvaluationFailure) -> Evaluated {
        switch expression {
        case .literal(let value):
            return .value(value)
        case .variable(let path):
            return try lookup(path, in: scope)
        case .filter(let input, let name, let arguments):
            let value = try evaluate(input, in: scope)
            var values: [TemplateValue] = []
            for argument in arguments { values.append(try evaluate(argument, in: scope).required()) }
            return .value(try Filters.apply(name, to: value, arguments: values))
        case .not(let operand):
            return .value(.bool(!(try evaluate(operand, in: scope).lenient.isTruthy)))
        case .binary(.and, let left, let right):
            let first = try evaluate(left, in: scope).lenient
            return first.isTruthy ? .value(try evaluate(right, in: scope).lenient) : .value(first)
        case .binary(.or, let left, let right):
            let first = try evaluate(left, in: scope).lenient
            return first.isTruthy ? .value(first) : .value(try evaluate(right, in: scope).lenient)
        case .binary(let op, let left, let right):
            let lhs = try evaluate(left, in: scope).lenient
            let rhs = try evaluate(right, in: scope).lenient
            return .value(.bool(try compare(op, lhs, rhs)))
        }
    }

    /// The text a `{{ }}` tag prints for `value`, the value of `expression`. A list or an object
    /// is an error rather than docxtpl's Python notation (`['a', 1]`, `{'k': 1}`), which no
    /// document wants: the message says to join the list or to print a field.
    static func printed(_ value: TemplateValue, of expression: Expression) throws(EvaluationFailure) -> String {
        switch value {
        case .list:
            throw EvaluationFailure(message: TemplateMessages.listPrinted(expression.path))
        case .object(let fields):
            throw EvaluationFailure(message: TemplateMessages.objectPrinted(expression.path, fields: fields.keys.sorted()))
        default:
            return value.text
        }
    }

    /// Whether `expression` holds: missing fields are false.
    static func condition(_ expression: Expression, in scope: Scope) throws(EvaluationFailure) -> Bool {
        try evaluate(expression, in: scope).lenient.isTruthy
    }

    private static func lookup(_ path: [String], in scope: Scope) throws(EvaluationFailure) -> Evaluated {
        guard var current = scope.lookup(path[0]) else {
            throw EvaluationFailure(message: TemplateMessages.unknownVariable(path[0], known: scope.names))
        }
        for index in path.indices.dropFirst() {
            let field = path[index]
            func missing(known: [String]) -> Evaluated {
                .missing(TemplateMessages.missingField(path[..<index].joined(separator: "."), field: field, known: known))
            }
            switch current {
            case .object(let fields):
                guard let next = fields[field] else { return missing(known: Array(fields.keys)) }
                current = next
            case .list(let items):
                guard let position = Int(field), items.indices.contains(position) else { return missing(known: []) }
                current = items[position]
            default:
                return missing(known: [])
            }
        }
        return .value(current)
    }

    private static func compare(_ op: BinaryOperator, _ lhs: TemplateValue, _ rhs: TemplateValue) throws(EvaluationFailure) -> Bool {
        switch op {
        case .equal: return equal(lhs, rhs)
        case .notEqual: return !equal(lhs, rhs)
        case .in: return try contains(rhs, lhs)
        case .notIn: return !(try contains(rhs, lhs))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let order: ComparisonResult
            switch (lhs, rhs) {
            case (.number(let a), .number(let b)): order = a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
            case (.string(let a), .string(let b)): order = a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
            default: throw EvaluationFailure(message: TemplateMessages.cannotCompare(lhs.kindName, rhs.kindName))
            }
            switch op {
            case .less: return order == .orderedAscending
            case .lessOrEqual: return order != .orderedDescending
            case .greater: return order == .orderedDescending
            default: return order != .orderedAscending
            }
        case .and, .or:
            return false
        }
    }

    /// Numbers compare by value (1 == 1.0); otherwise values compare structurally.
    private static func equal(_ lhs: TemplateValue, _ rhs: TemplateValue) -> Bool {
        lhs == rhs
    }

    private static func contains(_ container: TemplateValue, _ element: TemplateValue) throws(EvaluationFailure) -> Bool {
        switch container {
        case .list(let items): return items.contains(element)
        case .string(let text): return text.contains(element.text)
        case .object(let fields): return fields[element.text] != nil
        case .null: return false
        default: throw EvaluationFailure(message: TemplateMessages.cannotSearch(container.kindName))
        }
    }
}
