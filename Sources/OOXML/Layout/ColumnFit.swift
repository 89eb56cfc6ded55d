package import Diagnostics
import XMLCore

/// Sizes the columns of a rendered data table to what it holds, as a typesetter would: every
/// column as wide as its longest line (names and positions on one line), its heading on at most
/// three lines, and the last column ("Ghi chú") taking what is left. Applied to the tables of a
/// shipped form whose `form.yaml` says `fit_columns: true` (M5): a table with repeated heading
/// rows (`w:tblHeader`) at the top of the body, and a table nested in one of its rows with the same
/// number of grid columns (the total row). The table keeps its total width; when the content
/// cannot fit, the widest columns give way first (down to their longest word), and when even
/// that does not fit the template's widths stay.
package enum ColumnFit {
    /// Lines a heading cell may take.
    package static let headingLines = 3
    /// Lines a note in the last column may take.
    package static let noteLines = 3
    /// Added to every measured line: rounding in the layout engine.
    package static let slack = 40

    /// The largest main document part fitted (about 1,500 members in M5): fitting parses the rendered
    /// part a second time, which for a table of thousands of rows would double the memory a render
    /// needs; such a table keeps the template's widths.
    package static let largestFittedPart = 4 << 20

    /// `package` with its data tables fitted.
    package static func fitted(_ package: OOXMLPackage) throws(DiagnosticError) -> OOXMLPackage {
        let main = try package.mainDocumentPart()
        guard let bytes = package.part(main), bytes.count <= largestFittedPart else { return package }
        let document = try package.xmlPart(main)
        let fonts = FontStyles(package: package)
        guard let body = document.root?.firstChild("body", namespace: Namespace.w) else { return package }
        var changed = false
        for table in body.elementChildren where table.isElement("tbl", namespace: Namespace.w) {
            let rows = table.elementChildren.filter { $0.isElement("tr", namespace: Namespace.w) }
            guard rows.contains(where: isHeading) else { continue }
            if fit(table, fonts: fonts) { changed = true }
        }
        guard changed else { return package }
        var result = package
        result.setPart(main, document.serialized())
        return result
    }

    /// Fits one table (and the nested tables of the same grid); whether anything changed.
    private static func fit(_ table: XMLNode, fonts: FontStyles) -> Bool {
        let grid = gridWidths(of: table)
        let count = grid.count
        guard count > 1 else { return false }
        let total = grid.reduce(0, +)
        let nested = table.descendants("tbl", namespace: Namespace.w).filter { gridWidths(of: $0).count == count }
        var need = [Int](repeating: 0, count: count)
        var floor = [Int](repeating: 0, count: count)
        // What a column would take for a two-line heading, and the last column for its notes on one line.
        var roomy = [Int](repeating: 0, count: count)
        for measured in [table] + nested {
            let margins = cellMargins(of: measured)
            for row in measured.elementChildren where row.isElement("tr", namespace: Namespace.w) {
                let heading = isHeading(row)
                var column = 0
                for cell in row.elementChildren where cell.isElement("tc", namespace: Namespace.w) {
                    let span = WordTable.span(of: cell)
                    defer { column += span }
                    guard span == 1, column < count else { continue }
                    let pad = padding(of: cell, default: margins)
                    for paragraph in cell.elementChildren where paragraph.isElement("p", namespace: Namespace.w) {
                        let pieces = fonts.pieces(of: paragraph)
                        guard !pieces.isEmpty else { continue }
                        let longestWord = pieces.flatMap(words).map(\.width).max() ?? 0
                        if heading {
                            // The last column's heading ("Ghi chú") on one line; the others on up to three.
                            let lines = column == count - 1 ? 1 : headingLines
                            let width = narrowest(pieces, lines: lines, from: longestWord) + pad
                            need[column] = max(need[column], width)
                            floor[column] = max(floor[column], width)
                            roomy[column] = max(roomy[column], narrowest(pieces, lines: 2, from: longestWord) + pad)
                        } else if column == count - 1 {
                            need[column] = max(need[column], narrowest(pieces, lines: noteLines, from: longestWord) + pad)
                            roomy[column] = max(roomy[column], lineWidth(pieces) + pad)
                            floor[column] = max(floor[column], longestWord + slack + pad)
                        } else {
                            need[column] = max(need[column], lineWidth(pieces) + pad)
                            floor[column] = max(floor[column], longestWord + slack + pad)
                        }
                    }
                }
            }
        }
        guard var widths = distribute(total: total, need: need, floor: floor) else { return false }
        widths = spread(widths, need: need, roomy: roomy)
        for fitted in [table] + nested { apply(widths, to: fitted) }
        return widths != grid
    }

    /// Widths adding up to `total`: each column its need, the last the rest; when that is short,
    /// the widest columns capped at one level (never below their floor).
    package static func distribute(total: Int, need: [Int], floor: [Int]) -> [Int]? {
        func widths(cap: Int) -> [Int] { need.indices.map { max(floor[$0], min(need[$0], cap)) } }
        var fitted = widths(cap: need.max() ?? 0)
        if fitted.reduce(0, +) > total {
            guard widths(cap: 0).reduce(0, +) <= total else { return nil }
            var low = 0
            var high = need.max() ?? 0
            while low < high {
                let mid = (low + high + 1) / 2
                if widths(cap: mid).reduce(0, +) <= total { low = mid } else { high = mid - 1 }
            }
            fitted = widths(cap: low)
        }
        fitted[fitted.count - 1] += total - fitted.reduce(0, +)
        return fitted
    }

    /// The room the last column does not need (its notes each on one line) given to the headings
    /// that would then take two lines instead of three, the cheapest first.
    package static func spread(_ widths: [Int], need: [Int], roomy: [Int]) -> [Int] {
        let last = widths.count - 1
        var result = widths
        var spare = result[last] - max(need[last], roomy[last])
        let wider = result.indices.dropLast().filter { roomy[$0] > result[$0] }.sorted {
            (roomy[$0] - result[$0], $0) < (roomy[$1] - result[$1], $1)
        }
        for column in wider where roomy[column] - result[column] <= spare {
            spare -= roomy[column] - result[column]
            result[last] -= roomy[column] - result[column]
            result[column] = roomy[column]
        }
        return result
    }

    // MARK: Measuring

    /// A stretch of text in one font.
    struct Piece {
        var text: String
        var halfPoints: Int
        var bold: Bool
    }

    private struct Word {
        var width: Int
    }

    /// The width of every word of `piece` (split at spaces).
    private static func words(_ piece: Piece) -> [Word] {
        piece.text.split(separator: " ").map {
            Word(width: TextWidth.twips(String($0), halfPoints: piece.halfPoints, bold: piece.bold))
        }
    }

    /// The pieces on one line.
    private static func lineWidth(_ pieces: [Piece]) -> Int {
        pieces.reduce(0) { $0 + TextWidth.twips($1.text, halfPoints: $1.halfPoints, bold: $1.bold) } + slack
    }

    /// The narrowest width at which `pieces` wrap to at most `lines` lines.
    private static func narrowest(_ pieces: [Piece], lines: Int, from longestWord: Int) -> Int {
        var tokens: [(width: Int, space: Int)] = []
        for piece in pieces {
            let space = TextWidth.twips(" ", halfPoints: piece.halfPoints, bold: piece.bold)
            for word in words(piece) { tokens.append((word.width, space)) }
        }
        func lineCount(_ width: Int) -> Int {
            var count = 1
            var used = 0
            for token in tokens {
                if used == 0 {
                    used = token.width
                } else if used + token.space + token.width <= width {
                    used += token.space + token.width
                } else {
                    count += 1
                    used = token.width
                }
            }
            return count
        }
        var low = longestWord + slack
        var high = max(low, lineWidth(pieces))
        while low < high {
            let mid = (low + high) / 2
            if lineCount(mid - slack) <= lines { high = mid } else { low = mid + 1 }
        }
        return low
    }

    // MARK: Table structure

    private static func isHeading(_ row: XMLNode) -> Bool {
        row.firstChild("trPr", namespace: Namespace.w)?.firstChild("tblHeader", namespace: Namespace.w) != nil
    }

    private static func gridWidths(of table: XMLNode) -> [Int] {
        guard let grid = table.firstChild("tblGrid", namespace: Namespace.w) else { return [] }
        return WordTable.gridColumns(grid).map {
            $0.attribute("w", namespace: Namespace.wordprocessing).flatMap { Int($0) } ?? 0
        }
    }

    /// Left plus right cell margin of `table` (`w:tblCellMar`), Word's 108 + 108 when not given.
    private static func cellMargins(of table: XMLNode) -> Int {
        let margins = table.firstChild("tblPr", namespace: Namespace.w)?.firstChild("tblCellMar", namespace: Namespace.w)
        return sideWidth(margins, "left", default: 108) + sideWidth(margins, "right", default: 108)
    }

    private static func padding(of cell: XMLNode, default margins: Int) -> Int {
        guard let own = cell.firstChild("tcPr", namespace: Namespace.w)?.firstChild("tcMar", namespace: Namespace.w) else {
            return margins
        }
        return sideWidth(own, "left", default: margins / 2) + sideWidth(own, "right", default: margins / 2)
    }

    private static func sideWidth(_ margins: XMLNode?, _ side: StaticString, default value: Int) -> Int {
        margins?.firstChild(side, namespace: Namespace.w)?.attribute("w", namespace: Namespace.wordprocessing)
            .flatMap { Int($0) } ?? value
    }

    /// Writes `widths` into the grid of `table` and the width of each of its cells.
    private static func apply(_ widths: [Int], to table: XMLNode) {
        if let grid = table.firstChild("tblGrid", namespace: Namespace.w) {
            let columns = grid.elementChildren.filter { $0.isElement("gridCol", namespace: Namespace.w) }
            for (column, width) in zip(columns, widths) {
                column.setAttribute("w", namespace: Namespace.wordprocessing, to: String(width))
            }
        }
        for row in table.elementChildren where row.isElement("tr", namespace: Namespace.w) {
            var column = 0
            for cell in row.elementChildren where cell.isElement("tc", namespace: Namespace.w) {
                let span = WordTable.span(of: cell)
                defer { column += span }
                guard column + span <= widths.count,
                    let width = cell.firstChild("tcPr", namespace: Namespace.w)?.firstChild("tcW", namespace: Namespace.w),
                    width.attribute("type", namespace: Namespace.wordprocessing) == "dxa"
                else { continue }
                width.setAttribute("w", namespace: Namespace.wordprocessing, to: String(widths[column..<column + span].reduce(0, +)))
            }
        }
    }
}
