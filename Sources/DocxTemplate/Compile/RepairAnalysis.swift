import OOXML
import XMLCore

/// Decides, once per part, that the uncorrupt pass (`WordRepair`) can never have work to do on
/// what the part renders, whatever the data — so the part may be written without a tree.
///
/// The rules are `WordRepair`'s, in OOXML beside the repairs they mirror: which elements the repairs
/// touch (`isRepairedElement`, `holdsRepairedElement`) and what statements a container allows
/// (`allowsStatements`). Only the walk is here, because it walks the engine's compiled `Block`s,
/// which OOXML must not know (OOXML sits below the engine): it holds when the template itself
/// needs no repair, no statement body holds a repaired element (repeating one would need new ids,
/// or could empty a table), and every container's statements are allowed there.
enum RepairAnalysis {
    /// Whether every output of `blocks` (compiled from `document`) is left alone by `WordRepair`.
    static func outputNeverNeedsRepair(_ blocks: [Block], of document: XMLDocument) -> Bool {
        guard let root = document.root, !WordRepair.needsRepair(document) else { return false }
        return isSafe(blocks, in: root, insideStatement: false, containerLevel: true)
    }

    /// `blocks` are `container`'s children (`containerLevel`) or a statement body among them.
    private static func isSafe(_ blocks: [Block], in container: XMLNode, insideStatement: Bool, containerLevel: Bool) -> Bool {
        if containerLevel, blocks.contains(where: \.isStatement), !WordRepair.allowsStatements(in: container, children: blocks.map(\.templateChild)) {
            return false
        }
        for block in blocks {
            switch block {
            case .copy(let node), .patched(let node, _):
                if insideStatement && WordRepair.holdsRepairedElement(node) { return false }
            case .output, .richOutput:
                continue  // a tag run: formatting and the value only
            case .element(let node, let children):
                if insideStatement && WordRepair.isRepairedElement(node) { return false }
                if !isSafe(children, in: node, insideStatement: insideStatement, containerLevel: true) { return false }
            case .conditional(let branches):
                for branch in branches
                where !isSafe(branch.blocks, in: container, insideStatement: true, containerLevel: false) {
                    return false
                }
            case .loop(_, _, let body, let empty, _):
                if !isSafe(body, in: container, insideStatement: true, containerLevel: false) { return false }
                if !isSafe(empty, in: container, insideStatement: true, containerLevel: false) { return false }
            case .set:
                continue
            case .cell, .fittedTable, .paragraphOutput, .openParagraph, .closeParagraph:
                return false  // rebuilt on the tree (spans, merges, a recomputed grid)
            }
        }
        return true
    }
}

extension Block {
    /// Whether this is an `if`, a `for` or a `set` (which writes nothing in its place).
    fileprivate var isStatement: Bool {
        switch self {
        case .conditional, .loop, .set: true
        case .copy, .element, .patched, .output, .richOutput, .cell, .fittedTable, .paragraphOutput, .openParagraph, .closeParagraph: false
        }
    }

    /// The block as the repair rules see it: a node written once in place, or a statement.
    fileprivate var templateChild: WordRepair.TemplateChild {
        staticNode.map { .fixed($0) } ?? .statement
    }

    /// The node this block always writes (once, in place), if it is not a statement.
    fileprivate var staticNode: XMLNode? {
        switch self {
        case .copy(let node), .element(let node, _), .patched(let node, _), .output(let node, _, _), .richOutput(let node, _, _),
            .cell(let node, _, _), .fittedTable(let node, _), .paragraphOutput(let node, _, _, _):
            node
        case .conditional, .loop, .set, .openParagraph, .closeParagraph: nil
        }
    }
}
