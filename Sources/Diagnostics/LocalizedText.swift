/// A message in both languages the tool speaks.
package struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The Vietnamese text.
    package var vi: String
    /// The English text.
    package var en: String

    /// A message given in both languages.
    package init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    package func text(in language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// The Vietnamese text.
    package var description: String { vi }
}
