import Foundation
import Testing

@testable import VietnameseText

private func decimal(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
}

@Suite struct VietnameseNumberFormatTests {
    @Test(arguments: [
        ("8.5", "8,5"), ("95", "95"), ("1234567", "1.234.567"), ("17.25", "17,25"), ("30.00", "30"),
        ("0", "0"), ("0.5", "0,5"), ("-0.5", "-0,5"), ("1000", "1.000"), ("999", "999"),
        ("1234.5", "1.234,5"), ("12.345", "12,35"), ("12.344", "12,34"), ("-1234567.891", "-1.234.567,89"),
        ("0.001", "0"), ("-0.001", "0"), ("100000", "100.000"),
    ])
    func decimals(_ input: String, _ expected: String) {
        #expect(VietnameseNumberFormat.format(decimal(input)) == expected)
    }

    @Test func integersAndGrouping() {
        #expect(VietnameseNumberFormat.format(1_234_567) == "1.234.567")
        #expect(VietnameseNumberFormat.format(2024, grouping: false) == "2024")
        #expect(VietnameseNumberFormat.format(-5) == "-5")
        #expect(VietnameseNumberFormat.format(decimal("8.125"), maxFractionDigits: 1) == "8,1")
    }

    @Test(arguments: [
        ("0.9", "90%"), ("0.8333", "83,33%"), ("1", "100%"), ("0", "0%"), ("0.5", "50%"),
        ("0.123456", "12,35%"), ("0.70", "70%"), ("0.955", "95,5%"),
    ])
    func percentages(_ fraction: String, _ expected: String) {
        #expect(VietnameseNumberFormat.percent(decimal(fraction)) == expected)
    }

    @Test func percentOfCounts() {
        #expect(VietnameseNumberFormat.percent(5, of: 6) == "83,33%")
        #expect(VietnameseNumberFormat.percent(2, of: 3) == "66,67%")
        #expect(VietnameseNumberFormat.percent(27, of: 30) == "90%")
        #expect(VietnameseNumberFormat.percent(30, of: 30) == "100%")
        #expect(VietnameseNumberFormat.percent(1, of: 0) == nil)
    }

    @Test func sumsStayExact() {
        let total = decimal("30") + decimal("30") + decimal("35")
        #expect(VietnameseNumberFormat.format(total) == "95")
        #expect(VietnameseNumberFormat.format(decimal("0.1") + decimal("0.2")) == "0,3")
    }
}
