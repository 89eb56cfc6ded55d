package import XMLCore

/// The "uncorrupt" pass run on every rendered WordprocessingML part, so that loops and
/// conditions never leave a file Word or LibreOffice refuses:
/// rows without cells and tables without rows are removed; every cell, header, footer and note
/// ends with a paragraph; the body ends with its one `w:sectPr`; drawing (`wp:docPr/@id`) and
/// bookmark ids (and bookmark names) are unique; "repeat as header row" marks stay on the
/// leading rows only.
package enum WordRepair {
    /// Repairs `document` in place; returns whether anything had to change.
    @discardableResult
    package static func repair(_ document: XMLDocument) -> Bool {
        run(on: document, checkOnly: false)
    }

    /// Whether `repair` would change `document`, which is left as it is.
    package static func needsRepair(_ document: XMLDocument) -> Bool {
        run(on: document, checkOnly: true)
    }

    /// One repair of the pass, in the order the pass runs them (`allCases`). A new repair is a new
    /// case: `WordRepairRuleTests` then fails to compile until it has an example.
    package enum Rule: String, CaseIterable, Sendable {
        /// Rows without cells are removed; a table left without rows is removed.
        case removeEmptyTables
        /// "Repeat as header row" marks stay on the leading rows only.
        case keepHeaderRowsLeading
        /// Every cell, header, footer and note ends with a paragraph; the body holds one.
        case ensureParagraphs
        /// The body ends with its one `w:sectPr`.
        case fixSectionProperties
        /// Drawing ids (`wp:docPr/@id`) are unique.
        case renumberDrawings
        /// Bookmark ids and names are unique, each end following its start.
        case renumberBookmarks
    }

    /// Applies `rule` alone to `document`; returns whether it changed anything.
    @discardableResult
    package static func apply(_ rule: Rule, to document: XMLDocument) -> Bool {
        guard let root = document.root else { return false }
        return apply(rule, Elements(root), root: root, document: document, checkOnly: false)
    }

    /// Each repair, in order; with `checkOnly`, each returns true at the first change it would
    /// make instead of making it (the later repairs then need not run: the answer is known).
    private static func run(on document: XMLDocument, checkOnly: Bool) -> Bool {
        guard let root = document.root else { return false }
        let elements = Elements(root)
        var changed = false
        for rule in Rule.allCases {
            changed = apply(rule, elements, root: root, document: document, checkOnly: checkOnly) || changed
            if changed && checkOnly { return true }
        }
        return changed
    }

    /// One repair over the elements gathered from `root`.
    private static func apply(_ rule: Rule, _ elements: Elements, root: XMLNode, document: XMLDocument, checkOnly: Bool) -> Bool {
        switch rule {
        case .removeEmptyTables: removeEmptyTables(elements.tables, checkOnly)
        case .keepHeaderRowsLeading: keepHeaderRowsLeading(elements.tables, checkOnly)
        case .ensureParagraphs: ensureParagraphs(elements, root: root, document: document, checkOnly)
        case .fixSectionProperties: fixSectionProperties(in: root, checkOnly)
        case .renumberDrawings: renumberDrawings(elements.drawings, checkOnly)
        case .renumberBookmarks: renumberBookmarks(elements.bookmarks, checkOnly)
        }
    }

    /// Repairs `nodes` — what a loop just rendered into a table — as `repair` will repair the
    /// document, so that they can be replaced by their markup (`XMLDocument.replaceWithMarkup`)
    /// before the document is finished; `repair` then counts such markup as rows that are not
    /// header rows. Returns false, changing nothing, when the nodes hold what only a repair of the
    /// whole document may settle: drawings or bookmarks (numbered across the document), a
    /// "repeat as header row" mark, a row without cells, or an element that is not a row.
    package static func repairRowsForMarkup(_ nodes: [XMLNode], in document: XMLDocument) -> Bool {
        var tables: [XMLNode] = []
        var cells: [XMLNode] = []
        for node in nodes where node.isElement {
            guard node.isElement("tr", namespace: Namespace.w),
                node.elementChildren.contains(where: { $0.isElement("tc", namespace: Namespace.w) || $0.isElement("sdt", namespace: Namespace.w) }),
                !isHeaderRow(node)
            else { return false }
            let elements = Elements(node)
            guard elements.drawings.isEmpty, elements.bookmarks.isEmpty, elements.notes.isEmpty else { return false }
            tables += elements.tables
            cells += elements.cells
        }
        _ = removeEmptyTables(tables, false)
        _ = keepHeaderRowsLeading(tables, false)
        _ = ensureParagraphs(in: cells, document: document, false)
        return true
    }

    /// Whether `node` is an element the repairs remove, renumber or move: a table or its "repeat as
    /// header row" mark, section properties, a bookmark, a note or a drawing's `wp:docPr`. Output
    /// that repeats or drops one of them may leave work for `repair` (see DocxTemplate's
    /// `RepairAnalysis`, which decides from these rules when a part can be written without a tree).
    package static func isRepairedElement(_ node: XMLNode) -> Bool {
        let names: [StaticString] = ["tbl", "tblHeader", "sectPr", "bookmarkStart", "bookmarkEnd", "footnote", "endnote"]
        return names.contains { node.isElement($0, namespace: Namespace.w) } || node.isElement("docPr", namespace: Namespace.wp)
    }

    /// Whether `repair` makes `node` end with a paragraph: a cell, a header, a footer or a note.
    package static func mustEndWithParagraph(_ node: XMLNode) -> Bool {
        let names: [StaticString] = ["tc", "hdr", "ftr", "footnote", "endnote"]
        return names.contains { node.isElement($0, namespace: Namespace.w) }
    }

    /// The elements the repairs look at, gathered in one walk (document order).
    private struct Elements {
        var tables: [XMLNode] = []
        var cells: [XMLNode] = []
        var notes: [XMLNode] = []
        var drawings: [XMLNode] = []
        var bookmarks: [(node: XMLNode, isStart: Bool)] = []

        init(_ root: XMLNode) {
            root.walkElements { node in
                // Property elements and text hold none of what the repairs look for.
                if node.isElement("rPr", namespace: Namespace.w) || node.isElement("t", namespace: Namespace.w)
                    || node.isElement("pPr", namespace: Namespace.w) || node.isElement("tcPr", namespace: Namespace.w)
                {
                    return false
                }
                if node.isElement("tc", namespace: Namespace.w) {
                    cells.append(node)
                } else if node.isElement("tbl", namespace: Namespace.w) {
                    tables.append(node)
                } else if node.isElement("bookmarkStart", namespace: Namespace.w) {
                    bookmarks.append((node, true))
                } else if node.isElement("bookmarkEnd", namespace: Namespace.w) {
                    bookmarks.append((node, false))
                } else if node.isElement("docPr", namespace: Namespace.wp) {
                    drawings.append(node)
                } else if node.isElement("footnote", namespace: Namespace.w) || node.isElement("endnote", namespace: Namespace.w) {
                    notes.append(node)
                }
                return true
            }
        }
    }

    private static func removeEmptyTables(_ tables: [XMLNode], _ checkOnly: Bool) -> Bool {
        var changed = false
        // Innermost first: removing a nested table may empty nothing above it, but its cell then
        // needs a paragraph, which ensureParagraphs adds.
        for table in tables.reversed() {
            var rows = 0
            for child in table.children where child.isElement || child.isMarkup {
                if child.isMarkup {
                    rows += 1  // rows already repaired and serialized, all with cells
                } else if child.isElement("tr", namespace: Namespace.w) {
                    let cells = child.elementChildren.filter {
                        $0.isElement("tc", namespace: Namespace.w) || $0.isElement("sdt", namespace: Namespace.w)
                    }
                    if cells.isEmpty {
                        if checkOnly { return true }
                        child.remove()
                        changed = true
                    } else {
                        rows += 1
                    }
                } else if child.isElement("sdt", namespace: Namespace.w) || child.isElement("customXml", namespace: Namespace.w) {
                    rows += 1
                }
            }
            if rows == 0 {
                if checkOnly { return true }
                table.remove()
                changed = true
            }
        }
        return changed
    }

    private static func keepHeaderRowsLeading(_ tables: [XMLNode], _ checkOnly: Bool) -> Bool {
        var changed = false
        for table in tables where table.parent != nil {
            var leading = true
            for row in table.children {
                if row.isMarkup { leading = false }  // serialized rows are never header rows
                guard row.isElement("tr", namespace: Namespace.w) else { continue }
                let mark = headerMark(of: row)
                let isHeader = mark.map { isOn($0) } ?? false
                if !isHeader {
                    leading = false
                } else if !leading {
                    if checkOnly { return true }
                    mark?.remove()
                    changed = true
                }
            }
        }
        return changed
    }

    /// The row's `w:tblHeader` ("repeat as header row"), if any.
    private static func headerMark(of row: XMLNode) -> XMLNode? {
        row.firstChild("trPr", namespace: Namespace.w)?.firstChild("tblHeader", namespace: Namespace.w)
    }

    /// Whether the row is marked "repeat as header row".
    private static func isHeaderRow(_ row: XMLNode) -> Bool {
        headerMark(of: row).map { isOn($0) } ?? false
    }

    /// `<w:tblHeader/>` or `w:val` true/1/on.
    private static func isOn(_ toggle: XMLNode) -> Bool {
        guard let value = toggle.attribute("val", namespace: Namespace.wordprocessing) else { return true }
        return !["0", "false", "off"].contains(value)
    }

    private static func ensureParagraphs(_ elements: Elements, root: XMLNode, document: XMLDocument, _ checkOnly: Bool) -> Bool {
        var containers = elements.cells + elements.notes
        if root.isElement("hdr", namespace: Namespace.w) || root.isElement("ftr", namespace: Namespace.w) {
            containers.append(root)
        }
        var changed = ensureParagraphs(in: containers, document: document, checkOnly)
        if changed && checkOnly { return true }
        if let body = root.firstChild("body", namespace: Namespace.w) {
            let blocks = body.elementChildren.filter { !$0.isElement("sectPr", namespace: Namespace.w) }
            if blocks.isEmpty {
                if checkOnly { return true }
                let paragraph = document.createElement("p", namespace: Namespace.wordprocessing)
                if let first = body.firstChild { first.insertBefore(paragraph) } else { body.append(paragraph) }
                changed = true
            }
        }
        return changed
    }

    /// Appends an empty paragraph to each container whose last element is not a paragraph.
    private static func ensureParagraphs(in containers: [XMLNode], document: XMLDocument, _ checkOnly: Bool) -> Bool {
        var changed = false
        for container in containers {
            var last = container.lastChild
            while let node = last, !node.isElement { last = node.previousSibling }
            if last == nil || !(last!.isElement("p", namespace: Namespace.w)) {
                if checkOnly { return true }
                container.append(document.createElement("p", namespace: Namespace.wordprocessing))
                changed = true
            }
        }
        return changed
    }

    private static func fixSectionProperties(in root: XMLNode, _ checkOnly: Bool) -> Bool {
        guard let body = root.firstChild("body", namespace: Namespace.w) else { return false }
        let sections = body.elementChildren.filter { $0.isElement("sectPr", namespace: Namespace.w) }
        guard let last = sections.last else { return false }
        let misplaced = body.elementChildren.last != last
        if checkOnly { return sections.count > 1 || misplaced }
        for extra in sections.dropLast() { extra.remove() }
        if misplaced {
            last.remove()
            body.append(last)
        }
        return sections.count > 1 || misplaced
    }

    private static func renumberDrawings(_ drawings: [XMLNode], _ checkOnly: Bool) -> Bool {
        guard drawings.count > 1 else { return false }
        var changed = false
        var next = (drawings.compactMap { $0.attribute("id").flatMap { Int($0) } }.max() ?? 0) + 1
        var seen: Set<String> = []
        for drawing in drawings {
            let id = drawing.attribute("id") ?? ""
            if id.isEmpty || !seen.insert(id).inserted {
                if checkOnly { return true }
                drawing.setAttribute("id", to: String(next))
                next += 1
                changed = true
            }
        }
        return changed
    }

    private static func renumberBookmarks(_ marks: [(node: XMLNode, isStart: Bool)], _ checkOnly: Bool) -> Bool {
        let w = Namespace.wordprocessing
        guard marks.contains(where: \.isStart) else { return false }
        var changed = false
        var next = (marks.compactMap { $0.node.attribute("id", namespace: w).flatMap { Int($0) } }.max() ?? 0) + 1
        var seenIDs: Set<String> = []
        var seenNames: Set<String> = []
        // Per original id, the ids its starts received, oldest first; ends take them in order
        // (a loop repeats start, end, start, end).
        var open: [String: [String]] = [:]
        for (node, isStart) in marks {
            guard let id = node.attribute("id", namespace: w) else { continue }
            if isStart {
                var given = id
                if !seenIDs.insert(id).inserted {
                    if checkOnly { return true }
                    given = String(next)
                    next += 1
                    seenIDs.insert(given)
                    node.setAttribute("id", namespace: w, to: given)
                    changed = true
                }
                open[id, default: []].append(given)
                if let name = node.attribute("name", namespace: w), !seenNames.insert(name).inserted {
                    if checkOnly { return true }
                    let unique = uniqueName(name, avoiding: seenNames)
                    seenNames.insert(unique)
                    node.setAttribute("name", namespace: w, to: unique)
                    changed = true
                }
            } else if var queue = open[id], !queue.isEmpty {
                let given = queue.removeFirst()
                open[id] = queue
                if given != id {
                    if checkOnly { return true }
                    node.setAttribute("id", namespace: w, to: given)
                    changed = true
                }
            }
        }
        return changed
    }

    /// `name_2`, `name_3`… kept within Word's 40 characters.
    private static func uniqueName(_ name: String, avoiding taken: Set<String>) -> String {
        var counter = 2
        while true {
            let suffix = "_\(counter)"
            let candidate = String(name.prefix(40 - suffix.count)) + suffix
            if !taken.contains(candidate) { return candidate }
            counter += 1
        }
    }
}
