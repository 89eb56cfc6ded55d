/// The assessed unit (đơn vị): a school or another public body.
package struct AssessedUnit: Sendable, Hashable {
    /// Full name in normal case: "Trường Tiểu học An Sơn".
    package var name: String
    /// The body it reports to (cơ quan chủ quản trực tiếp): "UBND huyện Nam Sách"; nil where the unit
    /// has none to print (a People's Committee's own documents carry no such line).
    package var parent: String?
    /// The issuer part of document symbols: "THAS" in "12/BC-THAS".
    package var symbol: String
    /// The place name of the date line: "An Sơn".
    package var place: String
    /// The school level (cấp học) or kind of unit, when given: "Tiểu học".
    package var level: String?
    /// The postal address, when given.
    package var address: String?
    /// The head's title in normal case: "Hiệu trưởng".
    package var headTitle: String
    /// How the unit names itself in its own documents, in lower case: "nhà trường" for a school,
    /// "đơn vị" otherwise, unless the data says ("Ủy ban").
    package var selfName: String
    /// How its members are named together, from its kind unless the data says: "cán bộ, giáo viên,
    /// nhân viên" in a school, "cán bộ, công chức và người hoạt động không chuyên trách" in a
    /// People's Committee, "cán bộ, công chức, viên chức và người lao động" elsewhere.
    package var staff: String

    /// A unit.
    package init(
        name: String, parent: String?, symbol: String, place: String, level: String? = nil,
        address: String? = nil, headTitle: String, selfName: String? = nil, staff: String? = nil
    ) {
        self.name = name
        self.parent = parent
        self.symbol = symbol
        self.place = place
        self.level = level
        self.address = address
        self.headTitle = headTitle
        self.selfName = selfName ?? (name.hasPrefix("Trường") ? "nhà trường" : "đơn vị")
        self.staff = staff ?? Self.staff(ofUnitNamed: name)
    }

    /// The members' designation a unit of this kind uses, by its name.
    package static func staff(ofUnitNamed name: String) -> String {
        if name.hasPrefix("Trường") { return "cán bộ, giáo viên, nhân viên" }
        if name.hasPrefix("Ủy ban nhân dân") || name.hasPrefix("Uỷ ban nhân dân") {
            return "cán bộ, công chức và người hoạt động không chuyên trách"
        }
        return "cán bộ, công chức, viên chức và người lao động"
    }
}
