import Diagnostics
import Foundation
import VietnameseText

/// The filters a `{{ value | filter }}` tag can use.
enum Filters {
    /// Every filter name with its usage line, for messages and the README.
    static let usage: [String: String] = [
        "upper": "upper",
        "lower": "lower",
        "capitalize": "capitalize",
        "default": "default(\"…\")",
        "date": "date | date(\"short\") | date(\"month\") | date(\"iso\")",
        "number": "number | number(0)",
        "words": "words",
        "percent": "percent | percent(1)",
        "length": "length",
        "count": "count",
        "join": "join(\", \") | join(\", \", attribute=\"name\")",
        "e": "e",
        "escape": "escape",
        "round": "round | round(1) | round(1, \"floor\") | round(0, \"ceil\")",
        "int": "int | int(0)",
        "float": "float | float(0)",
        "abs": "abs",
        "string": "string",
        "format": "\"%s: %d\" | format(a, b)",
        "title": "title",
        "trim": "trim",
        "replace": "replace(\"cũ\", \"mới\") | replace(\"cũ\", \"mới\", 1)",
        "first": "first",
        "last": "last",
        "reverse": "reverse",
        "sort": "sort | sort(reverse=true) | sort(attribute=\"name\")",
        "sum": "sum | sum(attribute=\"points\")",
        "min": "min | min(attribute=\"points\")",
        "max": "max | max(attribute=\"points\")",
        "unique": "unique | unique(attribute=\"name\")",
    ]

    /// The names, sorted.
    static var names: [String] { usage.keys.sorted() }

    /// Applies filter `name`.
    static func apply(
        _ name: String, to input: Evaluated, arguments: [TemplateValue], keywords: [String: TemplateValue] = [:]
    ) throws(EvaluationFailure) -> TemplateValue {
        let allowed: Set<String> =
            switch name {
            case "sort": ["reverse", "attribute", "case_sensitive"]
            case "sum": ["attribute", "start"]
            case "min", "max", "unique": ["attribute", "case_sensitive"]
            case "join": ["attribute"]
            case "round": ["precision", "method"]
            case "int", "float": ["default"]
            default: []
            }
        guard keywords.keys.allSatisfy(allowed.contains) else { throw wrongArguments(name) }
        if name == "default" {
            guard arguments.count == 1 else { throw wrongArguments(name) }
            if case .value(let value) = input, value != .null { return value }
            return arguments[0]
        }
        let value = try input.required()
        switch name {
        case "upper":
            try expectArguments(name, arguments, atMost: 0)
            return .string(VietnameseCase.uppercased(try text(name, value)))
        case "lower":
            try expectArguments(name, arguments, atMost: 0)
            return .string(VietnameseCase.lowercased(try text(name, value)))
        case "capitalize":
            try expectArguments(name, arguments, atMost: 0)
            return .string(VietnameseCase.capitalizedFirst(VietnameseCase.lowercased(try text(name, value))))
        case "date":
            try expectArguments(name, arguments, atMost: 1)
            return .string(try date(value, style: arguments.first))
        case "number":
            try expectArguments(name, arguments, atMost: 1)
            let digits = try fractionDigits(name, arguments.first, default: 2)
            return .string(VietnameseNumberFormat.format(try number(name, value), maxFractionDigits: digits))
        case "words":
            try expectArguments(name, arguments, atMost: 0)
            return .string(NumberWords.spell(try number(name, value)))
        case "percent":
            try expectArguments(name, arguments, atMost: 1)
            let digits = try fractionDigits(name, arguments.first, default: 2)
            return .string(VietnameseNumberFormat.percent(try number(name, value), maxFractionDigits: digits))
        case "length", "count":
            try expectArguments(name, arguments, atMost: 0)
            switch value {
            case .list(let items): return .number(Decimal(items.count))
            case .object(let fields): return .number(Decimal(fields.count))
            case .string(let text): return .number(Decimal(text.count))
            case .null: return .number(0)
            default: throw inputError(name, "danh sách hoặc chuỗi", "list or string", value)
            }
        case "join":
            try expectArguments(name, arguments, atMost: 1)
            let items = try attributes(name, try list(name, value), keywords["attribute"])
            return .string(items.map(\.text).joined(separator: arguments.first?.text ?? ""))
        default:
            return try JinjaFilters.apply(name, to: value, arguments: arguments, keywords: keywords)
        }
    }

    /// `items`, or the field `attribute` (a dotted path) of each when given.
    static func attributes(_ filter: String, _ items: [TemplateValue], _ attribute: TemplateValue?) throws(EvaluationFailure) -> [TemplateValue] {
        guard let attribute else { return items }
        guard case .string(let path) = attribute else { throw wrongArguments(filter) }
        return items.map { item in
            var current = item
            for field in path.split(separator: ".") {
                switch current {
                case .object(let fields): current = fields[String(field)] ?? .null
                case .list(let list): current = Int(field).flatMap { list.indices.contains($0) ? list[$0] : nil } ?? .null
                default: current = .null
                }
            }
            return current
        }
    }

    /// `value` as a list (text as its characters, null as none).
    static func list(_ filter: String, _ value: TemplateValue) throws(EvaluationFailure) -> [TemplateValue] {
        switch value {
        case .list(let items): return items
        case .string(let text): return text.map { .string(String($0)) }
        case .null: return []
        default: throw inputError(filter, "danh sách", "list", value)
        }
    }

    private static func date(_ value: TemplateValue, style: TemplateValue?) throws(EvaluationFailure) -> String {
        guard case .string(let text) = value else { throw inputError("date", "ngày dạng chuỗi", "date string", value) }
        guard let date = VietnameseDate(parsing: text) else { throw EvaluationFailure(message: TemplateMessages.invalidDate(text)) }
        switch style {
        case nil, .string("long"): return date.decree30
        case .string("short"): return date.short
        case .string("month"): return date.monthYear
        case .string("iso"): return date.iso
        default: throw wrongArguments("date")
        }
    }

    static func text(_ filter: String, _ value: TemplateValue) throws(EvaluationFailure) -> String {
        switch value {
        case .string(let text): return text
        case .number, .bool, .null: return value.text
        default: throw inputError(filter, "chuỗi", "string", value)
        }
    }

    static func number(_ filter: String, _ value: TemplateValue) throws(EvaluationFailure) -> Decimal {
        switch value {
        case .number(let number): return number
        case .string(let text):
            if let number = Decimal(string: text.replacingOccurrences(of: ",", with: ".")), !text.isEmpty { return number }
            throw inputError(filter, "số", "number", value)
        default: throw inputError(filter, "số", "number", value)
        }
    }

    private static func fractionDigits(_ filter: String, _ argument: TemplateValue?, default fallback: Int) throws(EvaluationFailure) -> Int {
        guard let argument else { return fallback }
        guard case .number(let digits) = argument, let count = Int(exactly: NSDecimalNumber(decimal: digits).doubleValue),
            (0...10).contains(count)
        else { throw wrongArguments(filter) }
        return count
    }

    static func expectArguments(_ filter: String, _ arguments: [TemplateValue], atMost count: Int) throws(EvaluationFailure) {
        guard arguments.count <= count else { throw wrongArguments(filter) }
    }

    static func wrongArguments(_ filter: String) -> EvaluationFailure {
        EvaluationFailure(message: TemplateMessages.filterArguments(filter, usage: usage[filter] ?? filter))
    }

    static func inputError(_ filter: String, _ vi: String, _ en: String, _ value: TemplateValue) -> EvaluationFailure {
        EvaluationFailure(message: TemplateMessages.filterInput(filter, expected: vi, expectedEnglish: en, got: value.kindName))
    }
}
