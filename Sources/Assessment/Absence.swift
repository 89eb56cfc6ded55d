/// A council member absent from the meeting, with the reason.
package struct Absence: Sendable, Hashable {
    /// The council member's name.
    package var name: String
    /// Why they were absent: "Nghỉ ốm".
    package var reason: String

    /// An absence.
    package init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
