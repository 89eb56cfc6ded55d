import Testing

@testable import VietnameseText

@Suite struct NameSortKeyTests {
    @Test func givenNameFirstThenFamilyThenMiddle() {
        let names = ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Phạm Đức Anh", "Đỗ Thị Ân", "Hoàng Văn Ăn"]
        #expect(
            names.sortedByVietnameseName() == [
                "Nguyễn Văn An", "Phạm Đức Anh", "Trần Thị Ánh", "Hoàng Văn Ăn", "Đỗ Thị Ân", "Lê Văn Bình",
            ])
    }

    @Test func familyThenMiddleBreakTies() {
        let names = ["Trần Văn Nam", "Lê Thị Nam", "Lê Văn Nam", "Bùi Nam", "Lê Nam", "Lê Hoàng Văn Nam"]
        #expect(
            names.sortedByVietnameseName() == [
                "Bùi Nam", "Lê Nam", "Lê Hoàng Văn Nam", "Lê Thị Nam", "Lê Văn Nam", "Trần Văn Nam",
            ])
    }

    @Test func tonesOnlyBreakTies() {
        let names = ["Ạn", "Án", "Ãn", "Ản", "Àn", "An"].map { "Lê Văn " + $0 }
        #expect(names.sortedByVietnameseName().map { $0.split(separator: " ").last! } == ["An", "Àn", "Ản", "Ãn", "Án", "Ạn"])
        // A tone never beats a letter: "Án" comes before "Anh".
        #expect(NameSortKey("Án") < NameSortKey("Anh"))
        #expect(NameSortKey("Ạn") < NameSortKey("Ăn"))
        #expect(NameSortKey("Ặn") > NameSortKey("Ạn"))
    }

    @Test(arguments: [
        ("a", "ă"), ("ă", "â"), ("â", "b"), ("d", "đ"), ("đ", "e"), ("e", "ê"), ("ê", "g"), ("o", "ô"),
        ("ô", "ơ"), ("ơ", "p"), ("u", "ư"), ("ư", "v"), ("x", "y"), ("e", "f"), ("f", "g"), ("i", "j"),
        ("j", "k"), ("v", "w"), ("w", "x"), ("y", "z"), ("z", "ø"),
    ])
    func alphabet(_ earlier: String, _ later: String) {
        #expect(NameSortKey(earlier) < NameSortKey(later))
        #expect(!(NameSortKey(later) < NameSortKey(earlier)))
    }

    @Test func whereAlphabetAndCodePointsDisagree() {
        // By code point đ (U+0111) and ơ (U+01A1) sort after every ASCII letter; here they follow d and o.
        #expect(["Lê Văn Em", "Lê Văn Đông", "Lê Văn Dung"].sortedByVietnameseName() == ["Lê Văn Dung", "Lê Văn Đông", "Lê Văn Em"])
        #expect(["Lê Thị Phương", "Lê Thị Ơn", "Lê Thị Oanh"].sortedByVietnameseName() == ["Lê Thị Oanh", "Lê Thị Ơn", "Lê Thị Phương"])
    }

    @Test func caseAndNormalizationDoNotMatter() {
        #expect(NameSortKey("nguyễn văn an") == NameSortKey("NGUYỄN VĂN AN"))
        #expect(NameSortKey("Nguye\u{0302}\u{0303}n") == NameSortKey("Nguyễn"))
        #expect(NameSortKey("\u{00D0}ỗ Thị Ân") == NameSortKey("Đỗ Thị Ân"))
        #expect(NameSortKey("  Lê   Văn  An ") == NameSortKey("Lê Văn An"))
    }

    @Test func stableForEqualKeys() {
        struct Member { let name: String; let id: Int }
        let members = [Member(name: "Lê An", id: 1), Member(name: "Bùi Bình", id: 2), Member(name: "lê an", id: 3)]
        #expect(members.sortedByVietnameseName(\.name).map(\.id) == [1, 3, 2])
    }

    @Test func foreignLetters() {
        #expect(["Lê Zoe", "Lê Will", "Lê Frank", "Lê Jack"].sortedByVietnameseName() == ["Lê Frank", "Lê Jack", "Lê Will", "Lê Zoe"])
        #expect(NameSortKey("Müller") < NameSortKey("Mulz"))  // ü sorts as u
    }
}
