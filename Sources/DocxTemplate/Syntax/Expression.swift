/// An expression inside a tag, as the parser builds it.
package indirect enum Expression: Sendable, Equatable {
    /// A literal: `"text"`, `95`, `8.5`, `true`, `none`.
    case literal(TemplateValue)
    /// A path from a variable: `unit.name` is `["unit", "name"]`; `xs[0]` and `d['k']` with a
    /// literal key are paths too (`["xs", "0"]`, `["d", "k"]`).
    case variable([String])
    /// `value | name(arguments…)`.
    case filter(Expression, name: String, arguments: [Expression])
    /// `not operand`.
    case not(Expression)
    /// `left operator right`.
    case binary(BinaryOperator, Expression, Expression)
    /// `-operand`.
    case negate(Expression)
    /// `base[key]` with a computed key (`xs[i]`), or `base.name` after one (`xs[i].name`).
    case `subscript`(Expression, Expression)
    /// `[a, b, c]`.
    case list([Expression])
    /// `then if condition else otherwise` (no `else`: nothing).
    case conditional(then: Expression, condition: Expression, otherwise: Expression?)
    /// `value is name` / `value is not name`: `defined`, `none`, `number`…; `divisibleby(3)`,
    /// `eq 2`… with their argument.
    case test(Expression, name: String, negated: Bool, argument: Expression?)
    /// `value.items()`, `value.keys()`, `value.values()`.
    case method(Expression, name: String)
    /// A call with arguments: `range(1, 5)` (no base), `loop.cycle('a', 'b')`.
    case call(Expression?, name: String, arguments: [Expression])
    /// `value[start:stop:step]`, as in Python (each part optional).
    case slice(Expression, start: Expression?, stop: Expression?, step: Expression?)
    /// A loop filter, `for variables in sequence if condition`: the items of `sequence` for which
    /// `condition` holds with `variables` bound to the item (Jinja's loop filtering).
    case select(Expression, variables: [String], condition: Expression)

    /// Every variable path the expression reads, in order of appearance.
    var variablePaths: [[String]] {
        switch self {
        case .literal: []
        case .variable(let path): [path]
        case .filter(let value, _, let arguments): value.variablePaths + arguments.flatMap(\.variablePaths)
        case .not(let operand), .negate(let operand), .method(let operand, _): operand.variablePaths
        case .test(let operand, _, _, let argument): operand.variablePaths + (argument?.variablePaths ?? [])
        case .call(let base, _, let arguments): (base?.variablePaths ?? []) + arguments.flatMap(\.variablePaths)
        case .slice(let base, let start, let stop, let step):
            base.variablePaths + [start, stop, step].flatMap { $0?.variablePaths ?? [] }
        case .binary(_, let left, let right), .subscript(let left, let right): left.variablePaths + right.variablePaths
        case .list(let items): items.flatMap(\.variablePaths)
        case .conditional(let then, let condition, let otherwise):
            then.variablePaths + condition.variablePaths + (otherwise?.variablePaths ?? [])
        case .select(let sequence, let variables, let condition):
            // The loop variables are the condition's own names, not the data's.
            sequence.variablePaths + condition.variablePaths.filter { !variables.contains($0[0]) }
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
        case .not(let operand), .negate(let operand), .method(let operand, _): operand.filterNames
        case .test(let operand, _, _, let argument): operand.filterNames + (argument?.filterNames ?? [])
        case .call(let base, _, let arguments): (base?.filterNames ?? []) + arguments.flatMap(\.filterNames)
        case .slice(let base, let start, let stop, let step):
            base.filterNames + [start, stop, step].flatMap { $0?.filterNames ?? [] }
        case .binary(_, let left, let right), .subscript(let left, let right): left.filterNames + right.filterNames
        case .list(let items): items.flatMap(\.filterNames)
        case .conditional(let then, let condition, let otherwise):
            then.filterNames + condition.filterNames + (otherwise?.filterNames ?? [])
        case .select(let sequence, _, let condition): sequence.filterNames + condition.filterNames
        }
    }
}

/// The binary operators.
package enum BinaryOperator: String, Sendable, Equatable {
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
    /// `+`: numbers added, texts or lists joined.
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`: exact decimal division.
    case divide = "/"
    /// `//`: division rounded down to a whole number.
    case floorDivide = "//"
    /// `%`: the remainder.
    case modulo = "%"
    /// `~`: both sides as text, joined.
    case concat = "~"
    /// `name = value` among a filter's arguments (`sort(attribute="name")`); the left side is
    /// the name as a string literal.
    case keyword = "="

    /// Whether the operator computes a value from two values (`+ - * / // % ~`).
    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .concat: true
        default: false
        }
    }
}

/// What a `{% %}` tag says.
package enum Statement: Sendable, Equatable {
    /// `if condition`
    case `if`(Expression)
    /// `elif condition`
    case elif(Expression)
    /// `else`
    case `else`
    /// `endif`
    case endif
    /// `for variable in sequence`, `for key, value in object.items()`
    case `for`(variables: [String], sequence: Expression)
    /// `endfor`
    case endfor
    /// `set name = value`
    case set(name: String, value: Expression)
    /// docxtpl's tags that change the table cell holding them: `colspan n`, `cellbg 'RRGGBB'`,
    /// `hm`, `vm`.
    case cell(CellDirective)
}

/// What a docxtpl cell tag does to its cell.
package enum CellDirective: Sendable, Equatable {
    /// `{% colspan n %}`: the cell spans `n` grid columns.
    case colspan(Expression)
    /// `{% cellbg 'RRGGBB' %}`: the cell's background colour.
    case background(Expression)
    /// `{% hm %}`: inside a `{%tc for %}` loop, the first copy spans every column the loop makes
    /// and the others are dropped.
    case horizontalMerge
    /// `{% vm %}`: inside a row loop, the copies merge vertically; only the first keeps its text.
    case verticalMerge
}

/// What a `{% %}` tag spans: docxtpl's prefixes.
package enum StatementScope: String, Sendable, Equatable {
    /// `{% %}`: runs within one paragraph.
    case inline = ""
    /// `{%p %}`: whole paragraphs; the paragraph holding the tag is removed.
    case paragraph = "p"
    /// `{%tr %}`: whole table rows; the row holding the tag is removed.
    case row = "tr"
    /// `{%tc %}`: whole table cells (column loops); the cell holding the tag is removed.
    case cell = "tc"
}

/// One parsed tag.
package enum Tag: Sendable, Equatable {
    /// `{{ expression }}`: prints a value.
    case output(Expression)
    /// `{{r expression }}`: prints rich text (runs with their own formatting) in place of its run.
    case richOutput(Expression)
    /// `{{p expression }}`: prints paragraphs (a list of rich texts) in place of its paragraph.
    case paragraphOutput(Expression)
    /// `{% statement %}`, `{%p statement %}`, `{%tr statement %}`.
    case statement(Statement, StatementScope)
    /// `{# comment #}`: removed; `{#p #}`, `{#tr #}`, `{#tc #}` remove their paragraph, row or cell.
    case comment(StatementScope)
    /// `{_{`, `}_}`, `{_%`, `%_}`: docxtpl's escaped delimiters, printed as `{{`, `}}`, `{%`, `%}`.
    case escaped(String)
}

extension Tag {
    /// Every filter name the tag uses.
    var filterNames: [String] {
        switch self {
        case .output(let expression), .richOutput(let expression), .paragraphOutput(let expression): expression.filterNames
        case .statement(.if(let expression), _), .statement(.elif(let expression), _): expression.filterNames
        case .statement(.for(_, let sequence), _), .statement(.set(_, let sequence), _): sequence.filterNames
        case .statement(.cell(.colspan(let value)), _), .statement(.cell(.background(let value)), _): value.filterNames
        case .statement, .comment, .escaped: []
        }
    }
}
