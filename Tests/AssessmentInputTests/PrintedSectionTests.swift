import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// Every section a form prints under a heading is in the data, or `check` says which heading would
/// print empty, in which form.
@Suite struct PrintedSectionTests {
    static let narrative = """
        narrative:
          direction: Nhà trường phổ biến quy định tới toàn thể cán bộ, giáo viên, nhân viên.
          self_assessment: Mọi thành viên tự đánh giá theo kế hoạch cá nhân.
          process: Hội đồng đối chiếu minh chứng với từng tiêu chí.
          strengths: Các thành viên có kế hoạch tự học.
          weaknesses: Chưa ứng dụng nhiều công nghệ thông tin.
          next_year: Duy trì danh hiệu Đơn vị học tập.

        """

    @Test func noNarrativeIsOneWarningListingEveryHeadingTheReportPrints() {
        let result = FixtureTests.loader.parse(text: SmallUnit.with(Self.narrative, ""), file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:1:1: cảnh báo: narrative: chưa có mục 'narrative' (nội dung báo cáo): báo cáo M3 sẽ in trống các mục 'I.1 Công tác chỉ đạo của lãnh đạo đơn vị', 'I.2 Công tác tự đánh giá của các thành viên trong đơn vị', 'I.3 Quy trình tự kiểm tra, đánh giá, lưu hồ sơ, minh chứng', 'III.1 Ưu điểm', 'III.2 Hạn chế', 'V. Phương hướng năm sau': thêm 'narrative:' với các khóa direction, self_assessment, process, strengths, weaknesses, next_year, mỗi đoạn một dòng '- ' ('hoso init' viết sẵn mẫu)"
            ])
        #expect(CheckReport(result: result).rendered().hasSuffix("Dữ liệu hợp lệ, 1 cảnh báo.\n"))
    }

    @Test func aMissingSectionAndAnEmptyOneAreEachLocatedAndNamed() {
        let text = SmallUnit.with("  self_assessment: Mọi thành viên tự đánh giá theo kế hoạch cá nhân.\n", "")
            .replacingOccurrences(of: "  process: Hội đồng đối chiếu minh chứng với từng tiêu chí.", with: "  process:")
        #expect(
            FixtureTests.loader.parse(text: text, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:45:1: cảnh báo: narrative.self_assessment: thiếu mục này: báo cáo M3 sẽ in mục 'I.2 Công tác tự đánh giá của các thành viên trong đơn vị' để trống: viết ít nhất một đoạn, mỗi đoạn một dòng '- '",
                "dl.yaml:47:11: cảnh báo: narrative.process: chưa có nội dung: báo cáo M3 sẽ in mục 'I.3 Quy trình tự kiểm tra, đánh giá, lưu hồ sơ, minh chứng' để trống: viết ít nhất một đoạn, mỗi đoạn một dòng '- '",
            ])
    }

    @Test func criteriaWithoutEvidenceAreOneWarningAtScores() {
        let text = SmallUnit.with("1a: {points: 10, evidence: Biên bản họp Hội đồng}", "1a: 10")
            .replacingOccurrences(of: "3c: {points: 5, evidence: Biên bản họp Hội đồng}", with: "3c: {points: 5}")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:34:1: cảnh báo: scores: các tiêu chí 1a, 3c chưa có minh chứng: cột minh chứng của biểu điểm BD và biên bản M4 sẽ để trống; dưới từng tiêu chí ghi 'points:' (hoặc 'met:') và 'evidence:' với mỗi minh chứng một dòng '- ' ('hoso init' viết sẵn mẫu)"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "dl.yaml:34:1: warning: scores: the criteria 1a, 3c have no evidence: the evidence column of the score sheet BD and the minutes M4 will be blank; under each criterion write 'points:' (or 'met:') and 'evidence:' with one '- ' line per piece of evidence ('hoso init' writes an example)"
            ])
    }
}
