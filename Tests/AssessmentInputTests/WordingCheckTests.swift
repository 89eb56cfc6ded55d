import Assessment
import Diagnostics
import Testing
import VietnameseText

@testable import AssessmentInput

/// What `check` says of the wording and dating a reader trial found wrong: a member summary dated after
/// the meeting that relies on it, a school calling itself "Đơn vị", a plan without measures; and the
/// members' designation taken from the unit's kind.
@Suite struct WordingCheckTests {
    @Test func aMemberSummaryDatedAfterTheMeetingIsWarned() {
        let lines = SmallUnit.diagnostics(
            "  report: {number: 04, date: 05/01/2024}\n",
            "  report: {number: 04, date: 05/01/2024}\n  summary: {date: 02/01/2024}\n")
        #expect(
            lines == [
                "dl.yaml:17:19: cảnh báo: documents.summary.date: bản tổng hợp kết quả học tập của các cá nhân đề ngày '02/01/2024', sau cuộc họp tự đánh giá "
                    + "ngày '28/12/2023' dựa trên bản tổng hợp này: đề ngày không muộn hơn cuộc họp, hoặc bỏ 'documents.summary.date' để lấy ngày họp"
            ])
    }

    @Test func aMemberSummaryDatedWithTheMeetingIsNot() {
        #expect(
            SmallUnit.diagnostics(
                "  report: {number: 04, date: 05/01/2024}\n",
                "  report: {number: 04, date: 05/01/2024}\n  summary: {date: 28/12/2023}\n"
            ).isEmpty)
    }

    /// TT24's member summary (M5) is dated with the meeting unless the data says otherwise; the Bản
    /// tổng hợp các tiêu chí stays with the report.
    @Test func theTT24MemberSummaryTakesTheMeetingsDate() throws {
        let assessment = try #require(FixtureTests.load("hoa-sen-2024.yaml").assessment)
        #expect(assessment.documents.summary.date.short == "03/01/2025")
        #expect(assessment.documents.scoresheet.date.short == "06/01/2025")
    }

    @Test func aSchoolsParagraphOpeningWithDonViIsWarned() {
        let result = FixtureTests.loader.parse(
            text: SmallUnit.with(
                "direction: Nhà trường phổ biến quy định", "direction: Đơn vị phổ biến quy định"),
            file: "dl.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:46:14: cảnh báo: narrative.direction: đoạn 'Đơn vị phổ biến quy định tới toàn thể cá…' mở đầu bằng 'Đơn vị' (từ của thông tư): "
                    + "trong báo cáo nhà trường tự nói về mình, hãy viết 'Nhà trường …'"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "dl.yaml:46:14: warning: narrative.direction: the paragraph 'Đơn vị phổ biến quy định tới toàn thể cá…' opens with 'Đơn vị' (the circular's word): "
                    + "in the report the school speaks of itself, write 'Nhà trường …'"
            ])
    }

    @Test func donViHocTapAndNonSchoolsAreNotWarned() {
        #expect(
            SmallUnit.diagnostics(
                "next_year: Duy trì danh hiệu Đơn vị học tập.", "next_year: Đơn vị học tập được duy trì."
            ).isEmpty)
        #expect(
            SmallUnit.diagnostics(
                "  name: Trường Tiểu học Hòa Bình\n  parent: UBND huyện Kim Thành\n",
                "  name: Trạm Y tế xã Hòa Bình\n  parent: UBND huyện Kim Thành\n  head_title: Trưởng trạm\n"
            ).allSatisfy { !$0.contains("mở đầu bằng 'Đơn vị'") })
    }

    @Test func aPlanWithoutMeasuresIsWarned() {
        #expect(
            SmallUnit.diagnostics("narrative:\n", "plan:\n  targets:\n    - \"Cá nhân: 100% hoàn thành bồi dưỡng\"\nnarrative:\n") == [
                "dl.yaml:45:1: cảnh báo: plan.actions: kế hoạch (3-KH) chưa có biện pháp thực hiện nào: mục 'I. CÁC TIÊU CHÍ ĐÁNH GIÁ' chỉ liệt kê tiêu chí; "
                    + "thêm 'plan: actions:' với mỗi mã tiêu chí một danh sách việc đơn vị sẽ làm (ví dụ '1a:' rồi '- Lập kế hoạch bồi dưỡng thường xuyên …')"
            ])
    }

    @Test(arguments: [
        ("Trường Tiểu học An Sơn", "cán bộ, giáo viên, nhân viên"),
        ("Ủy ban nhân dân xã An Lâm", "cán bộ, công chức và người hoạt động không chuyên trách"),
        ("Trạm Y tế xã An Lâm", "cán bộ, công chức, viên chức và người lao động"),
    ])
    func theMembersDesignationFollowsTheUnitsKind(_ name: String, _ staff: String) {
        #expect(AssessedUnit(name: name, parent: nil, symbol: "X", place: "X", headTitle: "Hiệu trưởng").staff == staff)
    }

    @Test func theDataCanNameTheMembersItself() throws {
        let text = SmallUnit.with("  place: Hòa Bình\n", "  place: Hòa Bình\n  staff: cán bộ, giáo viên, nhân viên và người lao động\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(try #require(result.assessment).unit.staff == "cán bộ, giáo viên, nhân viên và người lao động")
    }
}
