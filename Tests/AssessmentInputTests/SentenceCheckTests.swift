import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// `hoso check` catches sentences that contradict the figures or each other, lists split at a comma,
/// and minutes without a number; every fault here is injected into the An Sơn fixture.
@Suite struct SentenceCheckTests {
    static func anSon(_ edits: [(String, String)]) throws -> LoadResult {
        var text = try String(contentsOfFile: Paths.repository("Fixtures/an-son-2023.yaml"), encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "the fixture no longer holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return FixtureTests.loader.parse(text: text, file: "an-son.yaml", directory: Paths.repository("Fixtures"))
    }

    @Test func aReasonThatNamesAnotherTitleThanItsEvidenceIsAnError() throws {
        let result = try Self.anSon([
            (
                "reason: Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc",
                "reason: Tập thể chỉ đạt danh hiệu Lao động tiên tiến"
            )
        ])
        #expect(!result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:159:13: lỗi: scores.3b.reason: tiêu chí 3b: lý do trừ điểm \"Tập thể chỉ đạt danh hiệu Lao động tiên tiến\" nêu danh hiệu “Lao động tiên tiến” nhưng minh chứng \"Quyết định công nhận Tập thể lao động tiên tiến năm học 2022-2023\" là danh hiệu “Tập thể lao động tiên tiến”: sửa lý do hoặc minh chứng cho khớp với danh hiệu thực tế"
            ])
    }

    @Test func aCouncilNamedOtherwiseInTheReportIsWarnedAndAShortNameIsNot() throws {
        let result = try Self.anSon([
            (
                "Nhà trường thành lập Hội đồng tự kiểm tra, đánh giá, xếp loại Đơn vị học tập; Hiệu trưởng",
                "Nhà trường thành lập Hội đồng tự đánh giá, xếp loại Đơn vị học tập; Hội đồng tự kiểm tra họp; Hiệu trưởng"
            )
        ])
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:206:7: cảnh báo: narrative.process[1]: văn bản gọi Hội đồng là \"Hội đồng tự đánh giá, xếp loại Đơn vị học tập\" trong khi quyết định thành lập và các biểu mẫu gọi là \"Hội đồng tự kiểm tra, đánh giá, xếp loại Đơn vị học tập\": dùng một tên ở mọi nơi (sửa câu này theo tên trong quyết định, hoặc sửa 'council.name')"
            ])
    }

    @Test func aConclusionWithOtherFiguresIsAnError() throws {
        let result = try Self.anSon([
            (
                "  conclusion: Giao Thư ký hoàn thiện hồ sơ, trình Hiệu trưởng ký gửi Phòng GDĐT huyện Nam Sách.",
                "  conclusion: Hội đồng thống nhất đánh giá nhà trường đạt 97/100 điểm, xếp loại Khá."
            )
        ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:82:15: lỗi: meeting.conclusion: kết luận ghi \"97/100\" khác kết quả tính từ điểm (95/100): hoso tự in tổng điểm, xếp loại và biểu quyết; ở 'conclusion' chỉ ghi thêm ý khác, hoặc sửa điểm",
                "an-son.yaml:82:15: lỗi: meeting.conclusion: kết luận ghi \"xếp loại Khá\" khác kết quả tính từ điểm (xếp loại Tốt): hoso tự in tổng điểm, xếp loại và biểu quyết; ở 'conclusion' chỉ ghi thêm ý khác, hoặc sửa điểm",
            ])
    }

    @Test func aFlowListOfTextAndASplitSentenceAreWarned() throws {
        let result = try Self.anSon([
            (
                """
                    evidence:
                      - Quy chế chi tiêu nội bộ năm 2023 (mục hỗ trợ học tập)
                      - Quy chế thi đua, khen thưởng
                """,
                """
                    evidence: [Quy chế chi tiêu nội bộ năm 2023, Quy chế thi đua, khen thưởng]
                """
            )
        ])
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:124:15: cảnh báo: scores.1b.evidence: danh sách viết dạng [a, b] (3 mục): dấu phẩy trong một mục sẽ tách nó làm hai; hãy viết mỗi mục một dòng bắt đầu bằng '- '",
                "an-son.yaml:124:67: cảnh báo: scores.1b.evidence[2]: mục \"khen thưởng\" trông như phần đuôi của mục trước \"Quy chế thi đua\" bị tách ở dấu phẩy: gộp lại thành \"Quy chế thi đua, khen thưởng\"",
            ])
    }

    @Test func minutesWithoutANumberAreWarned() throws {
        let result = try Self.anSon([("    number: 98\n", "")])
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:52:5: cảnh báo: documents.minutes.number: biên bản chưa có số: thêm 'documents.minutes.number' (biểu mẫu sẽ in \"Số:      /BB-THAS\" để điền tay)"
            ])
        #expect(
            result.diagnostics.first?.rendered(in: .en).hasSuffix(
                "the minutes have no number: add 'documents.minutes.number' (the form prints \"Số:      /BB-THAS\" to fill in by hand)") == true)
    }

    @Test func fullPointsAgainstTheMemberListNeedAReason() throws {
        let denied = try Self.anSon([
            (
                "  - {name: Vũ Văn Thắng, position: Nhân viên bảo vệ, emulation_title: LĐTT}",
                "  - {name: Vũ Văn Thắng, position: Nhân viên bảo vệ, emulation_title: LĐTT, self_study_plan: false}"
            )
        ])
        #expect(!denied.isValid)
        #expect(
            denied.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:133:13: lỗi: scores.2a: tiêu chí '2a' được chấm đủ 10 điểm nhưng chỉ 27/28 thành viên (96,43%) có kế hoạch tự học được phê duyệt, cần 100%; chưa đạt: Vũ Văn Thắng"
            ])
        let kept = try Self.anSon([
            (
                "  - {name: Vũ Văn Thắng, position: Nhân viên bảo vệ, emulation_title: LĐTT}",
                "  - {name: Vũ Văn Thắng, position: Nhân viên bảo vệ, emulation_title: LĐTT, self_study_plan: false}"
            ),
            (
                "      - Kế hoạch tự học, tự bồi dưỡng của 28 thành viên có phê duyệt\n",
                "      - Kế hoạch tự học, tự bồi dưỡng của 28 thành viên có phê duyệt\n    kept_reason: Nhân viên bảo vệ mới tuyển tháng 12, Phòng GDĐT cho phép không tính\n"
            ),
        ])
        #expect(kept.isValid)
        #expect(kept.diagnostics.map(\.severity) == [.warning])
        #expect(kept.assessment?.score("2a")?.keptReason == "Nhân viên bảo vệ mới tuyển tháng 12, Phòng GDĐT cho phép không tính")
    }

    @Test func anLamIsACommuneWithExemptMembersAndAnAbsentCouncilMember() throws {
        let result = FixtureTests.load("an-lam-2023.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let a = try #require(result.assessment)
        #expect(a.members.count == 46)
        #expect(a.memberStatistics.total == 44)
        #expect(a.memberStatistics.exempted.map(\.exemption) == ["Nghỉ thai sản từ tháng 7/2023", "Mới chuyển công tác đến từ tháng 11/2023"])
        #expect(a.evaluation.total == 96)
        #expect(a.evaluation.band?.name == "Tốt")
        #expect(Set(a.evaluation.deductions.map { $0.code.prefix(1) }) == ["1", "2"])
        #expect(a.meeting.absent.map(\.name) == ["Đặng Văn Toàn"])
        #expect(a.unit.selfName == "đơn vị")
        #expect(a.unit.staff == "cán bộ, công chức và người hoạt động không chuyên trách")
        #expect(a.head.prefix == .tm)
    }
}

extension SentenceCheckTests {
    @Test func aReportTextWithAnotherTotalIsAnError() throws {
        let result = try Self.anSon([
            (
                "    - Quan tâm đầu tư các nguồn lực để đáp ứng nhu cầu học tập.",
                "    - Quan tâm đầu tư các nguồn lực để đáp ứng nhu cầu học tập; nhà trường đạt 97/100 điểm."
            )
        ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "an-son.yaml:219:7: lỗi: narrative.strengths[2]: đoạn văn ghi \"97/100\" khác kết quả tính từ điểm (95/100): sửa đoạn văn hoặc sửa điểm"
            ])
    }
}
