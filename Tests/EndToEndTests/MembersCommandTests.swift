import Foundation
import OOXML
import Testing

/// `hoso members export` through the binary, on the files a secretary really has.
@Suite struct MembersCommandTests {
    /// A file just made by `init --from` has every member's yearly results still to fill: the export
    /// works, says so, and leaves those cells empty (names and positions filled); the minutes' number
    /// and date the starter asks for are two of the other errors.
    @Test func aFileFreshFromInitFromExports() throws {
        let folder = try temporaryFolder("members-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("2024.yaml").path
        let sheet = folder.appendingPathComponent("ds.xlsx").path
        #expect(try run(hosoExecutable, ["init", "--from", "Fixtures/an-son-2023.yaml", data]).status == 0)
        let result = try run(hosoExecutable, ["members", "export", data, "-o", sheet])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors == "")
        #expect(
            result.output.split(separator: "\n").map(String.init) == [
                "\(data) còn 47 lỗi ở các phần khác (không ảnh hưởng danh sách thành viên): chạy hoso check \(data) để xem",
                "Đã ghi 28 thành viên vào \(sheet).",
            ])
        let package = try OOXMLPackage.open(at: URL(fileURLWithPath: sheet))
        let xml = String(decoding: try #require(package.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(
            xml.contains(
                "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>1</v></c><c r=\"B2\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Nguyễn Thị Thanh Hương</t></is></c><c r=\"C2\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Hiệu trưởng</t></is></c></row>"
            ))
        #expect(!xml.contains("&lt;"))
    }

    /// A sheet already there (the school's own list, perhaps edited since) is not replaced unasked:
    /// refused as `init` refuses, untouched; `--force` replaces it.
    @Test func anExistingSheetIsNotOverwrittenWithoutForce() throws {
        let folder = try temporaryFolder("members-export-exists")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("my.xlsx").path
        try Data("bảng của trường".utf8).write(to: URL(fileURLWithPath: sheet))
        let refused = try run(hosoExecutable, ["members", "export", "Fixtures/an-son-2023.yaml", "-o", sheet])
        #expect(refused.status == 1)
        #expect(refused.errors == "hoso: lỗi: '\(sheet)' đã có; thêm --force để ghi đè, hoặc chọn tên khác\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sheet)) == Data("bảng của trường".utf8))
        let forced = try run(hosoExecutable, ["members", "export", "Fixtures/an-son-2023.yaml", "-o", sheet, "--force"])
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try OOXMLPackage.open(at: URL(fileURLWithPath: sheet)).part("xl/worksheets/sheet1.xml") != nil)
    }

    /// A fresh `hoso init` file has only example members with placeholder names: the export gives the
    /// empty sheet with its two example rows, and names the data file to import into.
    @Test func aFreshStarterExportsTheEmptySheet() throws {
        let folder = try temporaryFolder("members-export-fresh")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("truong-toi.yaml").path
        let sheet = folder.appendingPathComponent("ds.xlsx").path
        #expect(try run(hosoExecutable, ["init", "--regime", "tt24", data]).status == 0)
        let result = try run(hosoExecutable, ["members", "export", data, "-o", sheet])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors == "")
        #expect(
            result.output.split(separator: "\n").last
                == "Đã ghi \(sheet): bảng trống với hai dòng ví dụ. Điền danh sách rồi chạy: hoso members import \(sheet) --into \(data)")
        let package = try OOXMLPackage.open(at: URL(fileURLWithPath: sheet))
        let xml = String(decoding: try #require(package.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(xml.contains("Nguyễn Văn An") && xml.contains("Ví dụ: xóa dòng này"))
    }
}
