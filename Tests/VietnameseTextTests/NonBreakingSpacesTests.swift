import Testing
import VietnameseText

@Suite struct NonBreakingSpacesTests {
    @Test(arguments: [
        ("Tự đánh giá, xếp loại Đơn vị học tập năm 2023", "Tự đánh giá, xếp loại Đơn vị học\u{00A0}tập\u{00A0}năm\u{00A0}2023"),
        ("Năm 2024 đạt", "Năm\u{00A0}2024 đạt"),
        ("công nhận Mức độ 1; chưa đạt mức độ 2.", "công nhận Mức\u{00A0}độ\u{00A0}1; chưa đạt mức\u{00A0}độ\u{00A0}2."),
        ("mức độ cao", "mức độ cao"),
        ("Quyết định số 96 ngày 25", "Quyết định số\u{00A0}96 ngày\u{00A0}25"),
        ("đạt 95/100 điểm, 7/7 thành viên", "đạt 95/100\u{00A0}điểm, 7/7\u{00A0}thành viên"),
        ("năm học tới", "năm học tới"),
        ("trong năm học 2023-2024, Tổ đánh giá họp", "trong năm\u{00A0}học\u{00A0}2023-2024, Tổ\u{00A0}đánh\u{00A0}giá họp"),
        ("lớp học 5 và Tổ trưởng đánh giá", "lớp học 5 và Tổ trưởng đánh giá"),
        ("bắt buộc: 28/28 (100%); tỉ lệ 77,14%", "bắt buộc: 28/28\u{00A0}(100%); tỉ\u{00A0}lệ\u{00A0}77,14%"),
        ("gồm 3 (ba) người", "gồm 3 (ba) người"),
        ("không tính vào các tỷ lệ.", "không tính vào các tỷ\u{00A0}lệ."),
        ("Phó Hiệu trưởng, Ủy viên Hội đồng; Đơn vị học tập", "Phó Hiệu trưởng, Ủy viên Hội\u{00A0}đồng; Đơn vị học\u{00A0}tập"),
        ("", ""),
    ])
    func aNumberStaysWithItsWord(_ text: String, _ bound: String) {
        #expect(NonBreakingSpaces.bind(text) == bound)
    }

    @Test(arguments: [
        // Biên Giang's M2 title: "tập năm 2022" no longer alone on the second line.
        (
            "Về việc đề nghị công nhận kết quả tự đánh giá, xếp loại Đơn vị học tập năm 2022",
            "Về việc đề nghị công nhận kết quả tự đánh giá, xếp loại Đơn\u{00A0}vị\u{00A0}học\u{00A0}tập\u{00A0}năm\u{00A0}2022"
        ),
        // The tail stops at 24 characters; "Đơn vị học tập" stays whole wherever it is.
        (
            "Về việc công nhận Đơn vị học tập Mức độ 1 năm 2024",
            "Về việc công nhận Đơn\u{00A0}vị\u{00A0}học\u{00A0}tập Mức\u{00A0}độ\u{00A0}1\u{00A0}năm\u{00A0}2024"
        ),
        ("Kế hoạch", "Kế hoạch"),
        ("", ""),
    ])
    func aTitleKeepsItsLastWordsTogether(_ title: String, _ bound: String) {
        #expect(NonBreakingSpaces.bindTail(NonBreakingSpaces.bind(title)) == bound)
    }
}
