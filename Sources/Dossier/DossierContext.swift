import Assessment
import DocxTemplate
import Foundation
import VietnameseText

/// Builds the template context of the dossier forms from a validated assessment: the contract is
/// `Forms/CONTEXT.md`. Facts come from the assessment; this type only shapes and formats them
/// (upper case, "Số: …" lines, Decree 30 dates, numbers as exact decimals).
public struct DossierContext: Sendable {
    /// The assessment the context describes.
    public let assessment: Assessment
    private let shared: [String: TemplateValue]

    /// The context of `assessment`; `forms` (the dossier in binding order) fills the cover's table
    /// of contents; `context(for:)` then picks each form's `doc`.
    public init(_ assessment: Assessment, forms: [FormDescriptor] = []) {
        self.assessment = assessment
        var shared = DossierContext.sharedValues(assessment)
        shared["dossier"] = DossierContext.dossier(assessment, forms: forms)
        self.shared = shared
    }

    /// The context a form sees: the shared values plus `doc`, the form's own document.
    public func context(for kind: DocumentKind?) -> TemplateValue {
        var values = shared
        if let kind, case .object(let documents)? = shared["documents"] {
            values["doc"] = documents[kind.rawValue] ?? .null
        } else {
            values["doc"] = .null
        }
        return .object(values)
    }

    // MARK: Shared values

    private static func sharedValues(_ a: Assessment) -> [String: TemplateValue] {
        let evaluation = a.evaluation
        var documents: [String: TemplateValue] = [:]
        for kind in DocumentKind.allCases {
            documents[kind.rawValue] = document(a.documents[kind], of: a)
        }
        return [
            "year": .number(Decimal(a.year)),
            "next_year": .number(Decimal(a.year + 1)),
            "regime": .string(a.regime.rawValue),
            "is_tt22": .bool(a.regime == .tt22),
            "is_tt24": .bool(a.regime == .tt24),
            "rubric": rubric(a.rubric),
            "submission_request": .string(submissionRequest(a)),
            "levels": levels(a),
            "unit": unit(of: a),
            "recipient": .string(a.recipient),
            "recognizer": .string(a.recognizer),
            "legal_bases": .list(a.legalBases.map(TemplateValue.string)),
            "documents": .object(documents),
            "head": signer(a.head),
            "council": council(a),
            "meeting": meeting(a),
            "members": .list(a.members.enumerated().map {
                member($0.element, index: $0.offset + 1, tail: $0.offset >= a.members.count - tailRows)
            }),
            "member_stats": memberStatistics(a.memberStatistics),
            "score": score(evaluation, selfName: a.unit.selfName, outcome: a.levelOutcome, notes: levelNotes(a)),
            "achievements": .object([
                "cstdcs": .number(Decimal(a.achievements.cstdcs)),
                "giay_khen": .number(Decimal(a.achievements.giayKhen)),
                "bang_khen": .number(Decimal(a.achievements.bangKhen)),
                "initiatives": .number(Decimal(a.achievements.initiatives)),
                "others": clauses(a.achievements.others),
            ]),
            "plan": planValues(a),
            "narrative": .object([
                "direction": texts(a.narrative.direction),
                "self_assessment": texts(a.narrative.selfAssessment),
                "process": texts(a.narrative.process),
                "strengths": texts(a.narrative.strengths),
                "weaknesses": texts(a.narrative.weaknesses),
                "proposals": texts(a.narrative.proposals),
                "next_year": texts(a.narrative.nextYear),
                "stored_documents": clauses(a.narrative.storedDocuments),
                "training": texts(a.narrative.training),
            ]),
        ]
    }

    private static func unit(of a: Assessment) -> TemplateValue {
        let unit = a.unit
        return .object([
            "name": .string(unit.name),
            "name_upper": .string(VietnameseCase.uppercased(unit.name)),
            "parent": .string(unit.parent),
            "parent_upper": .string(VietnameseCase.uppercased(unit.parent)),
            "symbol": .string(unit.symbol),
            "place": .string(unit.place),
            "address": unit.address.map(TemplateValue.string) ?? .null,
            "head_title": .string(unit.headTitle),
            "head_title_upper": .string(VietnameseCase.uppercased(unit.headTitle)),
            "self_name": .string(unit.selfName),
            "self_name_capitalized": .string(capitalizedFirst(unit.selfName)),
        ])
    }

    private static func document(_ document: IssuedDocument, of a: Assessment) -> TemplateValue {
        var issued = document
        issued.number = document.number.map(paddedNumber)
        let symbol = issued.symbol(unitSymbol: a.unit.symbol)
        let date = VietnameseDate(year: document.date.year, month: document.date.month, day: document.date.day)
        return .object([
            "number": issued.number.map(TemplateValue.string) ?? .null,
            "type": document.kind.typeCode.map(TemplateValue.string) ?? .null,
            "symbol": symbol.map(TemplateValue.string) ?? .null,
            "number_line": .string(numberLine(symbol: symbol, kind: document.kind, unitSymbol: a.unit.symbol)),
            "date": .string(document.date.iso),
            "place_date": .string(date?.placeDate(place: a.unit.place) ?? ""),
            "title": .string(VietnameseCase.uppercased(typeName(document.kind, a))),
            "summary": .string(NonBreakingSpaces.bind(document.summary ?? defaultSummary(document.kind, a))),
            "summary_clause": .string(NonBreakingSpaces.bind(summaryClause(document.summary ?? defaultSummary(document.kind, a)))),
            "signer": signer(document.signer),
            "recipients": clauses(document.recipients),
            "legal_bases": .list((document.legalBases.isEmpty ? a.legalBases : document.legalBases).map(TemplateValue.string)),
            "preparer": preparer(document, of: a),
        ])
    }

    /// Who drew up a table (the "NGƯỜI LẬP BIỂU" signature): the name the data gives, else the
    /// meeting's secretary; the position comes from the council or the member list.
    private static func preparer(_ document: IssuedDocument, of a: Assessment) -> TemplateValue {
        let name = document.preparer ?? a.meeting.secretary
        guard !name.isEmpty else { return .null }
        let position = a.council.member(named: name)?.position
            ?? a.members.first(where: { $0.name == name })?.position ?? ""
        return .object(["name": .string(name), "position": .string(position)])
    }

    /// The cover's facts: month and year of submission and the documents bound after the cover
    /// (the unit's plan included, at its binding place).
    private static func dossier(_ a: Assessment, forms: [FormDescriptor]) -> TemplateValue {
        let submitted = a.documents.submission.date
        let monthYear = VietnameseDate(year: submitted.year, month: submitted.month, day: submitted.day)?.monthYear ?? ""
        var entries: [(order: Int, title: String, kind: DocumentKind?)] = forms
            .filter { $0.document != nil }
            .map { form in
                let kind = form.document.flatMap(DocumentKind.init(rawValue:))
                return (form.order, kind.map { contentsTitle($0, a) } ?? "\(form.title) năm \(a.year)", kind)
            }
        if a.regime == .tt22, !entries.contains(where: { $0.kind == .plan }) {
            entries.append((3, contentsTitle(.plan, a), .plan))
        }
        entries.sort { $0.order < $1.order }
        let contents: [TemplateValue] = entries.enumerated().map { offset, entry in
            let symbol = entry.kind.flatMap { kind in
                a.documents[kind].number.map { "\(paddedNumber($0))/\(kind.typeCode ?? "")-\(a.unit.symbol)" }
            }
            return .object([
                "index": .number(Decimal(offset + 1)),
                "title": .string(entry.title),
                "symbol": .string(entry.kind?.typeCode == nil ? "" : symbol ?? ""),
            ])
        }
        return .object([
            "month_year": .string(monthYear),
            "place_month_year": .string(monthYear.isEmpty ? "" : "\(a.unit.place), \(monthYear)"),
            "contents": .list(contents),
        ])
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

    private static func rubric(_ rubric: Rubric) -> TemplateValue {
        let bases = rubric.legalBasis
        return .object([
            "name": .string(rubric.name),
            "id": .string(rubric.id),
            "legal_bases": .list(bases.map { .string($0.fullText) }),
            "citation": .string(bases.isEmpty ? rubric.name : bases.map(\.fullText).joined(separator: "; ")),
            "reference": .string(bases.isEmpty ? rubric.name : bases.map(\.shortText).joined(separator: " và ")),
        ])
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
    private static func planValues(_ a: Assessment) -> TemplateValue {
        let plan = a.plan
        let selfName = a.unit.selfName
        let reference = a.rubric.legalBasis.isEmpty ? a.rubric.name : a.rubric.legalBasis.map(\.shortText).joined(separator: " và ")
        let purposes = plan.purposes.isEmpty ? [
            "Xây dựng \(selfName) thành Đơn vị học tập; tạo môi trường và điều kiện để mọi thành viên được học tập thường xuyên, suốt đời, nâng cao năng lực, phẩm chất và hiệu quả công tác.",
            "Tự kiểm tra, đánh giá, xếp loại đúng thực chất kết quả xây dựng Đơn vị học tập năm\u{00A0}\(a.year) theo các tiêu chí quy định tại \(reference).",
        ] : plan.purposes
        let requirements = plan.requirements.isEmpty ? [
            "Việc tự đánh giá, xếp loại bảo đảm khách quan, công khai, dân chủ, đúng quy trình; mỗi tiêu chí có minh chứng cụ thể.",
            "Mỗi thành viên lập kế hoạch tự học, tự bồi dưỡng được lãnh đạo phê duyệt và tự đánh giá theo các tiêu chí.",
        ] : plan.requirements
        let scope = plan.scope.isEmpty ? ["Toàn thể cán bộ, công chức, viên chức và người lao động của \(a.unit.name)."] : plan.scope
        let topBand = a.rubric.bands.max { $0.minimum < $1.minimum }
        let targetPoints = plan.targetPoints ?? topBand?.minimum
        var target = ""
        if let targetPoints, let band = a.rubric.band(for: targetPoints) {
            target = NonBreakingSpaces.bind("Đạt \(targetPoints.text(decimalSeparator: ",")) điểm trở lên, xếp loại \(band.name).")
        }
        let groups: [TemplateValue] = a.rubric.groups.map { group in
            .object([
                "code": .string(group.code),
                "title": .string(group.title),
                "max": number(group.maximum),
                "criteria": .list(group.criteria.map { criterion in
                    .object([
                        "letter": .string(criterion.label),
                        "text": .string(ownText(criterion.shortText, selfName: selfName)),
                        "max": criterion.maximum.map(number) ?? .null,
                        "actions": clauses(plan.actions[criterion.code] ?? []),
                    ])
                }),
            ])
        }
        let head = a.unit.headTitle
        let actors: [UnitPlan.Actor] = plan.actors.isEmpty ? [
            UnitPlan.Actor(name: head, tasks: [
                "Xây dựng, ban hành và tổ chức triển khai kế hoạch tới toàn thể thành viên",
                "Thành lập \(a.council.name); chỉ đạo việc tự kiểm tra, đánh giá, xếp loại và hoàn thiện hồ sơ",
            ]),
            UnitPlan.Actor(name: "Công đoàn", tasks: [
                "Phối hợp tuyên truyền, vận động thành viên học tập thường xuyên, suốt đời",
            ]),
            UnitPlan.Actor(name: "Các thành viên", tasks: [
                "Lập kế hoạch tự học, tự bồi dưỡng trình lãnh đạo phê duyệt; thực hiện và tự đánh giá theo các tiêu chí",
            ]),
        ] : plan.actors
        func short(_ date: CalendarDate) -> String {
            VietnameseDate(year: date.year, month: date.month, day: date.day)?.short ?? date.iso
        }
        let timeline: [UnitPlan.Step] = plan.timeline.isEmpty ? [
            UnitPlan.Step(time: short(a.documents.decision.date), task: "Thành lập \(a.council.name)", owner: head),
            UnitPlan.Step(time: short(a.meeting.date), task: "\(a.council.shortName) họp tự kiểm tra, chấm điểm từng tiêu chí", owner: a.council.shortName),
            UnitPlan.Step(time: short(a.documents.report.date), task: "Hoàn thiện báo cáo và hồ sơ tự đánh giá", owner: a.council.shortName),
            UnitPlan.Step(time: short(a.documents.submission.date), task: "Gửi tờ trình và hồ sơ về \(a.recipient)", owner: head),
        ] : plan.timeline
        return .object([
            "purposes": clauses(purposes),
            "requirements": clauses(requirements),
            "scope": clauses(scope),
            "groups": .list(groups),
            "target": .string(target),
            "targets": clauses(plan.targets),
            "actors": .list(actors.enumerated().map { offset, actor in
                .object(["index": .number(Decimal(offset + 1)), "name": .string(actor.name), "tasks": clauses(actor.tasks)])
            }),
            "timeline": .list(timeline.enumerated().map { offset, step in
                .object(["index": .number(Decimal(offset + 1)), "time": .string(step.time), "task": .string(step.task),
                         "owner": .string(step.owner)])
            }),
        ])
    }

    /// The document type printed as the title: under TT24 the score sheet is the Bản tổng hợp
    /// kết quả tự đánh giá các tiêu chí, chỉ tiêu.
    static func typeName(_ kind: DocumentKind, _ a: Assessment) -> String {
        kind == .scoresheet && a.regime == .tt24 ? DocumentKind.summary.typeName : kind.typeName
    }

    /// Decree 30: document numbers below 10 get a leading zero ("05").
    static func paddedNumber(_ number: String) -> String {
        guard let value = Int(number), value >= 0, value < 10, number.count == 1 else { return number }
        return "0\(value)"
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
                ? a.levelOutcome?.reachedName.map { "Về việc đề nghị công nhận Đơn vị học tập \($0) năm \(year)" }
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

    private static func signer(_ signer: Signer) -> TemplateValue {
        let prefix = VietnameseCase.uppercased(signer.prefixLine)
        return .object([
            "prefix_line": .string(prefix),
            "has_prefix": .bool(!prefix.isEmpty),
            "title": .string(signer.title),
            "title_upper": .string(VietnameseCase.uppercased(signer.title)),
            "name": .string(signer.name),
        ])
    }

    private static func councilMember(_ member: CouncilMember, index: Int, body: String) -> TemplateValue {
        let role = member.role.fullTitle(body: body)
        return .object([
            "index": .number(Decimal(index)),
            "name": .string(member.name),
            "position": .string(member.position),
            "role": .string(member.role.title),
            "role_full": .string(role),
            "honorific": .string(member.honorific),
            "addressed": .string("\(member.honorific) \(member.name) – \(member.position), \(role)"),
        ])
    }

    private static func council(_ a: Assessment) -> TemplateValue {
        .object([
            "name": .string(a.council.name),
            "name_of_year": .string(NonBreakingSpaces.bind(a.council.name.contains(String(a.year))
                ? a.council.name : "\(a.council.name) năm \(a.year)")),
            "short_name": .string(a.council.shortName),
            "members": .list(a.council.members.enumerated().map {
                councilMember($0.element, index: $0.offset + 1, body: a.council.shortName)
            }),
            "count": .number(Decimal(a.council.members.count)),
            "leader": a.council.members.first(where: { $0.role.isLeader }).map { leader in
                .object([
                    "name": .string(leader.name),
                    "title_upper": .string(VietnameseCase.uppercased(leader.role.fullTitle(body: a.council.shortName))),
                ])
            } ?? .null,
            "tasks": clauses(a.council.tasks),
        ])
    }

    private static func meeting(_ a: Assessment) -> TemplateValue {
        let m = a.meeting
        let attendees = m.attendees(of: a.council)
        func person(_ name: String) -> TemplateValue {
            guard let index = a.council.members.firstIndex(where: { $0.name == name }) else {
                return .object(["name": .string(name), "position": .string(""), "role": .string(""),
                                "addressed": .string("\(CouncilMember.defaultHonorific) \(name)")])
            }
            return councilMember(a.council.members[index], index: index + 1, body: a.council.shortName)
        }
        let vote = m.vote
        return .object([
            "date": .string(m.date.iso),
            "start_time": .string(clock(m.start)),
            "end_time": .string(clock(m.end)),
            "place": .string(m.place),
            "chair": person(m.chair),
            "secretary": person(m.secretary),
            "attendees": .list(attendees.enumerated().map {
                councilMember($0.element, index: $0.offset + 1, body: a.council.shortName)
            }),
            "present_count": .number(Decimal(attendees.count)),
            "absent_count": .number(Decimal(m.absent.count)),
            "absent": .list(m.absent.map { absence in
                let honorific = a.council.member(named: absence.name)?.honorific ?? CouncilMember.defaultHonorific
                let position = a.council.member(named: absence.name).map { " – \($0.position)" } ?? ""
                return .object(["name": .string(absence.name), "reason": .string(absence.reason),
                                "addressed": .string("\(honorific) \(absence.name)\(position)")])
            }),
            "opinions": texts(m.opinions),
            "vote": .object([
                "agree": .number(Decimal(vote.agree)),
                "disagree": .number(Decimal(vote.disagree)),
                "abstain": .number(Decimal(vote.abstain)),
                "total": .number(Decimal(vote.total)),
                "agree_percent": fraction(vote.agree, of: vote.total),
                "text": .string(voteText(vote, present: attendees.count)),
            ]),
            "conclusion": m.conclusion.map(TemplateValue.string) ?? .null,
            "conclusion_text": .string(conclusionText(a, present: attendees.count)),
        ])
    }

    /// "7/7 thành viên có mặt nhất trí (100%)", then any votes against or abstentions.
    static func voteText(_ vote: Vote, present: Int) -> String {
        let percent = VietnameseNumberFormat.percent(present == 0 ? 0 : Decimal(vote.agree) / Decimal(present))
        var text = "\(vote.agree)/\(present) thành viên có mặt nhất trí (\(percent))"
        if vote.disagree > 0 { text += "; \(vote.disagree) thành viên không nhất trí" }
        if vote.abstain > 0 { text += "; \(vote.abstain) thành viên không biểu quyết" }
        return NonBreakingSpaces.bind(text)
    }

    /// The computed conclusion of the minutes: the vote, then the total and band (or level).
    static func conclusionText(_ a: Assessment, present: Int) -> String {
        let e = a.evaluation
        let result: String
        if let total = e.total, let maximum = e.maximum, let band = e.band {
            result = "đạt \(total.text(decimalSeparator: ","))/\(maximum.text(decimalSeparator: ",")) điểm, xếp loại \(band.name)"
        } else {
            // TT24: the highest level reached (LevelOutcome), not only the level applied for.
            let summary = a.levelOutcome?.summary ?? e.resultText
            result = "đạt \(e.metCount)/\(e.targetCount) chỉ tiêu \(e.rubric.levelName ?? ""), "
                + summary.prefix(1).lowercased() + summary.dropFirst()
        }
        return NonBreakingSpaces.bind(
            "Với \(voteText(a.meeting.vote, present: present)), \(a.council.shortName) thống nhất đánh giá \(a.unit.name) \(result).")
    }

    private static func clock(_ time: ClockTime) -> String {
        TimeOfDay(hour: time.hour, minute: time.minute)?.vietnamese ?? time.description
    }

    /// The last rows of a member table that stay on the page of its total row, the note and the
    /// signatures, so that no last page holds the signatures alone.
    static let tailRows = 2

    private static func member(_ member: Member, index: Int, tail: Bool) -> TemplateValue {
        func mark(_ flag: Bool) -> TemplateValue { .string(flag ? "x" : "") }
        return .object([
            "index": .number(Decimal(index)),
            "name": .string(member.name),
            "position": .string(member.position),
            "self_study_plan": .bool(member.selfStudyPlan),
            "self_study_plan_mark": mark(member.selfStudyPlan),
            "discipline": .bool(member.discipline),
            "discipline_mark": mark(member.discipline),
            "training": .string(member.training.title),
            "emulation_title": .string(member.emulationTitle.title),
            "learning_citizen": .bool(member.learningCitizen),
            "learning_citizen_mark": mark(member.learningCitizen),
            "result": .string(member.result ?? (member.exemption != nil ? "Không xét" : member.passesLearning ? "Đạt" : "Chưa đạt")),
            "notes": .string([member.exemption, member.notes].compactMap { $0 }.joined(separator: "; ")),
            "exempt": .bool(member.exemption != nil),
            "tail": .bool(tail),
        ])
    }

    private static func memberStatistics(_ statistics: MemberStatistics) -> TemplateValue {
        var values: [String: TemplateValue] = [
            "total": .number(Decimal(statistics.total)),
            "exempted": .number(Decimal(statistics.exempted.count)),
            "self_assessed": .object([
                "count": .number(Decimal(statistics.members.filter(\.selfAssessed).count)),
                "percent": fraction(statistics.members.filter(\.selfAssessed).count, of: statistics.total),
            ]),
        ]
        for measure in MemberMeasure.allCases {
            let share = statistics.share(measure)
            values[measure.rawValue] = .object([
                "count": .number(Decimal(share.count)),
                "percent": fraction(share.count, of: share.total),
            ])
        }
        return .object(values)
    }

    private static func score(_ evaluation: Evaluation, selfName: String, outcome: LevelOutcome? = nil,
                              notes: [String: String] = [:]) -> TemplateValue {
        let tt24 = evaluation.rubric.regime == .tt24
        var values: [String: TemplateValue] = [
            "groups": .list(evaluation.groups.map {
                group($0, tt24: tt24, selfName: selfName, notes: notes, isLast: $0.index == evaluation.groups.count)
            }),
            "total": evaluation.total.map(number) ?? .null,
            "max": evaluation.maximum.map(number) ?? .null,
            "band": evaluation.band.map { .string($0.name) } ?? .null,
            "band_upper": evaluation.band.map { .string(VietnameseCase.uppercased($0.name)) } ?? .null,
            "result_text": .string(evaluation.resultText),
            "next_letter": .string(nextLetter(after: evaluation.groups.last?.criteria.last?.criterion.label)),
            "deductions": .list(evaluation.deductions.map {
                .object(["code": .string($0.code), "points_lost": number($0.pointsLost), "reason": .string(bare($0.reason))])
            }),
        ]
        if tt24 {
            // The level reached is the highest one (LevelOutcome), not only the level applied for.
            let reached = outcome?.reachedLevel ?? evaluation.levelReached ?? 0
            values["level_target"] = evaluation.levelTarget.map { .number(Decimal($0)) } ?? .null
            values["level_reached"] = .number(Decimal(reached))
            values["level_text"] = .string(outcome?.reachedName ?? evaluation.resultText)
            values["result_text"] = .string(outcome?.summary ?? evaluation.resultText)
            values["met_count"] = .number(Decimal(evaluation.metCount))
            values["target_count"] = .number(Decimal(evaluation.targetCount))
            values["failed"] = .list(evaluation.failed.map { criterion($0, tt24: true, selfName: selfName, notes: notes) })
        } else {
            values["level_target"] = .null
            values["level_reached"] = .null
            values["level_text"] = .null
            values["met_count"] = .null
            values["target_count"] = .null
            values["failed"] = .list([])
        }
        return .object(values)
    }

    private static func group(_ group: GroupResult, tt24: Bool, selfName: String, notes: [String: String] = [:],
                              isLast: Bool = false) -> TemplateValue {
        .object([
            "last": .bool(isLast),
            "code": .string(group.group.code),
            "title": .string(group.group.title),
            "roman": .string(group.roman),
            "index": .number(Decimal(group.index)),
            "max": tt24 ? .null : number(group.maximum),
            "points": tt24 ? .null : number(group.points),
            "met_count": .number(Decimal(group.metCount)),
            "target_count": .number(Decimal(group.criteria.count)),
            "criteria": .list(group.criteria.map { criterion($0, tt24: tt24, selfName: selfName, notes: notes, inLastGroup: isLast) }),
        ])
    }

    private static func criterion(_ result: CriterionResult, tt24: Bool, selfName: String, notes: [String: String] = [:],
                                  inLastGroup: Bool = false) -> TemplateValue {
        let criterion = result.criterion
        var values: [String: TemplateValue] = [
            "code": .string(criterion.code),
            "letter": .string(criterion.label),
            "text": .string(criterion.text),
            "own_text": .string(ownText(criterion.text, selfName: selfName)),
            "details": texts(criterion.details),
            "short_text": .string(criterion.shortText),
            "own_short_text": .string(ownText(criterion.shortText, selfName: selfName)),
            "evidence": .string(result.score?.evidence.joined(separator: "; ") ?? ""),
            "evidence_list": texts(result.score?.evidence ?? []),
            // The forms close the reason themselves ("…, lý do: {{ c.reason }}."): no doubled full stop.
            "reason": .string(bare(result.score?.reason ?? "")),
            "kept_reason": result.score?.keptReason.map { .string(bare($0)) } ?? .null,
            "parts": .list((result.score?.parts ?? []).map {
                .object(["text": .string($0.text), "max": number($0.maximum), "points": number($0.points)])
            }),
            "full": .bool(result.isFull),
            "unconfirmed": .bool(criterion.unconfirmed),
        ]
        if tt24 {
            let met = result.met ?? false
            values["met"] = .bool(met)
            values["met_text"] = .string(met ? "Đạt" : "Chưa đạt")
            values["text_bare"] = .string(bare(ownText(criterion.text, selfName: selfName)))
            values["in_last_group"] = .bool(inLastGroup)
            values["note"] = .string(notes[criterion.code] ?? (met ? "" : bare(result.score?.reason ?? "")))
            values["max"] = .null
            values["points"] = .null
        } else {
            values["max"] = criterion.maximum.map(number) ?? .null
            values["points"] = result.points.map(number) ?? .null
            values["points_lost"] = result.pointsLost.map(number) ?? .null
        }
        return .object(values)
    }

    /// The label after `label` ("c" → "d"); "d" when there is none.
    static func nextLetter(after label: String?) -> String {
        guard let label, label.count == 1, let scalar = label.unicodeScalars.first,
              let next = Unicode.Scalar(scalar.value + 1), CharacterSet.letters.contains(next) else { return "d" }
        return String(Character(next))
    }

    private static func number(_ points: Points) -> TemplateValue {
        .number(Decimal(points.hundredths) / 100)
    }

    private static func fraction(_ part: Int, of whole: Int) -> TemplateValue {
        whole == 0 ? .number(0) : .number(Decimal(part) / Decimal(whole))
    }

    private static func texts(_ items: [String]) -> TemplateValue {
        .list(items.map(TemplateValue.string))
    }

    /// List items the forms punctuate themselves ("- item;" … "- last item."): whatever final
    /// ".", ";" or "," the secretary typed is dropped, so it is never doubled.
    static func clauses(_ items: [String]) -> TemplateValue {
        .list(items.map { item in
            var text = Substring(item)
            while let last = text.last, last == "." || last == ";" || last == "," || last.isWhitespace { text.removeLast() }
            return .string(String(text))
        })
    }
}
