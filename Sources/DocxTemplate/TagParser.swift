import Diagnostics
import Foundation

/// Parses one tag's source (`{{ unit.name | upper }}`, `{%tr for m in members %}`) into a `Tag`.
public struct TagParser {
    /// Why a tag does not parse, in both languages.
    public struct Failure: Error, Equatable {
        /// The message.
        public var message: LocalizedText
    }

    private let tokens: [Token]
    private var position = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private static let keywords: Set<String> = [
        "and", "or", "not", "in", "if", "elif", "else", "endif", "for", "endfor",
        "true", "false", "none", "True", "False", "None",
    ]

    /// Parses a whole tag, delimiters included.
    public static func parse(_ source: String) throws(Failure) -> Tag {
        if source.hasPrefix("{#") { return .comment(scopePrefix(of: source.dropFirst(2)).scope) }
        if source.hasPrefix("{_") {
            // "{_{" … "}_}" and "{_%" … "%_}": the tag as typed, without the underscores.
            return .escaped("{" + source.dropFirst(2).dropLast(3) + String(source.dropLast(2).suffix(1)) + "}")
        }
        if source.hasPrefix("{{") {
            let inside = String(source.dropFirst(2).dropLast(2))
            for feature in ["r", "p"] where inside.hasPrefix(feature) && inside.dropFirst().first?.isWhitespace == true {
                throw Failure(message: TemplateMessages.unsupportedValueScope(feature))
            }
            var parser = try TagParser(tokens: tokenize(inside))
            guard !parser.atEnd else { throw Failure(message: TemplateMessages.emptyTag) }
            let expression = try parser.expression()
            try parser.expectEnd()
            return .output(expression)
        }
        let (scope, inside) = scopePrefix(of: source.dropFirst(2).dropLast(2))
        if scope == .cell { throw Failure(message: TemplateMessages.unsupportedScope("tc")) }
        var parser = try TagParser(tokens: tokenize(String(inside)))
        let statement = try parser.statement()
        try parser.expectEnd()
        return .statement(statement, scope)
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
            guard let variable = peek, variable.kind == .name, !Self.keywords.contains(variable.text) else {
                throw Failure(message: TemplateMessages.expectedLoopVariable)
            }
            position += 1
            guard peek?.kind == .name, peek?.text == "in" else { throw Failure(message: TemplateMessages.expected("in")) }
            position += 1
            return .for(variable: variable.text, sequence: try expression())
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

    mutating func expression() throws(Failure) -> Expression {
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
        let left = try filtered()
        let comparisons: [String: BinaryOperator] = [
            "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
        ]
        if let token = peek, token.kind == .symbol, let op = comparisons[token.text] {
            position += 1
            return .binary(op, left, try filtered())
        }
        if isName("in") {
            position += 1
            return .binary(.in, left, try filtered())
        }
        if isName("not"), position + 1 < tokens.count, tokens[position + 1].kind == .name, tokens[position + 1].text == "in" {
            position += 2
            return .binary(.notIn, left, try filtered())
        }
        return left
    }

    private mutating func filtered() throws(Failure) -> Expression {
        var value = try unary()
        while isSymbol("|") {
            position += 1
            guard let name = peek, name.kind == .name else { throw Failure(message: TemplateMessages.expectedFilterName) }
            position += 1
            var arguments: [Expression] = []
            if isSymbol("(") {
                position += 1
                if !isSymbol(")") {
                    arguments.append(try expression())
                    while isSymbol(",") {
                        position += 1
                        arguments.append(try expression())
                    }
                }
                try expectSymbol(")")
            }
            value = .filter(value, name: name.text, arguments: arguments)
        }
        return value
    }

    private mutating func unary() throws(Failure) -> Expression {
        if isSymbol("-"), position + 1 < tokens.count, tokens[position + 1].kind == .number {
            position += 2
            return .literal(.number(-(Decimal(string: tokens[position - 1].text) ?? 0)))
        }
        return try postfix()
    }

    private mutating func postfix() throws(Failure) -> Expression {
        let base = try primary()
        guard case .variable(var path) = base else { return base }
        while isSymbol(".") {
            position += 1
            guard let member = peek, member.kind == .name || member.kind == .number else {
                throw Failure(message: TemplateMessages.expectedMember)
            }
            position += 1
            path.append(member.text)
        }
        return .variable(path)
    }

    private mutating func primary() throws(Failure) -> Expression {
        guard let token = peek else { throw Failure(message: TemplateMessages.unexpectedEnd) }
        position += 1
        switch token.kind {
        case .number:
            return .literal(.number(Decimal(string: token.text) ?? 0))
        case .string:
            return .literal(.string(token.text))
        case .name:
            switch token.text {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.null)
            default:
                guard !Self.keywords.contains(token.text) else { throw Failure(message: TemplateMessages.unexpectedToken(token.text)) }
                return .variable([token.text])
            }
        case .symbol:
            guard token.text == "(" else { throw Failure(message: TemplateMessages.unexpectedToken(token.text)) }
            let inner = try expression()
            try expectSymbol(")")
            return inner
        }
    }
}
