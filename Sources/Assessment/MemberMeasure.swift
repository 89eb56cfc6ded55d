/// A per-member fact counted over the member list; criteria 2a–2d and 3a set thresholds on them.
package enum MemberMeasure: String, Sendable, Hashable, CaseIterable {
    /// Approved self-study plan.
    case selfStudyPlan = "self_study_plan"
    /// Keeps labour discipline.
    case discipline
    /// Finished the compulsory training.
    case trainingCompleted = "training_completed"
    /// Holds "Lao động tiên tiến" or higher.
    case ldttOrHigher = "ldtt_or_higher"
    /// Meets the learning-citizen qualities (TT22) or holds the title (TT24).
    case learningCitizen = "learning_citizen"
    /// Personal learning result passed (plan, discipline, training and learning citizen met; the
    /// emulation title is not a learning result).
    case resultPassed = "result_passed"

    /// Whether `member` meets this measure.
    package func isMet(by member: Member) -> Bool {
        switch self {
        case .selfStudyPlan: member.selfStudyPlan
        case .discipline: member.discipline
        case .trainingCompleted: member.training.isCompleted
        case .ldttOrHigher: member.emulationTitle.isLdttOrHigher
        case .learningCitizen: member.learningCitizen
        case .resultPassed: member.passesLearning
        }
    }

    /// A short Vietnamese label for reports: "có kế hoạch tự học được phê duyệt".
    package var label: String {
        switch self {
        case .selfStudyPlan: "có kế hoạch tự học được phê duyệt"
        case .discipline: "tuân thủ kỷ luật lao động"
        case .trainingCompleted: "hoàn thành bồi dưỡng bắt buộc"
        case .ldttOrHigher: "đạt Lao động tiên tiến trở lên"
        case .learningCitizen: "đạt Công dân học tập"
        case .resultPassed: "đạt đủ kế hoạch tự học, kỷ luật, bồi dưỡng và công dân học tập"
        }
    }

    /// A short English label for reports.
    package var englishLabel: String {
        switch self {
        case .selfStudyPlan: "approved self-study plan"
        case .discipline: "keeps labour discipline"
        case .trainingCompleted: "finished compulsory training"
        case .ldttOrHigher: "LĐTT or higher"
        case .learningCitizen: "learning citizen"
        case .resultPassed: "meets self-study plan, discipline, training and learning citizen"
        }
    }
}
