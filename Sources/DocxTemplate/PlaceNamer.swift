import Diagnostics
import OOXML
import XMLCore

/// Names places in one part the way a Word user finds them: paragraphs outside tables are
/// counted from the start of the part, tables too; a cell is "table, row, cell".
struct PlaceNamer {
    private let partName: String
    private let kind: ContentPartKind
    private var paragraphNumbers: [XMLNode: Int] = [:]
    private var tableNumbers: [XMLNode: Int] = [:]

    init(root: XMLNode, partName: String, kind: ContentPartKind) {
        self.partName = partName
        self.kind = kind
        var paragraphs = 0
        var tables = 0
        var numbers: [XMLNode: Int] = [:]
        var tableIndex: [XMLNode: Int] = [:]
        root.forEachDescendant { node in
            if node.isElement("tbl", namespace: Namespace.w) {
                tables += 1
                tableIndex[node] = tables
            } else if node.isElement("p", namespace: Namespace.w), node.ancestor("tbl", namespace: Namespace.w) == nil {
                paragraphs += 1
                numbers[node] = paragraphs
            }
        }
        paragraphNumbers = numbers
        tableNumbers = tableIndex
    }

    /// The place of `node` (a paragraph, a row, or anything inside them).
    func place(of node: XMLNode) -> LocalizedText {
        var vi: String
        var en: String
        if let cell = node.isElement("tc", namespace: Namespace.w) ? node : node.ancestor("tc", namespace: Namespace.w),
           let row = cell.parent, let table = row.parent {
            let rowNumber = position(of: row, among: table, "tr")
            let cellNumber = position(of: cell, among: row, "tc")
            let tableNumber = tableNumbers[table] ?? 0
            vi = "bảng \(tableNumber), hàng \(rowNumber), ô \(cellNumber)"
            en = "table \(tableNumber), row \(rowNumber), cell \(cellNumber)"
        } else if node.isElement("tr", namespace: Namespace.w), let table = node.parent {
            let rowNumber = position(of: node, among: table, "tr")
            vi = "bảng \(tableNumbers[table] ?? 0), hàng \(rowNumber)"
            en = "table \(tableNumbers[table] ?? 0), row \(rowNumber)"
        } else {
            let paragraph = node.isElement("p", namespace: Namespace.w) ? node : node.ancestor("p", namespace: Namespace.w)
            let number = paragraph.flatMap { paragraphNumbers[$0] } ?? 0
            vi = "đoạn \(number)"
            en = "paragraph \(number)"
        }
        let file = PartName.fileName(of: partName)
        switch kind {
        case .body: break
        case .header: (vi, en) = ("đầu trang (\(file)), " + vi, "header (\(file)), " + en)
        case .footer: (vi, en) = ("chân trang (\(file)), " + vi, "footer (\(file)), " + en)
        case .footnotes: (vi, en) = ("chú thích cuối trang, " + vi, "footnotes, " + en)
        case .endnotes: (vi, en) = ("chú thích cuối văn bản, " + vi, "endnotes, " + en)
        }
        return LocalizedText(vi: vi, en: en)
    }

    private func position(of node: XMLNode, among parent: XMLNode, _ name: StaticString) -> Int {
        var count = 0
        for child in parent.children where child.isElement(name, namespace: Namespace.w) {
            count += 1
            if child == node { return count }
        }
        return 0
    }
}
