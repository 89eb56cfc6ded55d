import Diagnostics
import Foundation

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
            value = try Evaluator.value(sequence, in: scope)
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
    /// `index`, `index0`, `first`, `last`, `length`, `revindex`, `revindex0`, `previtem` (not on
    /// the first item) and `nextitem` (not on the last) — or, when the body never
    /// reads it (`exposingLoop` false), is only named, so messages list the same names.
    /// One scope is updated in place from item to item rather than built for each.
    static func forEachItem(
        _ items: [TemplateValue], variables: [String], exposingLoop: Bool = true, in scope: Scope, _ body: (Scope) -> Void
    ) {
        var inner = loopScope(scope, variables: variables)
        for index in items.indices {
            bind(items, at: index, into: &inner, from: scope, variables: variables.count, exposingLoop: exposingLoop)
            body(inner)
        }
    }

    /// `scope` with the locals a loop over `variables` binds (`loop`, then each variable).
    static func loopScope(_ scope: Scope, variables: [String]) -> Scope {
        var inner = scope.adding("loop", .null)
        for variable in variables { inner = inner.adding(variable, .null) }
        return inner
    }

    /// Binds item `index` of `items` in `inner`, made from `scope` by `loopScope` with
    /// `variables` names: one name takes the item, several take its items in turn (`for k, v in
    /// d.items()`; missing ones are null). Locals a `set` added in the body are dropped.
    static func bind(_ items: [TemplateValue], at index: Int, into inner: inout Scope, from scope: Scope, variables: Int, exposingLoop: Bool) {
        inner.locals.removeSubrange((scope.locals.count + 1 + variables)...)
        if exposingLoop {
            let count = items.count
            var loop: [String: TemplateValue] = [
                "index": .number(.init(index + 1)), "index0": .number(.init(index)),
                "first": .bool(index == 0), "last": .bool(index == count - 1),
                "length": .number(.init(count)), "revindex": .number(.init(count - index)),
                "revindex0": .number(.init(count - index - 1)),
            ]
            if index > 0 { loop["previtem"] = items[index - 1] }
            if index + 1 < count { loop["nextitem"] = items[index + 1] }
            inner.replaceLocal(at: 0, from: scope, with: .object(loop))
        }
        if variables == 1 {
            inner.replaceLocal(at: 1, from: scope, with: items[index])
        } else {
            let parts: [TemplateValue] = if case .list(let list) = items[index] { list } else { [items[index]] }
            for position in 0..<variables {
                inner.replaceLocal(at: 1 + position, from: scope, with: parts.indices.contains(position) ? parts[position] : .null)
            }
        }
    }

    private static func describe(_ expression: Expression) -> String {
        if case .variable(let path) = expression { return path.joined(separator: ".") }
        if case .select(let sequence, _, _) = expression { return describe(sequence) }
        return "…"
    }
}
