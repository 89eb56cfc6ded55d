package import Diagnostics
import Foundation
import VietnameseText

/// Parses one tag's source (`{{ unit.name | upper }}`, `{%tr for m in members %}`) into a `Tag`.
package struct TagParser {
    /// Why a tag does not parse, in both languages.
    package struct Failure: Error, Equatable {
        /// The message.
        package var message: LocalizedText
    }

    private let tokens: [Token]
    private var position = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private static let keywords: Set<String> = [
        "and", "or", "not", "in", "is", "if", "elif", "else", "endif", "for", "endfor", "set",
        "true", "false", "none", "True", "False", "None",
    ]

    /// Parses a whole tag, delimiters included.
    package static func parse(_ source: String) throws(Failure) -> Tag {
        if source.hasPrefix("{#") { return .comment(scopePrefix(of: source.dropFirst(2)).scope) }
        if source.unicodeScalars.count == 3, let first = source.first, let last = source.last, source.dropFirst().first == "_" {
            // "{_{", "}_}", "{_%", "%_}": the delimiter as typed, without the underscore.
            return .escaped(String(first) + String(last))
        }
        if source.hasPrefix("{{") {
            let inside = String(source.dropFirst(2).dropLast(2))
            // `{{-` and `-}}` are Jinja's whitespace control, never a minus sign.
            if inside.hasPrefix("-") || inside.hasSuffix("-") { throw Failure(message: TemplateMessages.mergeMarkOnValue) }
            let paragraphs = inside.hasPrefix("p") && inside.dropFirst().first?.isWhitespace == true
            let rich = inside.hasPrefix("r") && inside.dropFirst().first?.isWhitespace == true
            var parser = try TagParser(tokens: tokenize(rich || paragraphs ? String(inside.dropFirst()) : inside))
            guard !parser.atEnd else { throw Failure(message: TemplateMessages.emptyTag) }
            let expression = try parser.expression()
            try parser.expectEnd()
            return paragraphs ? .paragraphOutput(expression) : rich ? .richOutput(expression) : .output(expression)
        }
        let merging = mergeMarks(of: source)
        var body = source.dropFirst(merging.previous ? 3 : 2).dropLast(merging.next ? 3 : 2)
        let (scope, inside) = scopePrefix(of: body)
        if scope != .inline, merging.previous || merging.next { throw Failure(message: TemplateMessages.mergingNeedsInlineTag) }
        if inside.hasPrefix("-") || inside.hasSuffix("-") { throw Failure(message: TemplateMessages.misplacedMergeMark) }
        body = inside
        var parser = try TagParser(tokens: tokenize(String(body)))
        let statement = try parser.statement()
        try parser.expectEnd()
        if case .cell = statement, scope != .inline {
            throw Failure(message: TemplateMessages.cellTagWithScope(String(source)))
        }
        return .statement(statement, scope)
    }

    /// Whether a `{% %}` tag joins the text before it (`{%-`) and after it (`-%}`), as docxtpl's
    /// paragraph merging does.
    static func mergeMarks(of source: String) -> (previous: Bool, next: Bool) {
        guard source.hasPrefix("{%"), source.count >= 5 else { return (false, false) }
        return (source.hasPrefix("{%-"), source.hasSuffix("-%}"))
    }

    /// docxtpl's scope letters after `{%` or `{#` ("tr", "tc", "p", "r", then a space), and the
    /// rest of the tag's inside. `r` (a run) is what a plain tag spans already.
    private static func scopePrefix(of inside: Substring) -> (scope: StatementScope, rest: Substring) {
        for (prefix, scope) in [("tr", StatementScope.row), ("tc", .cell), ("p", .paragraph), ("r", .inline)]
        where inside.hasPrefix(prefix) && inside.dropFirst(prefix.count).first?.isWhitespace == true {
            return (scope, inside.dropFirst(prefix.count))
        }
        return (.inline, inside)
    }

    private static func tokenize(_ text: String) throws(Failure) -> [Token] {
        do {
            return try Lexer.tokens(text)
        } catch {
            switch error.reason {
            case .unterminatedString: throw Failure(message: TemplateMessages.unterminatedString)
            case .unexpectedCharacter(let character): throw Failure(message: TemplateMessages.unexpectedCharacter(character))
            }
        }
    }

    // MARK: Statements

    private mutating func statement() throws(Failure) -> Statement {
        guard let keyword = peek, keyword.kind == .name else { throw Failure(message: TemplateMessages.missingKeyword) }
        position += 1
        switch keyword.text {
        case "if": return .if(try expression())
        case "elif": return .elif(try expression())
        case "else": return .else
        case "endif": return .endif
        case "endfor": return .endfor
        case "for":
            var variables: [String] = []
            repeat {
                if !variables.isEmpty { position += 1 }  // the ","
                guard let variable = peek, variable.kind == .name, !Self.keywords.contains(variable.text) else {
                    throw Failure(message: TemplateMessages.expectedLoopVariable)
                }
                position += 1
                variables.append(variable.text)
            } while isSymbol(",")
            guard peek?.kind == .name, peek?.text == "in" else { throw Failure(message: TemplateMessages.expected("in")) }
            position += 1
            // As in Jinja, the sequence has no `a if b else c` form: a following `if` filters the items.
            let sequence = try disjunction()
            guard isName("if") else { return .for(variables: variables, sequence: sequence) }
            position += 1
            return .for(variables: variables, sequence: .select(sequence, variables: variables, condition: try expression()))
        case "set":
            guard let name = peek, name.kind == .name, !Self.keywords.contains(name.text), name.text != "loop" else {
                throw Failure(message: TemplateMessages.expectedSetName)
            }
            position += 1
            try expectSymbol("=")
            return .set(name: name.text, value: try expression())
        case "colspan": return .cell(.colspan(try expression()))
        case "cellbg": return .cell(.background(try expression()))
        case "hm": return .cell(.horizontalMerge)
        case "vm": return .cell(.verticalMerge)
        default:
            throw Failure(message: TemplateMessages.unknownStatement(keyword.text))
        }
    }

    // MARK: Expressions

    private var atEnd: Bool { position >= tokens.count }
    private var peek: Token? { atEnd ? nil : tokens[position] }

    private func isName(_ text: String) -> Bool { peek?.kind == .name && peek?.text == text }
    private func isSymbol(_ text: String) -> Bool { peek?.kind == .symbol && peek?.text == text }

    private mutating func expectSymbol(_ text: String) throws(Failure) {
        guard isSymbol(text) else { throw Failure(message: TemplateMessages.expected(text)) }
        position += 1
    }

    private func expectEnd() throws(Failure) {
        if let extra = peek { throw Failure(message: TemplateMessages.unexpectedToken(extra.text)) }
    }

    /// `then if condition else otherwise`, the loosest form (Jinja's precedence throughout).
    mutating func expression() throws(Failure) -> Expression {
        let value = try disjunction()
        guard isName("if") else { return value }
        position += 1
        let condition = try disjunction()
        guard isName("else") else { return .conditional(then: value, condition: condition, otherwise: nil) }
        position += 1
        return .conditional(then: value, condition: condition, otherwise: try expression())
    }

    private mutating func disjunction() throws(Failure) -> Expression {
        var left = try conjunction()
        while isName("or") {
            position += 1
            left = .binary(.or, left, try conjunction())
        }
        return left
    }

    private mutating func conjunction() throws(Failure) -> Expression {
        var left = try negation()
        while isName("and") {
            position += 1
            left = .binary(.and, left, try negation())
        }
        return left
    }

    private mutating func negation() throws(Failure) -> Expression {
        if isName("not") {
            position += 1
            return .not(try negation())
        }
        return try comparison()
    }

    private mutating func comparison() throws(Failure) -> Expression {
        let left = try sum()
        if let token = peek, token.kind == .symbol, let op = Self.comparison(token.text) {
            position += 1
            return .binary(op, left, try sum())
        }
        if isName("in") {
            position += 1
            return .binary(.in, left, try sum())
        }
        if isName("not"), position + 1 < tokens.count, tokens[position + 1].kind == .name, tokens[position + 1].text == "in" {
            position += 2
            return .binary(.notIn, left, try sum())
        }
        return left
    }

    /// The comparison `symbol` writes, if it is one (a switch: a dictionary literal here was
    /// built again for every comparison parsed).
    private static func comparison(_ symbol: String) -> BinaryOperator? {
        switch symbol {
        case "==": .equal
        case "!=": .notEqual
        case "<": .less
        case "<=": .lessOrEqual
        case ">": .greater
        case ">=": .greaterOrEqual
        default: nil
        }
    }

    /// `+` and `-`, over `~` joins.
    private mutating func sum() throws(Failure) -> Expression {
        var left = try concatenation()
        while let op = [BinaryOperator.add, .subtract].first(where: { isSymbol($0.rawValue) }) {
            position += 1
            left = .binary(op, left, try concatenation())
        }
        return left
    }

    private mutating func concatenation() throws(Failure) -> Expression {
        var left = try product()
        while isSymbol("~") {
            position += 1
            left = .binary(.concat, left, try product())
        }
        return left
    }

    private mutating func product() throws(Failure) -> Expression {
        var left = try filtered()
        while let op = [BinaryOperator.multiply, .divide, .floorDivide, .modulo].first(where: { isSymbol($0.rawValue) }) {
            position += 1
            left = .binary(op, left, try filtered())
        }
        return left
    }

    /// `-x` and `+x`; as in Jinja, filters apply to the signed value (`-4 | abs` is 4).
    private mutating func unary() throws(Failure) -> Expression {
        if isSymbol("-") {
            position += 1
            if let token = peek, token.kind == .number {
                position += 1
                return try postfix(from: .literal(.number(-(Self.number(token.text)))))
            }
            return .negate(try unary())
        }
        if isSymbol("+") {
            position += 1
            return try unary()
        }
        return try postfix()
    }

    /// A value followed by filters (`| upper`) and tests (`is defined`), left to right.
    private mutating func filtered() throws(Failure) -> Expression {
        var value = try unary()
        while true {
            if isSymbol("|") {
                position += 1
                guard let name = peek, name.kind == .name else { throw Failure(message: TemplateMessages.expectedFilterName) }
                position += 1
                value = .filter(value, name: name.text, arguments: try callArguments())
            } else if isName("is") {
                position += 1
                var negated = false
                if isName("not") {
                    position += 1
                    negated = true
                }
                guard let name = peek, name.kind == .name else { throw Failure(message: TemplateMessages.expectedTestName) }
                position += 1
                let test = name.text == "None" ? "none" : name.text
                guard Self.tests.contains(test) else { throw Failure(message: TemplateMessages.unknownTest(test, known: Self.tests.sorted())) }
                var argument: Expression?
                if JinjaTests.takesArgument(test) {
                    // `divisibleby(3)` or, as Jinja also reads it, `divisibleby 3`.
                    if isSymbol("(") {
                        let arguments = try callArguments()
                        guard arguments.count == 1 else { throw Failure(message: TemplateMessages.testArgument(test)) }
                        argument = arguments[0]
                    } else {
                        argument = try unary()
                    }
                }
                value = .test(value, name: test, negated: negated, argument: argument)
            } else {
                return value
            }
        }
    }

    /// The tests `is` knows.
    static var tests: Set<String> { JinjaTests.names }

    /// `(a, b)` after a filter name; none without parentheses.
    private mutating func callArguments() throws(Failure) -> [Expression] {
        guard isSymbol("(") else { return [] }
        position += 1
        var arguments: [Expression] = []
        if !isSymbol(")") {
            repeat {
                if !arguments.isEmpty { position += 1 }  // the ","
                if let name = peek, name.kind == .name, position + 1 < tokens.count,
                    tokens[position + 1].kind == .symbol, tokens[position + 1].text == "="
                {
                    position += 2
                    arguments.append(.binary(.keyword, .literal(.string(name.text)), try expression()))
                } else {
                    arguments.append(try expression())
                }
            } while isSymbol(",")
        }
        try expectSymbol(")")
        return arguments
    }

    /// `.name`, `[key]` and `.items()` after a value. Literal keys extend a variable's path.
    private mutating func postfix() throws(Failure) -> Expression {
        try postfix(from: try primary())
    }

    private mutating func postfix(from base: Expression) throws(Failure) -> Expression {
        var value = base
        while true {
            if isSymbol(".") {
                position += 1
                guard let member = peek, member.kind == .name || member.kind == .number else {
                    throw Failure(message: TemplateMessages.expectedMember)
                }
                position += 1
                if isSymbol("(") {
                    if member.text == "cycle" {
                        value = .call(value, name: member.text, arguments: try callArguments())
                        continue
                    }
                    guard ["items", "keys", "values"].contains(member.text) else {
                        throw Failure(message: TemplateMessages.unknownMethod(member.text))
                    }
                    position += 1
                    try expectSymbol(")")
                    value = .method(value, name: member.text)
                } else if case .variable(let path) = value {
                    value = .variable(path + [member.text])
                } else {
                    value = .subscript(value, .literal(.string(member.text)))
                }
            } else if isSymbol("[") {
                position += 1
                // `[start:stop:step]`, each part optional.
                var key: Expression?
                if !isSymbol(":") { key = try expression() }
                if isSymbol(":") {
                    var parts: [Expression?] = [key]
                    while isSymbol(":"), parts.count < 3 {
                        position += 1
                        parts.append(isSymbol(":") || isSymbol("]") ? nil : try expression())
                    }
                    try expectSymbol("]")
                    value = .slice(value, start: parts[0], stop: parts[1], step: parts.count > 2 ? parts[2] : nil)
                    continue
                }
                guard let key else { throw Failure(message: TemplateMessages.expectedMember) }
                try expectSymbol("]")
                switch (value, key) {
                case (.variable(let path), .literal(.string(let text))):
                    value = .variable(path + [text])
                case (.variable(let path), .literal(.number(let number))) where number >= 0 && Self.isWhole(number):
                    value = .variable(path + [DecimalText.plain(number)])
                default:
                    value = .subscript(value, key)
                }
            } else {
                return value
            }
        }
    }

    private static func isWhole(_ number: Decimal) -> Bool {
        var value = number
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .down)
        return rounded == number
    }

    /// A number literal's exact value.
    static func number(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    private mutating func primary() throws(Failure) -> Expression {
        guard let token = peek else { throw Failure(message: TemplateMessages.unexpectedEnd) }
        position += 1
        switch token.kind {
        case .number:
            return .literal(.number(Self.number(token.text)))
        case .string:
            return .literal(.string(token.text))
        case .name:
            switch token.text {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.null)
            default:
                guard !Self.keywords.contains(token.text) else { throw Failure(message: TemplateMessages.unexpectedToken(token.text)) }
                if isSymbol("(") {
                    // Jinja's global functions: `range` only (a template calls no code).
                    guard token.text == "range" else { throw Failure(message: TemplateMessages.unknownFunction(token.text)) }
                    return .call(nil, name: token.text, arguments: try callArguments())
                }
                return .variable([token.text])
            }
        case .symbol where token.text == "[":
            var items: [Expression] = []
            if !isSymbol("]") {
                items.append(try expression())
                while isSymbol(",") {
                    position += 1
                    if isSymbol("]") { break }  // a trailing comma
                    items.append(try expression())
                }
            }
            try expectSymbol("]")
            return .list(items)
        case .symbol:
            guard token.text == "(" else { throw Failure(message: TemplateMessages.unexpectedToken(token.text)) }
            let inner = try expression()
            try expectSymbol(")")
            return inner
        }
    }
}
