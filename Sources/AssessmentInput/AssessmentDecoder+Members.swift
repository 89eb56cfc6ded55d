import Assessment
import Diagnostics
import Yams

extension AssessmentDecoder {
    static let memberKeys = [
        "name", "position", "self_study_plan", "discipline", "training", "emulation_title", "learning_citizen",
        "result", "notes", "self_assessed", "exemption",
    ]

    static let trainingChoices: [(key: String, value: TrainingResult)] =
        TrainingResult.allCases.map { ($0.rawValue, $0) } + [("htt", .hoanThanhTot), ("ht", .hoanThanh), ("cht", .chuaHoanThanh)]

    static let titleChoices: [(key: String, value: EmulationTitle)] =
        EmulationTitle.allCases.map { ($0.rawValue, $0) } + [
            ("cstd_toan_quoc", .cstdtq), ("chien_si_thi_dua_toan_quoc", .cstdtq),
            ("cstd_tinh", .cstd), ("cstd_cap_tinh", .cstd), ("chien_si_thi_dua_cap_tinh", .cstd),
            ("cstd_co_so", .cstdcs), ("chien_si_thi_dua_co_so", .cstdcs), ("chien_si_thi_dua_cap_co_so", .cstdcs),
            // "sỹ" is as common as "sĩ" in schools' lists.
            ("chien_sy_thi_dua_toan_quoc", .cstdtq), ("chien_sy_thi_dua_cap_tinh", .cstd),
            ("chien_sy_thi_dua_co_so", .cstdcs), ("chien_sy_thi_dua_cap_co_so", .cstdcs),
            ("lao_dong_tien_tien", .ldtt), ("hoan_thanh_nhiem_vu", .htnv), ("none", .none),
        ]

    func decodeMembers(_ node: Node) -> [Member]? {
        guard let items = reader.items(node, path: "members") else { return nil }
        if items.isEmpty {
            reader.error(node, "members", Messages.noMembers())
            return nil
        }
        var members: [Member] = []
        var repeats = MemberRepeats()
        var failed = false
        for (offset, item) in items.enumerated() {
            guard
                let m = reader.fields(
                    item.node, path: item.path, keys: Self.memberKeys,
                    required: ["name", "position", "emulation_title"])
            else {
                failed = true
                continue
            }
            let name = m["name"].flatMap { reader.text($0, path: m.path("name")) }
            let position = m["position"].flatMap { reader.text($0, path: m.path("position")) }
            let plan = m["self_study_plan"].flatMap { reader.boolean($0, path: m.path("self_study_plan")) } ?? true
            let discipline = m["discipline"].flatMap { reader.boolean($0, path: m.path("discipline")) } ?? true
            let training =
                m["training"].flatMap {
                    reader.choice(
                        $0, path: m.path("training"), Self.trainingChoices,
                        display: TrainingResult.allCases.map(\.rawValue))
                }
                ?? (m["training"] == nil ? .hoanThanh : nil)
            let title = m["emulation_title"].flatMap {
                reader.choice(
                    $0, path: m.path("emulation_title"), Self.titleChoices,
                    display: EmulationTitle.allCases.map(\.title))
            }
            let citizen = m["learning_citizen"].flatMap { reader.boolean($0, path: m.path("learning_citizen")) } ?? true
            let result = m["result"].flatMap { reader.text($0, path: m.path("result"), required: false) }
            let notes = m["notes"].flatMap { reader.text($0, path: m.path("notes"), required: false) }
            let selfAssessed = m["self_assessed"].flatMap { reader.boolean($0, path: m.path("self_assessed")) } ?? true
            let exemption = m["exemption"].flatMap { reader.text($0, path: m.path("exemption"), required: false) }
            if let name, let position,
                let finding = repeats.add(
                    name: name, position: position, hasNotes: notes != nil, index: offset + 1,
                    line: m["name"]?.mark?.line ?? 0)
            {
                if finding.severity == .error {
                    reader.error(m["name"], m.path("name"), finding.message)
                } else {
                    reader.warning(m["name"], m.path("name"), finding.message)
                }
            }
            guard let name, let position, let training, let title else {
                failed = true
                continue
            }
            let member = Member(
                name: name, position: position, selfStudyPlan: plan, discipline: discipline,
                training: training, emulationTitle: title, learningCitizen: citizen, result: result,
                notes: notes, selfAssessed: selfAssessed, exemption: exemption)
            if exemption == nil, let notes, ExemptionStatus.isOnlyStatus(notes),
                (result.map { $0.lowercased() == "chưa đạt" } ?? !member.passesLearning)
            {
                reader.warning(m["notes"], m.path("notes"), Messages.failedMemberNoteIsExemption(name: name, note: notes))
            }
            members.append(member)
        }
        return failed ? nil : members
    }

    func decodeAchievements(_ node: Node) -> Achievements? {
        guard
            let f = reader.fields(
                node, path: "achievements",
                keys: ["cstdcs", "giay_khen", "bang_khen", "initiatives", "others"])
        else { return nil }
        func count(_ key: String) -> Int {
            f[key].flatMap { reader.integer($0, path: f.path(key), range: 0...10_000) } ?? 0
        }
        return Achievements(
            cstdcs: count("cstdcs"), giayKhen: count("giay_khen"), bangKhen: count("bang_khen"),
            initiatives: count("initiatives"),
            others: f["others"].map { reader.texts($0, path: f.path("others")) } ?? [])
    }

    /// The CSTĐCS count of the report should match the member list.
    func checkAchievements(_ achievements: Achievements, members: [Member], node: Node) {
        let counted = MemberStatistics(members: members).count(.cstdcs)
        guard let countNode = node["cstdcs"], achievements.cstdcs != counted,
            !(countNode.scalar.map { NodeReader.isPlaceholder($0.string) } ?? false)
        else { return }
        reader.warning(
            countNode, "achievements.cstdcs",
            Messages.achievementCountMismatch("cstdcs", declared: achievements.cstdcs, counted: counted))
    }

    static let narrativeKeys = [
        "direction", "self_assessment", "process", "stored_documents", "training", "strengths", "weaknesses", "proposals",
        "next_year",
    ]

    func decodeNarrative(_ node: Node) -> Narrative? {
        guard let f = reader.fields(node, path: "narrative", keys: Self.narrativeKeys) else { return nil }
        func paragraphs(_ key: String) -> [String] {
            f[key].map { reader.texts($0, path: f.path(key)) } ?? []
        }
        let proposals = paragraphs("proposals")
        return Narrative(
            direction: paragraphs("direction"), selfAssessment: paragraphs("self_assessment"),
            process: paragraphs("process"), strengths: paragraphs("strengths"),
            weaknesses: paragraphs("weaknesses"), proposals: proposals.isEmpty ? ["Không"] : proposals,
            nextYear: paragraphs("next_year"), storedDocuments: paragraphs("stored_documents"),
            training: paragraphs("training"))
    }
}
