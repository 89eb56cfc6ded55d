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
        prefix = Self.prefix(partName: partName, kind: kind)
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
        if let cell = node.isElement("tc", namespace: Namespace.w) ? node : node.ancestor("tc", namespace: Namespace.w),
            let row = cell.parent, let table = row.parent
        {
            return Self.cell(tableNumbers[table] ?? 0, positions[row] ?? 0, positions[cell] ?? 0, prefix: prefix)
        } else if node.isElement("tr", namespace: Namespace.w), let table = node.parent {
            return Self.row(tableNumbers[table] ?? 0, positions[node] ?? 0, prefix: prefix)
        } else {
            let paragraph = node.isElement("p", namespace: Namespace.w) ? node : node.ancestor("p", namespace: Namespace.w)
            return Self.paragraph(paragraph.flatMap { paragraphNumbers[$0] } ?? 0, prefix: prefix)
        }
    }

    /// What a place in a part of `kind` starts with ("đầu trang (header1.xml), "; nothing in the body).
    static func prefix(partName: String, kind: ContentPartKind) -> (vi: String, en: String) {
        let file = PartName.fileName(of: partName)
        return switch kind {
        case .body: ("", "")
        case .header: ("đầu trang (\(file)), ", "header (\(file)), ")
        case .footer: ("chân trang (\(file)), ", "footer (\(file)), ")
        case .footnotes: ("chú thích cuối trang, ", "footnotes, ")
        case .endnotes: ("chú thích cuối văn bản, ", "endnotes, ")
        }
    }

    /// "bảng 1, hàng 2, ô 3": a cell, by the table's number in the part and its row's and its own positions.
    static func cell(_ table: Int, _ row: Int, _ cell: Int, prefix: (vi: String, en: String)) -> LocalizedText {
        let row = Self.row(table, row, prefix: prefix)
        return LocalizedText(vi: row.vi + ", ô \(cell)", en: row.en + ", cell \(cell)")
    }

    /// "bảng 1, hàng 2": a row.
    static func row(_ table: Int, _ row: Int, prefix: (vi: String, en: String)) -> LocalizedText {
        LocalizedText(vi: prefix.vi + "bảng \(table), hàng \(row)", en: prefix.en + "table \(table), row \(row)")
    }

    /// "đoạn 12": a paragraph outside tables, by its number in the part.
    static func paragraph(_ number: Int, prefix: (vi: String, en: String)) -> LocalizedText {
        LocalizedText(vi: prefix.vi + "đoạn \(number)", en: prefix.en + "paragraph \(number)")
    }
}
