import Diagnostics
import XMLCore

/// Rules Word enforces that the schemas do not: every table has rows, every row has cells, every
/// cell ends with a paragraph, the body's last child is `w:sectPr`, drawing ids are unique.
/// Checked on a stream of elements (`XMLStream`), so a part of any size is checked in little memory.
struct WordRules {
    private static let w = Namespace.wordprocessing
    private static let wp = Namespace.wp.description

    /// An open element the rules look inside.
    private enum Frame {
        case document
        /// The body, with its line and whether its last element child so far is `w:sectPr`.
        case body(line: Int, endsWithSection: Bool)
        /// A table: its number, line and rows so far.
        case table(index: Int, line: Int, rows: Int)
        /// A row: its table and number, line, cells so far, and whether it holds a `w:sdt`.
        case row(table: Int, index: Int, line: Int, cells: Int, hasContentControl: Bool)
        /// A cell: its position, line, and whether its last content element so far is a paragraph.
        case cell(table: Int, row: Int, index: Int, line: Int, endsWithParagraph: Bool)
        case other
    }

    private var stack: [Frame] = []
    private var tables = 0
    private var sawBody = false
    private var bodyProblems: [(Int, LocalizedText)] = []
    /// By table number, so that a nested table's problems come after its outer table's.
    private var tableProblems: [(table: Int, line: Int, message: LocalizedText)] = []
    private var drawingProblems: [(Int, LocalizedText)] = []
    private var drawingIds: Set<String> = []

    /// The violations found, with the line of the offending element: the body first, then the
    /// tables in document order, then drawings.
    var problems: [(Int, LocalizedText)] {
        bodyProblems
            + tableProblems.enumerated()
            .sorted { ($0.element.table, $0.offset) < ($1.element.table, $1.offset) }
            .map { ($0.element.line, $0.element.message) } + drawingProblems
    }

    /// Takes the next event of the part's stream.
    mutating func handle(_ event: XMLStream.Event) {
        switch event {
        case .start(let element): start(element)
        case .end: end()
        }
    }

    private mutating func start(_ element: XMLStream.Element) {
        let w = Self.w
        // What the element is to its parent.
        if let parent = stack.indices.last {
            switch stack[parent] {
            case .body(let line, _):
                stack[parent] = .body(line: line, endsWithSection: element.is("sectPr", namespace: w))
            case .table(let index, let line, let rows) where element.is("tr", namespace: w):
                stack[parent] = .table(index: index, line: line, rows: rows + 1)
            case .row(let table, let index, let line, let cells, let control):
                let isCell = element.is("tc", namespace: w)
                stack[parent] = .row(
                    table: table, index: index, line: line, cells: cells + (isCell ? 1 : 0),
                    hasContentControl: control || element.is("sdt", namespace: w))
            case .cell(let table, let row, let index, let line, _) where !element.is("tcPr", namespace: w):
                stack[parent] = .cell(table: table, row: row, index: index, line: line, endsWithParagraph: element.is("p", namespace: w))
            default:
                break
            }
        }
        if element.is("docPr", namespace: Self.wp) {
            let id = element.attribute("id") ?? ""
            if !drawingIds.insert(id).inserted {
                drawingProblems.append((element.line, ValidationMessages.duplicateDrawingId(id)))
            }
        }
        stack.append(frame(for: element))
    }

    private mutating func frame(for element: XMLStream.Element) -> Frame {
        let w = Self.w
        if stack.isEmpty { return element.is("document", namespace: w) ? .document : .other }
        switch stack[stack.count - 1] {
        case .document where element.is("body", namespace: w) && !sawBody:
            sawBody = true
            return .body(line: element.line, endsWithSection: false)
        case .table(let index, _, let rows) where element.is("tr", namespace: w):
            return .row(table: index, index: rows, line: element.line, cells: 0, hasContentControl: false)
        case .row(let table, let index, _, let cells, _) where element.is("tc", namespace: w):
            return .cell(table: table, row: index, index: cells, line: element.line, endsWithParagraph: false)
        default:
            break
        }
        if element.is("tbl", namespace: w) {
            tables += 1
            return .table(index: tables, line: element.line, rows: 0)
        }
        return .other
    }

    private mutating func end() {
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .body(let line, let endsWithSection) where !endsWithSection:
            bodyProblems.append((line, ValidationMessages.bodyWithoutSection))
        case .table(let index, let line, let rows) where rows == 0:
            tableProblems.append((index, line, ValidationMessages.tableWithoutRows(index)))
        case .row(let table, let index, let line, let cells, let control) where cells == 0 && !control:
            tableProblems.append((table, line, ValidationMessages.rowWithoutCells(table, index)))
        case .cell(let table, let row, let index, let line, let endsWithParagraph) where !endsWithParagraph:
            tableProblems.append((table, line, ValidationMessages.cellWithoutParagraph(table, row, index)))
        default:
            break
        }
    }
}
