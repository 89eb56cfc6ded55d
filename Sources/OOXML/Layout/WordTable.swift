package import XMLCore

/// What a Word table's markup says about its grid: read the same way by the engine's column loops
/// and by `ColumnFit`.
package enum WordTable {
    /// Grid columns a cell takes (`w:gridSpan`, else 1).
    package static func span(of cell: XMLNode) -> Int {
        cell.firstChild("tcPr", namespace: Namespace.w)?.firstChild("gridSpan", namespace: Namespace.w)?
            .attribute("val", namespace: Namespace.wordprocessing).flatMap { Int($0) } ?? 1
    }

    /// The `w:gridCol` elements of a `w:tblGrid`.
    package static func gridColumns(_ grid: XMLNode) -> [XMLNode] {
        grid.elementChildren.filter { $0.isElement("gridCol", namespace: Namespace.w) }
    }
}
