package import Foundation

/// Numbers as Vietnamese documents print them: decimal comma, "." between thousands, "90%" with no space.
///
/// Works on `Decimal`, so 30 + 30 + 35 and 8,5 stay exact; no `Double` is involved.
package enum VietnameseNumberFormat {
    /// Formats `value` rounded half away from zero to at most `maxFractionDigits` decimals, dropping
    /// trailing zeros: 8.5 → "8,5", 30.00 → "30", 1234567 → "1.234.567", -0.5 → "-0,5".
    /// - Parameter grouping: put "." between thousands (default); pass `false` for years and codes.
    package static func format(_ value: Decimal, maxFractionDigits: Int = 2, grouping: Bool = true) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, max(0, maxFractionDigits), .plain)
        var text = DecimalText.plain(rounded)
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integerPart = String(parts[0])
        var fractionPart = parts.count > 1 ? String(parts[1]) : ""
        while fractionPart.last == "0" { fractionPart.removeLast() }
        if grouping { integerPart = grouped(integerPart) }
        var result = integerPart
        if !fractionPart.isEmpty { result += "," + fractionPart }
        if negative && result.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) {
            result = "-" + result
        }
        return result
    }

    /// Formats an integer: 1234567 → "1.234.567".
    package static func format(_ value: Int, grouping: Bool = true) -> String {
        format(Decimal(value), maxFractionDigits: 0, grouping: grouping)
    }

    /// Formats a fraction as a percentage with at most `maxFractionDigits` decimals:
    /// 0.9 → "90%", 0.8333 → "83,33%", 1 → "100%".
    package static func percent(_ fraction: Decimal, maxFractionDigits: Int = 2) -> String {
        format(fraction * 100, maxFractionDigits: maxFractionDigits) + "%"
    }

    /// Formats `part` out of `whole` as a percentage ("5 of 6" → "83,33%"); nil when `whole` is 0.
    package static func percent(_ part: Int, of whole: Int, maxFractionDigits: Int = 2) -> String? {
        guard whole != 0 else { return nil }
        return percent(Decimal(part) / Decimal(whole), maxFractionDigits: maxFractionDigits)
    }

    /// Inserts "." every three digits from the right.
    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }
}
