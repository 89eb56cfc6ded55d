import Foundation

/// What a template may call: `range(…)`, `loop.cycle(…)`, and slices `x[1:3]`.
enum JinjaFunctions {
    /// The longest list `range` makes (Jinja's sandbox limit).
    static let maxRange = 100_000

    /// `range(stop)`, `range(start, stop)`, `range(start, stop, step)`, as in Python.
    static func range(_ arguments: [TemplateValue]) throws(EvaluationFailure) -> TemplateValue {
        var whole: [Int] = []
        for argument in arguments {
            guard case .number(let number) = argument, let value = Arithmetic.whole(number) else {
                throw EvaluationFailure(message: TemplateMessages.rangeArguments())
            }
            whole.append(value)
        }
        let (start, stop, step): (Int, Int, Int)
        switch whole.count {
        case 1: (start, stop, step) = (0, whole[0], 1)
        case 2: (start, stop, step) = (whole[0], whole[1], 1)
        case 3: (start, stop, step) = (whole[0], whole[1], whole[2])
        default: throw EvaluationFailure(message: TemplateMessages.rangeArguments())
        }
        guard step != 0 else { throw EvaluationFailure(message: TemplateMessages.rangeArguments()) }
        let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
        guard count <= maxRange else { throw EvaluationFailure(message: TemplateMessages.rangeTooLong(count)) }
        return .list((0..<count).map { .number(Decimal(start + $0 * step)) })
    }

    /// `loop.cycle(a, b, …)`: the argument at the loop's position, round and round.
    static func cycle(_ loop: TemplateValue, name: String, _ arguments: [TemplateValue]) throws(EvaluationFailure) -> TemplateValue {
        guard case .object(let fields) = loop, case .number(let position)? = fields["index0"], let index = Arithmetic.whole(position),
            !arguments.isEmpty
        else { throw EvaluationFailure(message: TemplateMessages.cycleOutsideLoop) }
        return arguments[index % arguments.count]
    }

    /// `value[start:stop:step]` of a list or a text, as Python slices (negative positions from
    /// the end, bounds clamped).
    static func slice(
        _ value: TemplateValue, _ start: TemplateValue?, _ stop: TemplateValue?, _ step: TemplateValue?
    ) throws(EvaluationFailure) -> TemplateValue {
        func whole(_ bound: TemplateValue?) throws(EvaluationFailure) -> Int? {
            guard let bound, bound != .null else { return nil }
            guard case .number(let number) = bound, let value = Arithmetic.whole(number) else {
                throw EvaluationFailure(message: TemplateMessages.sliceArguments)
            }
            return value
        }
        let items: [TemplateValue]
        switch value {
        case .list(let list): items = list
        case .string(let text): items = text.map { .string(String($0)) }
        default: throw EvaluationFailure(message: TemplateMessages.sliceArguments)
        }
        let stride = try whole(step) ?? 1
        guard stride != 0 else { throw EvaluationFailure(message: TemplateMessages.sliceArguments) }
        let count = items.count
        func clamp(_ index: Int?, _ fallback: Int) -> Int {
            guard var index else { return fallback }
            if index < 0 { index += count }
            return stride > 0 ? min(max(index, 0), count) : min(max(index, -1), count - 1)
        }
        var picked: [TemplateValue] = []
        var index = clamp(try whole(start), stride > 0 ? 0 : count - 1)
        let end = clamp(try whole(stop), stride > 0 ? count : -1)
        while stride > 0 ? index < end : index > end {
            picked.append(items[index])
            index += stride
        }
        if case .string = value { return .string(picked.map(\.text).joined()) }
        return .list(picked)
    }
}
