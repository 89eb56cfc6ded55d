import Testing

/// The page checker itself, on inline pages: each fault it must find is injected once.
@Suite struct PageLayoutTests {
    static let fullPage = (1...12).map { "Dòng \($0) của trang" }.joined(separator: "\n")

    @Test func aNearlyEmptyPageOfALongerDocumentIsNamedWithItsLines() {
        let last = "                 3\nTM. HỘI ĐỒNG\n\nNguyễn Văn An\n"
        #expect(
            PageLayout.pageFaults([Self.fullPage, last], file: "7-M5-Tong-hop") == [
                "7-M5-Tong-hop p2: 2 lines: [\"TM. HỘI ĐỒNG\", \"Nguyễn Văn An\"]"
            ])
    }

    @Test func aOnePageDocumentMayBeShort() {
        #expect(PageLayout.pageFaults(["TỜ TRÌNH\nKính gửi: Phòng GDĐT"], file: "2-M2-To-trinh") == [])
    }

    @Test func aPlaceholderLeftInIsAFault() {
        let page = Self.fullPage + "\n1. Ông (bà) Nguyễn Thị Thanh\nHương, Hiệu trưởng;\nChủ trì: ông/bà"
        #expect(
            PageLayout.pageFaults([page], file: "6-M4-Bien-ban") == [
                "6-M4-Bien-ban p1: placeholder “Ông (bà)”", "6-M4-Bien-ban p1: placeholder “ông/bà”",
            ])
    }

    @Test func aYearOrLevelWrittenTwiceIsAFaultEvenAcrossALineBreak() {
        let page =
            Self.fullPage + "\nĐiều 1. Thành lập Tổ đánh giá Đơn vị học tập năm 2024\nnăm 2024 gồm:\n"
            + "đạt Mức độ 1 quy định tại Thông tư số 24/2023/TT-BGDĐT, Mức độ 1."
        #expect(
            PageLayout.pageFaults([page], file: "5-QD") == [
                "5-QD p1: doubled year “năm 2024 năm 2024”",
                "5-QD p1: doubled level “Mức độ 1 quy định tại Thông tư số 24/2023/TT-BGDĐT, Mức độ 1”",
            ])
    }

    @Test func aPercentageSplitOverTwoLinesOfACellIsAFault() {
        let page =
            Self.fullPage
            + "\n   Tổng cộng: 44 thành viên   (100%)   (95,45%    (96,15\n                                         )         %)\n(100%) (9/9) 27/36 thành viên (75%)"
        #expect(
            PageLayout.pageFaults([page], file: "7-M5-Tong-hop") == [
                "7-M5-Tong-hop p1: broken figure “(95,45%”", "7-M5-Tong-hop p1: broken figure “)”",
            ])
    }

    @Test func aLevelNamedAgainInANewClauseOrAnotherYearIsNotDoubled() {
        let page =
            Self.fullPage + "\nđạt 9/10 chỉ tiêu của Mức độ 2 và 9/9 chỉ tiêu của Mức độ 1; mức độ đạt được: Mức độ 1.\n"
            + "năm 2023, năm 2024; Mức độ 1, Mức độ 12"
        #expect(PageLayout.pageFaults([page], file: "2-TTr24") == [])
    }
}
