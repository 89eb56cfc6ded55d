import Foundation
import VietnameseText

// The template context of the dossier forms as types (`Forms/CONTEXT.md` is their contract; a test
// checks the two agree). `TemplateValueEncoder` turns them into the values a form sees: property
// names in snake case, numbers exact, a missing optional an explicit null. The values are already
// formatted: building them is `DossierContext`'s job.

/// Everything a form sees but `doc` (the form's own document, added per form).
struct ContextValues: Encodable {
    var year: Int
    var nextYear: Int
    var regime: String
    var isTt22: Bool
    var isTt24: Bool
    var rubric: RubricValues
    var submissionRequest: String
    /// TT24 only; null under TT22.
    var levels: LevelValues?
    var unit: UnitValues
    var recipient: String
    var recognizer: String
    var legalBases: [String]
    var documents: DocumentsValues
    var head: SignerValues
    var council: CouncilValues
    var meeting: MeetingValues
    var members: [MemberValues]
    var memberStats: MemberStatsValues
    var score: ScoreValues
    var achievements: AchievementValues
    var plan: PlanValues
    var narrative: NarrativeValues
    var dossier: DossierValues
}

/// `rubric`: the rubric's name and the regulations it cites.
struct RubricValues: Encodable {
    var name: String
    var id: String
    var legalBases: [String]
    var citation: String
    var reference: String
}

/// `unit`: the unit's names as printed.
struct UnitValues: Encodable {
    var name: String
    var nameUpper: String
    /// Empty when the unit has no parent line to print.
    var parent: String
    var parentUpper: String
    var symbol: String
    var place: String
    var address: String?
    var headTitle: String
    var headTitleUpper: String
    var selfName: String
    var selfNameCapitalized: String
}

/// `documents`: one *document* per kind (named by `DocumentKind`'s raw values).
struct DocumentsValues: Encodable {
    var plan: DocumentValues
    var decision: DocumentValues
    var submission: DocumentValues
    var report: DocumentValues
    var minutes: DocumentValues
    var summary: DocumentValues
    var scoresheet: DocumentValues
}

/// A *document*: number, symbol, date line, title, summary, signer, recipients.
struct DocumentValues: Encodable {
    var number: String?
    var type: String?
    var symbol: String?
    var numberLine: String
    var date: VietnameseDate
    var placeDate: String
    var title: String
    var summary: String
    var summaryClause: String
    var signer: SignerValues
    var recipients: [String]
    var legalBases: [String]
    var preparer: PreparerValues?
}

/// Who drew up a table (the "NGƯỜI LẬP BIỂU" signature).
struct PreparerValues: Encodable {
    var name: String
    var position: String
}

/// A *signer*: the signature block.
struct SignerValues: Encodable {
    /// The issuing authority the signature implies, upper case: the collective itself when it signs
    /// "TM." ("ỦY BAN NHÂN DÂN XÃ AN LÂM"), else its head ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN LÂM").
    var issuerUpper: String
    var prefixLine: String
    var hasPrefix: Bool
    var title: String
    var titleUpper: String
    var name: String
}

/// `council`: the Hội đồng (TT22) or the Tổ đánh giá (TT24).
struct CouncilValues: Encodable {
    var name: String
    var nameOfYear: String
    var shortName: String
    var members: [CouncilMemberValues]
    var count: Int
    var leader: LeaderValues?
    var tasks: [String]
}

/// A council member as the decision and the minutes name them.
struct CouncilMemberValues: Encodable {
    var index: Int
    var name: String
    var position: String
    var role: String
    var roleFull: String
    var honorific: String
    var addressed: String
}

/// `council.leader`: the chair's name and signature title.
struct LeaderValues: Encodable {
    var name: String
    var titleUpper: String
}

/// `meeting`: the council's meeting (M4 Biên bản, BB24).
struct MeetingValues: Encodable {
    var date: VietnameseDate
    var startTime: String
    var endTime: String
    var place: String
    var chair: PersonValues
    var secretary: PersonValues
    var attendees: [CouncilMemberValues]
    var presentCount: Int
    var absentCount: Int
    var absent: [AbsenceValues]
    var opinions: [String]
    var vote: VoteValues
    var conclusion: String?
    var conclusionText: String
}

/// The chair or the secretary: a council member, or someone the council does not list.
enum PersonValues: Encodable {
    case member(CouncilMemberValues)
    case outsider(OutsiderValues)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .member(let member): try member.encode(to: encoder)
        case .outsider(let outsider): try outsider.encode(to: encoder)
        }
    }
}

/// A person the council does not list: only a name (and the default honorific).
struct OutsiderValues: Encodable {
    var name: String
    var position: String
    var role: String
    var addressed: String
}

/// A council member absent from the meeting.
struct AbsenceValues: Encodable {
    var name: String
    var reason: String
    var addressed: String
}

/// `meeting.vote`.
struct VoteValues: Encodable {
    var agree: Int
    var disagree: Int
    var abstain: Int
    var total: Int
    var agreePercent: Decimal
    var text: String
}

/// A *member* (M5 row).
struct MemberValues: Encodable {
    var index: Int
    var name: String
    var position: String
    var selfStudyPlan: Bool
    var selfStudyPlanMark: String
    var discipline: Bool
    var disciplineMark: String
    var training: String
    var emulationTitle: String
    var learningCitizen: Bool
    var learningCitizenMark: String
    var result: String
    var notes: String
    var exempt: Bool
    /// One of the last rows, kept on the page of the total row and the signatures.
    var tail: Bool
}

/// A count and its share (a fraction 0–1).
struct ShareValues: Encodable {
    var count: Int
    var percent: Decimal
}

/// `member_stats`: the totals, and one share per member measure (named by `MemberMeasure`).
struct MemberStatsValues: Encodable {
    var total: Int
    var exempted: Int
    var selfAssessed: ShareValues
    /// The key to the title abbreviations the table prints ("CSTĐCS: Chiến sĩ thi đua cơ sở; …"), "" when none.
    var titleKey: String
    /// The rubric's criteria decided by a member ratio, in rubric order ("2.1, 2.2, 3.1"): the key says
    /// what the total row's percentages are the basis of.
    var ratioCriteria: String
    /// Keyed by `MemberMeasure.rawValue` (`self_study_plan`, `training_completed`, …).
    var measures: [String: ShareValues]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(total, forKey: Key("total"))
        try container.encode(exempted, forKey: Key("exempted"))
        try container.encode(selfAssessed, forKey: Key("self_assessed"))
        try container.encode(titleKey, forKey: Key("title_key"))
        try container.encode(ratioCriteria, forKey: Key("ratio_criteria"))
        for (name, share) in measures { try container.encode(share, forKey: Key(name)) }
    }
}

/// `score`: the evaluation (TT22 points and band, or TT24 targets and levels).
struct ScoreValues: Encodable {
    var groups: [GroupValues]
    var total: Decimal?
    var max: Decimal?
    var band: String?
    var bandUpper: String?
    var resultText: String
    var nextLetter: String
    var deductions: [DeductionValues]
    var levelTarget: Int?
    var levelReached: Int?
    var levelText: String?
    var metCount: Int?
    var targetCount: Int?
    var failed: [CriterionValues]
}

/// A criterion below its maximum (TT22).
struct DeductionValues: Encodable {
    var code: String
    var pointsLost: Decimal
    var reason: String
}

/// A *group* of criteria.
struct GroupValues: Encodable {
    var last: Bool
    var code: String
    var title: String
    var roman: String
    var index: Int
    var max: Decimal?
    var points: Decimal?
    var metCount: Int
    var targetCount: Int
    /// TT22: every deduction of the group in one clause ("tiêu chí 1c trừ 1 điểm, lý do: …"), "" when none.
    var deductionsClause: String
    var criteria: [CriterionValues]
}

/// A *criterion* (TT22) or *target* (TT24): the regime's own keys are present only under it.
struct CriterionValues: Encodable {
    var code: String
    var letter: String
    var text: String
    var ownText: String
    var details: [String]
    var shortText: String
    var ownShortText: String
    var evidence: String
    var evidenceList: [String]
    var reason: String
    var keptReason: String?
    var parts: [PartValues]
    var full: Bool
    var unconfirmed: Bool
    var max: Decimal?
    var points: Decimal?
    /// TT22 only.
    var pointsLost: Decimal?
    /// TT24 only.
    var target: TargetValues?

    private enum CodingKeys: String, CodingKey {
        case code, letter, text, ownText, details, shortText, ownShortText, evidence, evidenceList, reason, keptReason, parts, full,
            unconfirmed, max, points, pointsLost
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(letter, forKey: .letter)
        try container.encode(text, forKey: .text)
        try container.encode(ownText, forKey: .ownText)
        try container.encode(details, forKey: .details)
        try container.encode(shortText, forKey: .shortText)
        try container.encode(ownShortText, forKey: .ownShortText)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(evidenceList, forKey: .evidenceList)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(keptReason, forKey: .keptReason)
        try container.encode(parts, forKey: .parts)
        try container.encode(full, forKey: .full)
        try container.encode(unconfirmed, forKey: .unconfirmed)
        try container.encodeIfPresent(max, forKey: .max)
        try container.encodeIfPresent(points, forKey: .points)
        if let target {
            try target.encode(to: encoder)
        } else {
            try container.encodeIfPresent(pointsLost, forKey: .pointsLost)
        }
    }
}

/// The TT24 keys of a target.
struct TargetValues: Encodable {
    var met: Bool
    var metText: String
    var textBare: String
    var inLastGroup: Bool
    var note: String
}

/// A part of a criterion's points when the district splits them.
struct PartValues: Encodable {
    var text: String
    var max: Decimal
    var points: Decimal
}

/// `achievements`: the supporting figures of M3.
struct AchievementValues: Encodable {
    var cstdcs: Int
    var giayKhen: Int
    var bangKhen: Int
    var initiatives: Int
    var others: [String]
}

/// `narrative`: the report's texts.
struct NarrativeValues: Encodable {
    var direction: [String]
    var selfAssessment: [String]
    var process: [String]
    var strengths: [String]
    var weaknesses: [String]
    var proposals: [String]
    var nextYear: [String]
    var storedDocuments: [String]
    /// The sentence that introduces the stored documents when the process text does not already
    /// end with one (":"); "" when there is nothing to introduce.
    var storedDocumentsLead: String
    var training: [String]
}

/// `plan`: the contents of the unit's plan (KH).
struct PlanValues: Encodable {
    var purposes: [String]
    var requirements: [String]
    var scope: [String]
    var groups: [PlanGroupValues]
    /// Whether the data gives any measure (`plan.actions`): the heading names "BIỆN PHÁP THỰC HIỆN" only then.
    var hasActions: Bool
    var target: String
    var targets: [String]
    var actors: [PlanActorValues]
    var timeline: [PlanStepValues]
}

/// A group of criteria in the plan, with the actions planned for each.
struct PlanGroupValues: Encodable {
    var code: String
    var title: String
    var max: Decimal
    var criteria: [PlanCriterionValues]
}

/// A criterion in the plan.
struct PlanCriterionValues: Encodable {
    var letter: String
    var text: String
    var max: Decimal?
    var actions: [String]
}

/// Who does what in the plan.
struct PlanActorValues: Encodable {
    var index: Int
    var name: String
    var tasks: [String]
}

/// A step of the plan's timeline.
struct PlanStepValues: Encodable {
    var index: Int
    var time: String
    var task: String
    var owner: String
}

/// `dossier`: the cover's facts.
struct DossierValues: Encodable {
    var monthYear: String
    var placeMonthYear: String
    var contents: [ContentsEntryValues]
    /// What the Tờ trình says is attached: `contents` without the Tờ trình itself, numbered from 1.
    var attachments: [ContentsEntryValues]
}

/// A document bound after the cover.
struct ContentsEntryValues: Encodable {
    var index: Int
    var title: String
    var symbol: String
}

/// `levels` (TT24): the level applied for, the level reached and why.
struct LevelValues: Encodable {
    var applied: Int
    var appliedName: String
    var appliedMetCount: Int
    var appliedTargetCount: Int
    var reached: Int
    var reachedName: String
    var reachesApplied: Bool
    var summary: String
    /// "Đạt 9/10 chỉ tiêu Mức độ 2; đạt Mức độ 1": the count in words, as check prints it.
    var countLine: String
    var summaryInline: String
    /// The result without the time the lower level has been held (the forms that print `prior.full_sentence`).
    var summaryOfTargets: String
    var summaryOfTargetsInline: String
    /// Whether the dossier asks for the level reached to be recognised (reached, and no earlier
    /// recognition still holds it).
    var requests: Bool
    var misses: [String]
    var shortfalls: [ShortfallValues]
    var heldTooShortUntil: VietnameseDate?
    var fallback: FallbackValues?
    var kept: [KeptClaimValues]
    var prior: PriorValues?
    var citation: String
    var recognizerDiffers: Bool
    var selfName: String
}

/// A target of the level applied for that is missed, with its figures.
struct ShortfallValues: Encodable {
    var code: String
    var text: String
    var textBare: String
    var figures: String
    var line: String
}

/// The lower level evaluated from the same facts.
struct FallbackValues: Encodable {
    var level: Int
    var name: String
    var metCount: Int
    var targetCount: Int
    var reached: Bool
    var shortfalls: [ShortfallValues]
}

/// A claim the council keeps against the member list.
struct KeptClaimValues: Encodable {
    var code: String
    var textBare: String
    var reason: String
    /// The member list's figures that contradict the claim ("27/36 thành viên (75%), chưa đạt yêu cầu từ 80% trở lên").
    var figures: String
}

/// The earlier recognition.
struct PriorValues: Encodable {
    var level: Int
    var date: VietnameseDate
    var decision: String?
    /// The one sentence the report prints: "Năm 2024, nhà trường đã được công nhận đạt Mức độ 1 theo
    /// Quyết định số …".
    var sentence: String
    /// The Tờ trình's: the same, with ", có giá trị đến ngày 15/03/2027" while it holds, ending "; chưa đủ
    /// 12 tháng để xét Mức độ 2." when held too short for the level applied for.
    var sentenceWithWait: String
    /// Whether it covers the level reached and still holds on the submission's day: nothing is asked.
    var keeps: Bool
    /// The day it stops holding, when that is after the submission.
    var validUntil: VietnameseDate?
    /// The first day the next level can be considered.
    var nextLevelFrom: VietnameseDate?
    /// "tiếp tục giữ Mức độ 1 (còn giá trị đến ngày 15/03/2027; Mức độ 2 được xét từ ngày
    /// 15/03/2025)" when it `keeps`, else empty: the Tờ trình's closing goes on "và kính báo cáo …".
    var keepClause: String
    /// The report's and the minutes' one statement of it: "Năm 2024, nhà trường đã được công nhận đạt
    /// Mức độ 1 theo …, có giá trị đến ngày 15/03/2027; nhà trường tiếp tục giữ Mức độ 1, không đề
    /// nghị công nhận lại. Mức độ 2 được xét từ ngày 15/03/2025."
    var fullSentence: String
}
