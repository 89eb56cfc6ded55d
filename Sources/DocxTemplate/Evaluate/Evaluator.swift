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
    /// Further problems found in the same value (every bad field of a rich text), reported with
    /// `message` in one run.
    var more: [LocalizedText] = []

    /// `message` then `more`.
    var messages: [LocalizedText] { [message] + more }
}

/// Evaluates expressions against a scope.
enum Evaluator {
    /// The value of `expression`. A top-level name missing from the data is an error (a typo,
    /// most likely) unless the scope prints undefined names as empty; a missing field of an
    /// existing object is `.missing`.
    static func evaluate(_ expression: Expression, in scope: Scope) throws(EvaluationFailure) -> Evaluated {
        switch expression {
        case .literal(let value):
            return .value(value)
        case .variable(let path):
            return try lookup(path, in: scope)
        case .filter(let input, let name, let arguments):
            // `default` exists to stand in for a name the data lacks: its input never fails.
            var value = try evaluate(input, in: name == "default" ? scope.tolerant : scope)
            if case .missing = value, scope.undefinedIsEmpty, name != "default" { value = .value(.null) }
            var positional: [TemplateValue] = []
            var keywords: [String: TemplateValue] = [:]
            for argument in arguments {
                if case .binary(.keyword, .literal(.string(let key)), let argumentValue) = argument {
                    keywords[key] = try self.value(argumentValue, in: scope)
                } else {
                    positional.append(try self.value(argument, in: scope))
                }
            }
            return .value(try Filters.apply(name, to: value, arguments: positional, keywords: keywords))
        case .not(let operand):
            return .value(.bool(!(try evaluate(operand, in: scope).lenient.isTruthy)))
        case .binary(.and, let left, let right):
            let first = try evaluate(left, in: scope).lenient
            return first.isTruthy ? .value(try evaluate(right, in: scope).lenient) : .value(first)
        case .binary(.or, let left, let right):
            let first = try evaluate(left, in: scope).lenient
            return first.isTruthy ? .value(first) : .value(try evaluate(right, in: scope).lenient)
        case .binary(let op, let left, let right) where op.isArithmetic:
            return .value(try Arithmetic.apply(op, try value(left, in: scope), try value(right, in: scope)))
        case .binary(let op, let left, let right):
            let lhs = try evaluate(left, in: scope).lenient
            let rhs = try evaluate(right, in: scope).lenient
            return .value(.bool(try compare(op, lhs, rhs)))
        case .negate(let operand):
            let number = try value(operand, in: scope)
            guard case .number(let value) = number else {
                throw EvaluationFailure(message: TemplateMessages.cannotNegate(number.kindName))
            }
            return .value(.number(-value))
        case .subscript(let base, let key):
            let container = try evaluate(base, in: scope)
            guard case .value(let value) = container else { return container }
            return element(of: value, at: try self.value(key, in: scope), describing: base.path ?? "…")
        case .list(let items):
            var values: [TemplateValue] = []
            for item in items { values.append(try value(item, in: scope)) }
            return .value(.list(values))
        case .conditional(let then, let condition, let otherwise):
            if try self.condition(condition, in: scope) { return try evaluate(then, in: scope) }
            guard let otherwise else { return .value(.null) }
            return try evaluate(otherwise, in: scope)
        case .test(let operand, let name, let negated, let argument):
            let argumentValue = try argument.map { (argument) throws(EvaluationFailure) in try value(argument, in: scope) }
            return .value(.bool(try test(name, operand, argument: argumentValue, in: scope) != negated))
        case .call(let base, let name, let arguments):
            var values: [TemplateValue] = []
            for argument in arguments { values.append(try value(argument, in: scope)) }
            guard let base else { return .value(try JinjaFunctions.range(values)) }
            return .value(try JinjaFunctions.cycle(try evaluate(base, in: scope).lenient, name: name, values))
        case .slice(let base, let start, let stop, let step):
            var bounds: [TemplateValue?] = []
            for part in [start, stop, step] { bounds.append(try part.map { (part) throws(EvaluationFailure) in try value(part, in: scope) }) }
            return .value(try JinjaFunctions.slice(try value(base, in: scope), bounds[0], bounds[1], bounds[2]))
        case .select(let sequence, let variables, let condition):
            let walked = try self.value(sequence, in: scope)
            guard case .list(let items) = walked else { return .value(walked) }
            var kept: [TemplateValue] = []
            for item in items {
                var inner = scope
                if variables.count == 1 {
                    inner = inner.adding(variables[0], item)
                } else {
                    let parts: [TemplateValue] = if case .list(let list) = item { list } else { [item] }
                    for (position, variable) in variables.enumerated() {
                        inner = inner.adding(variable, parts.indices.contains(position) ? parts[position] : .null)
                    }
                }
                if try self.condition(condition, in: inner) { kept.append(item) }
            }
            return .value(.list(kept))
        case .method(let base, let name):
            let object = try value(base, in: scope)
            guard case .object(let fields) = object else {
                throw EvaluationFailure(message: TemplateMessages.methodNeedsObject(name, got: object.kindName))
            }
            // An object's fields come in key order (the data's order is not kept).
            let keys = fields.keys.sorted()
            switch name {
            case "keys": return .value(.list(keys.map { .string($0) }))
            case "values": return .value(.list(keys.map { fields[$0] ?? .null }))
            default: return .value(.list(keys.map { .list([.string($0), fields[$0] ?? .null]) }))
            }
        }
    }

    /// The value of `expression`: a missing field is an error, or null when the scope prints
    /// undefined names as empty.
    static func value(_ expression: Expression, in scope: Scope) throws(EvaluationFailure) -> TemplateValue {
        let result = try evaluate(expression, in: scope)
        if case .missing = result, scope.undefinedIsEmpty { return .null }
        return try result.required()
    }

    /// The text a `{{ }}` tag prints for `value`, the value of `expression`. A list or an object
    /// is an error rather than docxtpl's Python notation (`['a', 1]`, `{'k': 1}`), which no
    /// document wants: the message says to join the list or to print a field.
    static func printed(_ value: TemplateValue, of expression: Expression) throws(EvaluationFailure) -> String {
        switch value {
        case .list:
            throw EvaluationFailure(message: TemplateMessages.listPrinted(expression.path))
        case .object(let fields):
            if case .string(let path)? = fields["docx"] {
                throw EvaluationFailure(message: TemplateMessages.subdocumentNeedsParagraphTag(path))
            }
            throw EvaluationFailure(message: TemplateMessages.objectPrinted(expression.path, fields: fields.keys.sorted()))
        default:
            return value.text
        }
    }

    /// Whether `expression` holds: missing fields and names the data lacks are false (as in
    /// Jinja), since testing a name is how a template asks whether the data has it.
    static func condition(_ expression: Expression, in scope: Scope) throws(EvaluationFailure) -> Bool {
        try evaluate(expression, in: scope.tolerant).lenient.isTruthy
    }

    private static func test(_ name: String, _ operand: Expression, argument: TemplateValue?, in scope: Scope) throws(EvaluationFailure) -> Bool {
        if name == "defined" || name == "undefined" {
            // An unknown name or a missing field is undefined; null is defined (as in Jinja).
            var defined = true
            if case .variable(let path) = operand, scope.lookup(path[0]) == nil {
                defined = false
            } else if case .missing = try evaluate(operand, in: scope) {
                defined = false
            }
            return name == "defined" ? defined : !defined
        }
        return try JinjaTests.holds(name, try evaluate(operand, in: scope).lenient, argument)
    }

    /// `container[key]`: an item of a list by position (negative from the end), a field of an
    /// object, a character of a text.
    private static func element(of container: TemplateValue, at key: TemplateValue, describing path: String) -> Evaluated {
        switch (container, key) {
        case (.list(let items), .number(let number)):
            guard var index = Arithmetic.whole(number) else { break }
            if index < 0 { index += items.count }
            if items.indices.contains(index) { return .value(items[index]) }
        case (.object(let fields), _):
            if let value = fields[key.text] { return .value(value) }
            return .missing(TemplateMessages.missingField(path, field: key.text, known: Array(fields.keys)))
        case (.string(let text), .number(let number)):
            guard var index = Arithmetic.whole(number) else { break }
            let characters = Array(text)
            if index < 0 { index += characters.count }
            if characters.indices.contains(index) { return .value(.string(String(characters[index]))) }
        default:
            break
        }
        return .missing(TemplateMessages.missingField(path, field: key.text, known: []))
    }

    private static func lookup(_ path: [String], in scope: Scope) throws(EvaluationFailure) -> Evaluated {
        guard var current = scope.lookup(path[0]) else {
            let message = TemplateMessages.unknownVariable(path[0], known: scope.names)
            if scope.undefinedIsEmpty { return .missing(message) }
            throw EvaluationFailure(message: message)
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
        default:
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
