/// One member of the council (Điều 1 of the QĐ).
public struct CouncilMember: Sendable, Hashable {
    /// Full name: "Phạm Thị Thu".
    public var name: String
    /// Position in the unit: "Hiệu trưởng".
    public var position: String
    /// Role in the council.
    public var role: CouncilRole
    /// How minutes and decisions address the person: "Ông", "Bà", "Đồng chí".
    public var honorific: String

    /// The honorific used when the data gives none.
    public static let defaultHonorific = "Đồng chí"

    /// A council member.
    public init(name: String, position: String, role: CouncilRole, honorific: String? = nil) {
        self.name = name
        self.position = position
        self.role = role
        self.honorific = honorific ?? CouncilMember.defaultHonorific
    }
}
