import Diagnostics
import XMLCore

/// The compiled form of a part: what to copy, what to evaluate, what to repeat.
indirect enum Block {
    /// A subtree without tags: copied whole.
    case copy(XMLNode)
    /// An element with tags below it: copied without children, then its children rendered.
    case element(XMLNode, [Block])
    /// An element whose subtree holds only `{{ }}` tags: copied whole, then each tag run's text
    /// replaced (faster than rebuilding it node by node).
    case patched(XMLNode, [Patch])
    /// A run holding a `{{ }}` tag: copied with its formatting, text replaced by the value.
    case output(run: XMLNode, Expression, TemplateSite)
    /// A run holding a `{{r }}` tag: replaced by the value's runs, each starting from its formatting.
    case richOutput(run: XMLNode, Expression, TemplateSite)
    /// A paragraph holding a `{{p }}` tag: replaced by one copy per paragraph of the value,
    /// each holding that paragraph's runs (starting from the tag run's formatting).
    case paragraphOutput(paragraph: XMLNode, run: XMLNode, Expression, TemplateSite)
    /// `if` / `elif` / `else`: the first branch whose condition holds (nil: `else`).
    case conditional([Branch])
    /// `for variables in sequence` … `else` (`empty`: rendered when there is no item).
    case loop(variables: [String], sequence: Expression, body: [Block], empty: [Block], TemplateSite)
    /// A table cell changed by docxtpl's cell tags (`colspan`, `cellbg`, `hm`, `vm`), then its
    /// children rendered.
    case cell(XMLNode, [CellTag], [Block])
    /// A table whose grid columns are recomputed once rendered, as docxtpl does (column loops
    /// and spans change how many columns its rows take).
    case fittedTable(XMLNode, [Block])
    /// `set name = value`: the name holds the value from here to the end of the enclosing loop
    /// body (or of the part), as in Jinja.
    case set(name: String, value: Expression, TemplateSite)

    /// A `{{ }}` tag run inside a `.patched` element, found by child indices from it.
    struct Patch {
        var path: [Int]
        var expression: Expression
        var site: TemplateSite
    }

    /// A cell tag and where it was written.
    struct CellTag {
        var directive: CellDirective
        var site: TemplateSite
    }

    /// One branch of a conditional.
    struct Branch {
        var condition: Expression?
        var site: TemplateSite
        var blocks: [Block]
    }
}

/// Pairs statement tags among siblings into conditionals and loops.
struct BlockBuilder {
    private struct Frame {
        var scope: StatementScope
        var site: TemplateSite
        var isLoop: Bool
        var variables: [String] = []
        var sequence: Expression = .literal(.null)
        /// A loop's body once its `else` is seen (`body` then collects the `else` blocks).
        var loopBody: [Block]?
        var branches: [Block.Branch] = []
        var condition: Expression?
        var conditionSite: TemplateSite
        var body: [Block] = []
        var sawElse = false
    }

    private var root: [Block] = []
    private var frames: [Frame] = []
    /// Problems found while pairing.
    var diagnostics: [Diagnostic] = []

    mutating func append(_ block: Block) {
        if frames.isEmpty { root.append(block) } else { frames[frames.count - 1].body.append(block) }
    }

    mutating func handle(_ statement: Statement, scope: StatementScope, site: TemplateSite) {
        let prefix = scope == .inline ? "{% " : "{%\(scope.rawValue) "
        switch statement {
        case .if(let condition):
            frames.append(Frame(scope: scope, site: site, isLoop: false, condition: condition, conditionSite: site))
        case .for(let variables, let sequence):
            frames.append(Frame(scope: scope, site: site, isLoop: true, variables: variables, sequence: sequence, conditionSite: site))
        case .set(let name, let value):
            append(.set(name: name, value: value, site))
        case .cell:
            break  // attached to their cell by `PartTemplate`
        case .elif(let condition):
            guard var frame = open(closer: "\(prefix)elif %}", opener: "\(prefix)if %}", scope: scope, site: site, loop: false) else { return }
            guard !frame.sawElse else { return diagnose(site, TemplateMessages.elseAfterElse) }
            frame.branches.append(Block.Branch(condition: frame.condition, site: frame.conditionSite, blocks: frame.body))
            frame.condition = condition
            frame.conditionSite = site
            frame.body = []
            frames[frames.count - 1] = frame
        case .else where frames.last?.isLoop == true && frames.last?.scope == scope:
            var frame = frames[frames.count - 1]
            guard frame.loopBody == nil else { return diagnose(site, TemplateMessages.elseAfterElse) }
            frame.loopBody = frame.body
            frame.body = []
            frames[frames.count - 1] = frame
        case .else:
            guard var frame = open(closer: "\(prefix)else %}", opener: "\(prefix)if %}", scope: scope, site: site, loop: false) else { return }
            guard !frame.sawElse else { return diagnose(site, TemplateMessages.elseAfterElse) }
            frame.branches.append(Block.Branch(condition: frame.condition, site: frame.conditionSite, blocks: frame.body))
            frame.condition = nil
            frame.conditionSite = site
            frame.body = []
            frame.sawElse = true
            frames[frames.count - 1] = frame
        case .endif:
            guard var frame = open(closer: "\(prefix)endif %}", opener: "\(prefix)if %}", scope: scope, site: site, loop: false) else { return }
            frames.removeLast()
            frame.branches.append(Block.Branch(condition: frame.condition, site: frame.conditionSite, blocks: frame.body))
            append(.conditional(frame.branches))
        case .endfor:
            guard let frame = open(closer: "\(prefix)endfor %}", opener: "\(prefix)for %}", scope: scope, site: site, loop: true) else { return }
            frames.removeLast()
            append(
                .loop(
                    variables: frame.variables, sequence: frame.sequence, body: frame.loopBody ?? frame.body,
                    empty: frame.loopBody == nil ? [] : frame.body, frame.site))
        }
    }

    /// The innermost open frame if `closer` may close it; a diagnostic otherwise.
    private mutating func open(closer: String, opener: String, scope: StatementScope, site: TemplateSite, loop: Bool) -> Frame? {
        guard let frame = frames.last else {
            // Inline tags pair within one paragraph: the opener is most likely in an earlier one.
            diagnose(
                site, scope == .inline ? TemplateMessages.inlineUnmatched(closer, opener: opener) : TemplateMessages.unmatched(closer, opener: opener)
            )
            return nil
        }
        if frame.isLoop != loop {
            if !loop && frame.isLoop && (closer.contains("else") || closer.contains("elif")) {
                diagnose(site, TemplateMessages.elseInFor)
            } else {
                diagnose(site, TemplateMessages.unmatched(closer, opener: opener))
            }
            return nil
        }
        if frame.scope != scope {
            diagnose(site, TemplateMessages.scopeMismatch(closer, opener: frame.site.tag))
            return nil
        }
        return frame
    }

    private mutating func diagnose(_ site: TemplateSite, _ message: LocalizedText) {
        diagnostics.append(site.diagnostic(message))
    }

    /// The blocks, reporting every tag left open.
    mutating func finish() -> [Block] {
        for frame in frames {
            if frame.scope == .inline {
                diagnose(frame.site, TemplateMessages.inlineUnclosed(isLoop: frame.isLoop))
                continue
            }
            let prefix = "{%\(frame.scope.rawValue) "
            diagnose(frame.site, TemplateMessages.unclosed(prefix + (frame.isLoop ? "endfor %}" : "endif %}")))
        }
        frames.removeAll()
        return root
    }
}
