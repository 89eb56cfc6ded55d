import Testing

@testable import Assessment

@Suite struct EvaluationTests {
    @Test func anSonReproducesSeed004() {
        let rubric = Samples.tt22()
        var scores = Samples.fullScores(rubric, ["3b": .points(5)])
        scores[scores.firstIndex { $0.code == "3b" }!].reason = "tập thể chỉ đạt danh hiệu Lao động tiên tiến"
        let evaluation = Evaluation(rubric: rubric, scores: scores)
        #expect(evaluation.groups.map(\.points) == [30, 30, 35])
        #expect(evaluation.groups.map(\.maximum) == [30, 30, 40])
        #expect(evaluation.groups.map(\.roman) == ["I", "II", "III"])
        #expect(evaluation.total == 95)
        #expect(evaluation.maximum == 100)
        #expect(evaluation.band?.name == "Tốt")
        #expect(
            evaluation.deductions == [
                Deduction(
                    code: "3b", pointsLost: 5,
                    reason: "tập thể chỉ đạt danh hiệu Lao động tiên tiến")
            ])
        #expect(evaluation.levelReached == nil)
        #expect(evaluation.outcome == .band(total: 95, maximum: 100, band: Band(name: "Tốt", minimum: 85)))
    }

    /// Totals at the band boundaries: everything full except 3a, which absorbs the difference.
    @Test(arguments: [
        ("100", "Tốt"), ("85", "Tốt"), ("84.99", "Khá"), ("70", "Khá"), ("69.5", "Trung bình"),
        ("50", "Trung bình"), ("49.5", "Chưa đạt"), ("75", "Khá"), ("0", "Chưa đạt"),
    ])
    func bandAtBoundary(total: String, band: String) {
        let rubric = Samples.tt22()
        let target = Points(parsing: total)!
        // 3a carries up to 25 points; lower totals also empty group 1.
        var changes: [String: ScoreValue] = [:]
        var missing = Points(100) - target
        for code in ["3a", "1a", "1b", "1c", "2a", "2c", "3b", "2b", "2d", "3c"] where missing > .zero {
            guard case .points(let maximum)? = rubric.criterion(code)?.scoring else {
                Issue.record("\(code) is not scored in points")
                continue
            }
            let lost = min(maximum, missing)
            changes[code] = .points(maximum - lost)
            missing = missing - lost
        }
        let evaluation = Evaluation(rubric: rubric, scores: Samples.fullScores(rubric, changes))
        #expect(evaluation.total == target)
        #expect(evaluation.band?.name == band)
    }

    @Test func halfPointsAddUp() {
        let rubric = Samples.tt22()
        let evaluation = Evaluation(
            rubric: rubric,
            scores: Samples.fullScores(
                rubric,
                [
                    "1a": .points(Points(parsing: "8.5")!), "1b": .points(9),
                ]))
        #expect(evaluation.groups[0].points == Points(parsing: "27.5")!)
        #expect(evaluation.total == Points(parsing: "97.5")!)
        #expect(evaluation.deductions.map(\.pointsLost) == [Points(parsing: "1.5")!, 1])
    }

    @Test func missingScoreCountsAsZero() {
        let rubric = Samples.tt22()
        let scores = Samples.fullScores(rubric).filter { $0.code != "3a" }
        #expect(Evaluation(rubric: rubric, scores: scores).total == 75)
    }

    @Test(arguments: [
        (1, [String](), 1, "Mức độ 1"),
        (1, ["1.2"], 0, "Chưa đạt"),
        (2, [String](), 2, "Mức độ 2"),
        (2, ["1.1", "2.1"], 0, "Chưa đạt Mức độ 2"),
    ])
    func tt24Levels(level: Int, failing: [String], reached: Int, text: String) {
        let rubric = Samples.tt24(level: level)
        let changes = Dictionary(uniqueKeysWithValues: failing.map { ($0, ScoreValue.met(false)) })
        let evaluation = Evaluation(rubric: rubric, scores: Samples.fullScores(rubric, changes))
        #expect(evaluation.levelTarget == level)
        #expect(evaluation.levelReached == reached)
        #expect(evaluation.outcome == .level(applied: level, reached: reached))
        #expect(evaluation.resultText == text)
        #expect(evaluation.failed.map(\.criterion.code) == failing)
        #expect(evaluation.metCount == 3 - failing.count)
        #expect(evaluation.targetCount == 3)
        #expect(evaluation.total == nil)
        #expect(evaluation.band == nil)
    }
}
