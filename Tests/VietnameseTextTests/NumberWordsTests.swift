import Foundation
import Testing

@testable import VietnameseText

/// 0–99 written out by hand (independently of the implementation).
let wordsBelowHundred: [String] = [
    "không", "một", "hai", "ba", "bốn",  // 0–4
    "năm", "sáu", "bảy", "tám", "chín",  // 5–9
    "mười", "mười một", "mười hai", "mười ba", "mười bốn",  // 10–14
    "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín",  // 15–19
    "hai mươi", "hai mươi mốt", "hai mươi hai", "hai mươi ba", "hai mươi tư",  // 20–24
    "hai mươi lăm", "hai mươi sáu", "hai mươi bảy", "hai mươi tám", "hai mươi chín",  // 25–29
    "ba mươi", "ba mươi mốt", "ba mươi hai", "ba mươi ba", "ba mươi tư",  // 30–34
    "ba mươi lăm", "ba mươi sáu", "ba mươi bảy", "ba mươi tám", "ba mươi chín",  // 35–39
    "bốn mươi", "bốn mươi mốt", "bốn mươi hai", "bốn mươi ba", "bốn mươi tư",  // 40–44
    "bốn mươi lăm", "bốn mươi sáu", "bốn mươi bảy", "bốn mươi tám", "bốn mươi chín",  // 45–49
    "năm mươi", "năm mươi mốt", "năm mươi hai", "năm mươi ba", "năm mươi tư",  // 50–54
    "năm mươi lăm", "năm mươi sáu", "năm mươi bảy", "năm mươi tám", "năm mươi chín",  // 55–59
    "sáu mươi", "sáu mươi mốt", "sáu mươi hai", "sáu mươi ba", "sáu mươi tư",  // 60–64
    "sáu mươi lăm", "sáu mươi sáu", "sáu mươi bảy", "sáu mươi tám", "sáu mươi chín",  // 65–69
    "bảy mươi", "bảy mươi mốt", "bảy mươi hai", "bảy mươi ba", "bảy mươi tư",  // 70–74
    "bảy mươi lăm", "bảy mươi sáu", "bảy mươi bảy", "bảy mươi tám", "bảy mươi chín",  // 75–79
    "tám mươi", "tám mươi mốt", "tám mươi hai", "tám mươi ba", "tám mươi tư",  // 80–84
    "tám mươi lăm", "tám mươi sáu", "tám mươi bảy", "tám mươi tám", "tám mươi chín",  // 85–89
    "chín mươi", "chín mươi mốt", "chín mươi hai", "chín mươi ba", "chín mươi tư",  // 90–94
    "chín mươi lăm", "chín mươi sáu", "chín mươi bảy", "chín mươi tám", "chín mươi chín",  // 95–99
]

/// 0–1000 by a second rule set: "<h> trăm", then nothing, "linh <u>" or the 0–99 word.
func expectedWords(_ n: Int) -> String {
    if n < 100 { return wordsBelowHundred[n] }
    if n == 1000 { return "một nghìn" }
    let head = wordsBelowHundred[n / 100] + " trăm"
    let rest = n % 100
    if rest == 0 { return head }
    if rest < 10 { return head + " linh " + wordsBelowHundred[rest] }
    return head + " " + wordsBelowHundred[rest]
}

@Suite struct NumberWordsTests {
    @Test(arguments: 0...1000)
    func everyNumberUpToAThousand(_ n: Int) {
        #expect(NumberWords.spell(n) == expectedWords(n))
    }

    @Test(arguments: [
        (95, "chín mươi lăm"), (105, "một trăm linh năm"), (21, "hai mươi mốt"), (11, "mười một"),
        (14, "mười bốn"), (15, "mười lăm"), (24, "hai mươi tư"), (25, "hai mươi lăm"), (100, "một trăm"),
        (101, "một trăm linh một"), (104, "một trăm linh bốn"), (110, "một trăm mười"),
        (111, "một trăm mười một"), (115, "một trăm mười lăm"), (121, "một trăm hai mươi mốt"),
        (1000, "một nghìn"), (1001, "một nghìn không trăm linh một"),
        (1005, "một nghìn không trăm linh năm"), (1010, "một nghìn không trăm mười"),
        (1050, "một nghìn không trăm năm mươi"), (1100, "một nghìn một trăm"),
        (1234, "một nghìn hai trăm ba mươi tư"), (2024, "hai nghìn không trăm hai mươi tư"),
        (10_000, "mười nghìn"), (15_000, "mười lăm nghìn"), (21_000, "hai mươi mốt nghìn"),
        (100_000, "một trăm nghìn"), (105_000, "một trăm linh năm nghìn"),
        (999_999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"),
        (1_000_000, "một triệu"), (1_000_005, "một triệu không trăm linh năm"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (2_500_000, "hai triệu năm trăm nghìn"),
        (1_000_000_000, "một tỷ"), (2_000_000_005, "hai tỷ không trăm linh năm"),
        (2_001_000_000, "hai tỷ không trăm linh một triệu"),
        (
            999_999_999_999,
            "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"
        ),
        (1_000_000_000_000, "một nghìn tỷ"), (-3, "âm ba"), (-105, "âm một trăm linh năm"),
    ])
    func edgeCases(_ n: Int, _ words: String) {
        #expect(NumberWords.spell(n) == words)
    }

    @Test func options() {
        let southern = NumberWords.Options(zeroTens: .le, four: .bon, thousand: .ngan)
        #expect(NumberWords.spell(105, options: southern) == "một trăm lẻ năm")
        #expect(NumberWords.spell(24, options: southern) == "hai mươi bốn")
        #expect(NumberWords.spell(14, options: southern) == "mười bốn")
        #expect(NumberWords.spell(1005, options: southern) == "một ngàn không trăm lẻ năm")
        #expect(NumberWords.spell(24, options: .init(four: .bon)) == "hai mươi bốn")
        #expect(NumberWords.spell(1024, options: .init(thousand: .ngan)) == "một ngàn không trăm hai mươi tư")
    }

    @Test(arguments: [
        ("8.5", "tám phẩy năm"), ("17.25", "mười bảy phẩy hai mươi lăm"), ("8.05", "tám phẩy không năm"),
        ("8.005", "tám phẩy không không năm"), ("30.00", "ba mươi"), ("95", "chín mươi lăm"),
        ("0.5", "không phẩy năm"), ("-0.5", "âm không phẩy năm"), ("0", "không"), ("8.50", "tám phẩy năm"),
        ("99.75", "chín mươi chín phẩy bảy mươi lăm"), ("100.1", "một trăm phẩy một"),
    ])
    func decimals(_ text: String, _ words: String) throws {
        let value = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(NumberWords.spell(value) == words)
    }

    @Test func hundredths() {
        #expect(NumberWords.spell(hundredths: 850) == "tám phẩy năm")
        #expect(NumberWords.spell(hundredths: 9500) == "chín mươi lăm")
        #expect(NumberWords.spell(hundredths: 1725) == "mười bảy phẩy hai mươi lăm")
        #expect(NumberWords.spell(hundredths: 805) == "tám phẩy không năm")
    }

    @Test func extremes() {
        // 9_223_372_036 tỷ 854_775_807: the count of tỷ is itself read with tỷ.
        let max =
            "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
            + "tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh "
        #expect(NumberWords.spell(Int.max) == max + "bảy")
        #expect(NumberWords.spell(Int.min) == "âm " + max + "tám")
    }

    @Test func wordsAreNFC() {
        for n in [0, 14, 24, 95, 1005, 2_000_000_005] {
            let words = NumberWords.spell(n)
            #expect(Array(words.utf8) == Array(words.precomposedStringWithCanonicalMapping.utf8))
        }
    }

    @Test func capitalizedForBangChu() {
        #expect(VietnameseCase.capitalizedFirst(NumberWords.spell(95)) == "Chín mươi lăm")
        #expect(VietnameseCase.capitalizedFirst("đạt") == "Đạt")
        #expect(VietnameseCase.capitalizedFirst("(tám)") == "(Tám)")
        #expect(VietnameseCase.capitalizedFirst("") == "")
    }
}
