/// Supporting figures of the report (M3, part II): how many members earned what.
package struct Achievements: Sendable, Hashable {
    /// Members with "Chiến sĩ thi đua cơ sở".
    package var cstdcs: Int
    /// Members with a Giấy khen.
    package var giayKhen: Int
    /// Members with a Bằng khen.
    package var bangKhen: Int
    /// Initiatives (sáng kiến) recognised.
    package var initiatives: Int
    /// Other achievements, one sentence each.
    package var others: [String]

    /// Figures.
    package init(cstdcs: Int = 0, giayKhen: Int = 0, bangKhen: Int = 0, initiatives: Int = 0, others: [String] = []) {
        self.cstdcs = cstdcs
        self.giayKhen = giayKhen
        self.bangKhen = bangKhen
        self.initiatives = initiatives
        self.others = others
    }
}
