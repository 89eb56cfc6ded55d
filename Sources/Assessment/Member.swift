/// One member of the unit (thành viên) with the per-member facts of M5.
package struct Member: Sendable, Hashable {
    /// Full name: "Nguyễn Thị Lan".
    package var name: String
    /// Position: "Giáo viên".
    package var position: String
    /// Has a self-study plan approved by the leadership (criterion 2a).
    package var selfStudyPlan: Bool
    /// Keeps labour discipline (criterion 2b).
    package var discipline: Bool
    /// Result of the compulsory training (criterion 2c).
    package var training: TrainingResult
    /// Emulation title of the year (criterion 2d).
    package var emulationTitle: EmulationTitle
    /// TT22: meets the qualities of a "Công dân học tập"; TT24: holds that title (criterion 3a).
    package var learningCitizen: Bool
    /// Personal result as printed ("Đạt"); nil lets the printer derive it from `passes`.
    package var result: String?
    /// Notes (ghi chú), when any.
    package var notes: String?
    /// Took part in the members' self-assessment (tự đánh giá).
    package var selfAssessed: Bool
    /// Why the member is not rated this year (maternity leave, newly transferred): such a member is
    /// never marked "Chưa đạt" and the reason is printed.
    package var exemption: String?

    /// A member.
    package init(
        name: String, position: String, selfStudyPlan: Bool, discipline: Bool, training: TrainingResult,
        emulationTitle: EmulationTitle, learningCitizen: Bool, result: String? = nil, notes: String? = nil,
        selfAssessed: Bool = true, exemption: String? = nil
    ) {
        self.name = name
        self.position = position
        self.selfStudyPlan = selfStudyPlan
        self.discipline = discipline
        self.training = training
        self.emulationTitle = emulationTitle
        self.learningCitizen = learningCitizen
        self.result = result
        self.notes = notes
        self.selfAssessed = selfAssessed
        self.exemption = exemption
    }

    /// Whether the member meets every individual requirement (plan, discipline, training, LĐTT or higher,
    /// learning citizen).
    package var passes: Bool {
        MemberMeasure.allCases.filter { $0 != .resultPassed }.allSatisfy { $0.isMet(by: self) }
    }

    /// The personal learning result of M5: every learning requirement met (plan, discipline,
    /// training, learning citizen). The emulation title is not a learning result, so a member whose
    /// only shortfall is the title still passes.
    package var passesLearning: Bool {
        [MemberMeasure.selfStudyPlan, .discipline, .trainingCompleted, .learningCitizen].allSatisfy { $0.isMet(by: self) }
    }
}
