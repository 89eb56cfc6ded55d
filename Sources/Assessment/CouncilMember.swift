/// One member of the council (Điều 1 of the QĐ).
public struct CouncilMember: Sendable, Hashable {
    /// Full name: "Phạm Thị Thu".
    public var name: String
    /// Position in the unit: "Hiệu trưởng".
    public var position: String
    /// Role in the council.
    public var role: CouncilRole

    /// A council member.
    public init(name: String, position: String, role: CouncilRole) {
        self.name = name
        self.position = position
        self.role = role
    }
}
