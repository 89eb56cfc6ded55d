/// A variable a template reads, for `hoso fill --list-variables`: a dotted path from the data's
/// top level, with `[]` for each list a loop goes through (`members[].name`), and every tag
/// that reads it.
package struct VariableReference: Sendable, Hashable {
    /// The path: `unit.name`, `score.groups[].criteria[].max`.
    package var path: String
    /// Where it is used, in document order.
    package var sites: [TemplateSite]

    /// A reference.
    package init(path: String, sites: [TemplateSite]) {
        self.path = path
        self.sites = sites
    }
}

/// Collects variable references from compiled blocks, resolving loop variables to the list
/// they walk.
struct VariableCollector {
    private var order: [String] = []
    private var sites: [String: [TemplateSite]] = [:]

    var references: [VariableReference] {
        order.map { VariableReference(path: $0, sites: sites[$0] ?? []) }
    }

    mutating func collect(_ blocks: [Block], loops: [String: String]) {
        var loops = loops
        for block in blocks {
            switch block {
            case .copy, .openParagraph, .closeParagraph: continue
            case .patched(_, let patches):
                for patch in patches { add(patch.expression, patch.site, loops) }
            case .element(_, let children), .fittedTable(_, let children): collect(children, loops: loops)
            case .cell(_, let tags, let children):
                for tag in tags {
                    if case .colspan(let value) = tag.directive { add(value, tag.site, loops) }
                    if case .background(let value) = tag.directive { add(value, tag.site, loops) }
                }
                collect(children, loops: loops)
            case .output(_, let expression, let site), .richOutput(_, let expression, let site),
                .paragraphOutput(_, _, let expression, let site):
                add(expression, site, loops)
            case .conditional(let branches):
                for branch in branches {
                    if let condition = branch.condition { add(condition, branch.site, loops) }
                    collect(branch.blocks, loops: loops)
                }
            case .loop(let variables, let sequence, let body, let empty, let site):
                var walked = sequence
                var filter: Expression?
                if case .select(let items, _, let condition) = sequence { (walked, filter) = (items, condition) }
                add(walked, site, loops)
                collect(empty, loops: loops)
                var inner = loops
                inner["loop"] = nil
                for variable in variables { inner[variable] = "" }
                if variables.count == 1, case .variable(let path) = walked { inner[variables[0]] = resolve(path, loops) + "[]" }
                if let filter { add(filter, site, inner) }
                collect(body, loops: inner.merging(["loop": ""]) { $1 })
            case .set(let name, let value, let site):
                // A name the template sets is the template's own, not the data's.
                add(value, site, loops)
                loops[name] = ""
            }
        }
    }

    mutating func add(_ expression: Expression, _ site: TemplateSite, _ loops: [String: String]) {
        for path in expression.variablePaths {
            if path[0] == "loop", loops["loop"] != nil { continue }
            let resolved = resolve(path, loops)
            if loops[path[0]] != nil && path.count == 1 { continue }  // the loop variable itself
            if sites[resolved] == nil { order.append(resolved) }
            if sites[resolved]?.contains(site) != true { sites[resolved, default: []].append(site) }
        }
    }

    private func resolve(_ path: [String], _ loops: [String: String]) -> String {
        if let base = loops[path[0]], !base.isEmpty {
            return ([base] + path.dropFirst()).joined(separator: ".")
        }
        return path.joined(separator: ".")
    }
}
