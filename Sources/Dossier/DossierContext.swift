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
            "rubric": .object(["name": .string(a.rubric.name), "id": .string(a.rubric.id),
                               "citation": .string(a.rubric.citation ?? a.rubric.name)]),
            "levels": levels(a),
            "unit": unit(of: a),
            "recipient": .string(a.recipient),
            "recognizer": .string(a.recognizer),
            "legal_bases": .list(a.legalBases.map(TemplateValue.string)),
            "documents": .object(documents),
            "head": signer(a.head),
            "council": council(a),
            "meeting": meeting(a),
            "members": .list(a.members.enumerated().map { member($0.element, index: $0.offset + 1) }),
            "member_stats": memberStatistics(a.memberStatistics),
            "score": score(evaluation, outcome: a.levelOutcome, notes: levelNotes(a)),
            "achievements": .object([
                "cstdcs": .number(Decimal(a.achievements.cstdcs)),
                "giay_khen": .number(Decimal(a.achievements.giayKhen)),
                "bang_khen": .number(Decimal(a.achievements.bangKhen)),
                "initiatives": .number(Decimal(a.achievements.initiatives)),
                "others": clauses(a.achievements.others),
            ]),
            "narrative": .object([
                "direction": texts(a.narrative.direction),
                "self_assessment": texts(a.narrative.selfAssessment),
                "process": texts(a.narrative.process),
                "strengths": texts(a.narrative.strengths),
                "weaknesses": texts(a.narrative.weaknesses),
                "proposals": texts(a.narrative.proposals),
                "next_year": texts(a.narrative.nextYear),
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
            "number_line": .string(symbol.map { "Số: \($0)" } ?? ""),
            "date": .string(document.date.iso),
            "place_date": .string(date?.placeDate(place: a.unit.place) ?? ""),
            "title": .string(VietnameseCase.uppercased(typeName(document.kind, a))),
            "summary": .string(document.summary ?? defaultSummary(document.kind, a)),
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
            .map { ($0.order, "\($0.title) năm \(a.year)", $0.document.flatMap(DocumentKind.init(rawValue:))) }
        if a.regime == .tt22 {
            let summary = a.documents.plan.summary ?? defaultSummary(.plan, a)
            entries.append((3, "Kế hoạch \(summary.prefix(1).lowercased())\(summary.dropFirst())", .plan))
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

    private static func councilMember(_ member: CouncilMember, index: Int) -> TemplateValue {
        .object([
            "index": .number(Decimal(index)),
            "name": .string(member.name),
            "position": .string(member.position),
            "role": .string(member.role.title),
        ])
    }

    private static func council(_ a: Assessment) -> TemplateValue {
        .object([
            "name": .string(a.council.name),
            "short_name": .string(a.council.shortName),
            "members": .list(a.council.members.enumerated().map { councilMember($0.element, index: $0.offset + 1) }),
            "count": .number(Decimal(a.council.members.count)),
            "tasks": clauses(a.council.tasks),
        ])
    }

    private static func meeting(_ a: Assessment) -> TemplateValue {
        let m = a.meeting
        let attendees = m.attendees(of: a.council)
        func person(_ name: String) -> TemplateValue {
            guard let index = a.council.members.firstIndex(where: { $0.name == name }) else {
                return .object(["name": .string(name), "position": .string(""), "role": .string("")])
            }
            return councilMember(a.council.members[index], index: index + 1)
        }
        let vote = m.vote
        return .object([
            "date": .string(m.date.iso),
            "start_time": .string(clock(m.start)),
            "end_time": .string(clock(m.end)),
            "place": .string(m.place),
            "chair": person(m.chair),
            "secretary": person(m.secretary),
            "attendees": .list(attendees.enumerated().map { councilMember($0.element, index: $0.offset + 1) }),
            "present_count": .number(Decimal(attendees.count)),
            "absent_count": .number(Decimal(m.absent.count)),
            "absent": .list(m.absent.map { .object(["name": .string($0.name), "reason": .string($0.reason)]) }),
            "opinions": texts(m.opinions),
            "vote": .object([
                "agree": .number(Decimal(vote.agree)),
                "disagree": .number(Decimal(vote.disagree)),
                "abstain": .number(Decimal(vote.abstain)),
                "total": .number(Decimal(vote.total)),
                "agree_percent": fraction(vote.agree, of: vote.total),
            ]),
            "conclusion": m.conclusion.map(TemplateValue.string) ?? .null,
        ])
    }

    private static func clock(_ time: ClockTime) -> String {
        TimeOfDay(hour: time.hour, minute: time.minute)?.vietnamese ?? time.description
    }

    private static func member(_ member: Member, index: Int) -> TemplateValue {
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
            "result": .string(member.result ?? (member.passes ? "Đạt" : "Chưa đạt")),
            "notes": .string(member.notes ?? ""),
        ])
    }

    private static func memberStatistics(_ statistics: MemberStatistics) -> TemplateValue {
        var values: [String: TemplateValue] = ["total": .number(Decimal(statistics.total))]
        for measure in MemberMeasure.allCases {
            let share = statistics.share(measure)
            values[measure.rawValue] = .object([
                "count": .number(Decimal(share.count)),
                "percent": fraction(share.count, of: share.total),
            ])
        }
        return .object(values)
    }

    private static func score(_ evaluation: Evaluation, outcome: LevelOutcome?, notes: [String: String]) -> TemplateValue {
        let tt24 = evaluation.rubric.regime == .tt24
        var values: [String: TemplateValue] = [
            "groups": .list(evaluation.groups.map {
                group($0, tt24: tt24, notes: notes, isLast: $0.index == evaluation.groups.count)
            }),
            "total": evaluation.total.map(number) ?? .null,
            "max": evaluation.maximum.map(number) ?? .null,
            "band": evaluation.band.map { .string($0.name) } ?? .null,
            "band_upper": evaluation.band.map { .string(VietnameseCase.uppercased($0.name)) } ?? .null,
            "result_text": .string(evaluation.resultText),
            "deductions": .list(evaluation.deductions.map {
                .object(["code": .string($0.code), "points_lost": number($0.pointsLost), "reason": .string($0.reason)])
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
            values["failed"] = .list(evaluation.failed.map { criterion($0, tt24: true, notes: notes) })
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

    private static func group(_ group: GroupResult, tt24: Bool, notes: [String: String] = [:], isLast: Bool = false) -> TemplateValue {
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
            "criteria": .list(group.criteria.map { criterion($0, tt24: tt24, notes: notes, inLastGroup: isLast) }),
        ])
    }

    private static func criterion(_ result: CriterionResult, tt24: Bool, notes: [String: String] = [:],
                                  inLastGroup: Bool = false) -> TemplateValue {
        let criterion = result.criterion
        var values: [String: TemplateValue] = [
            "code": .string(criterion.code),
            "letter": .string(criterion.label),
            "text": .string(criterion.text),
            "details": texts(criterion.details),
            "short_text": .string(criterion.shortText),
            "evidence": .string(result.score?.evidence.joined(separator: "; ") ?? ""),
            "evidence_list": texts(result.score?.evidence ?? []),
            "reason": .string(result.score?.reason ?? ""),
            "full": .bool(result.isFull),
            "unconfirmed": .bool(criterion.unconfirmed),
        ]
        if tt24 {
            let met = result.met ?? false
            values["met"] = .bool(met)
            values["met_text"] = .string(met ? "Đạt" : "Chưa đạt")
            values["text_bare"] = .string(bare(criterion.text))
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
