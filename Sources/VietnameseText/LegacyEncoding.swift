/// A pre-Unicode Vietnamese encoding whose text, pasted into a Unicode file, arrives as mojibake.
package enum LegacyEncoding: String, Sendable, Hashable, CaseIterable {
    /// TCVN3 (TCVN 5712:1993 "ABC", fonts .VnTime, .VnArial): one byte per letter, so "Trường" is
    /// "Tr­êng" (ư = U+00AD soft hyphen, ờ = ê).
    case tcvn3
    /// VNI Windows (fonts VNI-Times …): a base letter followed by a mark byte, so "Trường" is "Tröôøng".
    case vni

    /// The name people know it by, for messages: "TCVN3 (ABC, .VnTime)", "VNI (VNI-Times)".
    package var displayName: String {
        switch self {
        case .tcvn3: "TCVN3 (ABC, .VnTime)"
        case .vni: "VNI (VNI-Times)"
        }
    }
}
