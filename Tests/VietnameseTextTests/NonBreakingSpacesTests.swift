import Testing
import VietnameseText

@Suite struct NonBreakingSpacesTests {
    @Test(arguments: [
        ("Tự đánh giá, xếp loại Đơn vị học tập năm 2023", "Tự đánh giá, xếp loại Đơn vị học tập\u{00A0}năm\u{00A0}2023"),
        ("Năm 2024 đạt", "Năm\u{00A0}2024 đạt"),
        ("công nhận Mức độ 1; chưa đạt mức độ 2.", "công nhận Mức\u{00A0}độ\u{00A0}1; chưa đạt mức\u{00A0}độ\u{00A0}2."),
        ("mức độ cao", "mức độ cao"),
        ("Quyết định số 96 ngày 25", "Quyết định số\u{00A0}96 ngày\u{00A0}25"),
        ("đạt 95/100 điểm, 7/7 thành viên", "đạt 95/100\u{00A0}điểm, 7/7\u{00A0}thành viên"),
        ("năm học tới", "năm học tới"),
        ("", ""),
    ])
    func aNumberStaysWithItsWord(_ text: String, _ bound: String) {
        #expect(NonBreakingSpaces.bind(text) == bound)
    }
}
