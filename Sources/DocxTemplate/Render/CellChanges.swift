import Diagnostics
import Foundation

/// What docxtpl's cell tags (`colspan`, `cellbg`, `hm`, `vm`) ask of one copy of a cell,
/// evaluated in the scope that copy is rendered in.
struct CellChanges {
    /// `hm` in a later iteration of its loop: the copy is dropped (the first one spans them all).
    var dropped = false
    /// Grid columns the cell spans (`colspan n`).
    var span: Int?
    /// `hm`: the cell's span is multiplied by its loop's length.
    var spanMultiplier: Int?
    /// The background colour (`cellbg`), six hexadecimal digits or `auto`.
    var fill: String?
    /// `vm`: true in its loop's first iteration (the merge starts), false after (it continues).
    var verticalMergeStarts: Bool?

    /// No change.
    init() {}

    /// The changes `tags` ask for; the first problem found, located at its tag.
    init(_ tags: [Block.CellTag], in scope: Scope) throws(ControlFlow.Failure) {
        for tag in tags {
            do throws(EvaluationFailure) {
                switch tag.directive {
                case .colspan(let expression):
                    let value = try Evaluator.value(expression, in: scope)
                    guard let span = Self.whole(value), (1...63).contains(span) else {
                        throw EvaluationFailure(message: TemplateMessages.badColumnSpan(Self.quoted(value)))
                    }
                    self.span = span
                case .background(let expression):
                    let value = try Evaluator.value(expression, in: scope)
                    guard case .string(let text) = value, let fill = Self.colour(text) else {
                        throw EvaluationFailure(message: TemplateMessages.badCellColour(Self.quoted(value)))
                    }
                    self.fill = fill
                case .horizontalMerge:
                    let (first, length) = try Self.loop(in: scope, keyword: "hm", loop: "{%tc for %}")
                    dropped = !first
                    spanMultiplier = length
                case .verticalMerge:
                    verticalMergeStarts = try Self.loop(in: scope, keyword: "vm", loop: "{%tr for %}").first
                }
            } catch {
                throw ControlFlow.Failure(diagnostic: tag.site.diagnostic(error.message))
            }
        }
    }

    /// `loop.first` and `loop.length` of the innermost loop.
    private static func loop(in scope: Scope, keyword: String, loop name: String) throws(EvaluationFailure) -> (first: Bool, length: Int) {
        guard case .object(let fields)? = scope.lookup("loop"), case .bool(let first)? = fields["first"],
            case .number(let length)? = fields["length"]
        else { throw EvaluationFailure(message: TemplateMessages.mergeOutsideLoop(keyword, loop: name)) }
        return (first, NSDecimalNumber(decimal: length).intValue)
    }

    /// A whole number given as a number or as its digits.
    private static func whole(_ value: TemplateValue) -> Int? {
        switch value {
        case .number(let number):
            var rounded = number
            var source = number
            NSDecimalRound(&rounded, &source, 0, .plain)
            guard rounded == number, abs(number) < 1_000_000 else { return nil }
            return NSDecimalNumber(decimal: number).intValue
        case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// `RRGGBB` (a leading `#` dropped, letters upper-cased) or `auto`.
    private static func colour(_ text: String) -> String? {
        if text == "auto" { return text }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        return digits.uppercased()
    }

    private static func quoted(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text): "'\(text)'"
        case .null: "null"
        case .list: "[…]"
        case .object: "{…}"
        default: value.text
        }
    }
}
