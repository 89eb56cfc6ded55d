@testable import Assessment

/// Small rubrics and members built in code, so the scoring tests do not depend on the data files.
enum Samples {
    static func tt22(twoD: Int = 100) -> Rubric {
        Rubric(
            id: "tt22", name: "Thông tư 22/2020/TT-BGDĐT", regime: .tt22, declaredTotal: 100,
            groups: [
                RubricGroup(
                    code: "1", title: "Điều kiện",
                    criteria: [
                        Criterion(code: "1a", label: "a", text: "Kế hoạch", scoring: .points(max: 10)),
                        Criterion(code: "1b", label: "b", text: "Quy định", scoring: .points(max: 10)),
                        Criterion(code: "1c", label: "c", text: "Nguồn lực", scoring: .points(max: 10)),
                    ]),
                RubricGroup(
                    code: "2", title: "Kết quả học tập",
                    criteria: [
                        Criterion(
                            code: "2a", label: "a", text: "Kế hoạch tự học", scoring: .points(max: 10),
                            threshold: MemberThreshold(measure: .selfStudyPlan, percent: 100)),
                        Criterion(
                            code: "2b", label: "b", text: "Kỷ luật", scoring: .points(max: 5),
                            threshold: MemberThreshold(measure: .discipline, percent: 100)),
                        Criterion(
                            code: "2c", label: "c", text: "Bồi dưỡng", scoring: .points(max: 10),
                            threshold: MemberThreshold(measure: .trainingCompleted, percent: 100)),
                        Criterion(
                            code: "2d", label: "d", text: "LĐTT", scoring: .points(max: 5),
                            threshold: MemberThreshold(measure: .ldttOrHigher, percent: twoD)),
                    ]),
                RubricGroup(
                    code: "3", title: "Hiệu quả",
                    criteria: [
                        Criterion(
                            code: "3a", label: "a", text: "Công dân học tập", scoring: .points(max: 25),
                            threshold: MemberThreshold(measure: .learningCitizen, percent: 100)),
                        Criterion(code: "3b", label: "b", text: "Tập thể LĐTT", scoring: .points(max: 10)),
                        Criterion(code: "3c", label: "c", text: "Chia sẻ", scoring: .points(max: 5)),
                    ]),
            ],
            bands: [
                Band(name: "Tốt", minimum: 85),
                Band(name: "Khá", minimum: 70, below: 85),
                Band(name: "Trung bình", minimum: 50, below: 70),
                Band(name: "Chưa đạt", minimum: 0, below: 50),
            ])
    }

    static func tt24(level: Int = 1) -> Rubric {
        Rubric(
            id: "tt24-muc\(level)", name: "Thông tư 24/2023/TT-BGDĐT", regime: .tt24, level: level,
            groups: [
                RubricGroup(
                    code: "1", title: "Điều kiện",
                    criteria: [
                        Criterion(code: "1.1", label: "1.1", text: "Kế hoạch", scoring: .target),
                        Criterion(code: "1.2", label: "1.2", text: "Quy định", scoring: .target),
                    ]),
                RubricGroup(
                    code: "2", title: "Kết quả",
                    criteria: [
                        Criterion(
                            code: "2.1", label: "2.1", text: "Kỷ luật", scoring: .target,
                            threshold: MemberThreshold(measure: .discipline, percent: level == 1 ? 90 : 95))
                    ]),
            ])
    }

    /// Full marks everywhere, then `changes` applied.
    static func fullScores(_ rubric: Rubric, _ changes: [String: ScoreValue] = [:]) -> [CriterionScore] {
        rubric.criteria.map { criterion in
            let value =
                changes[criterion.code]
                ?? { if case .points(let max) = criterion.scoring { .points(max) } else { .met(true) } }()
            return CriterionScore(code: criterion.code, value: value)
        }
    }

    static func member(
        _ name: String, title: EmulationTitle = .ldtt, discipline: Bool = true,
        training: TrainingResult = .hoanThanh
    ) -> Member {
        Member(
            name: name, position: "Giáo viên", selfStudyPlan: true, discipline: discipline, training: training,
            emulationTitle: title, learningCitizen: true)
    }
}
