import Assessment
import Diagnostics
import Testing

@testable import AssessmentInput

@Suite struct CheckReportTests {
    @Test func anSonReportShowsTheTableTotalsAndPercentages() {
        let report = CheckReport(result: FixtureTests.load("an-son-2023.yaml")).rendered()
        #expect(report.hasPrefix("Trường Tiểu học An Sơn — năm 2023 — Thông tư 22/2020/TT-BGDĐT\n"))
        #expect(
            report.contains(
                "\n  3b  Đơn vị đạt danh hiệu “Tập thể lao động tiên t…      10     5  Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc\n"
            ))
        #expect(report.contains("\nIII. Các tiêu chí đánh giá hiệu quả, tác động của x…      40    35\n"))
        #expect(report.contains("\nTổng điểm: 95/100 — Xếp loại: Tốt\n"))
        #expect(report.contains("\n  đạt Lao động tiên tiến trở lên                                  28/28  100%\n"))
        #expect(report.hasSuffix("\nDữ liệu hợp lệ.\n"))
        #expect(CheckReport(result: FixtureTests.load("an-son-2023.yaml")).exitCode == 0)
    }

    @Test func englishLabels() {
        let report = CheckReport(result: FixtureTests.load("bien-giang-2022.yaml"), language: .en).rendered()
        #expect(report.contains("\nTotal: 98/100 — Band: Tốt\n"))
        #expect(report.contains("\n  LĐTT or higher                                                    26/30  86.67%\n"))
        #expect(report.hasSuffix("\nThe data is valid.\n"))
    }

    @Test func tt24ReportListsLevelAndFailures() {
        var result = FixtureTests.load("vinh-lap-2024.yaml")
        #expect(CheckReport(result: result).rendered().contains("\nĐạt 9/9 chỉ tiêu Mức độ 1\n\nMức độ đăng ký: 1 — Kết quả: Đạt Mức độ 1\n"))
        let index = result.assessment!.scores.firstIndex { $0.code == "1.3" }!
        result.assessment!.scores[index] = CriterionScore(code: "1.3", value: .met(false), reason: "Thiếu kinh phí")
        let report = CheckReport(result: result).rendered()
        #expect(
            report.contains(
                "\nĐạt 8/9 chỉ tiêu Mức độ 1 — chưa đạt: 1.3\n\nMức độ đăng ký: 1 — Kết quả: Chưa đạt Mức độ 1 (chỉ tiêu 1.3: Thiếu kinh phí)\n"))
        #expect(report.contains("  Chưa đạt  Thiếu kinh phí\n"))
    }

    @Test func invalidReportEndsWithTheCount() {
        let result = FixtureTests.loader.parse(text: "year: 2023\n", file: "x.yaml")
        let report = CheckReport(result: result).rendered()
        #expect(report.hasPrefix("x.yaml:1:1: lỗi: unit: thiếu khóa bắt buộc 'unit'\n"))
        #expect(report.hasSuffix("\nDữ liệu chưa hợp lệ: 9 lỗi, 0 cảnh báo.\n"))
        #expect(CheckReport(result: result).exitCode == 1)
    }
}
