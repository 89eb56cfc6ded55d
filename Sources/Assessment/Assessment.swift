/// One unit's yearly self-assessment as a Learning Unit: everything the dossier is made from.
///
/// Built by `AssessmentInput` from a validated data file; every string is already NFC.
public struct Assessment: Sendable, Hashable {
    /// The unit.
    public var unit: AssessedUnit
    /// The assessed year (2023).
    public var year: Int
    /// The rubric, which also fixes the regime.
    public var rubric: Rubric
    /// The documents with their numbers, dates, signers and "Nơi nhận" lists.
    public var documents: DocumentSet
    /// "Kính gửi": the office that receives the dossier.
    public var recipient: String
    /// Who recognises the result (often the recipient).
    public var recognizer: String
    /// The common "Căn cứ" lines, without "Căn cứ " and without the final ";".
    public var legalBases: [String]
    /// The head of the unit (Hiệu trưởng), who signs the QĐ and M5.
    public var head: Signer
    /// The Hội đồng (TT22) or Tổ đánh giá (TT24).
    public var council: Council
    /// The council meeting.
    public var meeting: Meeting
    /// The members, in the order chosen by `memberOrder`.
    public var members: [Member]
    /// How `members` is ordered.
    public var memberOrder: MemberOrder
    /// The council's scores, one per criterion of the rubric, in rubric order.
    public var scores: [CriterionScore]
    /// Supporting figures for the report.
    public var achievements: Achievements
    /// The report's texts.
    public var narrative: Narrative
    /// The contents of the unit's plan (Kế hoạch).
    public var plan: UnitPlan
    /// TT24: the lower level's rubric, evaluated from the same facts when the level applied for is not
    /// reached (named by the rubric's `fallback`).
    public var fallbackRubric: Rubric?
    /// TT24: the earlier recognition at a lower level, when the data gives it.
    public var priorRecognition: PriorRecognition?

    /// An assessment.
    public init(unit: AssessedUnit, year: Int, rubric: Rubric, documents: DocumentSet, recipient: String, recognizer: String,
                legalBases: [String], head: Signer, council: Council, meeting: Meeting, members: [Member],
                memberOrder: MemberOrder, scores: [CriterionScore], achievements: Achievements, narrative: Narrative,
                plan: UnitPlan = UnitPlan(), fallbackRubric: Rubric? = nil, priorRecognition: PriorRecognition? = nil) {
        self.unit = unit
        self.year = year
        self.rubric = rubric
        self.documents = documents
        self.recipient = recipient
        self.recognizer = recognizer
        self.legalBases = legalBases
        self.head = head
        self.council = council
        self.meeting = meeting
        self.members = members
        self.memberOrder = memberOrder
        self.scores = scores
        self.achievements = achievements
        self.narrative = narrative
        self.plan = plan
        self.fallbackRubric = fallbackRubric
        self.priorRecognition = priorRecognition
    }

    /// The regime of the rubric.
    public var regime: Regime { rubric.regime }

    /// The score given to `code`, if any.
    public func score(_ code: String) -> CriterionScore? {
        scores.first { $0.code == code }
    }

    /// Group totals, total, band or level — computed from the facts (`factualScores`).
    public var evaluation: Evaluation { Evaluation(rubric: rubric, scores: factualScores) }

    /// The scores the result is computed from: under TT24 a met claim the member list contradicts
    /// counts as not met (`Evaluation.facts`); under TT22 the scores as given.
    public var factualScores: [CriterionScore] {
        Evaluation.facts(scores, rubric: rubric, members: members)
    }

    /// Counts and shares over the member list.
    public var memberStatistics: MemberStatistics { MemberStatistics(members: members) }

    /// Scores claimed in full that the member list does not support.
    public var crossCheckFindings: [CrossCheckFinding] {
        CrossCheckFinding.findings(rubric: rubric, scores: scores, members: members)
    }
}
