package import Assessment
package import DocxTemplate
import Foundation
import VietnameseText

/// Builds the template context of the dossier forms from a validated assessment: the typed values
/// of `ContextValues` (the contract is `Forms/CONTEXT.md`), encoded once by `TemplateValueEncoder`.
/// Facts come from the assessment; this type only shapes and formats them (upper case, "Số: …"
/// lines, Decree 30 dates, numbers as exact decimals).
package struct DossierContext: Sendable {
    /// The assessment the context describes.
    package let assessment: Assessment
    private let shared: [String: TemplateValue]
    /// Each document's title for its file's properties (`document_title`), by kind; the cover's is the dossier's.
    private let documentTitles: [DocumentKind: String]

    /// The context of `assessment`; `forms` (the dossier in binding order) fills the cover's table
    /// of contents; `context(for:)` then picks each form's `doc`.
    package init(_ assessment: Assessment, forms: [FormDescriptor] = []) {
        self.assessment = assessment
        self.shared = Self.encoded(Self.values(assessment, forms: forms))
        self.documentTitles = Dictionary(
            uniqueKeysWithValues: DocumentKind.allCases.map { ($0, Self.propertiesTitle(assessment.documents[$0], of: assessment)) })
    }

    /// The title in a document's file properties (Word's File › Info, a PDF's title): its type and
    /// summary and the unit — "Tờ trình: Về việc đề nghị công nhận … – Trường Tiểu học An Sơn".
    static func propertiesTitle(_ document: IssuedDocument, of a: Assessment) -> String {
        let summary = document.summary ?? defaultSummary(document.kind, a)
        let type = typeName(document.kind, a)
        return summary.isEmpty ? "\(type) – \(a.unit.name)" : "\(type): \(summary) – \(a.unit.name)"
    }

    /// The typed values of `assessment`'s context.
    static func values(_ a: Assessment, forms: [FormDescriptor]) -> ContextValues {
        ContextValues(
            year: a.year,
            nextYear: a.year + 1,
            regime: a.regime.rawValue,
            isTt22: a.regime == .tt22,
            isTt24: a.regime == .tt24,
            rubric: rubric(a.rubric, dataBases: a.legalBases),
            submissionRequest: submissionRequest(a),
            levels: levels(a),
            unit: unit(of: a),
            recipient: a.recipient,
            recognizer: a.recognizer,
            legalBases: a.legalBases,
            documents: DocumentsValues(
                plan: document(a.documents[.plan], of: a), decision: document(a.documents[.decision], of: a),
                submission: document(a.documents[.submission], of: a), report: document(a.documents[.report], of: a),
                minutes: document(a.documents[.minutes], of: a), summary: document(a.documents[.summary], of: a),
                scoresheet: document(a.documents[.scoresheet], of: a)),
            head: signer(a.head, unit: a.unit),
            council: council(a),
            meeting: meeting(a),
            members: a.members.enumerated().map {
                member($0.element, index: $0.offset + 1, tail: $0.offset >= a.members.count - tailRows)
            },
            memberStats: memberStatistics(a.memberStatistics, rubric: a.rubric),
            score: score(a.evaluation, selfName: a.unit.selfName, outcome: a.levelOutcome, notes: levelNotes(a)),
            achievements: AchievementValues(
                cstdcs: a.achievements.cstdcs, giayKhen: a.achievements.giayKhen, bangKhen: a.achievements.bangKhen,
                initiatives: a.achievements.initiatives, others: clauses(a.achievements.others)),
            plan: planValues(a),
            narrative: NarrativeValues(
                direction: a.narrative.direction, selfAssessment: a.narrative.selfAssessment, process: a.narrative.process,
                strengths: a.narrative.strengths, weaknesses: a.narrative.weaknesses, proposals: proposals(a.narrative.proposals),
                nextYear: a.narrative.nextYear, storedDocuments: clauses(a.narrative.storedDocuments),
                storedDocumentsLead: storedDocumentsLead(a.narrative),
                training: a.narrative.training),
            dossier: dossier(a, forms: forms))
    }

    /// The object a form sees (without `doc`). The context's types hold only text, numbers,
    /// booleans, lists and objects, which the encoder always encodes.
    private static func encoded(_ values: ContextValues) -> [String: TemplateValue] {
        do {
            guard case .object(let fields) = try TemplateValueEncoder().encode(values) else {
                preconditionFailure("the context encodes as an object")
            }
            return fields
        } catch {
            preconditionFailure("the context's types encode without error: \(error)")
        }
    }

    /// The context a form sees: the shared values plus `doc`, the form's own document.
    package func context(for kind: DocumentKind?) -> TemplateValue {
        var values = shared
        if let kind, case .object(let documents)? = shared["documents"] {
            values["doc"] = documents[kind.rawValue] ?? .null
        } else {
            values["doc"] = .null
        }
        values["document_title"] = .string(kind.flatMap { documentTitles[$0] } ?? DossierPipeline.bookTitle(assessment))
        return .object(values)
    }

    // MARK: Values

    private static func unit(of a: Assessment) -> UnitValues {
        let unit = a.unit
        return UnitValues(
            name: unit.name, nameUpper: VietnameseCase.uppercased(unit.name),
            parent: unit.parent ?? "", parentUpper: VietnameseCase.uppercased(unit.parent ?? ""),
            symbol: unit.symbol, place: unit.place, address: unit.address,
            headTitle: unit.headTitle, headTitleUpper: VietnameseCase.uppercased(unit.headTitle),
            selfName: unit.selfName, selfNameCapitalized: capitalizedFirst(unit.selfName))
    }

    private static func document(_ document: IssuedDocument, of a: Assessment) -> DocumentValues {
        var issued = document
        issued.number = document.number.map(IssuedDocument.printedNumber)
        let symbol = issued.symbol(unitSymbol: a.unit.symbol)
        let date = document.date
        let summary = document.summary ?? defaultSummary(document.kind, a)
        return DocumentValues(
            number: issued.number,
            type: document.kind.typeCode,
            symbol: symbol,
            numberLine: numberLine(symbol: symbol, kind: document.kind, unitSymbol: a.unit.symbol),
            date: document.date,
            placeDate: date.placeDate(place: a.unit.place),
            title: VietnameseCase.uppercased(typeName(document.kind, a)),
            summary: NonBreakingSpaces.bindTail(NonBreakingSpaces.bind(summary)),
            summaryClause: NonBreakingSpaces.bind(summaryClause(summary)),
            signer: signer(document.signer, unit: a.unit),
            recipients: clauses(document.recipients),
            legalBases: document.legalBases.isEmpty ? a.legalBases : document.legalBases,
            preparer: preparer(document, of: a))
    }

    /// Who drew up a table (the "NGƯỜI LẬP BIỂU" signature): the name the data gives, else the
    /// meeting's secretary; the position comes from the council or the member list.
    private static func preparer(_ document: IssuedDocument, of a: Assessment) -> PreparerValues? {
        let name = document.preparer ?? a.meeting.secretary
        guard !name.isEmpty else { return nil }
        let position =
            a.council.member(named: name)?.position
            ?? a.members.first(where: { $0.name == name })?.position ?? ""
        return PreparerValues(name: name, position: position)
    }

    /// The cover's facts: month and year of submission and the documents bound after the cover
    /// (the unit's plan included, at its binding place).
    private static func dossier(_ a: Assessment, forms: [FormDescriptor]) -> DossierValues {
        let submitted = a.documents.submission.date
        let monthYear = submitted.monthYear
        var entries: [(order: Int, title: String, kind: DocumentKind)] = forms.compactMap { form in
            form.document.map { (form.order, contentsTitle($0, a), $0) }
        }
        if a.regime == .tt22, !entries.contains(where: { $0.kind == .plan }) {
            entries.append((3, contentsTitle(.plan, a), .plan))
        }
        entries.sort { $0.order < $1.order }
        let contents: [ContentsEntryValues] = entries.enumerated().map { offset, entry in
            let symbol = a.documents[entry.kind].printedSymbol(unitSymbol: a.unit.symbol)
            return ContentsEntryValues(
                index: offset + 1, title: entry.title,
                symbol: entry.kind.typeCode == nil ? "" : symbol ?? "")
        }
        let attached = zip(entries, contents).filter { $0.0.kind != .submission }.map(\.1)
        return DossierValues(
            monthYear: monthYear,
            placeMonthYear: monthYear.isEmpty ? "" : "\(a.unit.place), \(monthYear)",
            contents: contents,
            attachments: attached.enumerated().map { offset, entry in
                ContentsEntryValues(index: offset + 1, title: entry.title, symbol: entry.symbol)
            })
    }

    /// A document as the cover lists it: its type and its own summary ("Báo cáo công tác triển khai
    /// việc đánh giá, xếp loại Đơn vị học tập năm 2022").
    static func contentsTitle(_ kind: DocumentKind, _ a: Assessment) -> String {
        let summary = a.documents[kind].summary ?? defaultSummary(kind, a)
        return NonBreakingSpaces.bind("\(typeName(kind, a)) \(lowercasedFirst(summary))")
    }

    /// A summary in running text after "Kế hoạch số …": "về việc triển khai …" ("Về việc" kept once).
    static func summaryClause(_ summary: String) -> String {
        let lowered = lowercasedFirst(summary)
        return lowered.hasPrefix("về việc ") ? lowered : "về việc \(lowered)"
    }

    /// "Số: 05/BB-THCSBG", or for a numbered kind without its number "Số:      /BB-THCSBG" to fill in by
    /// hand (the minutes must carry a number); empty for documents without a number of their own.
    static func numberLine(symbol: String?, kind: DocumentKind, unitSymbol: String) -> String {
        if let symbol { return "Số: \(symbol)" }
        return kind.blankNumberLine(unitSymbol: unitSymbol) ?? ""
    }

    /// The request of the letter: "xem xét, công nhận" when the addressee recognises, else "thẩm
    /// định, trình <recogniser> công nhận" (the letter goes to its addressee).
    static func submissionRequest(_ a: Assessment) -> String {
        a.recognizer == a.recipient ? "xem xét, công nhận" : "thẩm định, trình \(a.recognizer) công nhận"
    }

    /// The rubric's citations; one the data's `legal_bases` also cites (by its number) is printed as
    /// the data writes it, so a document never cites one text two ways.
    private static func rubric(_ rubric: Rubric, dataBases: [String]) -> RubricValues {
        let bases = rubric.legalBasis
        let texts = bases.map { basis in
            dataBases.first { $0.contains("số \(basis.number) ") || $0.contains("số \(basis.number)\u{00A0}") }
                .map { DossierContext.bare($0.hasSuffix(";") ? String($0.dropLast()) : $0) } ?? basis.fullText
        }
        return RubricValues(
            name: rubric.name,
            id: rubric.id,
            legalBases: texts,
            citation: bases.isEmpty ? rubric.name : texts.joined(separator: "; "),
            reference: bases.isEmpty ? rubric.name : bases.map(\.shortText).joined(separator: " và "))
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // An abbreviation ("UBND", "THCS") keeps its case.
        if text.dropFirst().first?.isUppercase == true { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The criterion as the unit writes it of itself: "Nhà trường có…", "thành viên trong nhà
    /// trường" for the circular's "Đơn vị có…", "thành viên trong đơn vị"; "Đơn vị học tập" and
    /// "các đơn vị khác" stay.
    static func ownText(_ text: String, selfName: String) -> String {
        guard selfName != "đơn vị" else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 1 < words.count {
            let pair = (words[index], words[index + 1])
            let next = index + 2 < words.count ? words[index + 2] : ""
            let before = index > 0 ? words[index - 1] : ""
            if (pair.0 == "Đơn" || pair.0 == "đơn"), pair.1.hasPrefix("vị"), next != "học", before != "các" {
                let tail = String(pair.1.dropFirst(2))
                let replacement = (pair.0 == "Đơn" ? capitalizedFirst(selfName) : selfName) + tail
                words.replaceSubrange(index...(index + 1), with: [replacement])
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// The plan's contents (Kế hoạch): the data's lists, or the usual wording of seeds 000, 001 and
    /// 003 where the data gives none; the criteria and the target come from the rubric, the
    /// timeline from the documents' own dates.
    private static func planValues(_ a: Assessment) -> PlanValues {
        let plan = a.plan
        let selfName = a.unit.selfName
        let reference = a.rubric.legalBasis.isEmpty ? a.rubric.name : a.rubric.legalBasis.map(\.shortText).joined(separator: " và ")
        let purposes =
            plan.purposes.isEmpty
            ? [
                "Xây dựng \(selfName) thành Đơn vị học tập; tạo môi trường và điều kiện để mọi thành viên được học tập thường xuyên, suốt đời, nâng cao năng lực, phẩm chất và hiệu quả công tác.",
                "Tự kiểm tra, đánh giá, xếp loại đúng thực chất kết quả xây dựng Đơn vị học tập năm\u{00A0}\(a.year) theo các tiêu chí quy định tại \(reference).",
            ] : plan.purposes
        let requirements =
            plan.requirements.isEmpty
            ? [
                "Việc tự đánh giá, xếp loại bảo đảm khách quan, công khai, dân chủ, đúng quy trình; mỗi tiêu chí có minh chứng cụ thể.",
                "Mỗi thành viên lập kế hoạch tự học, tự bồi dưỡng được lãnh đạo phê duyệt và tự đánh giá theo các tiêu chí.",
            ] : plan.requirements
        let scope = plan.scope.isEmpty ? ["Toàn thể \(a.unit.staff) của \(a.unit.name)."] : plan.scope
        let topBand = a.rubric.bands.max { $0.minimum < $1.minimum }
        let targetPoints = plan.targetPoints ?? topBand?.minimum
        var target = ""
        if let targetPoints, let band = a.rubric.band(for: targetPoints) {
            target = NonBreakingSpaces.bind("Đạt \(targetPoints.text(decimalSeparator: ",")) điểm trở lên, xếp loại \(band.name).")
        }
        let groups = a.rubric.groups.map { group in
            PlanGroupValues(
                code: group.code,
                title: group.title,
                max: number(group.maximum),
                criteria: group.criteria.map { criterion in
                    PlanCriterionValues(
                        letter: criterion.label, text: ownText(criterion.shortText, selfName: selfName),
                        max: criterion.maximum.map(number), actions: clauses(plan.actions[criterion.code] ?? []))
                })
        }
        let head = a.unit.headTitle
        let actors: [UnitPlan.Actor] =
            plan.actors.isEmpty
            ? [
                UnitPlan.Actor(
                    name: head,
                    tasks: [
                        "Xây dựng, ban hành và tổ chức triển khai kế hoạch tới toàn thể thành viên",
                        "Thành lập \(a.council.name); chỉ đạo việc tự kiểm tra, đánh giá, xếp loại và hoàn thiện hồ sơ",
                    ]),
                UnitPlan.Actor(
                    name: "Công đoàn",
                    tasks: [
                        "Phối hợp tuyên truyền, vận động thành viên học tập thường xuyên, suốt đời"
                    ]),
                UnitPlan.Actor(
                    name: "Các thành viên",
                    tasks: [
                        "Lập kế hoạch tự học, tự bồi dưỡng trình lãnh đạo phê duyệt; thực hiện và tự đánh giá theo các tiêu chí"
                    ]),
            ] : plan.actors
        func short(_ date: VietnameseDate) -> String { date.short }
        let timeline: [UnitPlan.Step] =
            plan.timeline.isEmpty
            ? [
                UnitPlan.Step(time: short(a.documents.decision.date), task: "Thành lập \(a.council.name)", owner: head),
                UnitPlan.Step(
                    time: short(a.meeting.date), task: "\(a.council.shortName) họp tự kiểm tra, chấm điểm từng tiêu chí", owner: a.council.shortName),
                UnitPlan.Step(time: short(a.documents.report.date), task: "Hoàn thiện báo cáo và hồ sơ tự đánh giá", owner: a.council.shortName),
                UnitPlan.Step(time: short(a.documents.submission.date), task: "Gửi tờ trình và hồ sơ về \(a.recipient)", owner: head),
            ] : plan.timeline
        return PlanValues(
            purposes: clauses(purposes),
            requirements: clauses(requirements),
            scope: clauses(scope),
            groups: groups,
            hasActions: plan.actions.values.contains { !$0.isEmpty },
            target: target,
            targets: clauses(plan.targets),
            actors: actors.enumerated().map { offset, actor in
                PlanActorValues(index: offset + 1, name: actor.name, tasks: clauses(actor.tasks))
            },
            timeline: timeline.enumerated().map { offset, step in
                PlanStepValues(index: offset + 1, time: step.time, task: step.task, owner: step.owner)
            })
    }

    /// The document type printed as the title: under TT24 the score sheet is the Bản tổng hợp
    /// kết quả tự đánh giá các tiêu chí, chỉ tiêu.
    static func typeName(_ kind: DocumentKind, _ a: Assessment) -> String {
        kind == .scoresheet && a.regime == .tt24 ? DocumentKind.summary.typeName : kind.typeName
    }

    /// The summary line under the document type when the data gives none.
    static func defaultSummary(_ kind: DocumentKind, _ a: Assessment) -> String {
        let year = a.year
        let tt24 = a.regime == .tt24
        switch kind {
        case .plan:
            return "Triển khai thực hiện việc đánh giá, xếp loại Đơn vị học tập năm \(year)"
        case .decision:
            return tt24
                ? "Về việc thành lập Tổ đánh giá Đơn vị học tập năm \(year)"
                : "Về việc thành lập Hội đồng tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm \(year)"
        case .submission:
            return tt24
                ? a.levelOutcome.flatMap { $0.requestsRecognition ? $0.reachedName : nil }
                    .map { "Về việc đề nghị công nhận Đơn vị học tập \($0) năm \(year)" }
                    ?? "Về việc báo cáo kết quả tự đánh giá Đơn vị học tập năm \(year)"
                : "Về việc đề nghị công nhận kết quả đánh giá, xếp loại Đơn vị học tập năm \(year)"
        case .report:
            return tt24 ? "Tự đánh giá Đơn vị học tập năm \(year)" : "Tự đánh giá, xếp loại Đơn vị học tập năm \(year)"
        case .minutes:
            return tt24
                ? "Họp Tổ đánh giá Đơn vị học tập năm \(year)"
                : "Tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm \(year)"
        case .summary:
            return "Kết quả học tập, bồi dưỡng của các cá nhân năm \(year)"
        case .scoresheet:
            return tt24
                ? "Kết quả tự đánh giá các tiêu chí, chỉ tiêu Đơn vị học tập năm \(year)"
                : "Tự đánh giá, xếp loại Đơn vị học tập năm \(year)"
        }
    }

    /// The signature block and the authority line it implies: both follow the one prefix, so a
    /// decision headed "CHỦ TỊCH …" can never be signed "TM. ỦY BAN NHÂN DÂN" (Decree 30, Phụ lục I).
    private static func signer(_ signer: Signer, unit: AssessedUnit) -> SignerValues {
        let prefix = VietnameseCase.uppercased(signer.prefixLine)
        let issuer = signer.prefix == .tm ? unit.name : "\(unit.headTitle) \(unit.name)"
        return SignerValues(
            issuerUpper: VietnameseCase.uppercased(issuer), prefixLine: prefix, hasPrefix: !prefix.isEmpty, title: signer.title,
            titleUpper: VietnameseCase.uppercased(signer.title), name: signer.name)
    }

    private static func councilMember(_ member: CouncilMember, index: Int, body: String) -> CouncilMemberValues {
        let role = member.role.fullTitle(body: body)
        return CouncilMemberValues(
            index: index, name: member.name, position: member.position, role: member.role.title, roleFull: role,
            honorific: member.honorific, addressed: NonBreakingSpaces.bind("\(member.honorific) \(member.name) – \(member.position), \(role)"))
    }

    private static func council(_ a: Assessment) -> CouncilValues {
        CouncilValues(
            name: a.council.name,
            nameOfYear: NonBreakingSpaces.bind(
                a.council.name.contains(String(a.year))
                    ? a.council.name : "\(a.council.name) năm \(a.year)"),
            shortName: a.council.shortName,
            members: a.council.members.enumerated().map {
                councilMember($0.element, index: $0.offset + 1, body: a.council.shortName)
            },
            count: a.council.members.count,
            leader: a.council.members.first(where: { $0.role.isLeader }).map { leader in
                LeaderValues(
                    name: leader.name,
                    titleUpper: VietnameseCase.uppercased(leader.role.fullTitle(body: a.council.shortName)))
            },
            tasks: clauses(a.council.tasks))
    }

    private static func meeting(_ a: Assessment) -> MeetingValues {
        let m = a.meeting
        let attendees = m.attendees(of: a.council)
        func person(_ name: String) -> PersonValues {
            guard let index = a.council.members.firstIndex(where: { $0.name == name }) else {
                return .outsider(
                    OutsiderValues(
                        name: name, position: "", role: "",
                        addressed: "\(CouncilMember.defaultHonorific) \(name)"))
            }
            return .member(councilMember(a.council.members[index], index: index + 1, body: a.council.shortName))
        }
        let vote = m.vote
        return MeetingValues(
            date: m.date,
            startTime: clock(m.start),
            endTime: clock(m.end),
            place: m.place,
            chair: person(m.chair),
            secretary: person(m.secretary),
            attendees: attendees.enumerated().map {
                councilMember($0.element, index: $0.offset + 1, body: a.council.shortName)
            },
            presentCount: attendees.count,
            absentCount: m.absent.count,
            absent: m.absent.map { absence in
                let honorific = a.council.member(named: absence.name)?.honorific ?? CouncilMember.defaultHonorific
                let position = a.council.member(named: absence.name).map { " – \($0.position)" } ?? ""
                return AbsenceValues(
                    name: absence.name, reason: absence.reason,
                    addressed: "\(honorific) \(absence.name)\(position)")
            },
            opinions: m.opinions,
            vote: VoteValues(
                agree: vote.agree, disagree: vote.disagree, abstain: vote.abstain, total: vote.total,
                agreePercent: fraction(vote.agree, of: vote.total),
                text: voteText(vote, present: attendees.count)),
            conclusion: m.conclusion,
            conclusionText: conclusionText(a))
    }

    /// "7/7 thành viên có mặt nhất trí (100%)", then any votes against or abstentions.
    static func voteText(_ vote: Vote, present: Int) -> String {
        let percent = VietnameseNumberFormat.percent(present == 0 ? 0 : Decimal(vote.agree) / Decimal(present))
        var text = "\(vote.agree)/\(present) thành viên có mặt nhất trí (\(percent))"
        if vote.disagree > 0 { text += "; \(vote.disagree) thành viên không nhất trí" }
        if vote.abstain > 0 { text += "; \(vote.abstain) thành viên không biểu quyết" }
        return NonBreakingSpaces.bind(text)
    }

    /// The computed conclusion of the minutes: the total and band (or level). The vote itself is
    /// the line just above it ("Biểu quyết: …"), so the conclusion only refers to it.
    static func conclusionText(_ a: Assessment) -> String {
        let e = a.evaluation
        let result: String
        if case .band(let total, let maximum, let band?) = e.outcome {
            result = "đạt \(total.text(decimalSeparator: ","))/\(maximum.text(decimalSeparator: ",")) điểm, xếp loại \(band.name)"
        } else {
            // TT24: the highest level reached (LevelOutcome), not only the level applied for.
            let summary = a.levelOutcome?.summary ?? e.resultText
            result =
                "đạt \(e.metCount)/\(e.targetCount) chỉ tiêu \(e.rubric.levelName ?? ""), "
                + summary.prefix(1).lowercased() + summary.dropFirst()
        }
        return NonBreakingSpaces.bind(
            "Căn cứ kết quả biểu quyết, \(a.council.shortName) thống nhất đánh giá \(a.unit.name) \(result).")
    }

    private static func clock(_ time: TimeOfDay) -> String { time.vietnamese }

    /// The last rows of a member table that stay on the page of its total row, the note and the
    /// signatures, so that no last page holds the signatures alone.
    static let tailRows = 2

    private static func member(_ member: Member, index: Int, tail: Bool) -> MemberValues {
        // A member not assessed this year (maternity leave, newly transferred) has no marks: nobody
        // entered them, so the row prints only the reason.
        let exempt = member.exemption != nil
        func mark(_ flag: Bool) -> String { flag && !exempt ? "x" : "" }
        return MemberValues(
            index: index,
            name: member.name,
            position: member.position,
            selfStudyPlan: member.selfStudyPlan,
            selfStudyPlanMark: mark(member.selfStudyPlan),
            discipline: member.discipline,
            disciplineMark: mark(member.discipline),
            training: exempt ? "" : member.training.title,
            // A rated member without a title reads "Không": a signed table leaves no cell blank to fill in later.
            emulationTitle: exempt ? "" : member.emulationTitle.title,
            learningCitizen: member.learningCitizen,
            learningCitizenMark: mark(member.learningCitizen),
            result: member.result ?? (member.exemption != nil ? "Không xét" : member.passesLearning ? "Đạt" : "Chưa đạt"),
            notes: [member.exemption, member.notes].compactMap { $0 }.joined(separator: "; "),
            exempt: member.exemption != nil,
            tail: tail)
    }

    private static func memberStatistics(_ statistics: MemberStatistics, rubric: Rubric) -> MemberStatsValues {
        let selfAssessed = statistics.members.filter(\.selfAssessed).count
        var measures: [String: ShareValues] = [:]
        for measure in MemberMeasure.allCases {
            let share = statistics.share(measure)
            measures[measure.rawValue] = ShareValues(count: share.count, percent: fraction(share.count, of: share.total))
        }
        return MemberStatsValues(
            total: statistics.total, exempted: statistics.exempted.count,
            selfAssessed: ShareValues(count: selfAssessed, percent: fraction(selfAssessed, of: statistics.total)),
            titleKey: titleKey(statistics.members.filter { $0.exemption == nil }.map(\.emulationTitle)),
            ratioCriteria: rubric.criteria.filter { $0.threshold != nil }.map(\.code).joined(separator: ", "),
            measures: measures)
    }

    /// "CSTĐCS: Chiến sĩ thi đua cơ sở; LĐTT: Lao động tiên tiến": the abbreviations the member
    /// table prints, highest title first.
    static func titleKey(_ titles: [EmulationTitle]) -> String {
        let printed = Set(titles)
        return EmulationTitle.allCases.filter(printed.contains).compactMap { title -> String? in
            let meaning: String? =
                switch title {
                case .cstdtq: "Chiến sĩ thi đua toàn quốc"
                case .cstd: "Chiến sĩ thi đua cấp tỉnh (bộ, ngành)"
                case .cstdcs: "Chiến sĩ thi đua cơ sở"
                case .ldtt: "Lao động tiên tiến"
                case .htnv: "Hoàn thành nhiệm vụ"
                case .none: nil
                }
            return meaning.map { "\(title.title): \($0)" }
        }.joined(separator: "; ")
    }

    private static func score(
        _ evaluation: Evaluation, selfName: String, outcome: LevelOutcome? = nil,
        notes: [String: String] = [:]
    ) -> ScoreValues {
        let tt24 = evaluation.rubric.regime == .tt24
        var values = ScoreValues(
            groups: evaluation.groups.map {
                group($0, tt24: tt24, selfName: selfName, notes: notes, isLast: $0.index == evaluation.groups.count)
            },
            total: evaluation.total.map(number),
            max: evaluation.maximum.map(number),
            band: evaluation.band?.name,
            bandUpper: evaluation.band.map { VietnameseCase.uppercased($0.name) },
            resultText: evaluation.resultText,
            nextLetter: nextLetter(after: evaluation.groups.last?.criteria.last?.criterion.label),
            deductions: evaluation.deductions.map {
                DeductionValues(code: $0.code, pointsLost: number($0.pointsLost), reason: bare($0.reason))
            },
            failed: [])
        if tt24 {
            // The level reached is the highest one (LevelOutcome), not only the level applied for.
            values.levelTarget = evaluation.levelTarget
            values.levelReached = outcome?.reachedLevel ?? evaluation.levelReached ?? 0
            values.levelText = outcome?.reachedName ?? evaluation.resultText
            values.resultText = outcome?.summary ?? evaluation.resultText
            values.metCount = evaluation.metCount
            values.targetCount = evaluation.targetCount
            values.failed = evaluation.failed.map { criterion($0, tt24: true, selfName: selfName, notes: notes) }
        }
        return values
    }

    private static func group(
        _ group: GroupResult, tt24: Bool, selfName: String, notes: [String: String] = [:],
        isLast: Bool = false
    ) -> GroupValues {
        GroupValues(
            last: isLast,
            code: group.group.code,
            title: group.group.title,
            roman: group.roman,
            index: group.index,
            max: tt24 ? nil : number(group.maximum),
            points: tt24 ? nil : number(group.points),
            metCount: group.metCount,
            targetCount: group.criteria.count,
            deductionsClause: tt24 ? "" : deductionsClause(group),
            criteria: group.criteria.map { criterion($0, tt24: tt24, selfName: selfName, notes: notes, inLastGroup: isLast) })
    }

    /// "tiêu chí 1c trừ 1 điểm, lý do: …; tiêu chí 1b trừ 0,5 điểm, lý do: …": the deductions of a
    /// group as one clause, so the letter states them on the group's own line.
    private static func deductionsClause(_ group: GroupResult) -> String {
        group.criteria.compactMap { result -> String? in
            guard !result.isFull, let lost = result.pointsLost else { return nil }
            let reason = bare(result.score?.reason ?? "")
            return NonBreakingSpaces.bind(
                "tiêu chí \(result.criterion.code) trừ \(lost.text(decimalSeparator: ",")) điểm, lý do: "
                    + (reason.isEmpty ? "chưa ghi lý do" : reason))
        }.joined(separator: "; ")
    }

    private static func criterion(
        _ result: CriterionResult, tt24: Bool, selfName: String, notes: [String: String] = [:],
        inLastGroup: Bool = false
    ) -> CriterionValues {
        let criterion = result.criterion
        var values = CriterionValues(
            code: criterion.code,
            letter: criterion.label,
            text: criterion.text,
            ownText: ownText(criterion.text, selfName: selfName),
            details: criterion.details,
            shortText: criterion.shortText,
            ownShortText: ownText(criterion.shortText, selfName: selfName),
            evidence: result.score?.evidence.joined(separator: "; ") ?? "",
            evidenceList: result.score?.evidence ?? [],
            // The forms close the reason themselves ("…, lý do: {{ c.reason }}."): no doubled full stop.
            reason: bare(result.score?.reason ?? ""),
            keptReason: result.score?.keptReason.map(bare),
            parts: (result.score?.parts ?? []).map {
                PartValues(text: $0.text, max: number($0.maximum), points: number($0.points))
            },
            full: result.isFull,
            unconfirmed: criterion.unconfirmed)
        if tt24 {
            let met = result.met ?? false
            values.target = TargetValues(
                met: met,
                metText: met ? "Đạt" : "Chưa đạt",
                textBare: bare(ownText(criterion.text, selfName: selfName)),
                inLastGroup: inLastGroup,
                note: notes[criterion.code] ?? (met ? "" : bare(result.score?.reason ?? "")))
        } else {
            values.max = criterion.maximum.map(number)
            values.points = result.points.map(number)
            values.pointsLost = result.pointsLost.map(number)
        }
        return values
    }

    /// "Hồ sơ tự đánh giá lưu tại đơn vị gồm:" before the numbered list of stored documents, unless
    /// the process text already leads into it (ends with ":").
    static func storedDocumentsLead(_ narrative: Narrative) -> String {
        guard !narrative.storedDocuments.isEmpty else { return "" }
        let leads = narrative.process.last?.trimmingCharacters(in: .whitespaces).hasSuffix(":") ?? false
        return leads ? "" : "Hồ sơ tự đánh giá lưu tại đơn vị gồm:"
    }

    /// The proposals, none when the data says only "Không": the report then writes a sentence
    /// ("Không có đề xuất, kiến nghị.") rather than a bare word under the heading.
    static func proposals(_ given: [String]) -> [String] {
        let none = given.allSatisfy { ["không", "không."].contains(VietnameseCase.lowercased($0.trimmingCharacters(in: .whitespaces))) }
        return none ? [] : given
    }

    /// The label after `label` ("c" → "d"); "d" when there is none.
    static func nextLetter(after label: String?) -> String {
        guard let label, label.count == 1, let scalar = label.unicodeScalars.first,
            let next = Unicode.Scalar(scalar.value + 1), CharacterSet.letters.contains(next)
        else { return "d" }
        return String(Character(next))
    }

    private static func number(_ points: Points) -> Decimal {
        Decimal(points.hundredths) / 100
    }

    private static func fraction(_ part: Int, of whole: Int) -> Decimal {
        whole == 0 ? 0 : Decimal(part) / Decimal(whole)
    }

    /// List items the forms punctuate themselves ("- item;" … "- last item."): whatever final
    /// ".", ";" or "," the secretary typed is dropped, so it is never doubled.
    static func clauses(_ items: [String]) -> [String] {
        items.map { item in
            var text = Substring(item)
            while let last = text.last, last == "." || last == ";" || last == "," || last.isWhitespace { text.removeLast() }
            return String(text)
        }
    }
}
