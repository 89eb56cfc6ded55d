/// One sheet of a spreadsheet as text: what a person sees in each cell, by row and column.
///
/// Cells hold the text a spreadsheet shows: shared and inline strings, a formula's cached value,
/// numbers as written ("1", "8.5"), dates in a date format as "05/01/2024". A merged range's value
/// is in its top-left cell; the other cells of the range are empty.
package struct Worksheet: Sendable, Hashable {
    /// The sheet's name ("DS CBGVNV"), or the file's name for a CSV file.
    package var name: String
    /// Rows by their 1-based number; each row's cells by 1-based column.
    package var rows: [Int: [Int: String]]
    /// Merged ranges ("A1:I1").
    package var merged: [CellRange]

    /// A sheet.
    package init(name: String, rows: [Int: [Int: String]] = [:], merged: [CellRange] = []) {
        self.name = name
        self.rows = rows
        self.merged = merged
    }

    /// The text of a cell, "" when empty.
    package subscript(row: Int, column: Int) -> String {
        rows[row]?[column] ?? ""
    }

    /// The row numbers that hold any text, in order.
    package var rowNumbers: [Int] {
        rows.filter { $0.value.values.contains { !$0.isEmpty } }.keys.sorted()
    }

    /// The address a person reads ("C7").
    package static func address(row: Int, column: Int) -> String {
        CellReference(row: row, column: column).description
    }
}

/// A cell address: column letters and row number ("C7").
package struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// 1-based row.
    package var row: Int
    /// 1-based column (A = 1).
    package var column: Int

    /// A reference.
    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses "C7", "AA10" (a "$" is ignored); nil for anything else.
    package init?(_ text: some StringProtocol) {
        var letters = 0, digits = "", sawDigit = false
        for character in text where character != "$" {
            if let ascii = character.asciiValue, (65...90).contains(ascii) || (97...122).contains(ascii), !sawDigit {
                letters = letters * 26 + Int((ascii & 0xDF) - 64)
            } else if character.isASCII, character.isNumber {
                sawDigit = true
                digits.append(character)
            } else {
                return nil
            }
        }
        guard letters > 0, let row = Int(digits), row > 0 else { return nil }
        self.init(row: row, column: letters)
    }

    /// The column's letters ("A", "Z", "AA").
    package static func letters(_ column: Int) -> String {
        var result = "", value = column
        while value > 0 {
            let remainder = (value - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            value = (value - 1) / 26
        }
        return result
    }

    /// "C7".
    package var description: String { Self.letters(column) + String(row) }
}

/// A rectangle of cells ("A1:I1").
package struct CellRange: Sendable, Hashable {
    /// The top-left cell.
    package var start: CellReference
    /// The bottom-right cell.
    package var end: CellReference

    /// Parses "A1:I1" or a single "B2".
    package init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard let start = parts.first.flatMap({ CellReference($0) }) else { return nil }
        let end = parts.count == 2 ? CellReference(parts[1]) : start
        guard let end, parts.count <= 2 else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether `reference` lies inside.
    package func contains(_ reference: CellReference) -> Bool {
        (start.row...end.row).contains(reference.row) && (start.column...end.column).contains(reference.column)
    }
}
