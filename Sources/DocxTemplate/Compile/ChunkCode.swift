/// A part compiled to bytes, for `ChunkRenderer`: one list of plain operations over one pool
/// of serialized XML, written by `ChunkCompiler` straight from the part's blocks. A step is a
/// few integers (nothing to retain and release), XML copied as it is is a range of the pool, and
/// `if` and `for` are jumps.
struct ChunkCode {
    /// One step. Positions (`next`, `end`, `start`) index `operations`.
    enum Operation {
        /// Write `count` bytes of the pool from `start`.
        case bytes(start: Int, count: Int)
        /// Write the value of expression `expression` (its site has the same index) as run content.
        case value(expression: Int)
        /// Write an element's start tag (pool bytes, ending with `>`), remembering where its
        /// content starts.
        case open(start: Int, count: Int)
        /// End the element opened last: `/>` in place of `>` when no content was written (as
        /// libxml2 writes an empty element), else its end tag (pool bytes).
        case close(start: Int, count: Int)
        /// Evaluate condition `expression`: go on when it holds, else go to `next`; when it cannot
        /// be evaluated, report it and go to `end` (nothing of the `if` is written).
        case branch(expression: Int, next: Int, end: Int)
        /// Go to `target`.
        case jump(target: Int)
        /// Start `for` number `loop` over the list of expression `expression`: bind its first
        /// item and go on, or go to `end` when there is none (or the list cannot be evaluated).
        case loopStart(loop: Int, expression: Int, end: Int)
        /// Bind the next item of the innermost loop and go back to just after `start`, or end it.
        case loopEnd(start: Int)
        /// Bind name `name` to the value of expression `expression` from here on.
        case set(expression: Int, name: Int)
    }

    /// What a `for` binds.
    struct Loop {
        var variables: [String]
        /// Whether the body reads `loop` (else it is only named).
        var exposesLoop: Bool
    }

    /// Where an element opened by `openElement` starts, for `closeElement`.
    struct OpenElement {
        fileprivate var operation: Int
        fileprivate var poolStart: Int
    }

    /// The steps, in order.
    private(set) var operations: [Operation] = []
    /// The bytes the steps copy.
    var pool: [UInt8] = []
    /// The expressions of values, conditions and loops, by index.
    private(set) var expressions: [Expression] = []
    /// Where each expression's tag is, by the same index.
    private(set) var sites: [TemplateSite] = []
    /// The loops, by index.
    private(set) var loops: [Loop] = []
    /// The names `set` binds, by index.
    private(set) var names: [String] = []
    /// The first operation bytes may still be merged into: a jump may land on it, so nothing
    /// before it may grow past it.
    private var mergeableFrom = 0

    // MARK: Writing the code

    /// Counts the pool bytes appended since `poolStart` as bytes to write, joined to the step
    /// before when that one writes the bytes just before them.
    mutating func addBytes(from poolStart: Int) {
        let count = pool.count - poolStart
        guard count > 0 else { return }
        if operations.count - 1 >= mergeableFrom, case .bytes(let start, let previous)? = operations.last,
            start + previous == poolStart
        {
            operations[operations.count - 1] = .bytes(start: start, count: previous + count)
        } else {
            operations.append(.bytes(start: poolStart, count: count))
        }
    }

    /// Appends `bytes` to write.
    mutating func addBytes(_ bytes: some Collection<UInt8>) {
        let start = pool.count
        pool += bytes
        addBytes(from: start)
    }

    /// A value to write.
    mutating func addValue(_ expression: Expression, _ site: TemplateSite) {
        operations.append(.value(expression: add(expression, site)))
    }

    /// Starts an element whose start tag (ending with `>`) the caller has just appended to the
    /// pool from `poolStart`.
    mutating func openElement(from poolStart: Int) -> OpenElement {
        operations.append(.open(start: poolStart, count: pool.count - poolStart))
        return OpenElement(operation: operations.count - 1, poolStart: poolStart)
    }

    /// Ends `element`, whose end tag the caller has just appended to the pool from `poolStart`.
    /// An element whose content is fixed becomes bytes: `<x/>` when it has none (as libxml2
    /// writes it), else its start tag, content and end tag.
    mutating func closeElement(_ element: OpenElement, endTagFrom poolStart: Int) {
        let added = operations.count - 1 - element.operation
        if added == 0 {
            // No content: drop the end tag and the start tag's ">", write "/>".
            pool.removeSubrange((poolStart - 1)...)
            pool += Self.emptyElementEnd
            operations.removeLast()
            addBytes(from: element.poolStart)
        } else if added == 1, case .bytes(let start, let count) = operations[operations.count - 1],
            start + count == poolStart
        {
            operations.removeLast(2)
            addBytes(from: element.poolStart)
        } else {
            operations.append(.close(start: poolStart, count: pool.count - poolStart))
        }
    }

    /// Starts a loop over `sequence`; returns the position of its first step.
    mutating func openLoop(_ variables: [String], _ sequence: Expression, _ site: TemplateSite) -> Int {
        loops.append(Loop(variables: variables, exposesLoop: false))
        operations.append(.loopStart(loop: loops.count - 1, expression: add(sequence, site), end: -1))
        return operations.count - 1
    }

    /// Ends the loop started at `start`, after its body. With an `else`, a jump over the `else`
    /// blocks follows the loop (which goes to them when it has no item); its position is
    /// returned for `closeElse`.
    @discardableResult
    mutating func closeLoop(at start: Int, withElse: Bool = false) -> Int {
        guard case .loopStart(let loop, let expression, _) = operations[start] else { return start }
        operations.append(.loopEnd(start: start))
        if withElse { operations.append(.jump(target: -1)) }
        operations[start] = .loopStart(loop: loop, expression: expression, end: operations.count)
        mergeableFrom = operations.count
        defer { markLoopReads(loop, after: expression) }
        return operations.count - 1
    }

    /// Ends the `else` blocks of a loop whose jump over them is at `exit`.
    mutating func closeElse(_ exit: Int) {
        operations[exit] = .jump(target: operations.count)
        mergeableFrom = operations.count
    }

    /// A `set` of `name` to `value`.
    mutating func addSet(_ name: String, _ value: Expression, _ site: TemplateSite) {
        names.append(name)
        operations.append(.set(expression: add(value, site), name: names.count - 1))
    }

    private mutating func markLoopReads(_ loop: Int, after expression: Int) {
        // The body reads `loop` when one of its expressions (values, conditions, nested loops) does.
        loops[loop].exposesLoop = expressions[(expression + 1)...].contains { expression in
            expression.variablePaths.contains { $0.first == "loop" }
        }
    }

    /// Starts a branch of a conditional, taken when `condition` holds; returns its position.
    mutating func openBranch(_ condition: Expression, _ site: TemplateSite) -> Int {
        operations.append(.branch(expression: add(condition, site), next: -1, end: -1))
        return operations.count - 1
    }

    /// Ends the body of the branch at `branch`; returns the position of its jump to the end.
    mutating func closeBranch(at branch: Int) -> Int {
        operations.append(.jump(target: -1))
        guard case .branch(let expression, _, _) = operations[branch] else { return operations.count - 1 }
        operations[branch] = .branch(expression: expression, next: operations.count, end: -1)
        return operations.count - 1
    }

    /// Ends a conditional whose branches start at `branches` and jump to the end from `exits`.
    mutating func closeConditional(branches: [Int], exits: [Int]) {
        let end = operations.count
        mergeableFrom = end
        for branch in branches {
            if case .branch(let expression, let next, _) = operations[branch] {
                operations[branch] = .branch(expression: expression, next: next, end: end)
            }
        }
        for exit in exits { operations[exit] = .jump(target: end) }
    }

    private mutating func add(_ expression: Expression, _ site: TemplateSite) -> Int {
        expressions.append(expression)
        sites.append(site)
        return expressions.count - 1
    }

    private static let emptyElementEnd = Array("/>".utf8)
}
