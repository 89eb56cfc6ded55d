import Testing
import VietnameseText

@Suite struct NonBreakingSpacesTests {
    @Test(arguments: [
        ("Tự đánh giá, xếp loại Đơn vị học tập năm 2023", "Tự đánh giá, xếp loại Đơn vị học tập năm\u{00A0}2023"),
        ("Quyết định số 96 ngày 25", "Quyết định số\u{00A0}96 ngày\u{00A0}25"),
        ("đạt 95/100 điểm, 7/7 thành viên", "đạt 95/100\u{00A0}điểm, 7/7\u{00A0}thành viên"),
        ("năm học tới", "năm học tới"),
        ("", ""),
    ])
    func aNumberStaysWithItsWord(_ text: String, _ bound: String) {
        #expect(NonBreakingSpaces.bind(text) == bound)
    }
}
