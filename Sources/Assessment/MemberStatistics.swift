/// Counts and shares over the member list: the footer row of M5, which decides criteria 2a–3a.
public struct MemberStatistics: Sendable, Hashable {
    /// The members counted: every member rated this year.
    public var members: [Member]
    /// Members not rated this year (maternity leave, newly transferred), left out of every share.
    public var exempted: [Member]

    /// Statistics over `members`; members with an exemption are left out of the shares.
    public init(members: [Member]) {
        self.members = members.filter { $0.exemption == nil }
        self.exempted = members.filter { $0.exemption != nil }
    }

    /// The number of members.
    public var total: Int { members.count }

    /// How many members meet `measure`, out of all.
    public func share(_ measure: MemberMeasure) -> MemberShare {
        MemberShare(count: members.filter { measure.isMet(by: $0) }.count, total: total)
    }

    /// The members who do not meet `measure`, in list order.
    public func lacking(_ measure: MemberMeasure) -> [Member] {
        members.filter { !measure.isMet(by: $0) }
    }

    /// How many members hold `title`.
    public func count(_ title: EmulationTitle) -> Int {
        members.filter { $0.emulationTitle == title }.count
    }
}
