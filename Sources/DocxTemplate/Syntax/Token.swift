/// One token inside a tag: `{{ unit.name | upper }}` is `unit` `.` `name` `|` `upper`.
public struct Token: Sendable, Equatable, CustomStringConvertible {
    /// What kind of token.
    public enum Kind: Sendable, Equatable {
        /// A name: a variable, a member, a filter, or a keyword (`if`, `for`, `and`…).
        case name
        /// A number literal, as written.
        case number
        /// A string literal, unquoted.
        case string
        /// An operator or punctuation: `.` `|` `(` `)` `,` `==` `!=` `<` `<=` `>` `>=`.
        case symbol
    }

    /// The kind.
    public var kind: Kind
    /// The text (a string literal without its quotes).
    public var text: String
    /// Offset in Unicode scalars from the start of the tag's inside.
    public var offset: Int

    /// A token.
    public init(_ kind: Kind, _ text: String, at offset: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }

    /// `name(unit)`, `symbol(.)` — handy in test expectations.
    public var description: String { "\(kind)(\(text))" }
}
