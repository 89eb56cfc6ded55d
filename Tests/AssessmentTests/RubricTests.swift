import Testing

@testable import Assessment

@Suite struct RubricTests {
    @Test func builtInShapeIsConsistent() {
        #expect(Samples.tt22().problems().isEmpty)
        #expect(Samples.tt22().maximum == 100)
        #expect(Samples.tt24().problems().isEmpty)
    }

    @Test func findsEveryInconsistency() {
        var rubric = Samples.tt22()
        rubric.declaredTotal = 90
        rubric.groups[0].criteria[1].code = "1a"
        rubric.groups[1].criteria[3].threshold = MemberThreshold(measure: .ldttOrHigher, percent: 120)
        rubric.groups[2].criteria[2].scoring = .target
        rubric.bands = [
            Band(name: "Tốt", minimum: 80),
            Band(name: "Khá", minimum: 70, below: 85),
            Band(name: "Trung bình", minimum: 50, below: 60),
            Band(name: "Chưa đạt", minimum: 10, below: 50),
        ]
        #expect(
            rubric.problems() == [
                .duplicateCode("1a"),
                .thresholdOutOfRange(code: "2d", percent: 120),
                .maximumMismatch(code: "3c", regime: .tt22),
                .totalMismatch(declared: 90, actual: 95),
                .bandsDoNotStartAtZero(lowest: 10),
                .bandsGap(lower: "Trung bình", upper: "Khá"),
                .bandsOverlap(lower: "Khá", upper: "Tốt"),
            ])
    }

    @Test func tt24RubricNeedsALevelAndNoPoints() {
        var rubric = Samples.tt24()
        rubric.level = 3
        rubric.groups[0].criteria[0].scoring = .points(max: 10)
        rubric.bands = [Band(name: "Tốt", minimum: 0)]
        #expect(
            rubric.problems() == [
                .maximumMismatch(code: "1.1", regime: .tt24), .bandsMismatch(regime: .tt24), .invalidLevel(3),
            ])
    }

    @Test(arguments: [("85", "Tốt"), ("84.99", "Khá"), ("70", "Khá"), ("69.99", "Trung bình"), ("49.99", "Chưa đạt")])
    func bandLookup(total: String, name: String) {
        #expect(Samples.tt22().band(for: Points(parsing: total)!)?.name == name)
    }
}
