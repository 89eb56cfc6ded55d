import Foundation

/// Jinja's filters over lists, objects and words: `list`, `map`, `select`, `reject`,
/// `selectattr`, `rejectattr`, `dictsort`, `batch`, `truncate`, `wordcount`.
enum JinjaListFilters {
    static func apply(
        _ name: String, to value: TemplateValue, arguments: [TemplateValue], keywords: [String: TemplateValue]
    ) throws(EvaluationFailure) -> TemplateValue {
        switch name {
        case "list":
            try Filters.expectArguments(name, arguments, atMost: 0)
            // An object gives its keys, in key order (the data's order of fields is not kept).
            if case .object(let fields) = value { return .list(fields.keys.sorted().map { .string($0) }) }
            return .list(try Filters.list(name, value))
        case "map":
            let items = try Filters.list(name, value)
            if let attribute = keywords["attribute"] {
                guard arguments.isEmpty, case .string(let path) = attribute else { throw Filters.wrongArguments(name) }
                return .list(items.map { field(path, of: $0) ?? keywords["default"] ?? .null })
            }
            // `map("upper")`, `map("round", 1)`: a filter applied to each item.
            guard case .string(let filter)? = arguments.first, Filters.usage[filter] != nil, filter != "map" else {
                throw Filters.wrongArguments(name)
            }
            var mapped: [TemplateValue] = []
            for item in items {
                mapped.append(try Filters.apply(filter, to: .value(item), arguments: Array(arguments.dropFirst()), keywords: keywords))
            }
            return .list(mapped)
        case "select", "reject":
            var kept: [TemplateValue] = []
            for item in try Filters.list(name, value) where try passes(name, item, arguments) == (name == "select") { kept.append(item) }
            return .list(kept)
        case "selectattr", "rejectattr":
            guard case .string(let path)? = arguments.first else { throw Filters.wrongArguments(name) }
            var kept: [TemplateValue] = []
            for item in try Filters.list(name, value)
            where try passes(name, field(path, of: item), Array(arguments.dropFirst())) == (name == "selectattr") {
                kept.append(item)
            }
            return .list(kept)
        case "dictsort":
            try Filters.expectArguments(name, arguments, atMost: 0)
            guard case .object(let fields) = value else { throw Filters.inputError(name, "đối tượng", "object", value) }
            let byValue: Bool
            switch keywords["by"] {
            case nil, .string("key")?: byValue = false
            case .string("value")?: byValue = true
            default: throw Filters.wrongArguments(name)
            }
            let pairs = fields.keys.sorted().map { TemplateValue.list([.string($0), fields[$0] ?? .null]) }
            let sortKeywords = ["attribute": TemplateValue.string(byValue ? "1" : "0")].merging(keywords.filter { $0.key != "by" }) { $1 }
            return try JinjaFilters.apply("sort", to: .list(pairs), arguments: [], keywords: sortKeywords)
        case "batch":
            try Filters.expectArguments(name, arguments, atMost: 2)
            guard case .number(let number)? = arguments.first ?? keywords["linecount"], let size = Arithmetic.whole(number), size > 0 else {
                throw Filters.wrongArguments(name)
            }
            let fill = arguments.count > 1 ? arguments[1] : keywords["fill_with"]
            let items = try Filters.list(name, value)
            var batches: [TemplateValue] = []
            for start in stride(from: 0, to: items.count, by: size) {
                var batch = Array(items[start..<min(start + size, items.count)])
                if let fill, batch.count < size { batch += Array(repeating: fill, count: size - batch.count) }
                batches.append(.list(batch))
            }
            return .list(batches)
        case "truncate":
            return .string(try truncate(try Filters.text(name, value), arguments, keywords))
        case "wordcount":
            try Filters.expectArguments(name, arguments, atMost: 0)
            // Python's `\w+`: runs of letters, digits and "_".
            var count = 0
            var inWord = false
            for character in try Filters.text(name, value) {
                let isWord = character.isLetter || character.isNumber || character == "_"
                if isWord && !inWord { count += 1 }
                inWord = isWord
            }
            return .number(Decimal(count))
        default:
            throw EvaluationFailure(message: TemplateMessages.unknownFilter(name, known: Filters.names))
        }
    }

    /// Field `path` (dotted) of `item`; nil when it has none.
    static func field(_ path: String, of item: TemplateValue) -> TemplateValue? {
        var current = item
        for part in path.split(separator: ".") {
            switch current {
            case .object(let fields):
                guard let next = fields[String(part)] else { return nil }
                current = next
            case .list(let list):
                guard let index = Int(part), list.indices.contains(index) else { return nil }
                current = list[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Whether `value` passes the test named by `arguments[0]` (with `arguments[1]`), or is
    /// true when no test is named.
    private static func passes(_ filter: String, _ value: TemplateValue?, _ arguments: [TemplateValue]) throws(EvaluationFailure) -> Bool {
        guard let first = arguments.first else { return value?.isTruthy ?? false }
        guard case .string(let written) = first, arguments.count <= 2 else { throw Filters.wrongArguments(filter) }
        let test = JinjaTests.operators[written] ?? written
        guard JinjaTests.names.contains(test) else {
            throw EvaluationFailure(message: TemplateMessages.unknownTest(test, known: JinjaTests.names.sorted()))
        }
        guard JinjaTests.takesArgument(test) == (arguments.count == 2) else { throw EvaluationFailure(message: TemplateMessages.testArgument(test)) }
        return try JinjaTests.holds(test, value, arguments.count == 2 ? arguments[1] : nil)
    }

    /// Jinja's `truncate(length=255, killwords=false, end='...', leeway=5)`.
    private static func truncate(
        _ text: String, _ arguments: [TemplateValue], _ keywords: [String: TemplateValue]
    ) throws(EvaluationFailure) -> String {
        func argument(_ position: Int, _ key: String) -> TemplateValue? {
            arguments.count > position ? arguments[position] : keywords[key]
        }
        guard arguments.count <= 4 else { throw Filters.wrongArguments("truncate") }
        func whole(_ value: TemplateValue?, _ fallback: Int) throws(EvaluationFailure) -> Int {
            guard let value else { return fallback }
            guard case .number(let number) = value, let whole = Arithmetic.whole(number), whole >= 0 else { throw Filters.wrongArguments("truncate") }
            return whole
        }
        let length = try whole(argument(0, "length"), 255)
        let killWords = argument(1, "killwords")?.isTruthy ?? false
        let end = argument(2, "end")?.text ?? "..."
        let leeway = try whole(argument(3, "leeway"), 5)
        let characters = Array(text)
        guard length >= end.count else { throw Filters.wrongArguments("truncate") }
        if characters.count <= length + leeway { return text }
        let head = String(characters[..<(length - end.count)])
        if killWords { return head + end }
        // Drop the word cut in two, as Jinja does.
        guard let space = head.lastIndex(of: " ") else { return head + end }
        return String(head[..<space]) + end
    }
}
