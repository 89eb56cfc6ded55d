/// A council member absent from the meeting, with the reason.
public struct Absence: Sendable, Hashable {
    /// The council member's name.
    public var name: String
    /// Why they were absent: "Nghỉ ốm".
    public var reason: String

    /// An absence.
    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
