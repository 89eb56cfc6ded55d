extension TemplateValue {
    /// The value with the control characters Word refuses and docxtpl 0.20 drops removed from
    /// every text (field names too): U+0000–U+0006, U+0008, U+000B, U+000E–U+001F, U+FFFE and
    /// U+FFFF. The ones
    /// values give meaning to stay: `\t`, `\n`, `\r`, `\f` (a page break) and `\a` (U+0007, a
    /// new paragraph), as in docxtpl. `hoso fill --strip-control`; without it such a character
    /// is a located error.
    package func strippingControlCharacters() -> TemplateValue {
        switch self {
        case .null, .bool, .number: self
        case .string(let text): .string(Self.stripped(text))
        case .list(let items): .list(items.map { $0.strippingControlCharacters() })
        case .object(let fields):
            .object(Dictionary(fields.map { (Self.stripped($0.key), $0.value.strippingControlCharacters()) }) { first, _ in first })
        }
    }

    private static func stripped(_ text: String) -> String {
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF; control characters are single bytes.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) { result.append(scalar) }
        return String(result)
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x06, 0x08, 0x0B, 0x0E...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
