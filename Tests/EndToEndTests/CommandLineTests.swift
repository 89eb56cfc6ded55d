import Foundation
import Testing

/// The data commands as a secretary uses them: exit codes and what is printed.
@Suite struct CommandLineTests {
    @Test(arguments: ["an-son-2023", "bien-giang-2022", "an-lam-2023", "vinh-lap-2024", "hoa-sen-2024"])
    func checkAcceptsEveryFixture(_ fixture: String) throws {
        let result = try run(hosoExecutable, ["check", "Fixtures/\(fixture).yaml"])
        #expect(result.status == 0, "\(result.output)")
        // Vĩnh Lập's minutes carry no number, as the real ones; Hoa Sen's Mức độ 1 (15/03/2024, after TT24
        // took effect) is not yet 12 months old: check warns and still accepts them.
        // and its Mức độ 1 still holds (3 years), so it is not requested again: a second warning.
        let ending =
            fixture == "vinh-lap-2024"
            ? "Dữ liệu hợp lệ, 1 cảnh báo.\n" : fixture == "hoa-sen-2024" ? "Dữ liệu hợp lệ, 2 cảnh báo.\n" : "Dữ liệu hợp lệ.\n"
        #expect(result.output.hasSuffix(ending), "\(result.output)")
    }

    @Test func checkPrintsTheAnSonResult() throws {
        let result = try run(hosoExecutable, ["check", "Fixtures/an-son-2023.yaml"])
        #expect(result.output.contains("Tổng điểm: 95/100 — Xếp loại: Tốt"))
        #expect(result.output.contains("Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc"))
    }

    @Test func checkPrintsTheLevelTheHoaSenUnitReaches() throws {
        let result = try run(hosoExecutable, ["check", "Fixtures/hoa-sen-2024.yaml"])
        #expect(result.status == 0)
        #expect(
            result.output.contains(
                "Mức độ đăng ký: 2 — Kết quả: Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; "
                    + "chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)\n"
            ))
    }

    @Test func checkRefusesBrokenDataWithItsLocation() throws {
        let result = try run(hosoExecutable, ["check", "Tests/AssessmentInputTests/Broken/01-syntax-indentation.yaml", "--lang", "en"])
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "Tests/AssessmentInputTests/Broken/01-syntax-indentation.yaml:4:10: error: syntax error: a ':' where a 'key: value' is not allowed"))
    }

    @Test func aStarterFileNamesWhatIsLeftToFill() throws {
        let folder = try temporaryFolder("init")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("truong.yaml").path
        let created = try run(hosoExecutable, ["init", file])
        #expect(created.status == 0)
        #expect(try run(hosoExecutable, ["init", file]).status == 1, "init must not overwrite without --force")
        let checked = try run(hosoExecutable, ["check", file])
        #expect(checked.status == 1)
        #expect(checked.output.contains("truong.yaml:"))
    }

    /// `--form` is parsed by one type for render, verify and archive, and refused in the user's language.
    @Test(arguments: [
        ["render", "Fixtures/an-son-2023.yaml", "-o", "/nonexistent/out"], ["verify", "/nonexistent"],
        ["archive", "/nonexistent", "--signed", "x.pdf", "-o", "/nonexistent/a.zip"],
    ])
    func aMalformedFormOptionIsRefusedTheSameWayEverywhere(_ command: [String]) throws {
        let vi = try run(hosoExecutable, command + ["--form", "M3"])
        #expect(vi.status == 64)
        #expect(vi.errors.hasPrefix("hoso: lỗi: --form M3: cần dạng ID=tệp.docx, ví dụ M3=mau-M3.docx\n"), "\(vi.errors)")
        let en = try run(hosoExecutable, command + ["--form", "=x.docx", "--lang", "en"])
        #expect(en.errors.hasPrefix("hoso: error: --form =x.docx: expected ID=file.docx, for example M3=mau-M3.docx\n"), "\(en.errors)")
    }
}
