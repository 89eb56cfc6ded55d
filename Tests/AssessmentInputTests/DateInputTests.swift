import Assessment
import Diagnostics
import Testing
import VietnameseText

@testable import AssessmentInput

/// Dates as Vietnamese people type them, the calendar year, and the order of the documents.
@Suite struct DateInputTests {
    @Test func theSmallUnitIsValid() {
        #expect(FixtureTests.loader.parse(text: SmallUnit.yaml, file: "dl.yaml").diagnostics.map(\.description) == [])
    }

    @Test(arguments: [
        "05/01/2024", "5/1/2024", "05-01-2024", "05.01.2024", "2024-01-05", "2024/01/05",
        "ngày 05 tháng 01 năm 2024", "Ngày 5 tháng 1 năm 2024", "\"05 / 01 / 2024\"",
    ])
    func everyWayOfWritingTheReportDateIsRead(_ typed: String) throws {
        let result = FixtureTests.loader.parse(text: SmallUnit.with("date: 05/01/2024}", "date: \(typed)}"), file: "dl.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        let report = try #require(result.assessment?.documents.report)
        #expect(report.date.year == 2024 && report.date.month == 1 && report.date.day == 5)
    }

    @Test func aTwoDigitYearIsALocatedError() {
        #expect(
            SmallUnit.diagnostics("date: 05/01/2024}", "date: 05/01/24}") == [
                "dl.yaml:16:30: lỗi: documents.report.date: ngày '05/01/24' có năm hai chữ số: viết đủ bốn chữ số, ví dụ 05/01/2024"
            ])
    }

    @Test func anImpossibleDayQuotesWhatWasTyped() {
        #expect(
            SmallUnit.diagnostics("date: 05/01/2024}", "date: 30-02-2024}") == [
                "dl.yaml:16:30: lỗi: documents.report.date: ngày '30-02-2024' không có trên lịch: tháng 2 năm 2024 chỉ có 29 ngày"
            ])
        #expect(
            SmallUnit.diagnostics("date: 05/01/2024}", "date: 01/13/2024}") == [
                "dl.yaml:16:30: lỗi: documents.report.date: ngày '01/13/2024' không có trên lịch: không có tháng 13; ngày viết trước tháng (13/01/2024?)"
            ])
    }

    @Test func unreadableTextSaysHowToWriteADate() {
        #expect(
            SmallUnit.diagnostics("date: 05/01/2024}", "date: đầu tháng 1}") == [
                "dl.yaml:16:30: lỗi: documents.report.date: không đọc được ngày 'đầu tháng 1': viết ngày trước tháng, năm đủ bốn chữ số, ví dụ 05/01/2024, 05-01-2024 hoặc ngày 05 tháng 01 năm 2024"
            ])
    }

    @Test func aSchoolYearExplainsThatTheCalendarYearIsMeant() {
        #expect(
            SmallUnit.diagnostics("year: 2023", "year: 2023-2024") == [
                "dl.yaml:6:7: lỗi: year: '2023-2024' là một năm học; 'year' là năm dương lịch được đánh giá (từ 01/01 đến 31/12): chỉ ghi một năm, ví dụ 2023 hoặc 2024"
            ])
    }

    @Test func aDecisionAfterTheMeetingIsAWarningQuotingBothDates() {
        let result = FixtureTests.loader.parse(
            text: SmallUnit.with("date: 20/12/2023}", "date: 30-12-2023}"), file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:14:33: cảnh báo: documents.decision.date: quyết định thành lập Hội đồng đề ngày '30-12-2023', sau cuộc họp tự đánh giá ngày '28/12/2023': thứ tự là kế hoạch → quyết định thành lập → cuộc họp → báo cáo → tờ trình; kiểm tra lại ngày"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "dl.yaml:14:33: warning: documents.decision.date: the decision establishing the council is dated '30-12-2023', after the assessment meeting on '28/12/2023': the order is plan → decision → meeting → report → submission; check the dates"
            ])
    }

    @Test func aReportBeforeTheMeetingQuotesTheDatesAsTyped() {
        #expect(
            SmallUnit.diagnostics("date: 05/01/2024}", "date: ngày 27 tháng 12 năm 2023}") == [
                "dl.yaml:16:30: cảnh báo: documents.report.date: báo cáo đề ngày 'ngày 27 tháng 12 năm 2023', trước cuộc họp tự đánh giá ngày '28/12/2023': thứ tự là kế hoạch → quyết định thành lập → cuộc họp → báo cáo → tờ trình; kiểm tra lại ngày"
            ])
    }

    @Test func aSubmissionBeforeTheReportIsAWarning() {
        #expect(
            SmallUnit.diagnostics("date: 06/01/2024}", "date: 2024-01-04}") == [
                "dl.yaml:15:34: cảnh báo: documents.submission.date: tờ trình đề ngày '2024-01-04', trước báo cáo ngày '05/01/2024': thứ tự là kế hoạch → quyết định thành lập → cuộc họp → báo cáo → tờ trình; kiểm tra lại ngày"
            ])
    }

    @Test func aPlanAfterTheDecisionIsAWarningQuotingBothDates() {
        #expect(
            SmallUnit.diagnostics("date: 20/01/2023}", "date: 21/12/2023}") == [
                "dl.yaml:13:28: cảnh báo: documents.plan.date: kế hoạch của đơn vị đề ngày '21/12/2023', sau quyết định thành lập Hội đồng ngày '20/12/2023': thứ tự là kế hoạch → quyết định thành lập → cuộc họp → báo cáo → tờ trình; kiểm tra lại ngày"
            ])
    }
    @Test func aLegalBasisIssuedAfterTheDocumentsCitingItIsOneWarningNamingThemAll() {
        let result = FixtureTests.loader.parse(
            text: SmallUnit.with(
                "recipient: Phòng Giáo dục và Đào tạo huyện Kim Thành\n",
                """
                recipient: Phòng Giáo dục và Đào tạo huyện Kim Thành
                legal_bases:
                  - Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo
                  - Công văn số 1455/UBND-GDĐT ngày 22/12/2023 của UBND huyện Kim Thành

                """), file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:12:5: cảnh báo: legal_bases[2]: văn bản căn cứ này ban hành ngày '22/12/2023', sau kế hoạch (ngày '20/01/2023'), quyết định thành lập (ngày '20/12/2023') căn cứ vào nó: một văn bản chỉ căn cứ văn bản đã ban hành trước nó; kiểm tra lại ngày, hoặc ghi danh sách căn cứ riêng (documents.plan.legal_bases, documents.decision.legal_bases) không có văn bản này"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "dl.yaml:12:5: warning: legal_bases[2]: this legal basis was issued on '22/12/2023', after the plan (dated '20/01/2023'), the decision establishing the council (dated '20/12/2023') that cites it: a document can only cite what was issued before it; check the dates, or give a list of its own (documents.plan.legal_bases, documents.decision.legal_bases) without this basis"
            ])
    }

    @Test func aDocumentsOwnLegalBasisIsCheckedWithTheDateAsWrittenInWords() {
        let result = FixtureTests.loader.parse(
            text: SmallUnit.with(
                "  plan: {number: 15, date: 20/01/2023}\n",
                """
                  plan:
                    number: 15
                    date: 20-01-2023
                    legal_bases:
                      - Thông tư số 22/2020/TT-BGDĐT ngày 06 tháng 8 năm 2020 của Bộ Giáo dục và Đào tạo
                      - Điều lệ trường tiểu học (không ghi ngày)
                      - Kế hoạch số 7/KH-PGDĐT ngày 25 tháng 01 năm 2023 của Phòng GDĐT huyện Kim Thành

                """), file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:19:9: cảnh báo: documents.plan.legal_bases[3]: văn bản căn cứ này ban hành ngày '25 tháng 01 năm 2023', sau kế hoạch (ngày '20-01-2023') căn cứ vào nó: một văn bản chỉ căn cứ văn bản đã ban hành trước nó; kiểm tra lại ngày, hoặc bỏ căn cứ này"
            ])
    }

    @Test func theIssueDateOfACitationIsTheFirstDateAfterNgay() {
        #expect(
            AssessmentDecoder.issueDate(of: "Kế hoạch số 1929/KH-SGDĐT, ngày 27/8/2021 của Sở GDĐT, sửa đổi ngày 01/9/2021")?.typed == "27/8/2021")
        #expect(
            AssessmentDecoder.issueDate(of: "Thông tư 17/2018/TT-BGDĐT Ngày 22 tháng 8 năm 2018")?.date
                == VietnameseDate(year: 2018, month: 8, day: 22))
        #expect(AssessmentDecoder.issueDate(of: "Thông tư số 22/2020/TT-BGDĐT") == nil)
        #expect(AssessmentDecoder.issueDate(of: "Công văn ngày 31/02/2023") == nil)
    }
}
