/// The order of the member list in M5.
package enum MemberOrder: String, Sendable, Hashable, CaseIterable {
    /// As written in the data (usually by position).
    case asGiven = "as_given"
    /// By Vietnamese name: given name, then family name, then middle name.
    case byName = "by_name"
}
