import Diagnostics
import OOXML
import XMLCore

/// Names places in one part the way a Word user finds them: paragraphs outside tables are
/// counted from the start of the part, tables too; a cell is "table, row, cell".
struct PlaceNamer {
    /// What `place(of:)` puts before the place in the body ("đầu trang (header1.xml), ").
    private let prefix: (vi: String, en: String)
    private var paragraphNumbers: [XMLNode: Int] = [:]
    private var tableNumbers: [XMLNode: Int] = [:]
    /// A row's position among its table's rows, a cell's among its row's cells.
    private var positions: [XMLNode: Int] = [:]

    init(root: XMLNode, partName: String, kind: ContentPartKind) {
        let file = PartName.fileName(of: partName)
        prefix =
            switch kind {
            case .body: ("", "")
            case .header: ("đầu trang (\(file)), ", "header (\(file)), ")
            case .footer: ("chân trang (\(file)), ", "footer (\(file)), ")
            case .footnotes: ("chú thích cuối trang, ", "footnotes, ")
            case .endnotes: ("chú thích cuối văn bản, ", "endnotes, ")
            }
        var paragraphs = 0
        number(below: root, insideTable: false, paragraphs: &paragraphs)
    }

    /// Numbers, in one walk, the paragraphs outside tables, the tables, and rows and cells.
    private mutating func number(below node: XMLNode, insideTable: Bool, paragraphs: inout Int) {
        var rows = 0
        var cells = 0
        node.walkElements { child in
            let w = Namespace.w
            if child.isElement("p", namespace: w) {
                if !insideTable {
                    paragraphs += 1
                    paragraphNumbers[child] = paragraphs
                }
                return true
            } else if child.isElement("tc", namespace: w) {
                cells += 1
                positions[child] = cells
            } else if child.isElement("tr", namespace: w) {
                rows += 1
                positions[child] = rows
            } else if child.isElement("tbl", namespace: w) {
                tableNumbers[child] = tableNumbers.count + 1
            } else {
                // Properties and text hold no paragraph, table, row or cell.
                return
                    !(child.isElement("rPr", namespace: w) || child.isElement("pPr", namespace: w)
                    || child.isElement("t", namespace: w) || child.isElement("tcPr", namespace: w))
            }
            number(below: child, insideTable: true, paragraphs: &paragraphs)
            return false
        }
    }

    /// The place of `node` (a paragraph, a row, or anything inside them).
    func place(of node: XMLNode) -> LocalizedText {
        let vi: String
        let en: String
        if let cell = node.isElement("tc", namespace: Namespace.w) ? node : node.ancestor("tc", namespace: Namespace.w),
            let row = cell.parent, let table = row.parent
        {
            let (tableNumber, rowNumber, cellNumber) = (tableNumbers[table] ?? 0, positions[row] ?? 0, positions[cell] ?? 0)
            vi = "bảng \(tableNumber), hàng \(rowNumber), ô \(cellNumber)"
            en = "table \(tableNumber), row \(rowNumber), cell \(cellNumber)"
        } else if node.isElement("tr", namespace: Namespace.w), let table = node.parent {
            vi = "bảng \(tableNumbers[table] ?? 0), hàng \(positions[node] ?? 0)"
            en = "table \(tableNumbers[table] ?? 0), row \(positions[node] ?? 0)"
        } else {
            let paragraph = node.isElement("p", namespace: Namespace.w) ? node : node.ancestor("p", namespace: Namespace.w)
            let number = paragraph.flatMap { paragraphNumbers[$0] } ?? 0
            vi = "đoạn \(number)"
            en = "paragraph \(number)"
        }
        return LocalizedText(vi: prefix.vi + vi, en: prefix.en + en)
    }
}
