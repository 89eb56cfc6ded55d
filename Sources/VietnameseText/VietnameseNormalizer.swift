import Foundation

/// Brings text into the one form every document is written in, and finds characters a document cannot carry.
///
/// Vietnamese arrives as NFC, NFD or "tổ hợp" (a precomposed vowel followed by a combining tone mark),
/// depending on the keyboard tool. Swift's `==` treats these as equal, but the bytes written to a file
/// differ, so every string that enters a document goes through ``normalize(_:)``.
package enum VietnameseNormalizer {
    /// A character that XML 1.0 cannot carry, and where it is.
    package struct ForbiddenCharacter: Sendable, Hashable {
        /// The offending scalar (a C0 control other than tab, LF and CR, or U+FFFE, U+FFFF).
        package let scalar: Unicode.Scalar
        /// Its position counted in `Character`s (what a person sees as a column), from 0.
        package let characterOffset: Int
        /// Its position counted in Unicode scalars, from 0.
        package let scalarOffset: Int

        /// Creates a finding.
        package init(scalar: Unicode.Scalar, characterOffset: Int, scalarOffset: Int) {
            self.scalar = scalar
            self.characterOffset = characterOffset
            self.scalarOffset = scalarOffset
        }

        /// The scalar as `U+0007`, for messages.
        package var codePoint: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// Returns `text` in Unicode NFC with the look-alike Ð/ð (U+00D0/U+00F0, Icelandic eth) replaced by Đ/đ.
    ///
    /// Tone placement is kept as typed: NFC does not unify "hoà" and "hòa", and neither does this.
    package static func normalize(_ text: String) -> String {
        var result = text
        if result.unicodeScalars.contains(where: { $0 == "\u{00D0}" || $0 == "\u{00F0}" }) {
            var scalars = String.UnicodeScalarView()
            for scalar in result.unicodeScalars {
                switch scalar {
                case "\u{00D0}": scalars.append("\u{0110}")
                case "\u{00F0}": scalars.append("\u{0111}")
                default: scalars.append(scalar)
                }
            }
            result = String(scalars)
        }
        return result.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is already what ``normalize(_:)`` would return, compared scalar by scalar.
    package static func isNormalized(_ text: String) -> Bool {
        text.unicodeScalars.elementsEqual(normalize(text).unicodeScalars)
    }

    /// Whether XML 1.0 can carry `scalar` (its `Char` production; surrogates cannot occur in a Swift string).
    package static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Every character in `text` that XML 1.0 cannot carry, in order, so a caller can report each one.
    package static func forbiddenCharacters(in text: String) -> [ForbiddenCharacter] {
        var found: [ForbiddenCharacter] = []
        var scalarOffset = 0
        for (characterOffset, character) in text.enumerated() {
            for scalar in character.unicodeScalars {
                if !isAllowedInXML(scalar) {
                    found.append(
                        ForbiddenCharacter(
                            scalar: scalar, characterOffset: characterOffset, scalarOffset: scalarOffset))
                }
                scalarOffset += 1
            }
        }
        return found
    }
}
