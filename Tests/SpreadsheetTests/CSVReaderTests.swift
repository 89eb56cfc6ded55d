import Testing

@testable import Spreadsheet

@Suite struct CSVReaderTests {
    @Test func commaSeparatedWithBOMAndCRLF() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF]
            + Array("STT,Họ và tên,Chức vụ\r\n1,\"Lê Thị Duyên\",\"Giáo viên, Tổ trưởng\"\r\n2,Trần \"\"Bình\"\",Nhân viên\r\n".utf8)
        let sheet = try CSVReader.read(bytes, name: "ds.csv")
        #expect(sheet[1, 2] == "Họ và tên")
        #expect(sheet[2, 2] == "Lê Thị Duyên")
        #expect(sheet[2, 3] == "Giáo viên, Tổ trưởng")
        #expect(sheet[3, 2] == "Trần \"\"Bình\"\"")
        #expect(sheet.rowNumbers == [1, 2, 3])
    }

    @Test func semicolonSeparatedAsAVietnameseExcelSavesIt() throws {
        let sheet = try CSVReader.read(Array("STT;Họ và tên;Ghi chú\n1;Nguyễn Văn An;\"a;b\"\n".utf8), name: "ds.csv")
        #expect(sheet[2, 2] == "Nguyễn Văn An")
        #expect(sheet[2, 3] == "a;b")
    }

    @Test func quotedFieldsKeepLineBreaksAndDoubledQuotes() throws {
        let sheet = try CSVReader.read(Array("a,\"x\"\"y\nz\",c\n".utf8), name: "ds.csv")
        #expect(sheet[1, 2] == "x\"y\nz")
        #expect(sheet[1, 3] == "c")
    }

    @Test func legacyEncodingsAreNamed() {
        #expect(throws: SpreadsheetError.unsupportedEncoding("UTF-16")) {
            try CSVReader.read([0xFF, 0xFE, 0x41, 0x00], name: "ds.csv")
        }
        // "Lê" in Windows-1258: 0xEA is ê, not UTF-8.
        #expect(throws: SpreadsheetError.unsupportedEncoding("Windows-1258")) {
            try CSVReader.read([0x4C, 0xEA, 0x2C, 0x41, 0x0A], name: "ds.csv")
        }
    }
}
