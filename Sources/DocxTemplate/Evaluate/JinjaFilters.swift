import Foundation
import VietnameseText

/// The filters docxtpl users know from Jinja2, on exact decimals: `e`, `round`, `int`, `float`,
/// `abs`, `string`, `format`, `title`, `trim`, `replace`, `first`, `last`, `reverse`, `sort`,
/// `sum`, `min`, `max`, `unique`. Where Jinja would print a float (`3.0`) hoso prints the
/// decimal (`3`).
enum JinjaFilters {
    static func apply(
        _ name: String, to value: TemplateValue, arguments: [TemplateValue], keywords: [String: TemplateValue]
    ) throws(EvaluationFailure) -> TemplateValue {
        switch name {
        case "e", "escape", "string":
            // Every value is escaped when written into the document: `e` only makes it text.
            try Filters.expectArguments(name, arguments, atMost: 0)
            return .string(value.text)
        case "round":
            try Filters.expectArguments(name, arguments, atMost: 2)
            let precision = try wholeArgument(name, arguments.first ?? keywords["precision"], default: 0)
            let mode: NSDecimalNumber.RoundingMode
            switch arguments.dropFirst().first ?? keywords["method"] {
            case nil, .string("common")?: mode = .plain  // half away from zero, as schools round 8.25 to 8.3
            case .string("floor")?: mode = .down
            case .string("ceil")?: mode = .up
            default: throw Filters.wrongArguments(name)
            }
            guard (0...10).contains(precision) else { throw Filters.wrongArguments(name) }
            return .number(Arithmetic.rounded(try Filters.number(name, value), scale: Int16(precision), mode))
        case "int", "float":
            try Filters.expectArguments(name, arguments, atMost: 1)
            let fallback = arguments.first ?? keywords["default"] ?? .number(0)
            let number: Decimal?
            switch value {
            case .number(let decimal): number = decimal
            case .bool(let flag): number = flag ? 1 : 0
            case .string(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                number = trimmed.isEmpty ? nil : Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
            default: number = nil
            }
            guard let number else { return fallback }
            // `int` drops the decimals toward zero, as Python's int() does.
            return .number(name == "int" ? Arithmetic.rounded(number, scale: 0, number < 0 ? .up : .down) : number)
        case "abs":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let number = try Filters.number(name, value)
            return .number(number < 0 ? -number : number)
        case "format":
            return .string(try PercentFormat.format(try Filters.text(name, value), arguments))
        case "title":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let text = try Filters.text(name, value)
            var result = ""
            var startOfWord = true
            for character in text {
                let piece = String(character)
                result += startOfWord ? VietnameseCase.uppercased(piece) : VietnameseCase.lowercased(piece)
                startOfWord = !(character.isLetter || character.isNumber || character == "'")
            }
            return .string(result)
        case "trim":
            try Filters.expectArguments(name, arguments, atMost: 1)
            let text = try Filters.text(name, value)
            if let characters = arguments.first {
                return .string(text.trimmingCharacters(in: CharacterSet(charactersIn: characters.text)))
            }
            return .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case "replace":
            guard (2...3).contains(arguments.count) else { throw Filters.wrongArguments(name) }
            let text = try Filters.text(name, value)
            let old = arguments[0].text
            let new = arguments[1].text
            guard arguments.count == 3 else { return .string(text.replacingOccurrences(of: old, with: new)) }
            var remaining = try wholeArgument(name, arguments[2], default: 0)
            var result = ""
            var rest = Substring(text)
            while remaining > 0, !old.isEmpty, let range = rest.range(of: old) {
                result += rest[..<range.lowerBound] + new
                rest = rest[range.upperBound...]
                remaining -= 1
            }
            return .string(result + rest)
        case "first", "last":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let items = try Filters.list(name, value)
            return (name == "first" ? items.first : items.last) ?? .null
        case "reverse":
            try Filters.expectArguments(name, arguments, atMost: 0)
            if case .string(let text) = value { return .string(String(text.reversed())) }
            return .list(try Filters.list(name, value).reversed())
        case "sort":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let items = try Filters.list(name, value)
            let keys = try sortKeys(name, try Filters.attributes(name, items, keywords["attribute"]), keywords["case_sensitive"])
            // A stable sort on the keys; `reverse` turns the order, not the ties.
            let descending = keywords["reverse"]?.isTruthy == true
            let order = items.indices.sorted { a, b in
                let comparison = compare(keys[a], keys[b])
                return comparison == 0 ? a < b : (descending ? comparison > 0 : comparison < 0)
            }
            return .list(order.map { items[$0] })
        case "sum":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let items = try Filters.attributes(name, try Filters.list(name, value), keywords["attribute"])
            var total = try Filters.number(name, keywords["start"] ?? .number(0))
            for item in items where item != .null { total += try Filters.number(name, item) }
            return .number(total)
        case "min", "max":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let items = try Filters.list(name, value)
            guard !items.isEmpty else { return .null }
            let keys = try sortKeys(name, try Filters.attributes(name, items, keywords["attribute"]), keywords["case_sensitive"])
            var best = 0
            for index in items.indices.dropFirst() {
                let comparison = compare(keys[index], keys[best])
                if name == "min" ? comparison < 0 : comparison > 0 { best = index }
            }
            return items[best]
        case "unique":
            try Filters.expectArguments(name, arguments, atMost: 0)
            let items = try Filters.list(name, value)
            let keys = try sortKeys(name, try Filters.attributes(name, items, keywords["attribute"]), keywords["case_sensitive"])
            var seen: [SortKey] = []
            var result: [TemplateValue] = []
            for (item, key) in zip(items, keys) where !seen.contains(key) {
                seen.append(key)
                result.append(item)
            }
            return .list(result)
        default:
            throw EvaluationFailure(message: TemplateMessages.unknownFilter(name, known: Filters.names))
        }
    }

    /// What `sort`, `min`, `max` and `unique` compare: numbers by value, texts (by default
    /// ignoring case, as Jinja does).
    enum SortKey: Equatable {
        case number(Decimal)
        case text(String)
    }

    private static func sortKeys(_ filter: String, _ values: [TemplateValue], _ caseSensitive: TemplateValue?) throws(EvaluationFailure) -> [SortKey]
    {
        var keys: [SortKey] = []
        for value in values {
            switch value {
            case .number(let number): keys.append(.number(number))
            case .string(let text): keys.append(.text(caseSensitive?.isTruthy == true ? text : VietnameseCase.lowercased(text)))
            default: throw Filters.inputError(filter, "danh sách số hoặc chuỗi", "list of numbers or texts", value)
            }
        }
        let numbers = keys.filter { if case .number = $0 { true } else { false } }.count
        guard numbers == 0 || numbers == keys.count else {
            throw EvaluationFailure(message: TemplateMessages.mixedSort(filter))
        }
        return keys
    }

    private static func compare(_ a: SortKey, _ b: SortKey) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): x < y ? -1 : x > y ? 1 : 0
        case (.text(let x), .text(let y)): x < y ? -1 : x > y ? 1 : 0
        default: 0
        }
    }

    private static func wholeArgument(_ filter: String, _ argument: TemplateValue?, default fallback: Int) throws(EvaluationFailure) -> Int {
        guard let argument else { return fallback }
        guard case .number(let number) = argument, let whole = Arithmetic.whole(number) else { throw Filters.wrongArguments(filter) }
        return whole
    }
}
