import Foundation
import Testing

/// A Word file, a sheet or a PDF given where a data file (or a sheet) is expected gets one clear
/// sentence saying what the file is and what to give instead — from every command.
@Suite struct ForeignFileCommandTests {
    static let word =
        "đây là tệp Word, không phải tệp dữ liệu .yaml: hãy chọn tệp .yaml (hoặc .json) do 'hoso init' tạo; để kiểm tra một tệp Word dùng 'hoso validate' hoặc 'hoso verify'"

    @Test func wordSheetAndPDFAreNamedWhereAYAMLIsExpected() throws {
        let folder = try temporaryFolder("foreign")
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("m3.docx").path
        let sheet = folder.appendingPathComponent("ds.xlsx").path
        let pdf = folder.appendingPathComponent("ho-so.pdf").path
        let yaml = folder.appendingPathComponent("moi.yaml").path
        #expect(try run(hosoExecutable, ["forms", "export", "M3", docx]).status == 0)
        #expect(try run(hosoExecutable, ["members", "export", "-o", sheet]).status == 0)
        try Data("%PDF-1.7\n%âãÏÓ\n".utf8).write(to: URL(fileURLWithPath: pdf))

        let initFrom = try run(hosoExecutable, ["init", "--from", docx, yaml])
        #expect(initFrom.status == 1)
        #expect(initFrom.output + initFrom.errors == "\(docx): lỗi: \(Self.word)\n")
        #expect(!FileManager.default.fileExists(atPath: yaml))

        let render = try run(hosoExecutable, ["render", docx, "-o", folder.appendingPathComponent("out").path])
        #expect(render.status == 1)
        #expect((render.output + render.errors).hasPrefix("\(docx): lỗi: \(Self.word)\n"))

        let check = try run(hosoExecutable, ["check", sheet])
        #expect(check.status == 1)
        #expect(
            check.output.hasPrefix(
                "\(sheet): lỗi: đây là bảng tính Excel/Calc, không phải tệp dữ liệu .yaml: ghi danh sách thành viên vào tệp dữ liệu bằng 'hoso members import TỆP --into DỮ-LIỆU.yaml'\n"
            ))

        let fromPDF = try run(hosoExecutable, ["init", "--from", pdf, yaml, "--lang", "en"])
        #expect(fromPDF.status == 1)
        #expect(fromPDF.output + fromPDF.errors == "\(pdf): error: this is a PDF, not a .yaml data file: choose the file 'hoso init' wrote\n")

        let importWord = try run(hosoExecutable, ["members", "import", docx, "--into", yaml])
        #expect(importWord.status == 1)
        #expect(
            importWord.output + importWord.errors
                == "\(docx): lỗi: đây là tệp Word, không phải bảng tính: chọn tệp .xlsx hoặc .csv có danh sách thành viên (trong Excel: Lưu thành → Sổ làm việc Excel (.xlsx))\n"
        )
    }
}
