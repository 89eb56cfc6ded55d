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

    @Test func aLastPageWithAFewLinesAboveTheSignaturesIsAFault() {
        let last = """
                                              5
                 Khuyến khích cán bộ, giáo viên tích cực tham gia hưởng ứng
            Tuần lễ học tập suốt đời năm 2024.
                 Trên đây là báo cáo về công tác tự đánh giá, xếp loại Đơn vị học tập
            năm 2023 của Trường Tiểu học An Sơn./.

            Nơi nhận:                                         HIỆU TRƯỞNG
            - Phòng GDĐT Nam Sách;
            - Lưu: VT.
                                                         Nguyễn Thị Thanh Hương
            """
        #expect(
            PageLayout.lastPageFaults([Self.fullPage, last], file: "5-M3-Bao-cao") == [
                "5-M3-Bao-cao p2 (last): 4 lines of text above the signatures: [\"Khuyến khích cán bộ, giáo viên tích cực tham gia hưởng ứng\", \"Tuần lễ học tập suốt đời năm 2024.\", \"Trên đây là báo cáo về công tác tự đánh giá, xếp loại Đơn vị học tập\", \"năm 2023 của Trường Tiểu học An Sơn./.\"]"
            ])
        // Minutes: the signatures THƯ KÝ / CHỦ TỌA end the text; a numbered heading in capitals does not.
        let minutes = "   3\n" + (1...10).map { "Dòng \($0)" }.joined(separator: "\n") + "\nV. PHƯƠNG HƯỚNG\n  THƯ KÝ     CHỦ TỌA\n"
        #expect(PageLayout.bodyLines(minutes).count == 11)
        #expect(PageLayout.lastPageFaults([Self.fullPage, minutes], file: "6-M4-Bien-ban") == [])
        #expect(PageLayout.lastPageFaults([last], file: "2-M2-To-trinh") == [])
    }

    @Test func aLabelFollowedByATableDoesNotExcuseTheGapAboveIt() {
        let next = "   2\nNội dung:\nSTT   Tiêu chí   Điểm tối đa   Điểm tự chấm\n1a    Đơn vị có kế hoạch   10   10"
        #expect(
            PageLayout.gapFaults([Self.fullPage, next], blankBelow: [0.33, 0.5], file: "6-M4-Bien-ban") == [
                "6-M4-Bien-ban p1: 33% blank at the foot, p2 goes on with “Nội dung:”"
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

    /// Two A4 pages in `pdftotext -bbox` form: the page number in the top margin, then text whose
    /// last line ends at `bottom` points.
    static func bbox(_ bottoms: [Double]) -> String {
        let pages = bottoms.map { bottom in
            """
              <page width="595.303937" height="841.889764">
                <word xMin="290.0" yMin="28.3" xMax="297.0" yMax="43.3">2</word>
                <word xMin="100.8" yMin="56.7" xMax="137.5" yMax="73.4">Dòng</word>
                <word xMin="100.8" yMin="\(bottom - 16)" xMax="137.5" yMax="\(bottom)">cuối</word>
              </page>
            """
        }
        return "<doc>\n" + pages.joined(separator: "\n") + "\n</doc>"
    }

    @Test func theBlankUnderTheLastLineIsAFractionOfTheTextArea() {
        // Text area: 841.89 − 2 × 56.7 = 728.49 pt; a last line ending 182.12 pt above the bottom
        // margin leaves 25%; one ending on the margin leaves nothing; the page number is not text.
        let blank = PageLayout.blankBelow(bbox: Self.bbox([841.889764 - 56.7 - 182.1225, 785.19]))
        #expect(blank.count == 2)
        #expect(abs(blank[0] - 0.25) < 0.0001)
        #expect(blank[1] < 0.0001)
    }

    @Test func aThirdBlankPageFollowedByTheSameTextIsAFault() {
        let next = "                 4\n(5) Biên bản tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm 2023;\n"
        #expect(
            PageLayout.gapFaults([Self.fullPage, next], blankBelow: [0.35, 0.64], file: "3-KH-Ke-hoach") == [
                "3-KH-Ke-hoach p1: 35% blank at the foot, p2 goes on with “(5) Biên bản tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm 2023;”"
            ])
        #expect(PageLayout.gapFaults([Self.fullPage, next], blankBelow: [0.19, 0.64], file: "3-KH-Ke-hoach") == [])
    }

    @Test func aGapBeforeAHeadingIsAFault() {
        // main before issue 12's pagination pass: An Sơn's report p4 ended 43% blank, the keep chain
        // having moved all of "V. PHƯƠNG HƯỚNG" to p5; a heading at the top no longer excuses it.
        let heading = "   5\nV. PHƯƠNG HƯỚNG NĂM 2024\nNhà trường sẽ tiếp tục xây dựng và triển khai Kế hoạch"
        let capitals = "   3\n     TỔNG CỘNG          100        95\n"
        let label = "   3\nÝ kiến của các thành viên:\n- Đồng chí Phạm Thị Lan Anh đề nghị năm 2025 động viên giáo viên"
        #expect(
            PageLayout.gapFaults([Self.fullPage, heading], blankBelow: [0.43, 0.39], file: "5-M3-Bao-cao") == [
                "5-M3-Bao-cao p1: 43% blank at the foot, p2 goes on with “V. PHƯƠNG HƯỚNG NĂM 2024”"
            ])
        #expect(
            PageLayout.gapFaults([Self.fullPage, capitals, label, Self.fullPage], blankBelow: [0.21, 0.5, 0.2], file: "6-M4-Bien-ban") == [
                "6-M4-Bien-ban p1: 21% blank at the foot, p2 goes on with “TỔNG CỘNG          100        95”",
                "6-M4-Bien-ban p2: 50% blank at the foot, p3 goes on with “Ý kiến của các thành viên:”",
            ])
    }

    @Test func aGapBeforeTheNextDocumentOfTheBookOrOnTheLastPageIsNotAFault() {
        let nextDocument = "UBND HUYỆN NAM SÁCH       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        #expect(PageLayout.gapFaults([Self.fullPage, nextDocument], blankBelow: [0.6, 0.5], file: "Ho-so") == [])
        #expect(PageLayout.gapFaults([Self.fullPage], blankBelow: [0.9], file: "2-M2-To-trinh") == [])
    }

    @Test func aLastPageWithTheTailOfTheTextAndTheClosingIsEnough() {
        let last = """
                                              5
                 Khuyến khích cán bộ, giáo viên, nhân viên tích cực tham gia hưởng ứng
            Tuần lễ học tập suốt đời năm 2024, Ngày hội văn hóa đọc, chia sẻ kinh nghiệm,
            để tự học, tự đào tạo, tự bồi dưỡng trở thành việc làm thường xuyên, thiết thực
            và hiệu quả.
                 Trên đây là báo cáo về công tác tự đánh giá, xếp loại Đơn vị học tập
            năm 2023 của Trường Tiểu học An Sơn, kính mong nhận được sự quan tâm chỉ
            đạo và góp ý của cấp trên./.
            Nơi nhận:                                         HIỆU TRƯỞNG
            - Phòng GDĐT Nam Sách;
            - Lưu: VT.
                                                         Nguyễn Thị Thanh Hương
            """
        #expect(PageLayout.lastPageFaults([Self.fullPage, last], file: "5-M3-Bao-cao") == [])
        #expect(PageLayout.pageFaults([Self.fullPage, last], file: "5-M3-Bao-cao") == [])
    }
}
