import Testing

@testable import VietnameseText

/// Scalars as hex, so a failure shows the bytes Swift's `==` would hide.
func scalars(_ text: String) -> [String] {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }
}

@Suite struct VietnameseNormalizerTests {
    @Test(arguments: [
        // NFD: base letter + modifier + tone.
        ("Tru\u{031B}o\u{031B}\u{0300}ng", "Trường"),
        ("Vie\u{0302}\u{0323}t Nam", "Việt Nam"),
        // "tổ hợp": precomposed vowel (ư, ơ, ê) + combining tone.
        ("Trư\u{01A1}\u{0300}ng", "Trường"),
        ("Tiê\u{0309}u ho\u{0323}c", "Tiểu học"),
        ("\u{00EA}\u{0301}", "ế"),
        // Already NFC.
        ("Trường Tiểu học An Sơn", "Trường Tiểu học An Sơn"),
        // Look-alike eth.
        ("\u{00D0}ơn vị", "Đơn vị"), ("\u{00F0}ạt", "đạt"), ("PGD\u{00D0}T", "PGDĐT"),
        // Tone placement is the user's.
        ("hoà", "hoà"), ("hòa", "hòa"), ("uỷ", "uỷ"), ("ủy", "ủy"),
        ("ho\u{0061}\u{0300}", "hoà"), ("ho\u{0300}a", "hòa"),
    ])
    func normalizesToNFC(_ input: String, _ expected: String) {
        let output = VietnameseNormalizer.normalize(input)
        #expect(scalars(output) == scalars(expected))
        #expect(Array(output.utf8) == Array(expected.utf8))
        #expect(VietnameseNormalizer.isNormalized(output))
    }

    @Test func bytesOfKnownLetters() {
        #expect(Array(VietnameseNormalizer.normalize("e\u{0302}\u{0301}").utf8) == [0xE1, 0xBA, 0xBF])  // ế U+1EBF
        #expect(Array(VietnameseNormalizer.normalize("\u{00D0}").utf8) == [0xC4, 0x90])  // Đ U+0110
        #expect(VietnameseNormalizer.normalize("hoa\u{0300}").unicodeScalars.map(\.value) == [0x68, 0x6F, 0xE0])
        #expect(VietnameseNormalizer.normalize("ho\u{0300}a").unicodeScalars.map(\.value) == [0x68, 0xF2, 0x61])
    }

    @Test func detectsUnnormalizedText() {
        #expect(!VietnameseNormalizer.isNormalized("Tru\u{031B}o\u{031B}\u{0300}ng"))
        #expect(!VietnameseNormalizer.isNormalized("\u{00D0}ông"))
        #expect(VietnameseNormalizer.isNormalized("Trường"))
        // Swift's == says these are equal; the normalizer check does not.
        #expect("Tru\u{031B}o\u{031B}\u{0300}ng" == "Trường")
    }

    @Test func forbiddenCharacters() {
        let text = "A\u{0007}b\tc\r\nđ\u{000B}ế\u{FFFF}\u{001F}\u{FFFE}"
        let found = VietnameseNormalizer.forbiddenCharacters(in: text)
        #expect(found.map(\.scalar) == ["\u{0007}", "\u{000B}", "\u{FFFF}", "\u{001F}", "\u{FFFE}"])
        #expect(found.map(\.characterOffset) == [1, 7, 9, 10, 11])  // \r\n is one Character
        #expect(found.map(\.scalarOffset) == [1, 8, 10, 11, 12])
        #expect(found.map(\.codePoint) == ["U+0007", "U+000B", "U+FFFF", "U+001F", "U+FFFE"])
    }

    @Test func allowedCharacters() {
        #expect(VietnameseNormalizer.forbiddenCharacters(in: "Tab\there\nCR\rNBSP\u{00A0} ̀ 🙂 \u{007F}").isEmpty)
        #expect(VietnameseNormalizer.forbiddenCharacters(in: "").isEmpty)
        #expect(!VietnameseNormalizer.isAllowedInXML("\u{0000}"))
        #expect(VietnameseNormalizer.isAllowedInXML("\u{FFFD}"))
        #expect(VietnameseNormalizer.isAllowedInXML("\u{10000}"))
    }
}

@Suite struct VietnameseCaseTests {
    @Test(arguments: [
        ("đ", "Đ"), ("ư", "Ư"), ("ậ", "Ậ"), ("ơ", "Ơ"), ("ă", "Ă"), ("ỹ", "Ỹ"),
        ("Trường Tiểu học An Sơn", "TRƯỜNG TIỂU HỌC AN SƠN"),
        ("Cộng hòa xã hội chủ nghĩa Việt Nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("uỷ ban nhân dân", "UỶ BAN NHÂN DÂN"),
        ("Tru\u{031B}o\u{031B}\u{0300}ng", "TRƯỜNG"), ("\u{00F0}ạt", "ĐẠT"),
    ])
    func uppercases(_ input: String, _ expected: String) {
        let output = VietnameseCase.uppercased(input)
        #expect(scalars(output) == scalars(expected))
    }

    @Test func lowercases() {
        #expect(scalars(VietnameseCase.lowercased("TRƯỜNG TIỂU HỌC")) == scalars("trường tiểu học"))
        #expect(scalars(VietnameseCase.lowercased("ĐƠN VỊ")) == scalars("đơn vị"))
    }
}
