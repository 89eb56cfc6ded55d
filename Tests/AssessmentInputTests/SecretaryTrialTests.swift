import Assessment
import Diagnostics
import Foundation
import Spreadsheet
import Testing

@testable import AssessmentInput

/// What a school secretary's trial of a new data file found, each fault injected into a small valid file.
@Suite struct SecretaryTrialTests {
    @Test func aDeductionTheMemberListContradictsIsWarnedQuotingBoth() {
        #expect(
            SmallUnit.diagnostics(
                "2d: {points: 5, evidence: Biên bản họp Hội đồng}",
                "2d: {points: 0, reason: \"Còn 01 nhân viên chưa đạt danh hiệu Lao động tiên tiến.\", evidence: Biên bản họp Hội đồng}") == [
                    "dl.yaml:41:16: cảnh báo: scores.2d: tiêu chí '2d' chỉ được chấm 0/5 điểm với lý do \"Còn 01 nhân viên chưa đạt danh hiệu Lao động tiên tiến.\" nhưng danh sách thành viên có 3/3 thành viên (100%) đạt Lao động tiên tiến trở lên, đủ 100%: chấm đủ 5 điểm, hoặc sửa danh sách thành viên nếu danh sách sai"
                ])
        // A deduction the list supports is not warned.
        let supported = SmallUnit.with(
            "2d: {points: 5, evidence: Biên bản họp Hội đồng}",
            "2d: {points: 0, reason: Còn 01 giáo viên chưa đạt, evidence: Biên bản họp Hội đồng}"
        )
        .replacingOccurrences(
            of: "Trần Thị Bình, position: Giáo viên, emulation_title: LĐTT", with: "Trần Thị Bình, position: Giáo viên, emulation_title: HTNV")
        #expect(FixtureTests.loader.parse(text: supported, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) } == [])
    }

    /// TT24 applies from the 2024 assessment year (in force 26/01/2024): a TT22 file for 2024 is
    /// warned, naming the regime, the year and how to switch; 2023 under TT22 is not.
    @Test func aTT22FileForAYearUnderTT24IsWarned() {
        #expect(
            SmallUnit.diagnostics("year: 2023", "year: 2024").filter { $0.contains("TT22") } == [
                "dl.yaml:7:9: cảnh báo: regime: tệp theo chế độ TT22 (Thông tư 22/2020/TT-BGDĐT, chấm điểm) cho năm 2024, nhưng từ năm 2024 việc đánh giá theo Thông tư 24/2023/TT-BGDĐT (có hiệu lực từ 26/01/2024): nếu đơn vị đánh giá theo TT24, tạo tệp mới bằng 'hoso init --regime tt24 tệp-mới.yaml' (hoặc 'hoso init --regime tt24 --from tệp-này.yaml tệp-mới.yaml' để giữ đơn vị, Hội đồng và thành viên) rồi ghi 'regime: TT24'; nếu cấp trên vẫn yêu cầu TT22, giữ nguyên"
            ])
        #expect(SmallUnit.diagnostics("year: 2023", "year: 2023").filter { $0.contains("TT22") } == [])
    }

    @Test func aColonInANarrativeItemSaysToQuoteTheLine() {
        #expect(
            SmallUnit.diagnostics("strengths: Các thành viên có kế hoạch tự học.", "strengths:\n    - Kết quả: tốt") == [
                "dl.yaml:50:7: lỗi: narrative.strengths[1]: có dấu ':' trong câu 'Kết quả: tốt' nên câu bị hiểu thành 'khóa: giá trị': đặt cả dòng trong dấu nháy kép, ví dụ - \"Kết quả: tốt\""
            ])
    }

    @Test func aWordForANumberGetsAnExample() {
        #expect(
            SmallUnit.diagnostics("vote: {agree: 3,", "vote: {agree: 3 phiếu,") == [
                "dl.yaml:29:17: lỗi: meeting.vote.agree: '3 phiếu' không phải số nguyên: viết số, ví dụ 3"
            ])
        #expect(
            SmallUnit.diagnostics("vote: {agree: 3,", "vote: {agree: năm,") == [
                "dl.yaml:29:17: lỗi: meeting.vote.agree: 'năm' không phải số nguyên: viết số, ví dụ 5"
            ])
    }

    @Test func chienSyIsChienSi() throws {
        for (written, title) in [
            ("Chiến sỹ thi đua cơ sở", "CSTĐCS"), ("Chiến sỹ thi đua toàn quốc", "CSTĐTQ"),
            ("Chiến sĩ thi đua cơ sở", "CSTĐCS"),
        ] {
            let text = SmallUnit.with("emulation_title: CSTĐCS}", "emulation_title: \(written)}")
            let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(written)")
            #expect(result.members?[2].emulationTitle.title == title, "\(written)")
        }
    }

    @Test func theMembersAreReadEvenWhenAnotherSectionHasErrors() {
        let result = FixtureTests.loader.parse(text: SmallUnit.with("year: 2023", "year: \"<Năm>\""), file: "dl.yaml")
        #expect(result.assessment == nil)
        #expect(result.members?.map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
    }

    @Test func aBlankTrainingCellInAMembersFileIsAnError() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            "STT,Họ và tên,Chức vụ,Bồi dưỡng bắt buộc,Danh hiệu thi đua\n1,Nguyễn Văn An,Hiệu trưởng,,LĐTT\n2,Trần Thị Bình,Giáo viên,HT,LĐTT\n3,Lê Văn Cường,Giáo viên,Hoàn thành tốt,CSTĐCS\n"
            .write(to: folder.appendingPathComponent("ds.csv"), atomically: true, encoding: .utf8)
        let text = MembersBlock.replace(in: SmallUnit.yaml, with: "members_file: ds.csv\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml", directory: folder.path)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.csv:2:4: lỗi: ô 'Bồi dưỡng bắt buộc' còn trống: điền vào"
            ])
    }
}
