/// One member of the council (Điều 1 of the QĐ).
package struct CouncilMember: Sendable, Hashable {
    /// Full name: "Phạm Thị Thu".
    package var name: String
    /// Position in the unit: "Hiệu trưởng".
    package var position: String
    /// Role in the council.
    package var role: CouncilRole
    /// How minutes and decisions address the person: "Ông", "Bà", "Đồng chí".
    package var honorific: String

    /// The honorific used when the data gives none.
    package static let defaultHonorific = "Đồng chí"

    /// A council member.
    package init(name: String, position: String, role: CouncilRole, honorific: String? = nil) {
        self.name = name
        self.position = position
        self.role = role
        self.honorific = honorific ?? CouncilMember.defaultHonorific
    }
}
