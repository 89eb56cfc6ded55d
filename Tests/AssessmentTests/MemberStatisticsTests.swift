import Testing

@testable import Assessment

@Suite struct MemberStatisticsTests {
    @Test(arguments: [
        (3, 3, 10_000, "100"), (2, 3, 6667, "66,67"), (1, 3, 3333, "33,33"), (27, 28, 9643, "96,43"),
        (7, 10, 7000, "70"), (0, 5, 0, "0"), (0, 0, 0, "0"),
    ])
    func percentages(count: Int, total: Int, hundredths: Int, text: String) {
        let share = MemberShare(count: count, total: total)
        #expect(share.percentHundredths == hundredths)
        #expect(share.percentText == text)
    }

    @Test(arguments: [
        (100, 28, 28, true), (100, 27, 28, false), (70, 7, 10, true), (70, 69, 100, false),
        (90, 26, 28, true), (95, 26, 28, false), (90, 0, 0, false),
    ])
    func thresholds(percent: Int, count: Int, total: Int, reached: Bool) {
        #expect(MemberThreshold(measure: .ldttOrHigher, percent: percent).isReached(count: count, of: total) == reached)
    }

    @Test func countsEachMeasure() {
        let members = [
            Samples.member("Nguyễn Thị Lan", title: .cstdcs),
            Samples.member("Trần Văn Bình", title: .htnv),
            Samples.member("Lê Thị Hoa", title: .none, discipline: false, training: .chuaHoanThanh),
            Samples.member("Phạm Thu Hà", title: .ldtt, training: .hoanThanhTot),
        ]
        let statistics = MemberStatistics(members: members)
        #expect(statistics.total == 4)
        #expect(statistics.share(.ldttOrHigher) == MemberShare(count: 2, total: 4))
        #expect(statistics.share(.discipline).count == 3)
        #expect(statistics.share(.trainingCompleted).count == 3)
        // Trần Văn Bình's only shortfall is the title, which is not a learning result.
        #expect(statistics.share(.resultPassed).count == 3)
        #expect(statistics.lacking(.ldttOrHigher).map(\.name) == ["Trần Văn Bình", "Lê Thị Hoa"])
        #expect(statistics.count(.cstdcs) == 1)
    }

    @Test func crossCheckNamesMembersWithoutLdtt() {
        let rubric = Samples.tt22()
        let members = [Samples.member("Nguyễn Thị Lan"), Samples.member("Trần Văn Bình", title: .htnv)]
        let findings = CrossCheckFinding.findings(rubric: rubric, scores: Samples.fullScores(rubric), members: members)
        #expect(findings.map(\.code) == ["2d"])
        #expect(findings.first?.lacking == ["Trần Văn Bình"])
        #expect(findings.first?.share == MemberShare(count: 1, total: 2))
    }

    @Test func crossCheckAcceptsADeductionOrALowerThreshold() {
        let members = (1...10).map { Samples.member("Thành viên \($0)", title: $0 <= 7 ? .ldtt : .htnv) }
        let strict = Samples.tt22()
        #expect(
            CrossCheckFinding.findings(
                rubric: strict, scores: Samples.fullScores(strict, ["2d": .points(0)]),
                members: members
            ).isEmpty)
        let hanoi = Samples.tt22(twoD: 70)
        #expect(CrossCheckFinding.findings(rubric: hanoi, scores: Samples.fullScores(hanoi), members: members).isEmpty)
    }

    @Test func crossCheckOnTT24Targets() {
        let rubric = Samples.tt24(level: 2)
        let members = (1...20).map { Samples.member("Thành viên \($0)", discipline: $0 > 2) }
        let findings = CrossCheckFinding.findings(rubric: rubric, scores: Samples.fullScores(rubric), members: members)
        #expect(findings.map(\.code) == ["2.1"])
        #expect(findings.first?.lacking == ["Thành viên 1", "Thành viên 2"])
    }
}
