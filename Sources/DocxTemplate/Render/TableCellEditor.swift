import OOXML
import XMLCore

/// Writes `CellChanges` into a rendered cell's properties (`w:tcPr`), keeping the schema's order
/// of its children.
enum TableCellEditor {
    /// `w:tcPr`'s children in the order the schema (CT_TcPr) requires.
    private static let order = [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
        "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange",
    ]

    /// Applies `changes` to `cell` (a `w:tc` of `document`).
    static func apply(_ changes: CellChanges, to cell: XMLNode, in document: XMLDocument) {
        guard changes.span != nil || changes.spanMultiplier != nil || changes.fill != nil || changes.verticalMergeStarts != nil else { return }
        let properties =
            cell.firstChild("tcPr", namespace: Namespace.w)
            ?? {
                let created = document.createElement("tcPr", namespace: Namespace.wordprocessing)
                if let first = cell.firstChild { first.insertBefore(created) } else { cell.append(created) }
                return created
            }()
        var span =
            changes.span ?? properties.firstChild("gridSpan", namespace: Namespace.w)
            .flatMap { $0.attribute("val", namespace: Namespace.wordprocessing) }.flatMap { Int($0) } ?? 1
        if let multiplier = changes.spanMultiplier { span *= max(multiplier, 1) }
        if changes.span != nil || changes.spanMultiplier != nil {
            set("gridSpan", in: properties, document: document, attributes: [("val", String(span))])
        }
        if let fill = changes.fill {
            set("shd", in: properties, document: document, attributes: [("val", "clear"), ("color", "auto"), ("fill", fill)])
        }
        if let starts = changes.verticalMergeStarts {
            set("vMerge", in: properties, document: document, attributes: [("val", starts ? "restart" : "continue")])
            if !starts { emptyParagraphs(of: cell) }
        }
    }

    /// Replaces (or adds, in schema order) the property `name` with one carrying `attributes`.
    private static func set(_ name: String, in properties: XMLNode, document: XMLDocument, attributes: [(String, String)]) {
        let element = document.createElement(name, namespace: Namespace.wordprocessing)
        for (attribute, value) in attributes { element.setAttribute(attribute, namespace: Namespace.wordprocessing, to: value) }
        let rank = order.firstIndex(of: name) ?? order.count
        for child in properties.elementChildren {
            let childRank = order.firstIndex(of: child.localName) ?? order.count
            if child.localName == name {
                child.insertBefore(element)
                child.remove()
                return
            }
            if childRank > rank {
                child.insertBefore(element)
                return
            }
        }
        properties.append(element)
    }

    /// A continued vertical merge shows the first cell's text only: the copy keeps its
    /// paragraphs' properties and loses their content.
    private static func emptyParagraphs(of cell: XMLNode) {
        for paragraph in cell.elementChildren where paragraph.isElement("p", namespace: Namespace.w) {
            for child in paragraph.children where !child.isElement("pPr", namespace: Namespace.w) { child.remove() }
        }
    }
}
