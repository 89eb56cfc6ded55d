/// Splits the inside of a tag (`unit.name | default("—")`) into tokens. Accepts straight and
/// typographic quotes, because Word's AutoCorrect turns `"` into `“ ”` as the user types.
package struct Lexer {
    /// Why the text cannot be split into tokens.
    package struct Failure: Error, Equatable {
        /// What is wrong.
        package var reason: Reason
        /// Offset in Unicode scalars.
        package var offset: Int
    }

    /// The ways lexing fails.
    package enum Reason: Sendable, Equatable {
        /// A string literal with no closing quote.
        case unterminatedString
        /// A character that starts no token.
        case unexpectedCharacter(Character)
    }

    /// The quote that closes a string opened by `scalar`, if it opens one.
    private static func closingQuote(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": "\""
        case "'": "'"
        case "“", "”", "„": "”"
        case "‘", "’": "’"
        default: nil
        }
    }

    private static func isTwoCharacterSymbol(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        (second == "=" && (first == "=" || first == "!" || first == "<" || first == ">")) || (first == "/" && second == "/")
    }

    private static func isOneCharacterSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "|", "(", ")", ",", "<", ">", "-", "[", "]", "+", "*", "/", "%", "~", "=": true
        default: false
        }
    }

    /// Letters and "_" start names; ASCII is decided without Unicode property lookups.
    private static func startsName(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        let lower = UInt8(truncatingIfNeeded: scalar.value) | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || scalar == "_"
    }

    /// Names go on with letters, digits, "_", and the combining marks of decomposed letters.
    private static func continuesName(_ scalar: Unicode.Scalar) -> Bool {
        if startsName(scalar) || isDigit(scalar) { return true }
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }

    /// The tokens of `text`; offsets count Unicode scalars.
    package static func tokens(_ text: String) throws(Failure) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                index += 1
            } else if startsName(scalar) {
                let start = index
                while index < scalars.count, continuesName(scalars[index]) { index += 1 }
                tokens.append(Token(.name, String(scalars: scalars[start..<index]), at: start))
            } else if isDigit(scalar) {
                let start = index
                while index < scalars.count, isDigit(scalars[index]) { index += 1 }
                if index + 1 < scalars.count, scalars[index] == ".", isDigit(scalars[index + 1]) {
                    index += 1
                    while index < scalars.count, isDigit(scalars[index]) { index += 1 }
                }
                // An exponent, as Jinja reads `1e3` and `2.5E-2` (kept exact: 1000, 0.025).
                if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
                    var end = index + 1
                    if end < scalars.count, scalars[end] == "+" || scalars[end] == "-" { end += 1 }
                    if end < scalars.count, isDigit(scalars[end]) {
                        index = end
                        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
                    }
                }
                tokens.append(Token(.number, String(scalars: scalars[start..<index]), at: start))
            } else if let closing = closingQuote(scalar) {
                let start = index
                index += 1
                while index < scalars.count, scalars[index] != closing { index += 1 }
                guard index < scalars.count else { throw Failure(reason: .unterminatedString, offset: start) }
                tokens.append(Token(.string, String(scalars: scalars[(start + 1)..<index]), at: start))
                index += 1
            } else if index + 1 < scalars.count, isTwoCharacterSymbol(scalar, scalars[index + 1]) {
                tokens.append(Token(.symbol, String(scalars: scalars[index...index + 1]), at: index))
                index += 2
            } else if isOneCharacterSymbol(scalar) {
                tokens.append(Token(.symbol, String(Character(scalar)), at: index))
                index += 1
            } else {
                throw Failure(reason: .unexpectedCharacter(Character(scalar)), offset: index)
            }
        }
        return tokens
    }
}
