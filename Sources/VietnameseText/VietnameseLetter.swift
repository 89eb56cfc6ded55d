import Foundation

/// One letter split into what sorts it: its place in the alphabet, then its tone.
///
/// Alphabet: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z (f j w z, absent from
/// Vietnamese, take their Latin places for foreign names). Tones, which only break ties: none,
/// huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below).
struct VietnameseLetter: Sendable, Hashable {
    /// Position in the alphabet; characters outside it sort after "z" by code point.
    let rank: UInt32
    /// 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
    let tone: UInt8

    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]

    private static let ranks: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for (index, letter) in alphabet.enumerated() { table[letter] = UInt32(index + 1) }
        return table
    }()

    /// Splits a character (any case, any normalization form) into rank and tone.
    init(_ character: Character) {
        var base = String.UnicodeScalarView()
        var tone: UInt8 = 0
        for scalar in String(character).lowercased().decomposedScalars() {
            switch scalar.value {
            case 0x0300: tone = 1  // huyền
            case 0x0309: tone = 2  // hỏi
            case 0x0303: tone = 3  // ngã
            case 0x0301: tone = 4  // sắc
            case 0x0323: tone = 5  // nặng
            case 0x0306, 0x0302, 0x031B: base.append(scalar)  // breve, circumflex, horn: part of the letter
            case 0x00F0: base.append("\u{0111}")  // ð look-alike
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }  // foreign accents
                base.append(scalar)
            }
        }
        let key = String(base).precomposedForSorting()
        if let rank = Self.ranks[key] {
            self.rank = rank
        } else {
            self.rank = 0x100 + (base.first?.value ?? 0)
        }
        self.tone = tone
    }
}

extension String {
    /// The canonical decomposition's scalars (NFD).
    fileprivate func decomposedScalars() -> String.UnicodeScalarView {
        decomposedStringWithCanonicalMapping.unicodeScalars
    }

    /// NFC, so "a" + breve becomes "ă" for the table lookup.
    fileprivate func precomposedForSorting() -> String {
        precomposedStringWithCanonicalMapping
    }
}
