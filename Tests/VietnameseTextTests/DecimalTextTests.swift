import Foundation
import Testing

@testable import VietnameseText

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("95", "95"), ("8.5", "8.5"), ("-12.50", "-12.5"), ("0", "0"), ("-0", "0"), ("0.000", "0"),
        ("0.05", "0.05"), ("-0.001", "-0.001"), ("1e3", "1000"), ("17.00", "17"), ("100.25", "100.25"),
        ("999999999999999999", "999999999999999999"), ("0.000000000000000001", "0.000000000000000001"),
        ("1e18", "1000000000000000000"),
    ])
    func writesPlainText(_ input: String, _ expected: String) throws {
        let value = try #require(Decimal(string: input))
        #expect(DecimalText.plain(value) == expected)
    }

    @Test(arguments: ["1234567890123456789", "123456789012345678901234", "1e-20", "1e25"])
    func leavesLongNumbersToDescription(_ input: String) throws {
        let value = try #require(Decimal(string: input))
        #expect(DecimalText.fastPlain(value) == nil)
        #expect(DecimalText.plain(value) == value.description)
    }

    @Test func nanIsWrittenAsDescriptionWritesIt() {
        #expect(DecimalText.plain(Decimal.nan) == Decimal.nan.description)
    }

    /// Sums, products and quotients as the scoring and the filters make them, and decimals read
    /// from text: the fast path writes each exactly as `description` does.
    @Test func agreesWithDescriptionOnComputedValues() {
        var mismatches: [String] = []
        func check(_ value: Decimal) {
            if let fast = DecimalText.fastPlain(value), fast != value.description {
                mismatches.append("\(value.description) → \(fast)")
            }
        }
        for numerator in -1500...1500 {
            for denominator in [1, 2, 3, 4, 7, 10, 100, 1000] {
                let quotient = Decimal(numerator) / Decimal(denominator)
                check(quotient)
                check(quotient * Decimal(denominator))
                check(Decimal(numerator) * Decimal(denominator))
            }
            check(Decimal(numerator) / 100 + Decimal(numerator % 37) / 10)
        }
        for text in ["3.14159", "2.50", "-7.125", "0.10", "123.456000", "42.0"] {
            check(Decimal(string: text)!)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
