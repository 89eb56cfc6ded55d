import Diagnostics
import XMLCore

/// Rules Word enforces that the schemas do not: every table has rows, every row has cells, every
/// cell ends with a paragraph, the body's last child is `w:sectPr`, drawing ids are unique.
enum WordRules {
    /// The violations in a WordprocessingML part's root, with the line of the offending element.
    static func check(_ root: XMLNode) -> [(Int, LocalizedText)] {
        var problems: [(Int, LocalizedText)] = []
        if root.isElement("document", namespace: Namespace.w), let body = root.firstChild("body", namespace: Namespace.w) {
            if body.elementChildren.last.map({ !$0.isElement("sectPr", namespace: Namespace.w) }) ?? true {
                problems.append((body.line, ValidationMessages.bodyWithoutSection))
            }
        }
        for (tableIndex, table) in root.descendants("tbl", namespace: Namespace.w).enumerated() {
            let rows = table.elementChildren.filter { $0.isElement("tr", namespace: Namespace.w) }
            if rows.isEmpty { problems.append((table.line, ValidationMessages.tableWithoutRows(tableIndex + 1))) }
            for (rowIndex, row) in rows.enumerated() {
                let cells = row.elementChildren.filter { $0.isElement("tc", namespace: Namespace.w) }
                if cells.isEmpty && !row.elementChildren.contains(where: { $0.isElement("sdt", namespace: Namespace.w) }) {
                    problems.append((row.line, ValidationMessages.rowWithoutCells(tableIndex + 1, rowIndex + 1)))
                }
                for (cellIndex, cell) in cells.enumerated() {
                    let content = cell.elementChildren.filter { !$0.isElement("tcPr", namespace: Namespace.w) }
                    if content.last.map({ !$0.isElement("p", namespace: Namespace.w) }) ?? true {
                        problems.append((cell.line, ValidationMessages.cellWithoutParagraph(tableIndex + 1, rowIndex + 1, cellIndex + 1)))
                    }
                }
            }
        }
        var drawingIds: [String: Int] = [:]
        for drawing in root.descendants("docPr", namespace: Namespace.wp) {
            let id = drawing.attribute("id") ?? ""
            if drawingIds[id] != nil {
                problems.append((drawing.line, ValidationMessages.duplicateDrawingId(id)))
            }
            drawingIds[id, default: 0] += 1
        }
        return problems
    }
}
