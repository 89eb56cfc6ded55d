/// A message in both languages the tool speaks.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The Vietnamese text.
    public var vi: String
    /// The English text.
    public var en: String

    /// A message given in both languages.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// The Vietnamese text.
    public var description: String { vi }
}
