import Diagnostics
import Foundation
import Spreadsheet
import Testing

@testable import AssessmentInput

/// One person, written in several places (head, council, staff list), is written the same way.
@Suite struct PeopleAgreeTests {
    @Test func theHeadSpelledDifferentlyQuotesBothPlaces() {
        #expect(
            SmallUnit.diagnostics("head:\n  name: Nguyễn Văn An", "head:\n  name: Nguyễn Văn Ân") == [
                "dl.yaml:11:9: cảnh báo: head.name: 'Nguyễn Văn Ân' viết khác 'Nguyễn Văn An' ở council.members[1] (dòng 19), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, viết giống nhau ở mọi chỗ (các biểu mẫu in đúng như đã gõ)"
            ])
    }

    @Test func aCouncilMemberSpelledDifferentlyFromTheStaffList() {
        let text = SmallUnit.with(
            "- {name: Lê Văn Cường, position: Giáo viên, role: uy_vien}",
            "- {name: Lê Văn Cuong, position: Giáo viên, role: uy_vien}")
        #expect(
            FixtureTests.loader.parse(text: text, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:21:14: cảnh báo: council.members[3].name: 'Lê Văn Cuong' viết khác 'Lê Văn Cường' ở members[3] (dòng 33), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, viết giống nhau ở mọi chỗ (các biểu mẫu in đúng như đã gõ)"
            ])
    }

    @Test func aCouncilMemberMissingFromTheStaffList() {
        let text = SmallUnit.with(
            "- {name: Lê Văn Cường, position: Giáo viên, role: uy_vien}",
            "- {name: Đỗ Thị Mai, position: Giáo viên, role: uy_vien}")
        #expect(
            FixtureTests.loader.parse(text: text, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:21:14: cảnh báo: council.members[3].name: 'Đỗ Thị Mai' có trong Hội đồng nhưng không có trong danh sách thành viên (members): kiểm tra lại tên, hoặc thêm người này vào danh sách"
            ])
    }

    @Test func aCouncilPositionContradictingTheStaffList() {
        let text = SmallUnit.with(
            "- {name: Lê Văn Cường, position: Giáo viên, role: uy_vien}",
            "- {name: Lê Văn Cường, position: Phó Hiệu trưởng, role: uy_vien}")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:21:38: cảnh báo: council.members[3].position: 'Lê Văn Cường' có chức vụ 'Phó Hiệu trưởng' trong Hội đồng nhưng 'Giáo viên' ở members[3] (dòng 33): sửa một chỗ cho thống nhất"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "dl.yaml:21:38: warning: council.members[3].position: 'Lê Văn Cường' has the position 'Phó Hiệu trưởng' on the council but 'Giáo viên' in members[3] (line 33): correct one of them"
            ])
    }

    @Test(arguments: [
        ("Giáo viên, Tổ trưởng", "Tổ trưởng", true), ("Hiệu trưởng", "Phó Hiệu trưởng", false),
        ("HIỆU TRƯỞNG", "Hiệu trưởng", true), ("Chủ tịch Công đoàn", "Giáo viên", true),
        ("Phó Hiệu trưởng", "Giáo viên", false), ("Giáo viên kiêm Phó Hiệu trưởng", "Phó hiệu trưởng", true),
        ("Hiệu trưởng trường Tiểu học An Sơn", "Hiệu trưởng", true),
    ])
    func positionsContradictOnlyOnTheLeadershipRank(_ first: String, _ second: String, _ agree: Bool) {
        #expect(AssessmentDecoder.positionsAgree(first, second) == agree)
    }
}
