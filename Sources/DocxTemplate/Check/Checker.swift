import Diagnostics

/// Checks compiled blocks against data without rendering: every branch is visited, and a
/// loop's variable stands for the union of its items' fields.
struct Checker {
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    mutating func check(_ blocks: [Block], scope: Scope) {
        var scope = scope
        check(blocks, scope: &scope)
    }

    /// Checks `blocks`; a `set` among them (or in a branch or element below) changes `scope`
    /// for the blocks after it.
    private mutating func check(_ blocks: [Block], scope: inout Scope) {
        for block in blocks {
            switch block {
            case .copy, .openParagraph, .closeParagraph: continue
            case .patched(_, let patches):
                for patch in patches {
                    do {
                        let value = try Evaluator.value(patch.expression, in: scope)
                        if try ImageValue.parse(value) == nil { _ = try Evaluator.printed(value, of: patch.expression) }
                    } catch {
                        report(patch.site.diagnostic(error.message))
                    }
                }
            case .element(_, let children), .fittedTable(_, let children): check(children, scope: &scope)
            case .cell(_, let tags, let children):
                do { _ = try CellChanges(tags, in: scope) } catch { report(error.diagnostic) }
                check(children, scope: &scope)
            case .output(_, let expression, let site):
                do throws(EvaluationFailure) {
                    let value = try Evaluator.value(expression, in: scope)
                    if let subdocument = try SubdocumentValue.parse(value) {
                        throw EvaluationFailure(message: TemplateMessages.subdocumentNeedsParagraphTag(subdocument.path))
                    }
                    if try ImageValue.parse(value) == nil { _ = try Evaluator.printed(value, of: expression) }
                } catch {
                    report(site.diagnostic(error.message))
                }
            case .richOutput(_, let expression, let site):
                do throws(EvaluationFailure) {
                    for segment in try RichText.segments(of: Evaluator.value(expression, in: scope)) {
                        if let invalid = RunText.firstInvalidCharacter(in: segment.text) {
                            throw EvaluationFailure(message: TemplateMessages.unwritableCharacter(invalid, in: segment.text, of: expression))
                        }
                    }
                } catch {
                    for message in error.messages { report(site.diagnostic(message)) }
                }
            case .paragraphOutput(_, _, let expression, let site):
                do throws(EvaluationFailure) {
                    let value = try Evaluator.value(expression, in: scope)
                    if try SubdocumentValue.parse(value) != nil { continue }
                    for paragraph in try RichText.paragraphs(of: value) {
                        for segment in paragraph.segments {
                            if let invalid = RunText.firstInvalidCharacter(in: segment.text) {
                                throw EvaluationFailure(message: TemplateMessages.unwritableCharacter(invalid, in: segment.text, of: expression))
                            }
                        }
                    }
                } catch {
                    for message in error.messages { report(site.diagnostic(message)) }
                }
            case .conditional(let branches):
                for branch in branches {
                    if let condition = branch.condition {
                        do { _ = try Evaluator.condition(condition, in: scope) } catch { report(branch.site.diagnostic(error.message)) }
                    }
                    check(branch.blocks, scope: &scope)
                }
            case .loop(let variables, let sequence, let body, let empty, let site):
                check(empty, scope: scope)
                do {
                    var value = try Evaluator.value(sequence, in: scope)
                    // A loop filter's condition is checked on every item (above); the body on
                    // all of them, as an item the data filters out today may pass tomorrow.
                    if case .select(let unfiltered, _, _) = sequence { value = try Evaluator.value(unfiltered, in: scope) }
                    guard case .list(let items) = value, !items.isEmpty else { continue }
                    let item = variables.count == 1 ? Self.shape(of: items) : TemplateValue.null
                    let loop: TemplateValue = [
                        "index": 1, "index0": 0, "first": true, "last": true, "length": 1, "revindex": 1, "revindex0": 0,
                        "previtem": item, "nextitem": item,
                    ]
                    var inner = scope.adding("loop", loop)
                    if variables.count == 1 {
                        inner = inner.adding(variables[0], Self.shape(of: items))
                    } else {
                        // `for k, v in …`: each name stands for the items at its position.
                        for (position, variable) in variables.enumerated() {
                            let parts = items.compactMap { item -> TemplateValue? in
                                guard case .list(let list) = item, list.indices.contains(position) else { return nil }
                                return list[position]
                            }
                            inner = inner.adding(variable, Self.shape(of: parts))
                        }
                    }
                    check(body, scope: inner)
                } catch {
                    report(site.diagnostic(error.message))
                }
            case .set(let name, let expression, let site):
                do {
                    scope = scope.adding(name, try Evaluator.value(expression, in: scope))
                } catch {
                    report(site.diagnostic(error.message))
                    scope = scope.adding(name, .null)
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
