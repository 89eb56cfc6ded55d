import Diagnostics

/// Checks compiled blocks against data without rendering: every branch is visited, and a
/// loop's variable stands for the union of its items' fields.
struct Checker {
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    mutating func check(_ blocks: [Block], scope: Scope) {
        for block in blocks {
            switch block {
            case .copy: continue
            case .patched(_, let patches):
                for patch in patches {
                    do {
                        _ = try Evaluator.printed(Evaluator.evaluate(patch.expression, in: scope).required(), of: patch.expression)
                    } catch {
                        report(patch.site.diagnostic(error.message))
                    }
                }
            case .element(_, let children): check(children, scope: scope)
            case .output(_, let expression, let site):
                do {
                    _ = try Evaluator.printed(Evaluator.evaluate(expression, in: scope).required(), of: expression)
                } catch {
                    report(site.diagnostic(error.message))
                }
            case .conditional(let branches):
                for branch in branches {
                    if let condition = branch.condition {
                        do { _ = try Evaluator.condition(condition, in: scope) } catch { report(branch.site.diagnostic(error.message)) }
                    }
                    check(branch.blocks, scope: scope)
                }
            case .loop(let variable, let sequence, let body, let site):
                do {
                    let value = try Evaluator.evaluate(sequence, in: scope).required()
                    guard case .list(let items) = value, !items.isEmpty else { continue }
                    let loop: TemplateValue = ["index": 1, "index0": 0, "first": true, "last": true, "length": 1, "revindex": 1]
                    check(body, scope: scope.adding("loop", loop).adding(variable, Self.shape(of: items)))
                } catch {
                    report(site.diagnostic(error.message))
                }
            }
        }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// One value standing for every item: objects merge their fields (first value wins, nested
    /// objects and lists merged the same way).
    static func shape(of items: [TemplateValue]) -> TemplateValue {
        var fields: [String: [TemplateValue]] = [:]
        var order: [String] = []
        for item in items {
            guard case .object(let object) = item else { return items.first { $0 != .null } ?? .null }
            for (key, value) in object {
                if fields[key] == nil { order.append(key) }
                fields[key, default: []].append(value)
            }
        }
        var merged: [String: TemplateValue] = [:]
        for key in order {
            let values = fields[key] ?? []
            if values.allSatisfy({ if case .object = $0 { true } else { false } }) {
                merged[key] = shape(of: values)
            } else if values.allSatisfy({ if case .list = $0 { true } else { false } }) {
                let all = values.flatMap { value -> [TemplateValue] in
                    if case .list(let list) = value { return list }
                    return []
                }
                merged[key] = all.isEmpty ? .list([]) : .list([shape(of: all)])
            } else {
                merged[key] = values.first { $0 != .null } ?? .null
            }
        }
        return .object(merged)
    }
}
