import VietnameseText

/// The council meeting recorded in the minutes (M4).
public struct Meeting: Sendable, Hashable {
    /// The day of the meeting.
    public var date: VietnameseDate
    /// When it started.
    public var start: TimeOfDay
    /// When it ended (after `start`).
    public var end: TimeOfDay
    /// Where: "Phòng họp Hội đồng sư phạm".
    public var place: String
    /// The council member who chairs (chủ tọa).
    public var chair: String
    /// The council member who takes the minutes (thư ký).
    public var secretary: String
    /// Council members who did not attend.
    public var absent: [Absence]
    /// Opinions raised, one per item.
    public var opinions: [String]
    /// The vote on the result.
    public var vote: Vote
    /// The conclusion of the chair, when written.
    public var conclusion: String?

    /// A meeting.
    public init(date: VietnameseDate, start: TimeOfDay, end: TimeOfDay, place: String, chair: String, secretary: String,
                absent: [Absence] = [], opinions: [String] = [], vote: Vote, conclusion: String? = nil) {
        self.date = date
        self.start = start
        self.end = end
        self.place = place
        self.chair = chair
        self.secretary = secretary
        self.absent = absent
        self.opinions = opinions
        self.vote = vote
        self.conclusion = conclusion
    }

    /// The council members present: every member of `council` not listed as absent, in council order.
    public func attendees(of council: Council) -> [CouncilMember] {
        let absentNames = Set(absent.map(\.name))
        return council.members.filter { !absentNames.contains($0.name) }
    }
}
