import OOXML
import XMLCore

/// Decides, once per part, that the uncorrupt pass (`WordRepair`) can never have work to do on
/// what the part renders, whatever the data — so the part may be written without a tree. Which
/// elements the repairs touch, and which containers must end with a paragraph, `WordRepair` says
/// (`isRepairedElement`, `mustEndWithParagraph`); this walk only follows the compiled blocks.
///
/// It holds when the template itself needs no repair and statements (`if`, `for`) cannot
/// create what the repairs look at:
/// - no statement body holds a table, a header-row mark, section properties, a bookmark, a
///   drawing or a note (repeating them would need new ids, or could empty a table);
/// - a table holding row statements keeps a row outside them, and its header rows come first;
/// - a cell, header, footer or note holding paragraph statements ends with a paragraph
///   outside them; a body holding them keeps some other element outside them;
/// - paragraph statements sit in one of those containers, row statements in a table, and
///   inline statements inside a paragraph.
enum RepairAnalysis {
    /// Whether every output of `blocks` (compiled from `document`) is left alone by `WordRepair`.
    static func outputNeverNeedsRepair(_ blocks: [Block], of document: XMLDocument) -> Bool {
        guard let root = document.root, !WordRepair.needsRepair(document) else { return false }
        return isSafe(blocks, in: root, insideStatement: false, containerLevel: true)
    }

    /// `blocks` are `container`'s children (`containerLevel`) or a statement body among them.
    private static func isSafe(_ blocks: [Block], in container: XMLNode, insideStatement: Bool, containerLevel: Bool) -> Bool {
        if containerLevel, blocks.contains(where: \.isStatement), !containerAllowsStatements(container, blocks) {
            return false
        }
        for block in blocks {
            switch block {
            case .copy(let node), .patched(let node, _):
                if insideStatement && holdsRepairedElement(node) { return false }
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
            case .cell, .fittedTable, .paragraphOutput:
                return false  // rebuilt on the tree (spans, merges, a recomputed grid)
            }
        }
        return true
    }

    private static func containerAllowsStatements(_ container: XMLNode, _ blocks: [Block]) -> Bool {
        if container.isElement("tbl", namespace: Namespace.w) {
            guard let firstStatement = blocks.firstIndex(where: \.isStatement) else { return true }
            let rows = blocks.compactMap(\.staticNode).filter { $0.isElement("tr", namespace: Namespace.w) }
            let laterHeaderRow = blocks[firstStatement...].compactMap(\.staticNode).contains { node in
                !node.descendants("tblHeader", namespace: Namespace.w).isEmpty
            }
            return !rows.isEmpty && !laterHeaderRow
        }
        if container.isElement("body", namespace: Namespace.w) {
            return blocks.compactMap(\.staticNode).contains { $0.isElement && !$0.isElement("sectPr", namespace: Namespace.w) }
        }
        if WordRepair.mustEndWithParagraph(container) {
            // The last block that is an element (text between elements does not count) must be
            // a paragraph no statement can remove.
            for block in blocks.reversed() {
                guard let node = block.staticNode else { return false }
                if node.isElement { return node.isElement("p", namespace: Namespace.w) }
            }
            return false
        }
        // Inline statements: in a paragraph, or in a run-level wrapper inside one.
        if container.isElement("p", namespace: Namespace.w) { return true }
        let inlineWrappers: [StaticString] = [
            "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "ins", "moveTo", "dir", "bdo",
        ]
        return inlineWrappers.contains { container.isElement($0, namespace: Namespace.w) }
            && container.ancestor("p", namespace: Namespace.w) != nil
    }

    private static func holdsRepairedElement(_ node: XMLNode) -> Bool {
        if WordRepair.isRepairedElement(node) { return true }
        var found = false
        node.walkElements { element in
            if WordRepair.isRepairedElement(element) { found = true }
            return !found
        }
        return found
    }
}

extension Block {
    /// Whether this is an `if`, a `for` or a `set` (which writes nothing in its place).
    fileprivate var isStatement: Bool {
        switch self {
        case .conditional, .loop, .set: true
        case .copy, .element, .patched, .output, .richOutput, .cell, .fittedTable, .paragraphOutput: false
        }
    }

    /// The node this block always writes (once, in place), if it is not a statement.
    fileprivate var staticNode: XMLNode? {
        switch self {
        case .copy(let node), .element(let node, _), .patched(let node, _), .output(let node, _, _), .richOutput(let node, _, _),
            .cell(let node, _, _), .fittedTable(let node, _), .paragraphOutput(let node, _, _, _):
            node
        case .conditional, .loop, .set: nil
        }
    }
}
