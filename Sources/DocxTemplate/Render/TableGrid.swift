import OOXML
import XMLCore

/// Recomputes a rendered table's grid (`w:tblGrid`) the way docxtpl's `fix_tables` does, once
/// column loops and spans have changed how many columns its rows take.
///
/// More cells in a row than grid columns: the columns are scaled down to keep the table's
/// width, and new ones of the new average width added. Fewer columns taken by every row (cells
/// and their spans) than the grid has: the last columns are removed and their width shared
/// among the others. Widths are whole twentieths of a point, truncated as docxtpl truncates.
enum TableGrid {
    /// Fits the grid of `table` (a rendered `w:tbl` of `document`) to its own rows (not those of
    /// tables nested in its cells).
    static func fit(_ table: XMLNode, in document: XMLDocument) {
        guard let grid = table.firstChild("tblGrid", namespace: Namespace.w) else { return }
        let rows = table.elementChildren.filter { $0.isElement("tr", namespace: Namespace.w) }
        let cellsPerRow = rows.map { row in row.elementChildren.filter { $0.isElement("tc", namespace: Namespace.w) } }

        var columns = WordTable.gridColumns(grid)
        let added = (cellsPerRow.map(\.count).max() ?? 0) - columns.count
        if added > 0 {
            let width = columns.compactMap(width(of:)).reduce(0, +)
            var newAverage: Double?
            if width > 0 {
                let oldAverage = width / Double(columns.count)
                let average = width / Double(columns.count + added)
                for column in columns {
                    if let old = self.width(of: column) { setWidth(of: column, to: old * average / oldAverage) }
                }
                newAverage = average
            }
            for _ in 0..<added {
                let column = grid.append(document.createElement("gridCol", namespace: Namespace.wordprocessing))
                if let newAverage { setWidth(of: column, to: newAverage) }
            }
            columns = WordTable.gridColumns(grid)
        }

        let taken = cellsPerRow.map { cells in cells.reduce(0) { $0 + WordTable.span(of: $1) } }.max() ?? 0
        let removed = columns.count - taken
        guard removed > 0, taken > 0 else { return }
        let removedWidth = columns.suffix(removed).compactMap(width(of:)).reduce(0, +)
        for column in columns.suffix(removed) { column.remove() }
        let extra = Double(Int(removedWidth / Double(columns.count - removed)))
        for column in columns.prefix(columns.count - removed) {
            if let old = width(of: column) { setWidth(of: column, to: old + extra) }
        }
    }

    private static func width(of column: XMLNode) -> Double? {
        column.attribute("w", namespace: Namespace.wordprocessing).flatMap(Double.init)
    }

    private static func setWidth(of column: XMLNode, to width: Double) {
        column.setAttribute("w", namespace: Namespace.wordprocessing, to: String(Int(width)))
    }
}
