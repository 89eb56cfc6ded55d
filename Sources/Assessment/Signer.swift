/// Who signs a document, with the authority line above the title when they sign for someone else.
///
/// "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / Nguyễn Thị Hoa" is `prefix: .kt`, `onBehalfOf: "Hiệu trưởng"`,
/// `title: "Phó Hiệu trưởng"`, `name: "Nguyễn Thị Hoa"`.
package struct Signer: Sendable, Hashable {
    /// The authority prefix (none when the head signs in person).
    package var prefix: AuthorityPrefix
    /// Whom or what they sign for, in normal case ("Hiệu trưởng", "Ủy ban nhân dân"); nil with no prefix.
    package var onBehalfOf: String?
    /// The signer's own title in normal case: "Phó Hiệu trưởng".
    package var title: String
    /// The signer's name in normal case: "Nguyễn Thị Hoa".
    package var name: String

    /// A signer.
    package init(prefix: AuthorityPrefix = .none, onBehalfOf: String? = nil, title: String, name: String) {
        self.prefix = prefix
        self.onBehalfOf = onBehalfOf
        self.title = title
        self.name = name
    }

    /// The prefix line in normal case ("KT. Hiệu trưởng"); "" when the signer signs in person.
    package var prefixLine: String {
        guard prefix != .none, let onBehalfOf else { return "" }
        return "\(prefix.rawValue) \(onBehalfOf)"
    }
}
