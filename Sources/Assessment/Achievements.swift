/// Supporting figures of the report (M3, part II): how many members earned what.
public struct Achievements: Sendable, Hashable {
    /// Members with "Chiến sĩ thi đua cơ sở".
    public var cstdcs: Int
    /// Members with a Giấy khen.
    public var giayKhen: Int
    /// Members with a Bằng khen.
    public var bangKhen: Int
    /// Initiatives (sáng kiến) recognised.
    public var initiatives: Int
    /// Other achievements, one sentence each.
    public var others: [String]

    /// Figures.
    public init(cstdcs: Int = 0, giayKhen: Int = 0, bangKhen: Int = 0, initiatives: Int = 0, others: [String] = []) {
        self.cstdcs = cstdcs
        self.giayKhen = giayKhen
        self.bangKhen = bangKhen
        self.initiatives = initiatives
        self.others = others
    }
}
