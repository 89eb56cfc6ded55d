import Foundation

/// How wide a line of text prints in Times New Roman, as LibreOffice lays it out with the
/// metric-compatible Liberation Serif: advance widths of the printable ASCII letters (regular and
/// bold, in 1/2048 em, read from Liberation Serif 2), Vietnamese letters measured by their base
/// letter (ơ, ư and their capitals by their own, wider, advances).
package enum TextWidth {
    /// Width in twips of `text` on one line at `halfPoints` (OOXML `w:sz`), bold or not.
    package static func twips(_ text: String, halfPoints: Int, bold: Bool) -> Int {
        let units = text.unicodeScalars.reduce(0) { $0 + advance(of: $1, bold: bold) }
        // units / 2048 em × (halfPoints / 2) pt × 20 twips a point, rounded up.
        return (units * halfPoints * 10 + 2047) / 2048
    }

    /// Advance of one scalar in 1/2048 em.
    private static func advance(of scalar: Unicode.Scalar, bold: Bool) -> Int {
        let table = bold ? boldAdvances : regularAdvances
        switch scalar.value {
        case 32...126: return table[Int(scalar.value) - 32]
        case 0xA0: return table[0]
        case 0x1A0: return bold ? 1593 : 1479  // Ơ
        case 0x1A1: return bold ? 1134 : 1083  // ơ
        case 0x1AF: return bold ? 1630 : 1589  // Ư
        case 0x1B0: return bold ? 1229 : 1110  // ư
        case 0x110: return table[Int(("D" as Unicode.Scalar).value) - 32]  // Đ
        case 0x111: return table[Int(("d" as Unicode.Scalar).value) - 32]  // đ
        case 0x2013, 0x2014: return bold ? 1024 : 1024  // – —
        case 0x201C, 0x201D: return bold ? 1024 : 909  // “ ”
        default:
            // A precomposed Vietnamese letter: its base letter (ế → e, Ậ → A); combining marks add nothing.
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
            if base != scalar { return advance(of: base, bold: bold) }
            if (0x300...0x36F).contains(scalar.value) { return 0 }
            return bold ? 1139 : 1024
        }
    }

    /// Liberation Serif Regular, U+0020 to U+007E.
    private static let regularAdvances: [Int] = [
        512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569,
        1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
        1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
        1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024,
        682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024,
        1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
    ]

    /// Liberation Serif Bold, U+0020 to U+007E.
    private static let boldAdvances: [Int] = [
        512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569,
        1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024,
        1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593,
        1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024,
        682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024,
        1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
    ]
}
