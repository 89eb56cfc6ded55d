import Assessment
import Diagnostics
import Foundation
import Testing
@testable import AssessmentInput

@Suite struct FixtureTests {
    static let loader = AssessmentLoader(catalog: RubricCatalog(directories: [Paths.repository("Forms/rubrics")]))

    static func load(_ name: String) -> LoadResult {
        loader.load(path: Paths.repository("Fixtures/\(name)"), displayName: "Fixtures/\(name)")
    }

    @Test func anSonReproducesSeed004() throws {
        let result = Self.load("an-son-2023.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let assessment = try #require(result.assessment)
        let evaluation = assessment.evaluation
        #expect(evaluation.groups.map(\.points) == [30, 30, 35])
        #expect(evaluation.groups.map(\.maximum) == [30, 30, 40])
        #expect(evaluation.total == 95)
        #expect(evaluation.band?.name == "Tốt")
        #expect(evaluation.deductions == [Deduction(code: "3b", pointsLost: 5,
                                                    reason: "Tập thể chỉ đạt danh hiệu Lao động tiên tiến")])
        #expect(assessment.unit.parent == "UBND huyện Nam Sách")
        #expect(assessment.unit.symbol == "THAS")
        #expect(assessment.documents.report.symbol(unitSymbol: assessment.unit.symbol) == "12/BC-THAS")
        #expect(assessment.documents.report.date == CalendarDate(year: 2024, month: 1, day: 5))
        #expect(assessment.documents.report.recipients == ["Phòng GDĐT Nam Sách", "Lưu: VT."])
        #expect(assessment.documents.submission.recipients == ["Như trên", "Lưu: VT."])
        #expect(assessment.recipient == "Phòng Giáo dục và Đào tạo huyện Nam Sách")
        #expect(assessment.achievements == Achievements(cstdcs: 3, giayKhen: 6, initiatives: 6))
        #expect(assessment.members.count >= 25)
        #expect(assessment.memberStatistics.share(.ldttOrHigher) == MemberShare(count: 28, total: 28))
        #expect(assessment.memberStatistics.count(.cstdcs) == 3)
        #expect(assessment.crossCheckFindings.isEmpty)
        #expect(assessment.meeting.attendees(of: assessment.council).count == 7)
        #expect(assessment.narrative.proposals == ["Không"])
    }
}
