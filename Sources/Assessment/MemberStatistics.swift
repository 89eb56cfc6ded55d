/// Counts and shares over the member list: the footer row of M5, which decides criteria 2a–3a.
package struct MemberStatistics: Sendable, Hashable {
    /// The members counted: every member rated this year.
    package var members: [Member]
    /// Members not rated this year (maternity leave, newly transferred), left out of every share.
    package var exempted: [Member]

    /// Statistics over `members`; members with an exemption are left out of the shares.
    package init(members: [Member]) {
        self.members = members.filter { $0.exemption == nil }
        self.exempted = members.filter { $0.exemption != nil }
    }

    /// The number of members.
    package var total: Int { members.count }

    /// How many members meet `measure`, out of all.
    package func share(_ measure: MemberMeasure) -> MemberShare {
        MemberShare(count: members.filter { measure.isMet(by: $0) }.count, total: total)
    }

    /// The members who do not meet `measure`, in list order.
    package func lacking(_ measure: MemberMeasure) -> [Member] {
        members.filter { !measure.isMet(by: $0) }
    }

    /// How many members hold `title`.
    package func count(_ title: EmulationTitle) -> Int {
        members.filter { $0.emulationTitle == title }.count
    }
}
