/// Splits the inside of a tag (`unit.name | default("—")`) into tokens. Accepts straight and
/// typographic quotes, because Word's AutoCorrect turns `"` into `“ ”` as the user types.
public struct Lexer {
    /// Why the text cannot be split into tokens.
    public struct Failure: Error, Equatable {
        /// What is wrong.
        public var reason: Reason
        /// Offset in characters.
        public var offset: Int
    }

    /// The ways lexing fails.
    public enum Reason: Sendable, Equatable {
        /// A string literal with no closing quote.
        case unterminatedString
        /// A character that starts no token.
        case unexpectedCharacter(Character)
    }

    private static let closingQuote: [Character: Character] = [
        "\"": "\"", "'": "'", "“": "”", "”": "”", "‘": "’", "’": "’", "„": "”",
    ]
    private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">="]
    private static let oneCharacterSymbols: Set<Character> = [".", "|", "(", ")", ",", "<", ">", "-", "[", "]"]

    /// The tokens of `text`.
    public static func tokens(_ text: String) throws(Failure) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isLetter || character == "_" {
                let start = index
                while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    index += 1
                }
                tokens.append(Token(.name, String(characters[start..<index]), at: start))
            } else if character.isASCII, character.isNumber {
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isASCII, characters[index + 1].isNumber {
                    index += 1
                    while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                }
                tokens.append(Token(.number, String(characters[start..<index]), at: start))
            } else if let closing = closingQuote[character] {
                let start = index
                index += 1
                var value = ""
                while index < characters.count, characters[index] != closing {
                    value.append(characters[index])
                    index += 1
                }
                guard index < characters.count else { throw Failure(reason: .unterminatedString, offset: start) }
                index += 1
                tokens.append(Token(.string, value, at: start))
            } else if index + 1 < characters.count, twoCharacterSymbols.contains(String(characters[index...index + 1])) {
                tokens.append(Token(.symbol, String(characters[index...index + 1]), at: index))
                index += 2
            } else if oneCharacterSymbols.contains(character) {
                tokens.append(Token(.symbol, String(character), at: index))
                index += 1
            } else {
                throw Failure(reason: .unexpectedCharacter(character), offset: index)
            }
        }
        return tokens
    }
}
