import Testing
import VietnameseText

@testable import Assessment

/// The highest level reached: level 2 applied for, level 1 from the same facts.
@Suite struct LevelOutcomeTests {
    /// Level 2 (Mức độ 2) falls back to level 1; 2.1 is decided by the share of members at "LĐTT" or
    /// higher (80% at level 2, 70% at level 1), as 2.3 of the shipped rubrics.
    static func rubric(level: Int) -> Rubric {
        Rubric(
            id: "muc\(level)", name: "Thông tư 24/2023/TT-BGDĐT, Mức độ \(level)", regime: .tt24, level: level,
            groups: [
                RubricGroup(
                    code: "1", title: "Điều kiện",
                    criteria: [
                        Criterion(code: "1.1", label: "1.1", text: "Đơn vị có kế hoạch học tập.", scoring: .target)
                    ]),
                RubricGroup(
                    code: "2", title: "Kết quả",
                    criteria: [
                        Criterion(
                            code: "2.1", label: "2.1", text: "Từ \(level == 2 ? 80 : 70)% thành viên trở lên đạt “Lao động tiên tiến” trở lên.",
                            scoring: .target, threshold: MemberThreshold(measure: .ldttOrHigher, percent: level == 2 ? 80 : 70))
                    ]),
            ]
                + (level == 2
                    ? [
                        RubricGroup(
                            code: "3", title: "Hiệu quả",
                            criteria: [
                                Criterion(code: "3.3", label: "3.3", text: "Đơn vị chia sẻ tri thức.", scoring: .target)
                            ])
                    ] : []),
            fallback: level == 2 ? "muc1" : nil, priorLevelMonths: level == 2 ? 12 : nil)
    }

    /// `total` members, `ldtt` of them at "Lao động tiên tiến".
    static func members(_ ldtt: Int, of total: Int) -> [Member] {
        (0..<total).map { index in
            Member(
                name: "Thành viên \(index + 1)", position: "Giáo viên", selfStudyPlan: true, discipline: true,
                training: .hoanThanh, emulationTitle: index < ldtt ? .ldtt : .htnv, learningCitizen: true)
        }
    }

    static let submitted = VietnameseDate(year: 2025, month: 1, day: 8)!
    static let heldLongEnough = PriorRecognition(level: 1, date: VietnameseDate(year: 2023, month: 2, day: 15)!)

    static func outcome(_ scores: [CriterionScore], ldtt: Int = 27, prior: PriorRecognition? = heldLongEnough) -> LevelOutcome {
        LevelOutcome(
            rubric: rubric(level: 2), fallbackRubric: rubric(level: 1), scores: scores,
            members: members(ldtt, of: 36), priorRecognition: prior, submittedOn: submitted)
    }

    static func scores(_ changes: [String: CriterionScore] = [:], measured ldtt: Int = 27) -> [CriterionScore] {
        let share = MemberShare(count: ldtt, total: 36)
        let measured = MemberThreshold(measure: .ldttOrHigher, percent: 80).isReached(count: share.count, of: share.total)
        return ["1.1", "2.1", "3.3"].map { code in
            changes[code] ?? CriterionScore(code: code, value: .met(code == "2.1" ? measured : true))
        }
    }

    @Test func aLevelTwoUnitShortOfOneTargetReachesLevelOne() {
        let outcome = Self.outcome(Self.scores())
        #expect(outcome.applied.metCount == 2)
        #expect(outcome.applied.targetCount == 3)
        #expect(outcome.fallback?.metCount == 2)
        #expect(outcome.fallback?.targetCount == 2)
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.reachedName == "Mức độ 1")
        #expect(!outcome.reachesAppliedLevel)
        #expect(outcome.appliedShortfalls.map(\.figures) == ["27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu"])
        #expect(outcome.summary == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.1: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu)")
    }

    /// Rubrics that say how long a recognition holds (3 years) and when level 2 can follow level 1.
    static func outcomeWithValidity(
        ldtt: Int = 27, prior: PriorRecognition?, applying level: Int = 2, submittedOn: VietnameseDate = submitted
    ) -> LevelOutcome {
        var higher = rubric(level: 2)
        higher.recognitionYears = 3
        var lower = rubric(level: 1)
        lower.recognitionYears = 3
        lower.nextLevelMonths = 12
        return LevelOutcome(
            rubric: level == 2 ? higher : lower, fallbackRubric: level == 2 ? lower : nil,
            scores: level == 2 ? scores(measured: ldtt) : scores(measured: ldtt).filter { $0.code != "3.3" },
            members: members(ldtt, of: 36), priorRecognition: prior, submittedOn: submittedOn)
    }

    static let recentLevelOne = PriorRecognition(level: 1, date: VietnameseDate(year: 2024, month: 3, day: 15)!)

    /// Level 1 held since 15/03/2024 (3 years: until 15/03/2027), level 2 applied for too early and
    /// short of 2.1: level 1 is reached and already held, so nothing is requested; level 2 from 15/03/2025.
    @Test func aLevelStillHeldIsNotRequestedAgain() {
        let outcome = Self.outcomeWithValidity(prior: Self.recentLevelOne)
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.priorValidUntil == VietnameseDate(year: 2027, month: 3, day: 15))
        #expect(outcome.keepsPriorLevel)
        #expect(!outcome.requestsRecognition)
        #expect(outcome.nextLevel == 2)
        #expect(outcome.nextLevelFrom == VietnameseDate(year: 2025, month: 3, day: 15))
        #expect(
            outcome.summary
                == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.1: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu; "
                + "chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)")
        #expect(
            outcome.summaryOfTargets
                == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.1: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu)")
    }

    /// Every level-2 target met but level 1 held too short: without the wait nothing of level 2 is missed.
    @Test func onlyTheTimeHeldKeepsLevelTwoAway() {
        let outcome = Self.outcomeWithValidity(ldtt: 30, prior: Self.recentLevelOne)
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.keepsPriorLevel)
        #expect(outcome.summaryOfTargets == "Đạt Mức độ 1; chưa xét Mức độ 2")
    }

    /// A recognition 3 years old or more no longer holds: the level reached is requested again.
    @Test func anExpiredRecognitionIsRequestedAgain() {
        let old = PriorRecognition(level: 1, date: VietnameseDate(year: 2022, month: 1, day: 8)!)
        let outcome = Self.outcomeWithValidity(prior: old)
        #expect(outcome.priorValidUntil == VietnameseDate(year: 2025, month: 1, day: 8))
        #expect(!outcome.keepsPriorLevel)
        #expect(outcome.requestsRecognition)
    }

    /// A level-1 unit holding level 1 assesses itself against level 1: nothing is requested, and the
    /// level-1 rubric's `next_level_months` says when level 2 can be considered.
    @Test func aLevelOneUnitHoldingLevelOneIsToldWhenLevelTwoCanFollow() {
        let outcome = Self.outcomeWithValidity(ldtt: 30, prior: Self.recentLevelOne, applying: 1)
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.keepsPriorLevel)
        #expect(outcome.nextLevel == 2)
        #expect(outcome.nextLevelFrom == VietnameseDate(year: 2025, month: 3, day: 15))
    }

    /// Level 2 reached after level 1 held long enough: level 2 is requested (the prior covers a lower level).
    @Test func aHigherLevelThanTheOneHeldIsRequested() {
        let outcome = Self.outcomeWithValidity(ldtt: 30, prior: Self.heldLongEnough)
        #expect(outcome.reachedLevel == 2)
        #expect(!outcome.keepsPriorLevel)
        #expect(outcome.requestsRecognition)
    }

    @Test func aLevelTwoUnitMeetingEveryTargetReachesLevelTwo() {
        let outcome = Self.outcome(Self.scores(measured: 29), ldtt: 29)
        #expect(outcome.reachedLevel == 2)
        #expect(outcome.fallback == nil)
        #expect(outcome.summary == "Đạt Mức độ 2")
        #expect(outcome.countLine == "Đạt 3/3 chỉ tiêu Mức độ 2")
    }

    @Test func aUnitShortOfBothLevelsNamesBoth() {
        let outcome = Self.outcome(
            Self.scores(
                ["1.1": CriterionScore(code: "1.1", value: .met(false), reason: "Chưa có kế hoạch")],
                measured: 20), ldtt: 20)
        #expect(outcome.reachedLevel == 0)
        #expect(
            outcome.summary
                == "Chưa đạt Mức độ 2 (chỉ tiêu 1.1: Chưa có kế hoạch; chỉ tiêu 2.1: 20/36 thành viên, tỉ lệ 55,56%, chưa đạt mức 80% theo yêu cầu); "
                + "chưa đạt Mức độ 1 (chỉ tiêu 1.1: Chưa có kế hoạch; chỉ tiêu 2.1: 20/36 thành viên, tỉ lệ 55,56%, chưa đạt mức 70% theo yêu cầu)")
    }

    /// The council said "not met" although the figures reach even level 2's threshold: its reason is not
    /// the figures, so level 1 does not overturn it.
    @Test func aNotMetWhoseReasonIsNotTheFiguresStaysNotMetAtTheLowerLevel() {
        let outcome = Self.outcome(
            Self.scores(
                ["2.1": CriterionScore(code: "2.1", value: .met(false), reason: "Hồ sơ thi đua chưa được duyệt")],
                measured: 30), ldtt: 30)
        #expect(outcome.reachedLevel == 0)
        #expect(outcome.appliedShortfalls.map(\.figures) == ["Hồ sơ thi đua chưa được duyệt"])
        #expect(outcome.fallbackShortfalls.map(\.line) == ["chỉ tiêu 2.1: Hồ sơ thi đua chưa được duyệt"])
    }

    /// A met claim the member list contradicts never decides the level, kept reason or not: the
    /// target counts as not met, measured at each level; the claim and its reason stay on the score.
    @Test func aKeptClaimDoesNotDecideTheLevel() {
        let kept = CriterionScore(code: "2.1", value: .met(true), keptReason: "3 giáo viên mới chuyển đến chưa được xét danh hiệu")
        let outcome = Self.outcome(Self.scores(["2.1": kept]))
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.summary == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.1: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu)")
        #expect(outcome.countLine == "Đạt 2/3 chỉ tiêu Mức độ 2; đạt Mức độ 1")
        let claim = outcome.applied.criteria.first { $0.criterion.code == "2.1" }?.score
        #expect(claim?.met == false)
        #expect(claim?.contradictedClaim == true)
        #expect(claim?.keptReason == "3 giáo viên mới chuyển đến chưa được xét danh hiệu")

        let short = Self.outcome(Self.scores(["2.1": kept]), ldtt: 20)
        #expect(short.reachedLevel == 0)
        #expect(
            short.summary
                == "Chưa đạt Mức độ 2 (chỉ tiêu 2.1: 20/36 thành viên, tỉ lệ 55,56%, chưa đạt mức 80% theo yêu cầu); chưa đạt Mức độ 1 (chỉ tiêu 2.1: 20/36 thành viên, tỉ lệ 55,56%, chưa đạt mức 70% theo yêu cầu)"
        )
        #expect(short.countLine == "Đạt 2/3 chỉ tiêu Mức độ 2; chưa đạt Mức độ 1")
    }

    /// A claim the member list supports is left as it is.
    @Test func factsKeepAClaimTheMemberListSupports() {
        let claims = [CriterionScore(code: "2.1", value: .met(true))]
        #expect(Evaluation.facts(claims, rubric: Self.rubric(level: 2), members: Self.members(30, of: 36)) == claims)
        #expect(Evaluation.facts(claims, rubric: Self.rubric(level: 2), members: Self.members(28, of: 36)).first?.met == false)
    }

    @Test func levelOneTooRecentlyHeldCapsTheLevelReached() {
        let recent = PriorRecognition(level: 1, date: VietnameseDate(year: 2024, month: 6, day: 20)!)
        let outcome = Self.outcome(Self.scores(measured: 30), ldtt: 30, prior: recent)
        #expect(outcome.applied.failed.isEmpty)
        #expect(outcome.heldTooShortUntil == VietnameseDate(year: 2025, month: 6, day: 20))
        #expect(outcome.reachedLevel == 1)
        #expect(outcome.summary == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 20/06/2025)")
    }

    @Test func withoutAFallbackALevelTwoShortfallReachesNothing() {
        let outcome = LevelOutcome(
            rubric: Self.rubric(level: 2), fallbackRubric: nil, scores: Self.scores(),
            members: Self.members(27, of: 36), priorRecognition: nil, submittedOn: Self.submitted)
        #expect(outcome.reachedLevel == 0)
        #expect(outcome.summary == "Chưa đạt Mức độ 2 (chỉ tiêu 2.1: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu)")
    }

    @Test(arguments: [
        ((2023, 2, 15), (2024, 2, 15), true),
        ((2023, 2, 15), (2024, 2, 14), false),
        ((2024, 1, 31), (2025, 1, 31), true),
        ((2023, 3, 31), (2024, 3, 30), false),
        ((2024, 2, 29), (2025, 2, 28), true),
        ((2024, 2, 29), (2025, 2, 27), false),
    ])
    func twelveMonthsHeld(_ recognised: (Int, Int, Int), _ day: (Int, Int, Int), _ held: Bool) {
        let prior = PriorRecognition(level: 1, date: VietnameseDate(year: recognised.0, month: recognised.1, day: recognised.2)!)
        #expect(prior.isHeld(months: 12, on: VietnameseDate(year: day.0, month: day.1, day: day.2)!) == held)
    }
}
