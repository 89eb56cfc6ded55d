import Foundation

/// Recognises TCVN3 and VNI mojibake in text that should be Unicode Vietnamese.
///
/// Both encodings put Vietnamese letters on Latin-1 code points (as Windows-1252 shows them), so the
/// detector looks for code points in positions real Vietnamese and ordinary English or French text never
/// put them: a TCVN3 symbol right after a letter ("s¬", "hoµ", "x·"), an upper-case Latin-1 letter
/// inside a lower-case word ("TiÓu", "ViÖt") or the reverse ("CHøC"), a VNI mark after a vowel ("aø",
/// "eä", "öô"). A single hit is not enough: text is flagged on two strong hits, or one strong and one
/// weak (a pattern real text also has, such as French "naïve", German "ä", Vietnamese "hoà").
package enum LegacyEncodingDetector {
    /// What the detector found.
    package struct Detection: Sendable, Hashable {
        /// The encoding the text most likely came from.
        package let encoding: LegacyEncoding
        /// Up to three words that gave it away, in order, for quoting in a message.
        package let words: [String]
        /// Hits that real Vietnamese and West-European text do not produce.
        package let strongHits: Int
        /// Hits that also occur in real text (French "naïve", Vietnamese "hoà").
        package let weakHits: Int
    }

    /// The suspected legacy encoding of `text`, or nil when it looks like Unicode (or has no letters at all).
    package static func suspectedEncoding(of text: String) -> LegacyEncoding? {
        detect(text)?.encoding
    }

    /// Looks for TCVN3 and VNI mojibake in `text`; nil when there is not enough evidence of either.
    package static func detect(_ text: String) -> Detection? {
        let scalars = Array(text.precomposedScalars)
        var tcvn3 = Tally(), vni = Tally()
        var wordStart: Int? = nil
        for index in 0...scalars.count {
            let inWord = index < scalars.count && isWordScalar(scalars[index])
            if inWord {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                let word = Array(scalars[start..<index])
                tcvn3.add(word, TCVN3.score(word))
                vni.add(word, VNI.score(word))
                wordStart = nil
            }
        }
        let candidates = [(LegacyEncoding.tcvn3, tcvn3), (.vni, vni)].filter { $0.1.isConvincing }
        guard let best = candidates.max(by: { $0.1.weight < $1.1.weight }) else { return nil }
        return Detection(encoding: best.0, words: best.1.words, strongHits: best.1.strong, weakHits: best.1.weak)
    }

    /// Hits counted for one encoding.
    struct Tally {
        var strong = 0
        var weak = 0
        var words: [String] = []

        mutating func add(_ word: [Unicode.Scalar], _ score: (strong: Int, weak: Int)) {
            strong += score.strong
            weak += score.weak
            if score.strong > 0 && words.count < 3 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: word)
                words.append(String(view))
            }
        }

        var isConvincing: Bool { strong >= 2 || (strong >= 1 && weak >= 1) }
        var weight: Int { strong * 2 + weak }
    }

    /// Letters, marks and the whole Latin-1 upper half (where both encodings put their letters).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        (0xA1...0xFF).contains(scalar.value) || scalar.properties.isAlphabetic
            || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || (0xA1...0xFF).contains(scalar.value)
    }

    static func isLowercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isLowercase || (0xA8...0xBE).contains(scalar.value)
    }

    static func isUppercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isUppercase || (0xA1...0xA7).contains(scalar.value)
    }

    /// TCVN3: lower-case letters at 0xA8–0xFE, upper-case Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7.
    enum TCVN3 {
        /// Code points used only as TCVN3 letters, never as Vietnamese or West-European letters.
        static let symbols: Set<UInt32> = Set(Array(0xA1...0xAE) + Array(0xB5...0xB9) + Array(0xBB...0xBE))
            .union([0xD7, 0xDE, 0xF7, 0xFE])
        /// Code points that are TCVN3 letters and also West-European letters.
        static let european: Set<UInt32> = [
            0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xFC, 0xDF,
        ]

        static func score(_ word: [Unicode.Scalar]) -> (strong: Int, weak: Int) {
            var strong = 0, weak = 0
            for (index, scalar) in word.enumerated() {
                let previous = index > 0 ? word[index - 1] : nil
                let next = index + 1 < word.count ? word[index + 1] : nil
                let value = scalar.value
                if symbols.contains(value) {
                    let counts: Bool =
                        switch value {
                        case 0xAE, 0xA9, 0xA7: isLetter(next)  // ® đ, © â, § Đ: never word-final in practice
                        case 0xBB: isLetter(previous) && isLetter(next)  // » ằ, but also a closing quote
                        case 0xD7, 0xF7: isLetter(previous) && isLetter(next)  // × ì, ÷ ữ, also operators
                        case 0xA1...0xA6: isLetter(previous) || isLetter(next)  // Ă Â Ê Ô Ơ Ư
                        default: isLetter(previous)  // « ô (also an opening quote), ¬ ơ, soft hyphen ư …
                        }
                    if counts { strong += 1 }
                } else if (0xC0...0xDE).contains(value), isLowercaseLetter(previous) {
                    strong += 1  // "TiÓu", "ViÖt", "nghÜa": an upper-case Latin-1 letter inside a word
                } else if isLowercaseLetter(scalar), value >= 0xC0, isUppercaseLetter(previous), isUppercaseLetter(next) {
                    strong += 1  // "CHøC", "THùC": a lower-case Latin-1 letter inside an upper-case word
                } else if european.contains(value), isLetter(previous) || isLetter(next) {
                    weak += 1
                }
            }
            return (strong, weak)
        }
    }

    /// VNI Windows: a base letter followed by a tone or vowel-mark code point of the same case.
    enum VNI {
        /// Tones: ø huyền, ù sắc, û hỏi, õ ngã, ï nặng (upper case: Ø Ù Û Õ Ï).
        static let tones: Set<Character> = ["ø", "ù", "û", "õ", "ï"]
        /// â with its tones: â, à ầ, á ấ, å ẩ, ã ẫ, ä ậ.
        static let circumflex: Set<Character> = ["â", "à", "á", "å", "ã", "ä"]
        /// ă with its tones: ê, è ằ, é ắ, ú ẳ, ü ẵ, ë ặ.
        static let breve: Set<Character> = ["ê", "è", "é", "ú", "ü", "ë"]

        static func score(_ word: [Unicode.Scalar]) -> (strong: Int, weak: Int) {
            var strong = 0, weak = 0
            for index in word.indices {
                let scalar = word[index]
                guard index > 0 else {
                    // Word-initial ñ (đ) followed by a vowel: "ñaùnh", "Ñoàng"; Spanish rarely starts a word so.
                    if scalar == "ñ" || scalar == "Ñ", word.count > 1, isVowel(word[1]) { strong += 1 }
                    continue
                }
                let previous = word[index - 1]
                guard let (base, mark) = caseMatched(previous, scalar) else { continue }
                switch (base, mark) {
                case ("a", "ï"), ("u", "ï"), ("o", "ï"), ("o", "ù"), ("o", "û"):
                    weak += 1  // naïve, ouï, coïncidence, où, coût
                case ("o", "à"), ("o", "á"), ("o", "ã"):
                    weak += 1  // ồ ố ỗ, but also real Vietnamese: hoà, hoá, toàn
                case (let base, let mark) where "aeouyôö".contains(base) && tones.contains(mark):
                    strong += 1  // aø, eù, yõ, ôø (ờ), öù (ứ)
                case ("ö", "ô"):
                    strong += 1  // ươ
                case ("a", "â"), ("a", "à"), ("a", "á"), ("a", "å"), ("a", "ã"), ("a", "ä"),
                    ("e", "â"), ("e", "à"), ("e", "á"), ("e", "å"), ("e", "ã"), ("e", "ä"),
                    ("o", "â"), ("o", "å"), ("o", "ä"):
                    strong += 1  // â ê ô with their tones (oà oá oã are above: real Vietnamese has them)
                case ("a", "ê"), ("a", "è"), ("a", "ü"):
                    strong += 1  // ă, ằ, ẵ
                case ("a", "é"), ("a", "ë"), ("a", "ú"):
                    weak += 1  // ắ ặ ẳ, but also Aéroport, Raphaël, Raúl
                default:
                    break
                }
            }
            return (strong, weak)
        }

        static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
            "aeiouyAEIOUYôöÔÖ".unicodeScalars.contains(scalar)
        }

        /// The pair lower-cased when both are the same case (VNI writes "AØ" and "aø", never "aØ").
        static func caseMatched(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> (Character, Character)? {
            let baseLower = base.properties.lowercaseMapping, markLower = mark.properties.lowercaseMapping
            let bothLower = base.properties.isLowercase && mark.properties.isLowercase
            let bothUpper = base.properties.isUppercase && mark.properties.isUppercase
            guard bothLower || bothUpper, baseLower.count == 1, markLower.count == 1 else { return nil }
            return (Character(baseLower), Character(markLower))
        }
    }
}

extension String {
    /// The NFC scalars (so NFD Vietnamese is not mistaken for a base letter followed by a mark byte).
    fileprivate var precomposedScalars: String.UnicodeScalarView {
        precomposedStringWithCanonicalMapping.unicodeScalars
    }
}
