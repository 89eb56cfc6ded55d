import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// What a paste from Excel, Word or the web leaves in a value, and the rules for names and numbers.
@Suite struct PastedValueTests {
    @Test func aTabLooksLikeTwoExcelColumns() {
        #expect(
            SmallUnit.diagnostics(
                "{name: Lê Văn Cường, position: Giáo viên, emulation_title: CSTĐCS}",
                "{name: \"Lê Văn Cường\\tGiáo viên Ngữ văn\", position: Giáo viên, emulation_title: CSTĐCS}") == [
                    "dl.yaml:33:12: lỗi: members[3].name: có ký tự Tab giữa 'Lê Văn Cường' và 'Giáo viên Ngữ văn': có vẻ đã dán hai cột Excel vào một ô; tách thành hai khóa (ví dụ name và position) hoặc xóa Tab"
                ])
    }

    @Test func doubleSpacesAndNonBreakingSpacesAreNormalisedWithANote() throws {
        let text = SmallUnit.with("place: Phòng họp Hội đồng sư phạm", "place: Phòng họp  Hội đồng\u{00A0}sư phạm")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:26:10: ghi chú: meeting.place: đã đổi dấu cách không ngắt (NBSP) thành dấu cách thường và gộp dấu cách thừa: 'Phòng họp  Hội đồng\u{00A0}sư phạm' → 'Phòng họp Hội đồng sư phạm'"
            ])
        #expect(try #require(result.assessment).meeting.place == "Phòng họp Hội đồng sư phạm")
        #expect(
            SmallUnit.diagnostics("recipient: Phòng Giáo dục", "recipient: Phòng  Giáo dục") == [
                "dl.yaml:9:12: ghi chú: recipient: đã gộp các dấu cách liền nhau thành một: 'Phòng  Giáo dục và Đào tạo huyện Kim Thành' → 'Phòng Giáo dục và Đào tạo huyện Kim Thành'"
            ])
    }

    @Test func aNearDuplicateMemberIsAWarning() {
        #expect(
            SmallUnit.diagnostics(
                "{name: Lê Văn Cường, position: Giáo viên, emulation_title: CSTĐCS}",
                "{name: Lê Văn Cường, position: Giáo viên, emulation_title: CSTĐCS}\n  - {name: Le Van  Cuong, position: Nhân viên, emulation_title: LĐTT}"
            ).filter { !$0.contains("ghi chú") } == [
                "dl.yaml:34:12: cảnh báo: members[4].name: 'Le Van Cuong' gần giống thành viên số 3 'Lê Văn Cường' (dòng 33), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, xóa một dòng; nếu không, sửa lại cho đúng"
            ])
    }

    @Test func directionControlsAndLineSeparatorsAreLocatedErrors() {
        #expect(
            SmallUnit.diagnostics("name: Trường Tiểu học Hòa Bình", "name: \"Trường Tiểu học \\u202EHòa Bình\"") == [
                "dl.yaml:2:9: lỗi: unit.name: có ký tự ẩn U+202E điều khiển hướng chữ (phải sang trái): không thấy trên màn hình nhưng đảo thứ tự chữ khi in; hãy gõ lại giá trị này"
            ])
        #expect(
            SmallUnit.diagnostics("place: Phòng họp Hội đồng sư phạm", "place: \"Phòng họp\\u2028Hội đồng sư phạm\"") == [
                "dl.yaml:26:10: lỗi: meeting.place: có ký tự ngắt dòng Unicode U+2028 (thường do dán từ trang web hoặc PDF): xóa nó, hoặc xuống dòng bằng một mục danh sách mới"
            ])
    }

    @Test func aNameOfMarksOnlyIsAnError() {
        #expect(
            SmallUnit.diagnostics(
                "{name: Lê Văn Cường, position: Giáo viên, emulation_title: CSTĐCS}",
                "{name: \"\\u0301\\u0323\", position: Giáo viên, emulation_title: CSTĐCS}") == [
                    "dl.yaml:33:12: lỗi: members[3].name: chỉ có dấu thanh, không có chữ (U+0323 U+0301): gõ lại giá trị này"
                ])
    }

    @Test(arguments: [("1", "1"), ("01", "1"), ("12", "12"), ("999999", "999999")])
    func documentNumbersWithoutWarnings(_ typed: String, _ stored: String) throws {
        // The letter issued after the report takes the next number in the register.
        let text = SmallUnit.with("{number: 04,", "{number: \(typed),")
            .replacingOccurrences(of: "submission: {number: 05,", with: "submission: {number: 999999,")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        #expect(try #require(result.assessment).documents.report.number == stored)
    }

    @Test func aLeadingZeroBeforeTenIsReadWithAWarning() throws {
        let text = SmallUnit.with("{number: 04,", "{number: 010,")
            .replacingOccurrences(of: "submission: {number: 05,", with: "submission: {number: 11,")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:16:20: cảnh báo: documents.report.number: số văn bản '010' sẽ in là 10: chỉ số dưới 10 mới có một số 0 ở đầu; ghi 10 để khỏi nhầm"
            ])
        #expect(try #require(result.assessment).documents.report.number == "10")
        #expect(
            SmallUnit.diagnostics("{number: 04,", "{number: 004,") == [
                "dl.yaml:16:20: cảnh báo: documents.report.number: số văn bản '004' sẽ in là 04: chỉ số dưới 10 mới có một số 0 ở đầu; ghi 04 để khỏi nhầm"
            ])
    }

    @Test func zeroNegativeAndLongNumbersAreErrors() {
        #expect(
            SmallUnit.diagnostics("{number: 04,", "{number: 0,") == [
                "dl.yaml:16:20: lỗi: documents.report.number: số văn bản '0' phải là số dương (1, 2, 3…): ghi số thật của văn bản trong sổ văn bản đi"
            ])
        #expect(
            SmallUnit.diagnostics("{number: 04,", "{number: -4,") == [
                "dl.yaml:16:20: lỗi: documents.report.number: số văn bản '-4' phải là số dương (1, 2, 3…): ghi số thật của văn bản trong sổ văn bản đi"
            ])
        #expect(
            SmallUnit.diagnostics("{number: 04,", "{number: 12345678901234567890123,") == [
                "dl.yaml:16:20: lỗi: documents.report.number: số văn bản '12345678901234567890123' dài hơn 6 chữ số: kiểm tra lại (số văn bản đánh từ 01 mỗi năm)"
            ])
    }
}

@Suite struct FormFieldLimitTests {
    @Test func aUnitNameTooLongForTheCoverIsAWarningNamingFormAndField() {
        let long = String(repeating: "Trường Tiểu học Hòa Bình ", count: 80).trimmingCharacters(in: .whitespaces)
        let result = FixtureTests.loader.parse(text: SmallUnit.with("name: Trường Tiểu học Hòa Bình", "name: \(long)"), file: "dl.yaml")
        #expect(result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:2:9: cảnh báo: unit.name: dài \(long.count) ký tự, tên đơn vị trên bìa (M1) chỉ in được khoảng 260 ký tự, phần sau bị cắt: rút gọn"
            ])
    }
}
