package import VietnameseText

/// The council meeting recorded in the minutes (M4).
package struct Meeting: Sendable, Hashable {
    /// The day of the meeting.
    package var date: VietnameseDate
    /// When it started.
    package var start: TimeOfDay
    /// When it ended (after `start`).
    package var end: TimeOfDay
    /// Where: "Phòng họp Hội đồng sư phạm".
    package var place: String
    /// The council member who chairs (chủ tọa).
    package var chair: String
    /// The council member who takes the minutes (thư ký).
    package var secretary: String
    /// Council members who did not attend.
    package var absent: [Absence]
    /// Opinions raised, one per item.
    package var opinions: [String]
    /// The vote on the result.
    package var vote: Vote
    /// The conclusion of the chair, when written.
    package var conclusion: String?

    /// A meeting.
    package init(
        date: VietnameseDate, start: TimeOfDay, end: TimeOfDay, place: String, chair: String, secretary: String,
        absent: [Absence] = [], opinions: [String] = [], vote: Vote, conclusion: String? = nil
    ) {
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
    package func attendees(of council: Council) -> [CouncilMember] {
        let absentNames = Set(absent.map(\.name))
        return council.members.filter { !absentNames.contains($0.name) }
    }
}
