/// How a signer signs (Decree 30): in person, or for a collective, a head, or an authority.
package enum AuthorityPrefix: String, Sendable, Hashable, CaseIterable {
    /// The head signs in person: no prefix line.
    case none = ""
    /// TM. (thay mặt): for a collective ("TM. ỦY BAN NHÂN DÂN").
    case tm = "TM."
    /// KT. (ký thay): a deputy signs for the head ("KT. HIỆU TRƯỞNG").
    case kt = "KT."
    /// Q. (quyền): acting head.
    case q = "Q."
    /// TL. (thừa lệnh): by order of the head.
    case tl = "TL."
    /// TUQ. (thừa ủy quyền): by delegation.
    case tuq = "TUQ."
}
