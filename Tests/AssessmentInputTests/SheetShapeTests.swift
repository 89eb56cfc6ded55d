import Assessment
import Diagnostics
import Foundation
import Spreadsheet
import Testing

@testable import AssessmentInput

/// Staff lists in the shapes schools keep them: a heading over two rows, a signature block under the
/// list, the same mistake down a whole column.
@Suite struct SheetShapeTests {
    @Test func aTwoRowHeadingAndASignatureBlockAreReadAsCalcWritesThem() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = """
            <html><head><meta charset="utf-8"></head><body><table>
            <tr><td colspan="9"><b>DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM 2023</b></td></tr>
            <tr><td rowspan="2">STT</td><td rowspan="2">Họ và tên</td><td rowspan="2">Chức vụ</td><td colspan="4">Kết quả thực hiện</td><td rowspan="2">Danh hiệu thi đua</td><td rowspan="2">Ghi chú</td></tr>
            <tr><td>Kế hoạch tự học</td><td>Kỷ luật lao động</td><td>Bồi dưỡng bắt buộc</td><td>Công dân học tập</td></tr>
            <tr><td>1</td><td>Nguyễn Thị Thanh Hương</td><td>Hiệu trưởng</td><td>x</td><td>x</td><td>Hoàn thành tốt</td><td>x</td><td>CSTĐCS</td><td></td></tr>
            <tr><td>2</td><td>Bùi Thị Thu</td><td>Văn thư</td><td></td><td>x</td><td>Hoàn thành</td><td></td><td>LĐTT</td><td></td></tr>
            <tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
            <tr><td></td><td>Người lập biểu</td><td></td><td></td><td></td><td></td><td>HIỆU TRƯỞNG</td><td></td><td></td></tr>
            <tr><td></td><td>(Ký, ghi rõ họ tên)</td><td></td><td></td><td></td><td></td><td>(Ký, đóng dấu)</td><td></td><td></td></tr>
            <tr><td></td><td>Trần Văn Khải</td><td></td><td></td><td></td><td></td><td>Nguyễn Thị Thanh Hương</td><td></td><td></td></tr>
            </table></body></html>
            """
        let file = folder.appendingPathComponent("ds.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let xlsx = try Calc.xlsx(file, filter: "HTML (StarCalc)")
        let read = MemberSheet.read(path: xlsx.path, displayName: "ds.xlsx")
        #expect(
            read.members == [
                Member(
                    name: "Nguyễn Thị Thanh Hương", position: "Hiệu trưởng", selfStudyPlan: true, discipline: true,
                    training: .hoanThanhTot, emulationTitle: .cstdcs, learningCitizen: true),
                Member(
                    name: "Bùi Thị Thu", position: "Văn thư", selfStudyPlan: false, discipline: true,
                    training: .hoanThanh, emulationTitle: .ldtt, learningCitizen: false),
            ])
        #expect(
            read.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.xlsx:Sheet1!A7: ghi chú: danh sách dừng ở đây, dòng đầu tiên không có STT và họ tên: bỏ qua 3 dòng bên dưới (bắt đầu bằng 'Người lập biểu'); nếu còn thành viên bên dưới, xóa dòng trống xen giữa hoặc điền STT"
            ])
    }

    static func sheet(_ rows: [[String]]) -> Worksheet {
        var cells: [Int: [Int: String]] = [:]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { cells[r + 1, default: [:]][c + 1] = text }
        }
        return Worksheet(name: "DS CBGVNV", rows: cells)
    }

    @Test func theSameMistakeDownAColumnIsOneMessageWithTheRange() {
        var rows = [["STT", "Họ và tên", "Chức vụ", "Danh hiệu thi đua", "Bồi dưỡng bắt buộc"]]
        for index in 1...25 { rows.append(["\(index)", "Giáo viên số \(index)", "Giáo viên", "LĐTT", "x"]) }
        rows[7][3] = "LDTT2"
        let read = MemberSheetDecoder(sheet: Self.sheet(rows), file: "ds.xlsx", isCSV: false).decode()
        #expect(read.members == nil)
        #expect(
            read.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.xlsx:DS CBGVNV!E2:E26: lỗi: 'x' không hợp lệ: chọn một trong Hoàn thành tốt, Hoàn thành, Chưa hoàn thành",
                "ds.xlsx:DS CBGVNV!D8: lỗi: 'LDTT2' không hợp lệ: chọn một trong CSTĐTQ, CSTĐ, CSTĐCS, LĐTT, HTNV, Không",
            ])
    }

    @Test func aHeadingSplitAcrossTwoRowsIsJoined() {
        let read = MemberSheetDecoder(
            sheet: Self.sheet([
                ["STT", "Họ và", "Chức", "Danh hiệu"],
                ["", "tên", "vụ", "thi đua"],
                ["1", "Lê Thị Duyên", "Giáo viên", "LĐTT"],
            ]), file: "ds.xlsx", isCSV: false
        ).decode()
        #expect(read.diagnostics.map(\.description) == [])
        #expect(read.members?.map(\.name) == ["Lê Thị Duyên"])
    }
}
