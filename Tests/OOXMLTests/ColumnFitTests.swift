import Foundation
import Testing
import XMLCore

@testable import OOXML

/// M5's columns sized to what they hold: the text measure, the sharing of the width, and a whole
/// table fitted (names on one line, headings on at most three, "Ghi chú" taking the rest).
@Suite struct ColumnFitTests {
    @Test func vietnameseLettersMeasureAsTheirBaseLetterAndTheHornedOnesWider() {
        #expect(TextWidth.twips("Nguyễn Thị", halfPoints: 22, bold: false) == TextWidth.twips("Nguyen Thi", halfPoints: 22, bold: false))
        #expect(TextWidth.twips("ư", halfPoints: 22, bold: false) > TextWidth.twips("u", halfPoints: 22, bold: false))
        // 2048 units = 1 em; "m" is 1593 units: at 11 pt (220 twips) 171.1 → 172 twips, rounded up.
        #expect(TextWidth.twips("m", halfPoints: 22, bold: false) == 172)
        #expect(TextWidth.twips("Nguyễn Thị Thanh Hương", halfPoints: 22, bold: false) == 2344)
        #expect(TextWidth.twips("STT", halfPoints: 24, bold: true) > TextWidth.twips("STT", halfPoints: 24, bold: false))
    }

    @Test func eachColumnGetsItsNeedAndTheLastTheRest() {
        #expect(ColumnFit.distribute(total: 10_000, need: [600, 2400, 900, 1000], floor: [600, 900, 800, 700]) == [600, 2400, 900, 6100])
    }

    @Test func whenShortTheWidestColumnsGiveWayFirstDownToTheirLongestWord() {
        // Needs add up to 11 000: the three wide columns are capped at one level (2333), the last
        // taking the odd twip; a floor above the cap stays.
        #expect(
            ColumnFit.distribute(total: 8_000, need: [1000, 4000, 3000, 3000], floor: [1000, 1500, 1500, 1000])
                == [1000, 2333, 2333, 2334])
        #expect(
            ColumnFit.distribute(total: 8_000, need: [1000, 4000, 3000, 3000], floor: [1000, 2800, 1500, 1000])
                == [1000, 2800, 2100, 2100])
        // Even the longest words do not fit: the template's widths stay.
        #expect(ColumnFit.distribute(total: 3_000, need: [1000, 4000, 3000], floor: [1000, 1500, 1500]) == nil)
    }

    @Test func spareRoomGivesHeadingsTwoLinesTheCheapestFirst() {
        #expect(
            ColumnFit.spread([800, 900, 800, 4000], need: [800, 900, 800, 1000], roomy: [1400, 1000, 900, 3300])
                == [800, 1000, 900, 3800])
        #expect(
            ColumnFit.spread([800, 900, 800, 4000], need: [800, 900, 800, 1000], roomy: [1400, 1000, 900, 3000])
                == [1400, 1000, 900, 3200])
    }

    /// A table of `rows` (the first a repeated heading row) in a package with the forms' styles.
    static func package(columns: [Int], rows: [[String]]) -> OOXMLPackage {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let grid = columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        let body = rows.enumerated().map { index, cells in
            let style = index == 0 ? "TableHeadingSmall" : "MemberRow"
            let properties = index == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : ""
            let tcs = zip(columns, cells).map { width, text in
                "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
            }.joined()
            return "<w:tr>\(properties)\(tcs)</w:tr>"
        }.joined()
        let document =
            "<w:document xmlns:w=\"\(w)\"><w:body><w:tbl><w:tblPr><w:tblW w:w=\"\(columns.reduce(0, +))\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(body)</w:tbl></w:body></w:document>"
        let styles = """
            <w:styles xmlns:w="\(w)"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:styleId="TableTextSmall"><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TableHeadingSmall"><w:basedOn w:val="TableTextSmall"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="MemberRow"><w:basedOn w:val="TableTextSmall"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style></w:styles>
            """
        let relationships =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
        return OOXMLPackage(parts: [
            "_rels/.rels": Array(relationships.utf8), "word/document.xml": Array(document.utf8), "word/styles.xml": Array(styles.utf8),
        ])
    }

    static func widths(_ package: OOXMLPackage) throws -> (grid: [Int], cells: [Int]) {
        let document = try package.xmlPart("word/document.xml")
        let root = try #require(document.root)
        let grid = root.descendants("gridCol", namespace: Namespace.w).compactMap {
            $0.attribute("w", namespace: Namespace.wordprocessing).flatMap { Int($0) }
        }
        let cells = root.descendants("tcW", namespace: Namespace.w).compactMap {
            $0.attribute("w", namespace: Namespace.wordprocessing).flatMap { Int($0) }
        }
        return (grid, cells)
    }

    @Test func aLongNameTakesOneLineAndTheNotesColumnTheRest() throws {
        let rows = [
            ["STT", "Họ và tên", "Có kế hoạch tự học", "Ghi chú"],
            ["1", "Nguyễn Thị Thanh Hương", "x", ""],
            ["2", "Trần Văn Khải", "x", "Nghỉ thai sản từ tháng 7/2023"],
        ]
        let fitted = try ColumnFit.fitted(Self.package(columns: [700, 2000, 1100, 2000], rows: rows))
        let (grid, cells) = try Self.widths(fitted)
        let name = TextWidth.twips("Nguyễn Thị Thanh Hương", halfPoints: 22, bold: false) + ColumnFit.slack + 114
        // STT: its bold 12 pt heading; name: the longest name on one line; the narrow column: its
        // heading on three lines ("Có kế / hoạch / tự học") — wider than "x"; the notes the rest.
        let stt = TextWidth.twips("STT", halfPoints: 24, bold: true) + ColumnFit.slack + 114
        #expect(grid[0] == stt)
        #expect(grid[1] == name)
        #expect(grid[2] < 1100 && grid[2] >= TextWidth.twips("hoạch", halfPoints: 24, bold: true) + ColumnFit.slack + 114)
        #expect(grid.reduce(0, +) == 5800)
        #expect(cells == grid + grid + grid)
    }

    @Test func aTableWithoutRepeatedHeadingRowsIsLeftAsItIs() throws {
        var package = Self.package(columns: [700, 2000], rows: [["STT", "Họ và tên"], ["1", "Nguyễn Thị Thanh Hương"]])
        let text = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        package.setPart("word/document.xml", Array(text.replacingOccurrences(of: "<w:trPr><w:tblHeader/></w:trPr>", with: "").utf8))
        let fitted = try ColumnFit.fitted(package)
        #expect(fitted.part("word/document.xml") == package.part("word/document.xml"))
    }
}
