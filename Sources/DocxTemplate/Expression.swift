/// An expression inside a tag, as the parser builds it.
public indirect enum Expression: Sendable, Equatable {
    /// A literal: `"text"`, `95`, `8.5`, `true`, `none`.
    case literal(TemplateValue)
    /// A dotted path from a variable: `unit.name` is `["unit", "name"]`.
    case variable([String])
    /// `value | name(arguments…)`.
    case filter(Expression, name: String, arguments: [Expression])
    /// `not operand`.
    case not(Expression)
    /// `left operator right`.
    case binary(BinaryOperator, Expression, Expression)

    /// Every variable path the expression reads, in order of appearance.
    var variablePaths: [[String]] {
        switch self {
        case .literal: []
        case .variable(let path): [path]
        case .filter(let value, _, let arguments): value.variablePaths + arguments.flatMap(\.variablePaths)
        case .not(let operand): operand.variablePaths
        case .binary(_, let left, let right): left.variablePaths + right.variablePaths
        }
    }

    /// The dotted path of a bare variable (`unit.name`), else nil: how messages name a value.
    var path: String? {
        if case .variable(let path) = self { return path.joined(separator: ".") }
        return nil
    }

    /// Every filter name used, in order of appearance.
    var filterNames: [String] {
        switch self {
        case .literal, .variable: []
        case .filter(let value, let name, let arguments): value.filterNames + [name] + arguments.flatMap(\.filterNames)
        case .not(let operand): operand.filterNames
        case .binary(_, let left, let right): left.filterNames + right.filterNames
        }
    }
}

/// The binary operators of conditions.
public enum BinaryOperator: String, Sendable, Equatable {
    /// `and`
    case and
    /// `or`
    case or
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `in`
    case `in`
    /// `not in`
    case notIn = "not in"
}

/// What a `{% %}` tag says.
public enum Statement: Sendable, Equatable {
    /// `if condition`
    case `if`(Expression)
    /// `elif condition`
    case elif(Expression)
    /// `else`
    case `else`
    /// `endif`
    case endif
    /// `for variable in sequence`
    case `for`(variable: String, sequence: Expression)
    /// `endfor`
    case endfor
}

/// What a `{% %}` tag spans: docxtpl's prefixes.
public enum StatementScope: String, Sendable, Equatable {
    /// `{% %}`: runs within one paragraph.
    case inline = ""
    /// `{%p %}`: whole paragraphs; the paragraph holding the tag is removed.
    case paragraph = "p"
    /// `{%tr %}`: whole table rows; the row holding the tag is removed.
    case row = "tr"
    /// `{#tc #}`: the table cell holding the comment is removed.
    case cell = "tc"
}

/// One parsed tag.
public enum Tag: Sendable, Equatable {
    /// `{{ expression }}`: prints a value.
    case output(Expression)
    /// `{% statement %}`, `{%p statement %}`, `{%tr statement %}`.
    case statement(Statement, StatementScope)
    /// `{# comment #}`: removed; `{#p #}`, `{#tr #}`, `{#tc #}` remove their paragraph, row or cell.
    case comment(StatementScope)
    /// `{_{ x }_}`, `{_% if y %_}`: docxtpl's escaped delimiters, printed as `{{ x }}`, `{% if y %}`.
    case escaped(String)
}

extension Tag {
    /// Every filter name the tag uses.
    var filterNames: [String] {
        switch self {
        case .output(let expression): expression.filterNames
        case .statement(.if(let expression), _), .statement(.elif(let expression), _): expression.filterNames
        case .statement(.for(_, let sequence), _): sequence.filterNames
        case .statement, .comment, .escaped: []
        }
    }
}
