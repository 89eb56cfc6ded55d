import Testing

@testable import VietnameseText

@Suite struct TextHygieneTests {
    @Test func directionControlsAndSeparatorsAreFoundOnceEach() {
        let text = "Nguy\u{202E}ễn\u{202E} Văn\u{2028}An\u{2066}"
        #expect(TextHygiene.invisibleControls(in: text).map(\.codePoint) == ["U+202E", "U+2028", "U+2066"])
        #expect(TextHygiene.invisibleControls(in: text).map(\.isSeparator) == [false, true, false])
        #expect(TextHygiene.removingInvisibleControls(text) == "Nguyễn Văn An")
        #expect(TextHygiene.invisibleControls(in: "Nguyễn Văn An").isEmpty)
    }

    @Test(arguments: [
        ("\u{0301}\u{0323}", true), (" \u{0300} ", true), ("a\u{0301}", false), ("", false), ("  ", false),
        ("Lê", false),
    ])
    func onlyMarks(_ text: String, _ expected: Bool) {
        #expect(TextHygiene.isOnlyMarks(text) == expected)
    }

    @Test func tabSplitGivesBothCells() {
        #expect(TextHygiene.tabSplit("Lê Thị Duyên\tGiáo viên Ngữ văn")! == ("Lê Thị Duyên", "Giáo viên Ngữ văn"))
        #expect(TextHygiene.tabSplit("Lê Thị Duyên") == nil)
    }

    @Test func spacesAreNormalisedInsideLinesOnly() {
        #expect(TextHygiene.normalizingSpaces("Lê\u{00A0}Trung  Dũng") == "Lê Trung Dũng")
        #expect(TextHygiene.normalizingSpaces("a \u{202F} b\nc") == "a b\nc")
        #expect(TextHygiene.hasFixedSpace("Lê\u{00A0}Trung"))
        #expect(!TextHygiene.hasFixedSpace("Lê  Trung"))
    }
}
