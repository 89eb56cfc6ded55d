import Assessment
import Diagnostics
import Foundation
import Yams

extension AssessmentDecoder {
    /// One person as written in one place of the data: the name, the position when that place gives
    /// one, the node to point at and the key path a reader is told.
    struct PersonMention {
        var name: String
        var position: String?
        var node: Node?
        var positionNode: Node?
        var path: String
    }

    /// The same person must be written the same way everywhere the forms print them: the head, the
    /// council and the staff list (typed here or read from a sheet). A name differing only in marks,
    /// case or spaces ("Hòa" / "Hoa"), a council member missing from the staff list and a council
    /// position contradicting the staff list are warnings quoting both places.
    func checkPeopleAgree(
        head: Signer?, headNode: Node?, headTitle: String, council: Council?, councilNode: Node?, members: [Member],
        membersNode: Node?, membersFromSheet: Bool
    ) {
        guard let council, !members.isEmpty else { return }
        let memberItems: [Node] = if case .sequence(let sequence)? = membersNode { Array(sequence) } else { [] }
        let staff: [PersonMention] = members.enumerated().map { index, member in
            let node = index < memberItems.count ? memberItems[index]["name"] : nil
            return PersonMention(
                name: member.name, position: member.position, node: node, positionNode: nil,
                path: membersFromSheet ? "members_file" : "members[\(index + 1)]")
        }
        let councilItems: [Node] = if case .sequence(let sequence)? = councilNode?["members"] { Array(sequence) } else { [] }
        let councilMentions: [PersonMention] = council.members.enumerated().map { index, member in
            PersonMention(
                name: member.name, position: member.position,
                node: index < councilItems.count ? councilItems[index]["name"] : nil,
                positionNode: index < councilItems.count ? councilItems[index]["position"] : nil,
                path: "council.members[\(index + 1)]")
        }
        let staffByName = Dictionary(staff.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let staffByFolded = Dictionary(staff.map { (Keyword.fold($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        func place(_ mention: PersonMention) -> Messages.Place {
            Messages.Place(path: mention.path, line: mention.node?.mark?.line, inSheet: membersFromSheet && mention.path == "members_file")
        }
        for mention in councilMentions {
            if let match = staffByName[mention.name] {
                if let position = mention.position, let staffPosition = match.position,
                    !Self.positionsAgree(position, staffPosition)
                {
                    reader.warning(
                        mention.positionNode, "\(mention.path).position",
                        Messages.councilPositionDiffers(
                            mention.name, position: position, staffPosition: staffPosition, staff: place(match)))
                }
            } else if let lookalike = staffByFolded[Keyword.fold(mention.name)] {
                reader.warning(
                    mention.node, "\(mention.path).name",
                    Messages.nameSpelledDifferently(
                        mention.name, other: lookalike.name, at: place(lookalike)))
            } else {
                reader.warning(
                    mention.node, "\(mention.path).name",
                    Messages.councilMemberNotOnStaff(
                        mention.name, suggestion: Suggestion.closest(to: mention.name, among: staff.map(\.name))))
            }
        }
        // The head signs most documents: their name must match the council's and the staff list's.
        guard let head, staffByName[head.name] == nil, council.member(named: head.name) == nil else { return }
        let headNameNode = headNode?["name"] ?? headNode
        if let lookalike = councilMentions.first(where: { Keyword.fold($0.name) == Keyword.fold(head.name) })
            ?? staffByFolded[Keyword.fold(head.name)]
        {
            reader.warning(
                headNameNode, "head.name",
                Messages.nameSpelledDifferently(
                    head.name, other: lookalike.name,
                    at: place(lookalike)))
            return
        }
        // Another spelling ("Hùnh" for "Hùng"): the person the council or the staff list gives the
        // head's title, else the nearest name, is who the head most likely is.
        let mentions = councilMentions + staff
        let holders = mentions.filter { $0.position.map { Self.holdsTitle($0, headTitle) } ?? false }
        let holderNames = holders.map(\.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let suggestion =
            holderNames.count == 1
            ? holderNames[0]
            : Suggestion.closest(to: head.name, among: holderNames.isEmpty ? mentions.map(\.name) : holderNames)
        guard let suggestion, let found = mentions.first(where: { $0.name == suggestion }) else { return }
        reader.warning(
            headNameNode, "head.name",
            Messages.headNotOnLists(
                head.name, title: headTitle, suggestion: suggestion,
                at: place(found)))
    }

    /// Whether a position ("Hiệu trưởng", "Bí thư chi bộ, Hiệu trưởng") is the head's title, the deputy's
    /// ("Phó Hiệu trưởng") not.
    static func holdsTitle(_ position: String, _ title: String) -> Bool {
        let folded = Keyword.fold(title)
        if let rank = rank(title), rank == folded { return self.rank(position) == rank }
        let parts = position.replacingOccurrences(of: " kiêm ", with: ",").split(whereSeparator: { ",;/".contains($0) })
            .map { Keyword.fold(String($0)) }
        return parts.contains(folded)
    }

    /// Two positions agree unless they name different ranks of the unit's leadership: the council may
    /// add a function the staff list leaves out ("Chủ tịch Công đoàn", "Tổ trưởng tổ Nhà trẻ" for a
    /// "Giáo viên"), but "Phó Hiệu trưởng" on the council and "Giáo viên" or "Hiệu trưởng" on the staff
    /// list cannot both be right.
    static func positionsAgree(_ first: String, _ second: String) -> Bool {
        rank(first) == rank(second)
    }

    /// The leadership rank a position names, if any (folded; the deputy's checked first).
    static func rank(_ position: String) -> String? {
        let parts = position.replacingOccurrences(of: " kiêm ", with: ",").split(whereSeparator: { ",;/".contains($0) })
            .map { Keyword.fold(String($0)) }
        return leadershipRanks.first { rank in parts.contains { $0 == rank || $0.hasPrefix(rank + "_") } }
    }

    static let leadershipRanks = [
        "pho_hieu_truong", "hieu_truong", "pho_giam_doc", "giam_doc", "pho_truong_phong",
        "truong_phong", "pho_truong_khoa", "truong_khoa",
    ]
}
