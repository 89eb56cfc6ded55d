import Assessment
import Diagnostics
import VietnameseText
import Yams

extension AssessmentDecoder {
    static func roleChoices(_ regime: Regime) -> [(key: String, value: CouncilRole)] {
        CouncilRole.allCases.map { ($0.rawValue, $0) } + CouncilRole.allCases.map { (Keyword.fold($0.title), $0) }
    }

    func decodeCouncil(_ node: Node, regime: Regime) -> Council? {
        guard
            let f = reader.fields(
                node, path: "council", keys: ["name", "short_name", "members", "tasks"],
                required: ["members"])
        else { return nil }
        let name =
            f["name"].flatMap { reader.text($0, path: f.path("name"), required: false) }
            ?? Council.defaultName(for: regime)
        let shortName =
            f["short_name"].flatMap { reader.text($0, path: f.path("short_name"), required: false) }
            ?? Council.defaultShortName(for: regime)
        let tasks = f["tasks"].map { reader.texts($0, path: f.path("tasks")) } ?? []
        guard let items = f["members"].flatMap({ reader.items($0, path: f.path("members")) }) else { return nil }
        var members: [CouncilMember] = []
        var seen: [String: Node] = [:]
        let allowed = CouncilRole.roles(for: regime)
        var failed = false
        var roleNodes: [(node: Node?, path: String)] = []
        for item in items {
            guard
                let m = reader.fields(
                    item.node, path: item.path, keys: ["name", "position", "role", "honorific"],
                    required: ["name", "position", "role"])
            else {
                failed = true
                continue
            }
            let name = m["name"].flatMap { reader.text($0, path: m.path("name")) }
            let position = m["position"].flatMap { reader.text($0, path: m.path("position")) }
            var role = m["role"].flatMap {
                reader.choice(
                    $0, path: m.path("role"), Self.roleChoices(regime),
                    display: allowed.map(\.rawValue))
            }
            if let value = role, !allowed.contains(value) {
                reader.error(
                    m["role"], m.path("role"),
                    Messages.roleNotInRegime(
                        value.rawValue, regime: regime.rawValue, allowed: allowed.map(\.rawValue)))
                role = nil
            }
            if let name, let first = seen[name] {
                reader.error(m["name"], m.path("name"), Messages.duplicateCouncilMember(name, line: first.mark?.line ?? 0))
            } else if let name, let nameNode = m["name"] {
                seen[name] = nameNode
            }
            let honorific = m["honorific"].flatMap { reader.text($0, path: m.path("honorific"), required: false) }
            guard let name, let position, let role else {
                failed = true
                continue
            }
            members.append(CouncilMember(name: name, position: position, role: role, honorific: honorific))
            roleNodes.append((m["role"], m.path("role")))
        }
        let leaderRole: CouncilRole = regime == .tt22 ? .chuTich : .toTruong
        let leaders = members.indices.filter { members[$0].role == leaderRole }
        if !failed, leaders.isEmpty {
            reader.error(f["members"], f.path("members"), Messages.noLeader(leaderRole.rawValue))
        } else if leaders.count > 1 {
            // Located at the second leader's role: the one to change.
            let second = roleNodes[leaders[1]]
            reader.error(second.node, second.path, Messages.severalLeaders(leaderRole.rawValue, names: leaders.map { members[$0].name }))
        }
        guard !failed else { return nil }
        return Council(name: name, shortName: shortName, members: members, tasks: tasks)
    }

    func decodeMeeting(_ node: Node, council: Council?) -> Meeting? {
        guard
            let f = reader.fields(
                node, path: "meeting",
                keys: [
                    "date", "start", "end", "place", "chair", "secretary", "absent", "opinions",
                    "vote", "conclusion",
                ],
                required: ["date", "start", "end", "place", "chair", "secretary", "vote"])
        else { return nil }
        let date = f["date"].flatMap { reader.date($0, path: f.path("date")) }
        let start = f["start"].flatMap { reader.time($0, path: f.path("start")) }
        let end = f["end"].flatMap { reader.time($0, path: f.path("end")) }
        if let start, let end, end <= start {
            reader.error(f["end"], f.path("end"), Messages.meetingEndsBeforeStart(start: start.description, end: end.description))
        }
        let place = f["place"].flatMap { reader.text($0, path: f.path("place")) }
        let chair = f["chair"].flatMap { reader.text($0, path: f.path("chair")) }
        let secretary = f["secretary"].flatMap { reader.text($0, path: f.path("secretary")) }
        let names = council?.members.map(\.name) ?? []
        func checkOnCouncil(_ name: String?, _ node: Node?, _ path: String, _ role: Messages.Role) {
            guard let council, let name, council.member(named: name) == nil else { return }
            reader.error(node, path, Messages.notOnCouncil(name, role: role, suggestion: Suggestion.closest(to: name, among: names)))
        }
        checkOnCouncil(chair, f["chair"], f.path("chair"), .chair)
        checkOnCouncil(secretary, f["secretary"], f.path("secretary"), .secretary)
        var absent: [Absence] = []
        if let items = f["absent"].flatMap({ reader.items($0, path: f.path("absent")) }) {
            for item in items {
                guard let a = reader.fields(item.node, path: item.path, keys: ["name", "reason"], required: ["name", "reason"]),
                    let name = a["name"].flatMap({ reader.text($0, path: a.path("name")) }),
                    let reason = a["reason"].flatMap({ reader.text($0, path: a.path("reason")) })
                else { continue }
                checkOnCouncil(name, a["name"], a.path("name"), .absent)
                absent.append(Absence(name: name, reason: reason))
            }
        }
        let opinions = f["opinions"].map { reader.texts($0, path: f.path("opinions")) } ?? []
        let conclusion = f["conclusion"].flatMap { reader.text($0, path: f.path("conclusion"), required: false) }
        var vote: Vote?
        if let voteNode = f["vote"],
            let v = reader.fields(voteNode, path: f.path("vote"), keys: ["agree", "disagree", "abstain"], required: ["agree"])
        {
            let agree = v["agree"].flatMap { reader.integer($0, path: v.path("agree"), range: 0...1000) }
            let disagree = v["disagree"].flatMap { reader.integer($0, path: v.path("disagree"), range: 0...1000) } ?? 0
            let abstain = v["abstain"].flatMap { reader.integer($0, path: v.path("abstain"), range: 0...1000) } ?? 0
            if let agree { vote = Vote(agree: agree, disagree: disagree, abstain: abstain) }
            if let vote, let council {
                let present = council.members.count - Set(absent.map(\.name)).intersection(names).count
                if vote.total > present {
                    reader.error(voteNode, f.path("vote"), Messages.voteExceedsAttendees(total: vote.total, present: present))
                } else if vote.total < present {
                    reader.warning(voteNode, f.path("vote"), Messages.voteBelowAttendees(total: vote.total, present: present))
                }
            }
        }
        guard let date, let start, let end, let place, let chair, let secretary, let vote else { return nil }
        return Meeting(
            date: date, start: start, end: end, place: place, chair: chair, secretary: secretary,
            absent: absent, opinions: opinions, vote: vote, conclusion: conclusion)
    }
}
