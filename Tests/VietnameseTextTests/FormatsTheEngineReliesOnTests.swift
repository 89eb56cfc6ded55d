import Foundation
import Testing
import VietnameseText

// The template engine's filters print exactly these forms; pin them here too.
@Test func formatsTheTemplateFiltersRelyOn() {
    #expect(VietnameseDate(iso: "2024-01-05")?.decree30 == "ngày 05 tháng 01 năm 2024")
    #expect(VietnameseDate(iso: "2024-01-05")?.short == "05/01/2024")
    #expect(NumberWords.spell(Decimal(95)) == "chín mươi lăm")
    #expect(VietnameseNumberFormat.format(Decimal(string: "8.5")!) == "8,5")
    #expect(VietnameseNumberFormat.percent(Decimal(string: "0.9")!) == "90%")
}
