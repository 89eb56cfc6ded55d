import Foundation
import Testing
import ZipCore

@testable import Spreadsheet

@Suite struct XLSXTests {
    static let sheet = XLSXWriter.Sheet(
        name: "DS CBGVNV", headers: ["STT", "Họ và tên", "Ghi chú"],
        rows: [["1", "Nguyễn Văn An", "a < b & \"c\""], ["2", "Trần Thị Bình", ""]],
        choices: [3: ["x"]])

    @Test func writtenSheetReadsBack() throws {
        let sheets = try XLSXReader.read(try XLSXWriter.write(Self.sheet))
        #expect(sheets.map(\.name) == ["DS CBGVNV"])
        #expect(
            sheets[0].rows == [
                1: [1: "STT", 2: "Họ và tên", 3: "Ghi chú"],
                2: [1: "1", 2: "Nguyễn Văn An", 3: "a < b & \"c\""],
                3: [1: "2", 2: "Trần Thị Bình"],
            ])
    }

    @Test func writingIsDeterministic() throws {
        #expect(try XLSXWriter.write(Self.sheet) == XLSXWriter.write(Self.sheet))
    }

    @Test func theSheetHasAFrozenHeaderDropDownsAndWidths() throws {
        let xml = XLSXWriter.worksheet(Self.sheet)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(
            xml.contains(
                "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"C2:C203\"><formula1>&quot;x&quot;</formula1></dataValidation>"
            ))
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"18\" customWidth=\"1\"/>"))
        #expect(xml.contains("<row r=\"1\" ht=\"48\" customHeight=\"1\">"))
    }

    @Test func calcOpensTheSheetAndItsResaveReadsTheSame() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Saved as .xlsm so that Calc's re-save (.xlsx, same folder) does not overwrite it.
        let ours = folder.appendingPathComponent("ours.xlsm")
        try Data(try XLSXWriter.write(Self.sheet)).write(to: ours)
        let resaved = try Calc.xlsx(ours)
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: resaved)))
        #expect(sheets.first?.rows == (try XLSXReader.read(try XLSXWriter.write(Self.sheet))).first?.rows)
    }

    @Test func calcDatesMergedCellsAndSharedStrings() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("ds.html")
        try """
        <html><head><meta charset="utf-8"></head><body><table>
        <tr><td colspan="3"><b>DANH SÁCH CÁN BỘ, GIÁO VIÊN</b></td></tr>
        <tr><td>STT</td><td>Họ và tên</td><td>Chức vụ</td></tr>
        <tr><td>1</td><td>Lê Thị Duyên</td><td>Giáo viên</td></tr>
        </table></body></html>
        """.write(to: html, atomically: true, encoding: .utf8)
        let merged = try XLSXReader.read([UInt8](try Data(contentsOf: try Calc.xlsx(html, filter: "HTML (StarCalc)"))))
        #expect(merged[0].merged == [CellRange("A1:C1")!])
        #expect(merged[0][1, 1] == "DANH SÁCH CÁN BỘ, GIÁO VIÊN")
        #expect(merged[0][3, 2] == "Lê Thị Duyên")
        #expect(merged[0][3, 1] == "1")

        let csv = folder.appendingPathComponent("ngay.csv")
        try "Họ và tên,Ngày sinh\nLê Thị Duyên,05/01/1980\n".write(to: csv, atomically: true, encoding: .utf8)
        let dated = try XLSXReader.read([UInt8](try Data(contentsOf: try Calc.xlsx(csv, filter: "Text - txt - csv (StarCalc):44,34,76,1,2/4"))))
        #expect(dated[0][2, 2] == "05/01/1980")
    }

    @Test func cachedFormulaValuesInlineStringsAndBooleans() throws {
        let sheetXML = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="str"><f>B1&amp;"x"</f><v>Lêx</v></c><c r="B1" t="inlineStr"><is><r><t>Lê</t></r></is></c>\
            <c r="C1" t="b"><v>1</v></c><c r="D1"><v>8.5</v></c><c r="E1"><v>12</v></c></row></sheetData></worksheet>
            """
        let workbook = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="x" Target="/xl/worksheets/s.xml"/></Relationships>
            """
        let bytes = try ZipWriter.archive([
            .init(name: "xl/workbook.xml", bytes: Array(workbook.utf8)),
            .init(name: "xl/_rels/workbook.xml.rels", bytes: Array(rels.utf8)),
            .init(name: "xl/worksheets/s.xml", bytes: Array(sheetXML.utf8)),
        ])
        let sheet = try XLSXReader.read(bytes)[0]
        #expect(sheet.rows[1] == [1: "Lêx", 2: "Lê", 3: "TRUE", 4: "8.5", 5: "12"])
    }

    @Test(arguments: [
        (1.0, "01/01/1900"), (59, "28/02/1900"), (61, "01/03/1900"), (29225, "05/01/1980"),
        (45296, "05/01/2024"), (45296.75, "05/01/2024"),
    ])
    func serialDates(_ serial: Double, _ expected: String) {
        #expect(XLSXReader.serialDate(serial) == expected)
    }

    @Test(arguments: [
        ("dd/mm/yyyy", true), ("d/m/yy", true), ("[$-42A]dd/mm/yyyy", true), ("0.00", false),
        ("General", false), ("\"d\"0", false), ("#,##0", false),
    ])
    func dateFormats(_ code: String, _ isDate: Bool) {
        #expect(XLSXReader.isDateFormat(code) == isDate)
    }

    @Test func notAWorkbook() {
        #expect(throws: SpreadsheetError.self) { try XLSXReader.read(Array("STT,Họ tên".utf8)) }
    }

    @Test(arguments: [("A1", 1, 1), ("C7", 7, 3), ("AA10", 10, 27), ("$B$2", 2, 2)])
    func references(_ text: String, _ row: Int, _ column: Int) {
        #expect(CellReference(text) == CellReference(row: row, column: column))
        #expect(CellReference(row: row, column: column).description == text.replacingOccurrences(of: "$", with: ""))
    }
}
