import Diagnostics
import OOXML
import XMLCore

/// docxtpl's `{%- … %}` and `{% … -%}`: a tag that joins the text before it (or after it) even
/// when that text is in another paragraph.
///
/// docxtpl deletes the markup between the tag and the nearest text (`w:t`) before it, or after
/// it: the paragraph edges, the second paragraph's properties, empty paragraphs in between. Here
/// the same happens on the tree: the nodes between go, and the second paragraph's remaining
/// content moves into the first, which keeps its own properties. Unlike docxtpl, the text beside
/// the tag keeps its own formatting, and a merge across a table, cell or text-box edge is an error
/// rather than broken markup.
struct ParagraphMerger {
    /// Every `w:t` of the part in document order (merging removes none).
    private let texts: [XMLNode]
    private let positions: [XMLNode: Int]

    /// The merger of the part under `root`; `ignoring` holds texts that are not there once
    /// rendered (comments), which a tag never joins.
    init(root: XMLNode, ignoring: Set<XMLNode>) {
        texts = root.descendants("t", namespace: Namespace.w).filter { !ignoring.contains($0) }
        var positions: [XMLNode: Int] = [:]
        for (index, text) in texts.enumerated() { positions[text] = index }
        self.positions = positions
    }

    /// Joins the tag alone in `run` to the text before it (`{%-`); a message when it cannot.
    func mergeWithPrevious(_ run: XMLNode) -> LocalizedText? {
        guard let own = run.firstChild("t", namespace: Namespace.w), let index = positions[own], index > 0,
            let previousRun = texts[index - 1].parent
        else { return nil }
        return join(previousRun, run, after: texts[index - 1], before: nil)
    }

    /// Joins the tag alone in `run` to the text after it (`-%}`); a message when it cannot.
    func mergeWithNext(_ run: XMLNode) -> LocalizedText? {
        guard let own = run.firstChild("t", namespace: Namespace.w), let index = positions[own], index + 1 < texts.count,
            let nextRun = texts[index + 1].parent
        else { return nil }
        return join(run, nextRun, after: nil, before: texts[index + 1])
    }

    /// Removes what lies between `first` and `second` (runs, `first` earlier in the document):
    /// the rest of `first` after its text `after`, what precedes the text `before` in `second`
    /// (its `w:rPr` stays), and every node between them; then moves the rest of the second
    /// paragraph into the first.
    private func join(_ first: XMLNode, _ second: XMLNode, after: XMLNode?, before: XMLNode?) -> LocalizedText? {
        let firstChain = ancestry(first)
        let secondChain = ancestry(second)
        let secondSet = Set(secondChain)
        guard let commonIndex = firstChain.firstIndex(where: secondSet.contains), commonIndex > 0,
            let secondIndex = secondChain.firstIndex(of: firstChain[commonIndex]), secondIndex > 0
        else { return nil }
        let common = firstChain[commonIndex]
        let firstTop = firstChain[commonIndex - 1]
        let secondTop = secondChain[secondIndex - 1]
        let sameParagraph = common.isElement("p", namespace: Namespace.w)
        guard sameParagraph || (firstTop.isElement("p", namespace: Namespace.w) && secondTop.isElement("p", namespace: Namespace.w)) else {
            return TemplateMessages.mergeAcrossEdge
        }
        if let after {
            while let extra = after.nextSibling { extra.remove() }
        }
        if let before {
            var node = before.previousSibling
            while let extra = node {
                node = extra.previousSibling
                if !extra.isElement("rPr", namespace: Namespace.w) { extra.remove() }
            }
        }
        for level in 0..<(commonIndex - 1) {
            while let extra = firstChain[level].nextSibling { extra.remove() }
        }
        for level in 0..<(secondIndex - 1) {
            while let extra = secondChain[level].previousSibling { extra.remove() }
        }
        while let extra = firstTop.nextSibling, extra != secondTop { extra.remove() }
        guard !sameParagraph else { return nil }
        while let moved = secondTop.firstChild { firstTop.append(moved) }
        secondTop.remove()
        return nil
    }

    /// `node`, its parent, and so on up to the root.
    private func ancestry(_ node: XMLNode) -> [XMLNode] {
        var chain = [node]
        var current = node.parent
        while let parent = current {
            chain.append(parent)
            current = parent.parent
        }
        return chain
    }
}
