/// One unit's yearly self-assessment as a Learning Unit: everything the dossier is made from.
///
/// Built by `AssessmentInput` from a validated data file; every string is already NFC.
package struct Assessment: Sendable, Hashable {
    /// The unit.
    package var unit: AssessedUnit
    /// The assessed year (2023).
    package var year: Int
    /// The rubric, which also fixes the regime.
    package var rubric: Rubric
    /// The documents with their numbers, dates, signers and "Nơi nhận" lists.
    package var documents: DocumentSet
    /// "Kính gửi": the office that receives the dossier.
    package var recipient: String
    /// Who recognises the result (often the recipient).
    package var recognizer: String
    /// The common "Căn cứ" lines, without "Căn cứ " and without the final ";".
    package var legalBases: [String]
    /// The head of the unit (Hiệu trưởng), who signs the QĐ and M5.
    package var head: Signer
    /// The Hội đồng (TT22) or Tổ đánh giá (TT24).
    package var council: Council
    /// The council meeting.
    package var meeting: Meeting
    /// The members, in the order chosen by `memberOrder`.
    package var members: [Member]
    /// How `members` is ordered.
    package var memberOrder: MemberOrder
    /// The council's scores, one per criterion of the rubric, in rubric order.
    package var scores: [CriterionScore]
    /// Supporting figures for the report.
    package var achievements: Achievements
    /// The report's texts.
    package var narrative: Narrative
    /// The contents of the unit's plan (Kế hoạch).
    package var plan: UnitPlan
    /// TT24: the lower level's rubric, evaluated from the same facts when the level applied for is not
    /// reached (named by the rubric's `fallback`).
    package var fallbackRubric: Rubric?
    /// TT24: the earlier recognition at a lower level, when the data gives it.
    package var priorRecognition: PriorRecognition?

    /// An assessment.
    package init(
        unit: AssessedUnit, year: Int, rubric: Rubric, documents: DocumentSet, recipient: String, recognizer: String,
        legalBases: [String], head: Signer, council: Council, meeting: Meeting, members: [Member],
        memberOrder: MemberOrder, scores: [CriterionScore], achievements: Achievements, narrative: Narrative,
        plan: UnitPlan = UnitPlan(), fallbackRubric: Rubric? = nil, priorRecognition: PriorRecognition? = nil
    ) {
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
    package var regime: Regime { rubric.regime }

    /// The score given to `code`, if any.
    package func score(_ code: String) -> CriterionScore? {
        scores.first { $0.code == code }
    }

    /// Group totals, total, band or level — computed from the facts (`factualScores`).
    package var evaluation: Evaluation { Evaluation(rubric: rubric, scores: factualScores) }

    /// The scores the result is computed from: under TT24 a met claim the member list contradicts
    /// counts as not met (`Evaluation.facts`); under TT22 the scores as given.
    package var factualScores: [CriterionScore] {
        Evaluation.facts(scores, rubric: rubric, members: members)
    }

    /// Counts and shares over the member list.
    package var memberStatistics: MemberStatistics { MemberStatistics(members: members) }

    /// Scores claimed in full that the member list does not support.
    package var crossCheckFindings: [CrossCheckFinding] {
        CrossCheckFinding.findings(rubric: rubric, scores: scores, members: members)
    }
}
