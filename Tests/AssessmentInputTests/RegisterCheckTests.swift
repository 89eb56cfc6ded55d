import Diagnostics
import Testing

@testable import AssessmentInput

/// What `check` says of the register and the period an outside reader found wrong: numbers against
/// the dates' order (An Lâm), a TT24 meeting before the assessed year ends (Hoa Sen, Vĩnh Lập), a
/// "Chưa đạt" member whose only note is a status that exempts (Hoa Sen M5), and a decision that cites
/// only the circular (Hoa Sen QĐ).
@Suite struct RegisterCheckTests {
    static func english(_ result: LoadResult) -> [String] {
        result.diagnostics.map { $0.rendered(in: .en) }.filter { !$0.contains("prior_recognition") }
    }

    @Test func aLaterDocumentWithALowerNumberIsWarnedAtItsNumber() {
        let original = "  report: {number: 04, date: 05/01/2024}\n"
        let replacement = "  report: {number: 40, date: 05/01/2024}\n"
        #expect(
            SmallUnit.diagnostics(original, replacement) == [
                "dl.yaml:15:24: cảnh báo: documents.submission.number: tờ trình số 05/TTr-THHB ngày 06/01/2024 mang số nhỏ hơn văn bản ban hành "
                    + "trước nó trong cùng năm (báo cáo số 40/BC-THHB ngày 05/01/2024): văn bản đi của đơn vị được cấp số theo thứ tự ban hành "
                    + "trong năm (Nghị định 30/2020/NĐ-CP); sửa số hoặc ngày cho đúng sổ văn bản đi"
            ])
        let result = FixtureTests.loader.parse(text: SmallUnit.with(original, replacement), file: "dl.yaml")
        #expect(
            Self.english(result) == [
                "dl.yaml:15:24: warning: documents.submission.number: the submission letter no. 05/TTr-THHB of 06/01/2024 has a lower number "
                    + "than a document issued before it in the same year (the report no. 40/BC-THHB of 05/01/2024): a unit numbers its documents "
                    + "in the order it issues them within a year (Decree 30/2020/NĐ-CP); correct the number or the date as the register has them"
            ])
    }

    /// The register starts again each year: decision 120 of 20/12/2023 before report 04 of 05/01/2024
    /// is in order, and so are two documents of the same day.
    @Test func numbersOfDifferentYearsOrOfOneDayAreNotCompared() {
        #expect(SmallUnit.diagnostics("  report: {number: 04, date: 05/01/2024}\n", "  report: {number: 04, date: 05/01/2024}\n").isEmpty)
        #expect(
            SmallUnit.diagnostics("  report: {number: 04, date: 05/01/2024}\n", "  report: {number: 09, date: 06/01/2024}\n").isEmpty)
    }

    @Test func theAnLamFixtureIsNumberedInOrder() {
        #expect(FixtureTests.load("an-lam-2023.yaml").diagnostics.isEmpty)
    }

    /// Hoa Sen's Tổ meeting moved back into the assessed year: the period warning, and its minutes
    /// (dated with the meeting, number 01) now fall behind decision 118 of the same year.
    @Test func aTT24MeetingBeforeTheYearEndsIsWarned() {
        let result = LevelTests.load(replacing: "  date: 03/01/2025\n", with: "  date: 26/12/2024\n")
        #expect(
            LevelTests.lines(result) == [
                "x.yaml:48:13: cảnh báo: documents.minutes.number: biên bản số 01/BB-MNHS ngày 26/12/2024 mang số nhỏ hơn văn bản ban hành trước nó "
                    + "trong cùng năm (kế hoạch số 05/KH-MNHS ngày 22/01/2024, quyết định thành lập số 118/QĐ-MNHS ngày 12/12/2024): văn bản đi của "
                    + "đơn vị được cấp số theo thứ tự ban hành trong năm (Nghị định 30/2020/NĐ-CP); sửa số hoặc ngày cho đúng sổ văn bản đi",
                "x.yaml:70:9: cảnh báo: meeting.date: cuộc họp đánh giá ngày '26/12/2024' diễn ra trước khi hết giai đoạn được đánh giá "
                    + "(01/01/2024–31/12/2024: Thông tư 24/2023/TT-BGDĐT đánh giá theo năm dương lịch, hồ sơ gửi trước ngày 15/01/2025): kết quả "
                    + "đến hết ngày 31/12/2024 chưa có khi họp; đặt ngày họp từ 31/12/2024 (thường đầu tháng 01/2025, trước báo cáo và tờ trình), "
                    + "hoặc sửa 'year'",
            ])
        #expect(
            Self.english(result).last
                == "x.yaml:70:9: warning: meeting.date: the assessment meeting on '26/12/2024' is held before the assessed period ends "
                + "(01/01/2024–31/12/2024: Circular 24/2023/TT-BGDĐT assesses the calendar year, the dossier is sent before 15/01/2025): the "
                + "results up to 31/12/2024 are not known at the meeting; hold it on 31/12/2024 or later (usually early January 2025, before "
                + "the report and the letter), or correct 'year'")
    }

    /// TT22 rates the year as the district sets it (Biên Giang meets on 02/12/2022): no period warning.
    @Test func aTT22MeetingInDecemberIsNotWarned() {
        #expect(FixtureTests.load("bien-giang-2022.yaml").diagnostics.isEmpty)
    }

    @Test func aFailedMemberWhoseOnlyNoteIsAnExemptingStatusIsWarned() {
        let result = LevelTests.load(
            replacing: "notes: Chưa đạt danh hiệu Công dân học tập}", with: "notes: Hợp đồng lao động}")
        #expect(
            LevelTests.lines(result) == [
                "x.yaml:121:112: cảnh báo: members[36].notes: thành viên 'Nguyễn Văn Toàn' có kết quả 'Chưa đạt' nhưng ghi chú chỉ nêu "
                    + "'Hợp đồng lao động', một tình trạng thường là lý do không xét: nếu năm nay không xét người này, chuyển nội dung sang "
                    + "'exemption' (in \"Không xét\", không tính vào các tỷ lệ); nếu có xét, ghi rõ tiêu chí chưa đạt trong 'notes' "
                    + "(ví dụ \"Chưa đạt danh hiệu Công dân học tập\")"
            ])
        #expect(
            Self.english(result) == [
                "x.yaml:121:112: warning: members[36].notes: member 'Nguyễn Văn Toàn' is 'Chưa đạt' (not passed) but the note only says "
                    + "'Hợp đồng lao động', a status that is usually a reason not to rate them: if they are not rated this year, move it to "
                    + "'exemption' (printed \"Không xét\", out of the percentages); if they are rated, say in 'notes' which requirement they "
                    + "missed (e.g. \"Chưa đạt danh hiệu Công dân học tập\")"
            ])
    }

    /// The same status on a member who passes, on one exempted, or with the shortfall named, is fine.
    @Test(arguments: [
        "learning_citizen: false, notes: \"Hợp đồng lao động, chưa đạt danh hiệu Công dân học tập\"}",
        "notes: Hợp đồng lao động}",
        "learning_citizen: false, exemption: Hợp đồng lao động dưới 12 tháng}",
    ])
    func aStatusNoteIsFineWhereItExplainsNothingMissing(_ replacement: String) {
        let result = LevelTests.load(
            replacing: "learning_citizen: false, notes: Chưa đạt danh hiệu Công dân học tập}", with: replacement)
        #expect(LevelTests.lines(result).filter { $0.contains("members[") }.isEmpty)
    }

    @Test func exemptionStatusReadsOnlyAStatusAsOnlyAStatus() {
        #expect(ExemptionStatus.isOnlyStatus("Nghỉ thai sản từ tháng 3/2024"))
        #expect(ExemptionStatus.isOnlyStatus("Mới chuyển đến tháng 9/2024"))
        #expect(!ExemptionStatus.isOnlyStatus("Mới chuyển đến, chưa hoàn thành bồi dưỡng"))
        #expect(!ExemptionStatus.isOnlyStatus("Tổ trưởng chuyên môn"))
    }

    static let decisionBases = """
            legal_bases:  # như mọi quyết định của trường: điều lệ tổ chức trường, thông tư, kế hoạch của trường
              - Điều lệ trường mầm non ban hành kèm theo Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo
              - Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập”
              - Kế hoạch số 05/KH-MNHS ngày 22/01/2024 của Trường Mầm non Hoa Sen về xây dựng Đơn vị học tập năm 2024

        """

    @Test func aDecisionCitingOnlyTheCircularIsWarned() {
        let inherited = LevelTests.load(replacing: Self.decisionBases, with: "")
        #expect(
            LevelTests.lines(inherited) == [
                "x.yaml:27:3: cảnh báo: legal_bases: quyết định thành lập chỉ căn cứ 'Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ trưởng "
                    + "Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập”' (lấy từ 'legal_bases'): quyết định của đơn vị còn "
                    + "căn cứ văn bản quy định về tổ chức của đơn vị (Điều lệ trường …, Luật Tổ chức chính quyền địa phương) và kế hoạch của đơn vị "
                    + "(Kế hoạch số 05/KH-MNHS ngày 22/01/2024 …); ghi đủ số, ngày, cơ quan ban hành và trích yếu trong 'documents.decision.legal_bases'"
            ])
        let own = LevelTests.load(
            replacing: Self.decisionBases,
            with: "    legal_bases:\n      - Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo\n")
        #expect(
            Self.english(own) == [
                "x.yaml:44:7: warning: documents.decision.legal_bases: the decision establishing the council only cites 'Thông tư số "
                    + "24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo': a unit's decision also cites the rule on the unit's "
                    + "organisation (the school's Điều lệ, the law on local government) and the unit's plan (Kế hoạch số 05/KH-MNHS ngày "
                    + "22/01/2024 …); write each with its number, date, issuer and title in 'documents.decision.legal_bases'"
            ])
    }
}
