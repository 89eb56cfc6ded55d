package import Foundation

/// Vietnamese number words, for "(Bằng chữ: Chín mươi lăm điểm)".
///
/// Rules: "mười" for 10–19; "mươi" for tens ≥ 20; a unit 1 after tens ≥ 2 is "mốt"; a unit 5 after any
/// tens is "lăm"; a unit 4 after tens ≥ 2 is "tư" (or "bốn"); zero tens inside a hundred is "linh"
/// (or "lẻ"); a group after a larger one reads its hundreds even when zero ("một nghìn không trăm linh
/// năm"); groups that are entirely zero are skipped ("hai tỷ không trăm linh năm"); decimals read "phẩy".
package enum NumberWords {
    /// Regional and stylistic choices. The defaults are the northern administrative usage.
    package struct Options: Sendable, Hashable {
        /// How zero tens inside a hundred are read (105).
        package enum ZeroTens: Sendable, Hashable {
            /// "một trăm linh năm".
            case linh
            /// "một trăm lẻ năm".
            case le
        }

        /// How a unit 4 after tens ≥ 2 is read (24).
        package enum Four: Sendable, Hashable {
            /// "hai mươi tư".
            case tu
            /// "hai mươi bốn".
            case bon
        }

        /// The word for a thousand.
        package enum Thousand: Sendable, Hashable {
            /// "nghìn" (northern).
            case nghin
            /// "ngàn" (southern).
            case ngan
        }

        /// Zero tens inside a hundred: "linh" (default) or "lẻ".
        package var zeroTens: ZeroTens
        /// Unit 4 after tens ≥ 2: "tư" (default) or "bốn".
        package var four: Four
        /// A thousand: "nghìn" (default) or "ngàn".
        package var thousand: Thousand

        /// Creates options; every argument has the northern default.
        package init(zeroTens: ZeroTens = .linh, four: Four = .tu, thousand: Thousand = .nghin) {
            self.zeroTens = zeroTens
            self.four = four
            self.thousand = thousand
        }

        /// linh, tư, nghìn.
        package static let standard = Options()
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// Spells an integer: `spell(95)` is "chín mươi lăm", `spell(-3)` is "âm ba".
    package static func spell(_ number: Int, options: Options = .standard) -> String {
        let words = spell(magnitude: UInt64(number.magnitude), options: options)
        return number < 0 ? "âm " + words : words
    }

    /// Spells a decimal, reading the part after the comma as a number and each leading zero of it as
    /// "không": 8.5 is "tám phẩy năm", 17.25 "mười bảy phẩy hai mươi lăm", 8.05 "tám phẩy không năm".
    /// Trailing zeros after the comma are not read (30.00 is "ba mươi").
    package static func spell(_ value: Decimal, options: Options = .standard) -> String {
        var text = DecimalText.plain(value)  // POSIX form: "-17.25", never an exponent.
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = parts[0]
        var fractionDigits = parts.count > 1 ? Substring(parts[1]) : ""
        while fractionDigits.last == "0" { fractionDigits.removeLast() }

        var words = spell(digits: integerDigits, options: options)
        if !fractionDigits.isEmpty {
            let leadingZeros = fractionDigits.prefix { $0 == "0" }
            let rest = fractionDigits.dropFirst(leadingZeros.count)
            var fractionWords = Array(repeating: "không", count: leadingZeros.count)
            fractionWords.append(spell(digits: rest, options: options))
            words += " phẩy " + fractionWords.joined(separator: " ")
        }
        let isZero = integerDigits.allSatisfy { $0 == "0" } && fractionDigits.isEmpty
        return negative && !isZero ? "âm " + words : words
    }

    /// Spells a value held in hundredths (as points are stored): 850 is "tám phẩy năm".
    package static func spell(hundredths: Int, options: Options = .standard) -> String {
        spell(Decimal(hundredths) / 100, options: options)
    }

    /// Spells a run of decimal digits; runs too long for an integer are read digit by digit.
    private static func spell(digits: Substring, options: Options) -> String {
        if let value = UInt64(digits) {
            return spell(magnitude: value, options: options)
        }
        return digits.compactMap { $0.wholeNumberValue }.map { Self.digits[$0] }.joined(separator: " ")
    }

    private static func spell(magnitude number: UInt64, options: Options) -> String {
        if number == 0 { return digits[0] }
        var words: [String] = []
        appendWords(for: number, full: false, options: options, to: &words)
        return words.joined(separator: " ")
    }

    /// Appends the words for `number` (> 0); `full` means a larger group precedes it, so its hundreds
    /// are read even when zero.
    private static func appendWords(for number: UInt64, full: Bool, options: Options, to words: inout [String]) {
        let billion: UInt64 = 1_000_000_000
        if number >= billion {
            appendWords(for: number / billion, full: full, options: options, to: &words)
            words.append("tỷ")
            let rest = number % billion
            if rest > 0 { appendWords(for: rest, full: true, options: options, to: &words) }
            return
        }
        let scales = ["", options.thousand == .nghin ? "nghìn" : "ngàn", "triệu"]
        let groups = [number / 1_000_000, number / 1000 % 1000, number % 1000]
        var started = full
        for (index, group) in groups.enumerated() where group > 0 {
            appendGroup(Int(group), full: started, options: options, to: &words)
            let scale = scales[2 - index]
            if !scale.isEmpty { words.append(scale) }
            started = true
        }
    }

    /// Appends the words for a group 1...999.
    private static func appendGroup(_ group: Int, full: Bool, options: Options, to words: inout [String]) {
        let hundreds = group / 100, tens = group / 10 % 10, units = group % 10
        let readsHundreds = full || hundreds > 0
        if readsHundreds {
            words += [digits[hundreds], "trăm"]
        }
        switch tens {
        case 0:
            guard units > 0 else { return }
            if readsHundreds { words.append(options.zeroTens == .linh ? "linh" : "lẻ") }
            words.append(digits[units])
        case 1:
            words.append("mười")
            if units == 5 {
                words.append("lăm")
            } else if units > 0 {
                words.append(digits[units])
            }
        default:
            words += [digits[tens], "mươi"]
            switch units {
            case 0: break
            case 1: words.append("mốt")
            case 4: words.append(options.four == .tu ? "tư" : "bốn")
            case 5: words.append("lăm")
            default: words.append(digits[units])
            }
        }
    }
}
