import Diagnostics

/// What `if` and `for` decide, shared by both renderers so they cannot disagree.
enum ControlFlow {
    /// A statement that cannot run, and where.
    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// The branch to render: the first whose condition holds (a nil condition is `else`), or nil
    /// for none. A condition that cannot be evaluated ends the choice with its problem.
    static func chosenBranch(
        _ conditions: some Sequence<(condition: Expression?, site: TemplateSite)>, in scope: Scope
    ) throws(Failure) -> Int? {
        for (index, branch) in conditions.enumerated() {
            guard let condition = branch.condition else { return index }
            do {
                if try Evaluator.condition(condition, in: scope) { return index }
            } catch {
                throw Failure(diagnostic: branch.site.diagnostic(error.message))
            }
        }
        return nil
    }

    /// The items a `for` walks: a list, or none for null; anything else is a problem at `site`.
    static func items(of sequence: Expression, in scope: Scope, site: TemplateSite) throws(Failure) -> [TemplateValue] {
        let value: TemplateValue
        do {
            value = try Evaluator.evaluate(sequence, in: scope).required()
        } catch {
            throw Failure(diagnostic: site.diagnostic(error.message))
        }
        switch value {
        case .list(let list): return list
        case .null: return []
        default: throw Failure(diagnostic: site.diagnostic(TemplateMessages.notAList(describe(sequence), kind: value.kindName)))
        }
    }

    /// Calls `body` with the scope of each item in turn: `variable` is the item, and `loop` holds
    /// `index`, `index0`, `first`, `last`, `length` and `revindex` — or, when the body never
    /// reads it (`exposingLoop` false), is only named, so messages list the same names.
    /// One scope is updated in place from item to item rather than built for each.
    static func forEachItem(
        _ items: [TemplateValue], variable: String, exposingLoop: Bool = true, in scope: Scope, _ body: (Scope) -> Void
    ) {
        var inner = loopScope(scope, variable: variable)
        for index in items.indices {
            bind(items, at: index, into: &inner, from: scope, exposingLoop: exposingLoop)
            body(inner)
        }
    }

    /// `scope` with the two locals a loop over `variable` binds (`loop`, then the variable).
    static func loopScope(_ scope: Scope, variable: String) -> Scope {
        scope.adding("loop", .null).adding(variable, .null)
    }

    /// Binds item `index` of `items` in `inner`, made from `scope` by `loopScope`.
    static func bind(_ items: [TemplateValue], at index: Int, into inner: inout Scope, from scope: Scope, exposingLoop: Bool) {
        if exposingLoop {
            let count = items.count
            inner.replaceLocal(at: 0, from: scope, with: .object([
                "index": .number(.init(index + 1)), "index0": .number(.init(index)),
                "first": .bool(index == 0), "last": .bool(index == count - 1),
                "length": .number(.init(count)), "revindex": .number(.init(count - index)),
            ]))
        }
        inner.replaceLocal(at: 1, from: scope, with: items[index])
    }

    private static func describe(_ expression: Expression) -> String {
        if case .variable(let path) = expression { return path.joined(separator: ".") }
        return "…"
    }
}
