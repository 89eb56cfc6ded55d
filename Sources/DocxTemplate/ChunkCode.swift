/// A part's chunks flattened into one list of plain operations over one pool of bytes, for
/// `ChunkRenderer`: a step is a few integers (no reference to retain and release), serialized
/// XML is a range of the pool, and `if` and `for` are jumps. Built once per part when the
/// template is parsed.
struct ChunkCode {
    /// One step. Positions (`next`, `end`, `start`) index `operations`.
    enum Operation {
        /// Write `count` bytes of the pool from `start`.
        case bytes(start: Int, count: Int)
        /// Write the value of expression `expression` (its site has the same index) as run content.
        case value(expression: Int)
        /// Write an element's start tag (pool bytes, without its `>`) and `>`, remembering where
        /// its content starts.
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
    }

    /// What a `for` binds.
    struct Loop {
        var variable: String
        /// Whether the body reads `loop` (else it is only named).
        var exposesLoop: Bool
    }

    private(set) var operations: [Operation] = []
    private(set) var pool: [UInt8] = []
    private(set) var expressions: [Expression] = []
    private(set) var sites: [TemplateSite] = []
    private(set) var loops: [Loop] = []
    /// The first operation bytes may still be merged into: one that a jump lands on, or after,
    /// never before it (a step before a jump's target must not grow past it).
    private var mergeableFrom = 0

    /// `chunks` flattened.
    init(_ chunks: [Chunk]) {
        emit(chunks)
    }

    private mutating func emit(_ chunks: [Chunk]) {
        for chunk in chunks {
            switch chunk {
            case .bytes(let bytes):
                let start = pool.count
                pool += bytes
                // Bytes right after bytes (the end of a branch's body, say) extend the same step.
                if operations.count - 1 >= mergeableFrom, case .bytes(let previousStart, let count)? = operations.last,
                   previousStart + count == start {
                    operations[operations.count - 1] = .bytes(start: previousStart, count: count + bytes.count)
                } else {
                    operations.append(.bytes(start: start, count: bytes.count))
                }
            case .value(let expression, let site):
                operations.append(.value(expression: add(expression, site)))
            case .element(let open, let close, let content):
                operations.append(.open(start: pool.count, count: open.count))
                pool += open
                emit(content)
                operations.append(.close(start: pool.count, count: close.count))
                pool += close
            case .conditional(let branches):
                var tests: [Int] = []
                var exits: [Int] = []
                for branch in branches {
                    if let condition = branch.condition {
                        tests.append(operations.count)
                        operations.append(.branch(expression: add(condition, branch.site), next: -1, end: -1))
                        emit(branch.body)
                        exits.append(operations.count)
                        operations.append(.jump(target: -1))
                        patch(tests.last!, next: operations.count)
                    } else {
                        emit(branch.body)  // `else`: always the last branch
                    }
                }
                let end = operations.count
                mergeableFrom = end
                for test in tests { patch(test, end: end) }
                for exit in exits { operations[exit] = .jump(target: end) }
            case .loop(let variable, let sequence, let body, let exposesLoop, let site):
                let start = operations.count
                let loop = loops.count
                loops.append(Loop(variable: variable, exposesLoop: exposesLoop))
                let expression = add(sequence, site)
                operations.append(.loopStart(loop: loop, expression: expression, end: -1))
                emit(body)
                operations.append(.loopEnd(start: start))
                mergeableFrom = operations.count
                operations[start] = .loopStart(loop: loop, expression: expression, end: operations.count)
            }
        }
    }

    private mutating func add(_ expression: Expression, _ site: TemplateSite) -> Int {
        expressions.append(expression)
        sites.append(site)
        return expressions.count - 1
    }

    private mutating func patch(_ index: Int, next: Int? = nil, end: Int? = nil) {
        guard case .branch(let expression, let oldNext, let oldEnd) = operations[index] else { return }
        operations[index] = .branch(expression: expression, next: next ?? oldNext, end: end ?? oldEnd)
    }
}
