import Foundation
package import ZipCore

/// Writes a one-sheet .xlsx workbook that opens cleanly in Excel and LibreOffice Calc: a bold,
/// frozen header row, column widths fitted to the text, drop-down lists (data validation) on chosen
/// columns. The same sheet gives the same bytes (fixed part order and zip times, no dates inside).
package enum XLSXWriter {
    /// What to write.
    package struct Sheet: Sendable {
        /// The sheet's tab name (at most 31 characters, no []:*?/\).
        package var name: String
        /// The header row.
        package var headers: [String]
        /// The data rows; a value made of digits only is written as a number.
        package var rows: [[String]]
        /// Drop-down lists: column (1-based) → the choices offered.
        package var choices: [Int: [String]]
        /// How many rows below the data the drop-down lists reach (room to add members).
        package var spareRows: Int
        /// Notes on columns with a drop-down list: column (1-based) → what Excel and Calc show beside
        /// a cell of it when it is selected (a title, and at most 255 characters of text).
        package var notes: [Int: (title: String, text: String)]

        /// A sheet.
        package init(
            name: String, headers: [String], rows: [[String]], choices: [Int: [String]] = [:], spareRows: Int = 200,
            notes: [Int: (title: String, text: String)] = [:]
        ) {
            self.name = name
            self.headers = headers
            self.rows = rows
            self.choices = choices
            self.spareRows = spareRows
            self.notes = notes
        }
    }

    /// The workbook's bytes.
    package static func write(_ sheet: Sheet) throws(ZipError) -> [UInt8] {
        let entries: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheet.name)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(sheet)),
        ]
        return try ZipWriter.archive(entries.map { ZipWriter.Entry(name: $0.0, bytes: Array($0.1.utf8)) })
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>
            """

    static let packageRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """

    static let workbookRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """

    static func workbook(_ name: String) -> String {
        declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\
            <bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(escape(name))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    /// Style 0: Times New Roman 12, thin borders, text wrapped at the top; style 1: the same, bold and
    /// centred (header); style 2: centred (marks and numbers).
    static let styles =
        declaration + """
            <styleSheet xmlns="\(main)">\
            <fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3">\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """

    static func worksheet(_ sheet: Sheet) -> String {
        let columnCount = max(sheet.headers.count, sheet.rows.map(\.count).max() ?? 0)
        let lastRow = 1 + sheet.rows.count + sheet.spareRows
        var xml = declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        // Printed on A4 landscape, all columns on one page width.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(CellReference(row: max(1, 1 + sheet.rows.count), column: max(1, columnCount)))\"/>"
        xml += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15.75\"/><cols>"
        for column in 0..<columnCount {
            let texts =
                [column < sheet.headers.count ? sheet.headers[column] : ""]
                + sheet.rows.map { column < $0.count ? $0[column] : "" }
            xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width(of: texts))\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        for (offset, row) in ([sheet.headers] + sheet.rows).enumerated() {
            let number = offset + 1
            xml += offset == 0 ? "<row r=\"1\" ht=\"\(headerHeight)\" customHeight=\"1\">" : "<row r=\"\(number)\">"
            for (column, value) in row.enumerated() where !value.isEmpty {
                let reference = CellReference(row: number, column: column + 1)
                if offset > 0, value.count <= 9, value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    xml += "<c r=\"\(reference)\" s=\"2\"><v>\(value)</v></c>"
                } else {
                    let style = offset == 0 ? 1 : (value.count <= 2 ? 2 : 0)
                    xml += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(value))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        let lists = sheet.choices.sorted { $0.key < $1.key }
        if !lists.isEmpty {
            xml += "<dataValidations count=\"\(lists.count)\">"
            for (column, choices) in lists {
                let letters = CellReference.letters(column)
                let formula = "\"" + choices.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",") + "\""
                let note =
                    sheet.notes[column].map {
                        " showInputMessage=\"1\" promptTitle=\"\(escape(String($0.title.prefix(32))))\" prompt=\"\(escape(String($0.text.prefix(255))))\""
                    } ?? ""
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\"\(note) sqref=\"\(letters)2:\(letters)\(lastRow)\">"
                xml += "<formula1>\(escape(formula))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/></worksheet>"
        return xml
    }

    /// A column width in characters: the longest text (a header is split over lines at its spaces,
    /// so a long heading wraps instead of widening the column), with room for wide letters (Đ, M, W
    /// in capitals) and the border; 8 to 45. Looked at in Calc's PDF of a 28-member list.
    static func width(of texts: [String]) -> String {
        let header = texts.first.map { $0.split(separator: " ").map(\.count).max() ?? 0 } ?? 0
        let longest = max(header, texts.dropFirst().map(\.count).max() ?? 0)
        return String(min(45, max(8, (longest * 23 + 19) / 20 + 3)))
    }

    /// The header row's height in points: three lines of 12-point text, for headings that wrap.
    static let headerHeight = "48"

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
