/// A number of points, held exactly in hundredths so that 30 + 30 + 35 is 95 and 8,5 + 9 is 17,5.
///
/// Half points occur in practice (DOMAIN.md §2); two decimals are enough for every rubric seen.
package struct Points: Sendable, Hashable, Comparable, AdditiveArithmetic, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The value in hundredths of a point (8,5 points is 850).
    package var hundredths: Int

    /// Points from a count of hundredths.
    package init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// Whole points.
    package init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    /// Whole points from an integer literal.
    package init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Parses "95", "8.5", "8,5", "-2", "0.25"; nil for anything else or more than two decimals.
    package init?(parsing text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        } else if digits.first == "+" {
            digits = digits.dropFirst()
        }
        let pieces = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(pieces.count), let wholeText = pieces.first, !wholeText.isEmpty,
            wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), wholeText.count <= 9
        else { return nil }
        var fraction = 0
        if pieces.count == 2 {
            var fractionText = pieces[1]
            while fractionText.count > 2, fractionText.last == "0" { fractionText = fractionText.dropLast() }
            guard !fractionText.isEmpty, fractionText.count <= 2,
                fractionText.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            fraction = Int(fractionText)! * (fractionText.count == 1 ? 10 : 1)
        }
        let value = Int(wholeText)! * 100 + fraction
        self.hundredths = negative ? -value : value
    }

    /// No points.
    package static let zero = Points(hundredths: 0)

    /// The sum.
    package static func + (lhs: Points, rhs: Points) -> Points {
        Points(hundredths: lhs.hundredths + rhs.hundredths)
    }

    /// The difference.
    package static func - (lhs: Points, rhs: Points) -> Points {
        Points(hundredths: lhs.hundredths - rhs.hundredths)
    }

    /// Orders by value.
    package static func < (lhs: Points, rhs: Points) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    /// Whether the value has no fractional part.
    package var isWhole: Bool { hundredths % 100 == 0 }

    /// The whole part (95 for 95,5).
    package var wholePart: Int { hundredths / 100 }

    /// The value as a `Double`, for templates that only print it; never compute with it.
    package var doubleValue: Double { Double(hundredths) / 100 }

    /// The value written with `separator` before the decimals and no trailing zeros: "95", "8,5", "0,25".
    package func text(decimalSeparator separator: String) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole)\(separator)\(fraction / 10)" }
        return "\(sign)\(whole)\(separator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The value with a decimal point, as in data files: "95", "8.5".
    package var description: String { text(decimalSeparator: ".") }
}
