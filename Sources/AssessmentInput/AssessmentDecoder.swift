import Assessment
import Diagnostics
import Foundation
import VietnameseText
import Yams

/// Decodes the root of a data file into an `Assessment`, section by section, then checks what spans
/// sections (chair on the council, scores against the rubric, scores against the member list).
final class AssessmentDecoder {
    let reader: NodeReader
    let dataDirectory: String
    let catalog: RubricCatalog
    /// The data file's lines, to tell a `[a, b]` list from a block list (the node tree does not keep it).
    var sourceLines: [Substring] = []
    /// The rubric file read while decoding, once `decodeRubric` found it.
    private(set) var rubricSource: RubricSource?
    /// The lower level's rubric file, when the rubric names a `fallback` (TT24).
    var fallbackRubricSource: RubricSource?
    /// The value of `regime:`, when it names a regime (even when other sections have errors).
    private(set) var decodedRegime: Regime?
    /// What the data names as its rubric: `rubric:`, else its regime's default; nil when neither is given.
    private(set) var rubricReference: String?
    /// The rubric the data names, once read, even when it does not match `regime:` or other
    /// sections have errors.
    private(set) var namedRubric: Rubric?
    /// The members as read, even when other sections have errors (for `hoso members export`).
    private(set) var decodedMembers: [Member]?
    /// The lines (1-based) `members_file:` and its value take, when the members came from that sheet.
    private(set) var membersFileLines: ClosedRange<Int>?

    init(reader: NodeReader, dataDirectory: String, catalog: RubricCatalog) {
        self.reader = reader
        self.dataDirectory = dataDirectory
        self.catalog = catalog
    }

    static let topLevelKeys = [
        "unit", "year", "regime", "rubric", "recipient", "recognizer", "legal_bases", "head", "documents",
        "council", "meeting", "member_order", "members", "members_file", "scores", "achievements", "narrative", "plan",
        "prior_recognition",
    ]

    /// The keys every data file has; "members" too unless "members_file" names a sheet instead.
    static let requiredKeys = [
        "unit", "year", "regime", "recipient", "head", "documents", "council", "meeting", "scores",
    ]

    func decode(_ root: Node) -> Assessment? {
        // The members come from the data file or from a spreadsheet named by `members_file`.
        let hasSheet: Bool = if case .mapping(let mapping) = root { mapping["members_file"] != nil } else { false }
        let required = hasSheet ? Self.requiredKeys : Self.requiredKeys.flatMap { $0 == "scores" ? ["members", "scores"] : [$0] }
        guard let top = reader.fields(root, path: "", keys: Self.topLevelKeys, required: required) else {
            return nil
        }
        let unit = top["unit"].flatMap(decodeUnit)
        let year = top["year"].flatMap { reader.calendarYear($0, path: "year") }
        let regime = top["regime"].flatMap { reader.choice($0, path: "regime", Regime.choices) }
        decodedRegime = regime
        let rubric = decodeRubric(top, regime: regime)
        if let year, (regime ?? rubric?.regime) == .tt22, year >= Self.firstTT24Year {
            reader.warning(
                top["regime"] ?? top["rubric"] ?? top["year"], top["regime"] != nil ? "regime" : "year",
                Messages.tt22AfterTT24(year: year))
        }
        let recipient = top["recipient"].flatMap { reader.text($0, path: "recipient") }
        let recognizer = top["recognizer"].flatMap { reader.text($0, path: "recognizer", required: false) } ?? recipient
        let legalBases = top["legal_bases"].map { reader.texts($0, path: "legal_bases") } ?? []
        let head = top["head"].flatMap { decodeSigner($0, path: "head", defaultTitle: unit?.headTitle ?? "Hiệu trưởng", issuer: unit) }
        let council = top["council"].flatMap { decodeCouncil($0, regime: regime ?? rubric?.regime ?? .tt22) }
        let meeting = top["meeting"].flatMap { decodeMeeting($0, council: council) }
        let documents = top["documents"].flatMap {
            decodeDocuments($0, head: head, unit: unit, recipient: recipient, meeting: meeting, regime: regime ?? rubric?.regime)
        }
        let memberOrder =
            top["member_order"].flatMap {
                reader.choice($0, path: "member_order", MemberOrder.allCases.map { ($0.rawValue, $0) })
            } ?? .asGiven
        var members = top["members"].flatMap(decodeMembers)
        if let node = top["members_file"] {
            if top["members"] != nil {
                reader.error(node, "members_file", Messages.membersTwice())
                members = nil
            } else {
                members = decodeMembersFile(node)
                if members != nil { membersFileLines = linesOfMembersFile(in: root, value: node) }
            }
        }
        decodedMembers = members
        let scores = top["scores"].flatMap { node in rubric.flatMap { decodeScores(node, rubric: $0, members: members) } }
        let fallbackRubric = rubric.flatMap { decodeFallbackRubric(of: $0, node: top["rubric"]) }
        let priorRecognition = top["prior_recognition"].flatMap(decodePriorRecognition)
        let achievements = top["achievements"].flatMap(decodeAchievements) ?? Achievements()
        let narrative = top["narrative"].flatMap(decodeNarrative) ?? Narrative(proposals: ["Không"])
        let plan = top["plan"].flatMap { decodePlan($0, rubric: rubric) } ?? UnitPlan()

        if let members, let rubric, let scores, let scoresNode = top["scores"] {
            crossCheck(rubric: rubric, scores: scores, members: members, scoresNode: scoresNode)
            checkDeductionsAgainstMembers(rubric: rubric, scores: scores, members: members, scoresNode: scoresNode)
        }
        if let members, let node = top["achievements"] {
            checkAchievements(achievements, members: members, node: node)
        }
        var datesInOrder = true
        if let documents, let meeting, let node = top["documents"] {
            datesInOrder = !checkDocumentDates(documents, meeting: meeting, node: node, meetingNode: top["meeting"])
        }
        // The rubric decides how the year is assessed (a mismatch with `regime` is already an error).
        if let meeting, let year, rubric?.regime == .tt24 {
            checkMeetingAfterPeriod(meeting, year: year, meetingNode: top["meeting"])
        }
        if let documents, let node = top["documents"] {
            checkLegalBasisDates(documents, regime: regime ?? rubric?.regime, legalBasesNode: top["legal_bases"], documentsNode: node)
        }
        checkRegimeCircular(regime: regime ?? rubric?.regime, legalBasesNode: top["legal_bases"], documentsNode: top["documents"])
        if let rubric, let documents {
            checkPriorRecognition(
                priorRecognition, rubric: rubric, submittedOn: documents.submission.date,
                node: top["prior_recognition"], keyNode: top.keyNodes["prior_recognition"], root: root)
        }
        if let documents, let unit, let node = top["documents"] {
            checkDocumentNumbers(documents, unitSymbol: unit.symbol, regime: rubric?.regime, node: node)
            if datesInOrder { checkNumberOrder(documents, unitSymbol: unit.symbol, node: node) }
            if let regime = regime ?? rubric?.regime {
                checkDecisionBases(
                    documents, regime: regime, unitSymbol: unit.symbol, legalBasesNode: top["legal_bases"], documentsNode: node)
            }
        }
        if let rubric, rubric.regime == .tt24, let documents, let members, let scores, let node = top["documents"] {
            let outcome = LevelOutcome(
                rubric: rubric, fallbackRubric: fallbackRubric, scores: scores, members: members,
                priorRecognition: priorRecognition, submittedOn: documents.submission.date)
            checkLevelsNamed(documents, outcome: outcome, node: node)
            checkPriorLevelKept(outcome, node: top["prior_recognition"])
        }
        if let scores, let scoresNode = top["scores"] {
            checkReasonAgainstEvidence(scores: scores, scoresNode: scoresNode)
        }
        if let rubric, let scores, let meeting, let node = top["meeting"] {
            let evaluation = Evaluation(rubric: rubric, scores: Evaluation.facts(scores, rubric: rubric, members: members ?? []))
            checkConclusion(meeting, evaluation: evaluation, meetingNode: node)
            checkFreeTexts(top["narrative"], opinionsNode: node["opinions"], evaluation: evaluation, vote: meeting.vote)
        }
        if let council {
            checkCouncilNamed(
                council,
                nodes: [
                    (top["narrative"], "narrative"), (top["plan"], "plan"), (top["council"]?["tasks"], "council.tasks"),
                    (top["meeting"]?["opinions"], "meeting.opinions"),
                ])
        }
        if let members, !reader.diagnostics.hasErrors {
            checkPeopleAgree(
                head: head, headNode: top["head"], headTitle: unit?.headTitle ?? "Hiệu trưởng",
                council: council, councilNode: top["council"],
                members: members, membersNode: top["members"], membersFromSheet: top["members_file"] != nil)
        }
        // What the forms would print empty, said once the data is valid (a dossier can be made).
        if !reader.diagnostics.hasErrors {
            checkNarrativeSections(
                narrative, node: top["narrative"], keyNode: top.keyNodes["narrative"], root: root,
                regime: regime ?? rubric?.regime)
            if let unit { checkSelfReference(top["narrative"], selfName: unit.selfName) }
            // A plan written in the data without measures: the heading then names only the criteria.
            if (regime ?? rubric?.regime) == .tt22, let planKey = top.keyNodes["plan"],
                !plan.actions.values.contains(where: { !$0.isEmpty })
            {
                reader.warning(top["plan"]?["actions"] ?? planKey, "plan.actions", Messages.planWithoutActions())
            }
            if let scores, let scoresNode = top["scores"] {
                checkEvidence(scores, scoresNode: scoresNode, keyNode: top.keyNodes["scores"], regime: regime ?? rubric?.regime)
            }
        }
        checkTextLists(root, path: "")

        guard let unit, let year, let rubric, let recipient, let recognizer, let head, let council, let meeting,
            let documents, let members, let scores, !reader.diagnostics.hasErrors
        else { return nil }
        let ordered = memberOrder == .byName ? members.sortedByVietnameseName(\.name) : members
        return Assessment(
            unit: unit, year: year, rubric: rubric, documents: documents, recipient: recipient,
            recognizer: recognizer, legalBases: legalBases, head: head, council: council, meeting: meeting,
            members: ordered, memberOrder: memberOrder, scores: scores, achievements: achievements,
            narrative: narrative, plan: plan, fallbackRubric: fallbackRubric, priorRecognition: priorRecognition)
    }

    // MARK: Members from a spreadsheet

    /// The members of the sheet named by `members_file` (a path relative to the data file's folder).
    private func decodeMembersFile(_ node: Node) -> [Member]? {
        guard let reference = reader.text(node, path: "members_file") else { return nil }
        let path = reference.hasPrefix("/") ? reference : (dataDirectory as NSString).appendingPathComponent(reference)
        guard FileManager.default.fileExists(atPath: path) else {
            reader.error(node, "members_file", Messages.membersFileNotFound(reference))
            return nil
        }
        let displayName =
            reference.hasPrefix("/")
            ? reference
            : (((reader.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(reference))
        let sheet = MemberSheet.read(path: path, displayName: displayName)
        reader.append(sheet.diagnostics)
        return sheet.members
    }

    /// The lines the `members_file` entry takes in a block-style file: from its key's line to the
    /// line before the next top-level key, comments and blank lines before that key left out. In a
    /// flow-style file (`{…}`, JSON) the entry cannot be cut out by lines: an error at the key.
    private func linesOfMembersFile(in root: Node, value: Node) -> ClosedRange<Int>? {
        guard case .mapping(let mapping) = root else { return nil }
        let keys = mapping.map(\.key)
        guard let key = keys.first(where: { $0.string == "members_file" }), let start = key.mark?.line else { return nil }
        let sameLine = keys.contains { $0 != key && $0.mark?.line == start }
        guard mapping.style != .flow, key.mark?.column == 1, !sameLine else {
            reader.error(value, "members_file", Messages.membersFileInFlowMapping())
            return nil
        }
        let next = keys.compactMap { $0.mark?.line }.filter { $0 > start }.min() ?? sourceLines.count + 1
        var end = next - 1
        while end > start, end <= sourceLines.count,
            sourceLines[end - 1].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || sourceLines[end - 1].hasPrefix("#")
        {
            end -= 1
        }
        return start...max(start, min(end, sourceLines.count))
    }

    // MARK: Rubric

    /// The first year assessed under Thông tư 24/2023/TT-BGDĐT (in force 26/01/2024; a year runs
    /// 1 January–31 December, so 2023 was still assessed under TT22 in January 2024).
    static let firstTT24Year = 2024

    private func decodeRubric(_ top: Fields, regime: Regime?) -> Rubric? {
        let node = top["rubric"]
        let reference = node.flatMap { reader.text($0, path: "rubric") } ?? regime?.defaultRubricID
        guard let reference else { return nil }
        rubricReference = reference
        let outcome: RubricLoader.Outcome
        let isBuiltIn = !RubricCatalog.isPath(reference)
        let displayName =
            isBuiltIn
            ? "Forms/rubrics/\(reference).yaml"
            : reference.hasPrefix("/")
                ? reference
                : ((reader.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(reference)
        if let text = catalog.texts[reference] {
            // Held in memory (embedded in a DOCX): no file is looked at.
            let id = isBuiltIn ? reference : ((reference as NSString).lastPathComponent as NSString).deletingPathExtension
            outcome = RubricLoader.parse(text: text, file: displayName, id: id)
            rubricSource = RubricSource(reference: reference, path: displayName, isBuiltIn: isBuiltIn, text: text)
        } else if !catalog.readsFiles {
            // Embedded data: its rubric travels with it, under the name the data gives.
            reader.error(node, "rubric", Messages.rubricNotEmbedded(reference, embedded: catalog.texts.keys.sorted()))
            return nil
        } else if !isBuiltIn {
            let path = reference.hasPrefix("/") ? reference : (dataDirectory as NSString).appendingPathComponent(reference)
            guard FileManager.default.fileExists(atPath: path) else {
                reader.error(node, "rubric", Messages.rubricFileNotFound(reference))
                return nil
            }
            outcome = RubricLoader.load(path: path, displayName: displayName)
            rubricSource = outcome.text.map { RubricSource(reference: reference, path: path, isBuiltIn: false, text: $0) }
        } else {
            guard let path = catalog.path(ofBuiltIn: reference) else {
                if let why = catalog.unavailable {
                    reader.error(node, "rubric", Messages.builtInRubricsUnavailable(reference, why: why))
                    return nil
                }
                let available = catalog.builtInIDs
                reader.error(
                    node, "rubric",
                    Messages.unknownRubric(
                        reference, suggestion: Suggestion.closest(to: reference, among: available), available: available))
                return nil
            }
            outcome = RubricLoader.load(path: path, displayName: displayName, id: reference)
            rubricSource = outcome.text.map { RubricSource(reference: reference, path: path, isBuiltIn: true, text: $0) }
        }
        reader.append(outcome.diagnostics)
        guard let rubric = outcome.rubric else { return nil }
        namedRubric = rubric
        if let regime, regime != rubric.regime {
            reader.error(
                top["regime"], "regime",
                Messages.regimeMismatch(
                    regime: regime.rawValue, rubric: rubric.id, rubricRegime: rubric.regime.rawValue))
            return nil
        }
        return rubric
    }

    // MARK: AssessedUnit

    private func decodeUnit(_ node: Node) -> AssessedUnit? {
        guard
            let f = reader.fields(
                node, path: "unit",
                keys: ["name", "parent", "symbol", "place", "level", "address", "head_title", "self_name", "staff"],
                required: ["name", "symbol", "place"])
        else { return nil }
        let name = f["name"].flatMap { reader.text($0, path: f.path("name")) }
        let parent = f["parent"].flatMap { reader.text($0, path: f.path("parent"), required: false) }
        if let name, let parent, let node = f["parent"], Self.isPeoplesCommittee(name) {
            reader.warning(node, f.path("parent"), Messages.parentOfPeoplesCommittee(unit: name, parent: parent))
        }
        var symbol = f["symbol"].flatMap { reader.text($0, path: f.path("symbol")) }
        if let value = symbol, let node = f["symbol"],
            !value.allSatisfy({ ($0.isLetter && $0.isUppercase) || ($0.isASCII && $0.isNumber) })
        {
            reader.error(node, f.path("symbol"), Messages.invalidSymbol(value))
            symbol = nil
        }
        for (key, limit) in [("name", FormFieldLimit.coverUnitName), ("parent", FormFieldLimit.coverParent)] {
            let value = key == "name" ? name : parent
            if let value, !limit.admits(value) {
                reader.warning(f[key], f.path(key), Messages.tooLongForForm(value.count, limit: limit))
            }
        }
        let place = f["place"].flatMap { reader.text($0, path: f.path("place")) }
        let level = f["level"].flatMap { reader.text($0, path: f.path("level"), required: false) }
        let address = f["address"].flatMap { reader.text($0, path: f.path("address"), required: false) }
        let headTitle = f["head_title"].flatMap { reader.text($0, path: f.path("head_title")) } ?? "Hiệu trưởng"
        let selfName = f["self_name"].flatMap { reader.text($0, path: f.path("self_name"), required: false) }
        let staff = f["staff"].flatMap { reader.text($0, path: f.path("staff"), required: false) }
        guard let name, let symbol, let place else { return nil }
        return AssessedUnit(
            name: name, parent: parent, symbol: symbol, place: place, level: level, address: address,
            headTitle: headTitle, selfName: selfName, staff: staff)
    }

    /// A People's Committee (Ủy ban nhân dân xã, huyện …) by its name: its own documents print no
    /// "cơ quan chủ quản" line above its name (Decree 30/2020/NĐ-CP, Appendix I).
    static func isPeoplesCommittee(_ name: String) -> Bool {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
        return folded.hasPrefix("uy ban nhan dan") || folded.hasPrefix("ubnd ")
    }

    // MARK: Signers

    static let prefixChoices: [(key: String, value: AuthorityPrefix)] = [
        ("none", .none), ("khong", .none), ("tm", .tm), ("kt", .kt), ("q", .q), ("tl", .tl), ("tuq", .tuq),
    ]

    /// A signer; with `issuer`, one whose prefix and title must agree with the unit that issues
    /// the document (`checkAuthority`).
    func decodeSigner(_ node: Node, path: String, defaultTitle: String?, issuer: AssessedUnit? = nil) -> Signer? {
        guard
            let f = reader.fields(
                node, path: path, keys: ["prefix", "on_behalf_of", "title", "name"],
                required: defaultTitle == nil ? ["title", "name"] : ["name"])
        else { return nil }
        let prefix =
            f["prefix"].flatMap {
                reader.isNull($0)
                    ? AuthorityPrefix.none
                    : reader.choice(
                        $0, path: f.path("prefix"), Self.prefixChoices,
                        display: ["none", "TM.", "KT.", "Q.", "TL.", "TUQ."])
            }
            ?? AuthorityPrefix.none
        let onBehalfOf = f["on_behalf_of"].flatMap { reader.text($0, path: f.path("on_behalf_of"), required: false) }
        if prefix != .none, onBehalfOf == nil {
            reader.error(f["prefix"], f.path("on_behalf_of"), Messages.prefixNeedsOnBehalf(prefix.rawValue))
        }
        if prefix == .none, onBehalfOf != nil {
            reader.error(f["on_behalf_of"], f.path("on_behalf_of"), Messages.onBehalfWithoutPrefix())
        }
        let title = f["title"].flatMap { reader.text($0, path: f.path("title")) } ?? defaultTitle
        let name = f["name"].flatMap { reader.text($0, path: f.path("name")) }
        guard let title, let name else { return nil }
        let signer = Signer(prefix: prefix, onBehalfOf: onBehalfOf, title: title, name: name)
        if let issuer { checkAuthority(signer, of: issuer, f) }
        return signer
    }

    /// Decree 30 (Phụ lục I): the prefix says who issues the document, and the decision's authority
    /// line is printed from it, so the pair must agree: "TM." only for the collective the unit is (its
    /// head signs: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"); "KT.", "Q.", "TL.", "TUQ." for its head
    /// ("KT. HIỆU TRƯỞNG"); no prefix only when the head signs in person with the head's own title.
    func checkAuthority(_ signer: Signer, of unit: AssessedUnit, _ f: Fields) {
        func same(_ a: String, _ b: String) -> Bool { VietnameseCase.uppercased(a) == VietnameseCase.uppercased(b) }
        let head = unit.headTitle
        switch signer.prefix {
        case .none:
            if !same(signer.title, head) {
                reader.error(f["title"] ?? f.node, f.path("title"), Messages.signsInPersonWithoutHeadTitle(signer.title, head: head))
            }
        case .tm:
            guard let collective = signer.onBehalfOf else { return }
            if !VietnameseCase.uppercased(unit.name).hasPrefix(VietnameseCase.uppercased(collective)) {
                reader.error(f["on_behalf_of"], f.path("on_behalf_of"), Messages.onBehalfNotCollective(collective, unit: unit.name, head: head))
            } else if !same(signer.title, head) {
                reader.error(
                    f["title"] ?? f.node, f.path("title"), Messages.collectiveSignedByDeputy(signer.title, collective: collective, head: head))
            }
        case .kt, .q, .tl, .tuq:
            guard let behalf = signer.onBehalfOf, !same(behalf, head) else { return }
            reader.error(
                f["on_behalf_of"], f.path("on_behalf_of"),
                Messages.onBehalfNotHead(signer.prefix.rawValue, behalf, head: head, unit: unit.name))
        }
    }
}
