package import XMLCore

extension WordRepair {
    /// A child of a container as a template writes it: a node written once, in place, or a
    /// statement (`if`, `for`, `set`) whose output may repeat, vanish or be nothing.
    package enum TemplateChild {
        /// A node always written once, in its place.
        case fixed(XMLNode)
        /// A statement: what it writes is known only with the data.
        case statement

        var node: XMLNode? {
            if case .fixed(let node) = self { node } else { nil }
        }
    }

    /// Whether statements among `children` (the children of `container`) can never leave work for
    /// `repair`, whatever they write — the rules of the repairs for what may vary:
    /// - in a table, a row stays outside the statements and no header row follows the first one
    ///   (`removeEmptyTables`, `keepHeaderRowsLeading`);
    /// - in the body, some element other than `w:sectPr` stays outside them (`ensureParagraphs`);
    /// - a cell, header, footer or note ends with a paragraph outside them (`ensureParagraphs`);
    /// - inline statements sit in a paragraph, or in a run-level wrapper inside one.
    package static func allowsStatements(in container: XMLNode, children: [TemplateChild]) -> Bool {
        let fixed = children.compactMap(\.node)
        if container.isElement("tbl", namespace: Namespace.w) {
            guard let firstStatement = children.firstIndex(where: { $0.node == nil }) else { return true }
            let rows = fixed.filter { $0.isElement("tr", namespace: Namespace.w) }
            let laterHeaderRow = children[firstStatement...].compactMap(\.node).contains { node in
                !node.descendants("tblHeader", namespace: Namespace.w).isEmpty
            }
            return !rows.isEmpty && !laterHeaderRow
        }
        if container.isElement("body", namespace: Namespace.w) {
            return fixed.contains { $0.isElement && !$0.isElement("sectPr", namespace: Namespace.w) }
        }
        if mustEndWithParagraph(container) {
            // The last child that is an element (text between elements does not count) must be
            // a paragraph no statement can remove.
            for child in children.reversed() {
                guard let node = child.node else { return false }
                if node.isElement { return node.isElement("p", namespace: Namespace.w) }
            }
            return false
        }
        if container.isElement("p", namespace: Namespace.w) { return true }
        let inlineWrappers: [StaticString] = [
            "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "ins", "moveTo", "dir", "bdo",
        ]
        return inlineWrappers.contains { container.isElement($0, namespace: Namespace.w) }
            && container.ancestor("p", namespace: Namespace.w) != nil
    }

    /// Whether `node` is, or holds, an element the repairs remove, renumber or move
    /// (`isRepairedElement`): repeated or dropped by a statement, it may leave work for `repair`.
    package static func holdsRepairedElement(_ node: XMLNode) -> Bool {
        if isRepairedElement(node) { return true }
        var found = false
        node.walkElements { element in
            if isRepairedElement(element) { found = true }
            return !found
        }
        return found
    }
}
