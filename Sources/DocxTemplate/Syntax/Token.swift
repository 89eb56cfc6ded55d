/// One token inside a tag: `{{ unit.name | upper }}` is `unit` `.` `name` `|` `upper`.
package struct Token: Sendable, Equatable, CustomStringConvertible {
    /// What kind of token.
    package enum Kind: Sendable, Equatable {
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
    package var kind: Kind
    /// The text (a string literal without its quotes).
    package var text: String
    /// Offset in Unicode scalars from the start of the tag's inside.
    package var offset: Int

    /// A token.
    package init(_ kind: Kind, _ text: String, at offset: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }

    /// `name(unit)`, `symbol(.)` — handy in test expectations.
    package var description: String { "\(kind)(\(text))" }
}
