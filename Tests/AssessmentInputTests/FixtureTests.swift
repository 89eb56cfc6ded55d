import Assessment
import Diagnostics
import Foundation
import Testing
import VietnameseText

@testable import AssessmentInput

@Suite struct FixtureTests {
    static let loader = AssessmentLoader(catalog: RubricCatalog(directories: [Paths.repository("Forms/rubrics")]))

    static func load(_ name: String) -> LoadResult {
        loader.load(path: Paths.repository("Fixtures/\(name)"), displayName: "Fixtures/\(name)")
    }

    /// The bench's 60-member dossier is data like any fixture: a rule that starts refusing it must be
    /// seen here, not as a bench line that quietly says n/a.
    @Test func theBenchDossierIsValidData() throws {
        let result = Self.load("bench/dossier-60.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        let assessment = try #require(result.assessment)
        #expect(assessment.members.count == 60)
        #expect(assessment.evaluation.total == 95)
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
        #expect(
            evaluation.deductions == [
                Deduction(
                    code: "3b", pointsLost: 5,
                    reason: "Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc")
            ])
        #expect(assessment.score("3b")?.parts.map(\.points) == [5, 0])
        #expect(assessment.unit.parent == "UBND huyện Nam Sách")
        #expect(assessment.unit.symbol == "THAS")
        #expect(assessment.documents.report.symbol(unitSymbol: assessment.unit.symbol) == "12/BC-THAS")
        #expect(assessment.documents.report.date == VietnameseDate(year: 2024, month: 1, day: 5))
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

    @Test func bienGiangUsesTheHanoiRubric() throws {
        let result = Self.load("bien-giang-2022.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let assessment = try #require(result.assessment)
        #expect(assessment.rubric.id == "tt22-hanoi")
        #expect(assessment.rubric.criterion("2d")?.threshold == MemberThreshold(measure: .ldttOrHigher, percent: 70))
        #expect(assessment.unit.parent == "UBND quận Hà Đông")
        #expect(assessment.head.name == "Hoàng Hồng Nam")
        #expect(assessment.documents.plan.symbol(unitSymbol: assessment.unit.symbol) == "178/KH-THCSBG")
        #expect(assessment.documents.plan.date == VietnameseDate(year: 2022, month: 10, day: 13))
        #expect(assessment.documents.submission.signer.prefixLine == "KT. Hiệu trưởng")
        #expect(assessment.documents.minutes.date == assessment.meeting.date)
        #expect(assessment.members.count == 30)
        // As the school lists its staff: the leadership first.
        #expect(assessment.memberOrder == .asGiven)
        #expect(assessment.members.prefix(2).map(\.name) == ["Hoàng Hồng Nam", "Nguyễn Thị Minh Thu"])
        // Asked to sort by name: given names first, tone marks only break ties ("Anh" before "Ánh").
        let text = try String(contentsOfFile: Paths.repository("Fixtures/bien-giang-2022.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "member_order: as_given", with: "member_order: by_name")
        let sorted = try #require(Self.loader.parse(text: text, file: "bg.yaml").assessment)
        #expect(sorted.members.prefix(2).map(\.name) == ["Trịnh Thị Lan Anh", "Lưu Thị Ánh"])
        #expect(assessment.score("1a")?.parts.map(\.points) == [5, 5])
        let evaluation = assessment.evaluation
        #expect(evaluation.total == 98)
        #expect(evaluation.band?.name == "Tốt")
        #expect(evaluation.deductions.map(\.code) == ["1c", "3c"])
    }

    @Test func bienGiangUnderTheStrictRubricIsAnErrorNamingTheMembers() throws {
        let path = Paths.repository("Fixtures/bien-giang-2022.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "rubric: tt22-hanoi", with: "rubric: tt22")
        let result = Self.loader.parse(text: text, file: "Fixtures/bien-giang-2022.yaml")
        #expect(!result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "Fixtures/bien-giang-2022.yaml:138:13: lỗi: scores.2d: tiêu chí '2d' được chấm đủ 5 điểm nhưng chỉ 26/30 thành viên (86,67%) đạt Lao động tiên tiến trở lên, cần 100%; chưa đạt: Nguyễn Thị Hằng, Trương Thị Bích, Vương Thị Nhàn, Hà Văn Lợi"
            ])
        #expect(
            result.diagnostics.first?.rendered(in: .en).hasSuffix(
                "but only 26/30 members (86.67%) have LĐTT or higher, 100% required; lacking: Nguyễn Thị Hằng, Trương Thị Bích, Vương Thị Nhàn, Hà Văn Lợi"
            ) == true)
    }

    @Test func vinhLapReachesLevelOne() throws {
        let result = Self.load("vinh-lap-2024.yaml")
        // The seeds give the minutes no number: warned, and the form leaves it to fill in by hand.
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "Fixtures/vinh-lap-2024.yaml:23:3: cảnh báo: documents.minutes.number: biên bản chưa có số: thêm 'documents.minutes.number' (biểu mẫu sẽ in \"Số:      /BB-THVL\" để điền tay)"
            ])
        let assessment = try #require(result.assessment)
        #expect(assessment.regime == .tt24)
        #expect(assessment.head.name == "Bùi Thị Tuyết")
        #expect(assessment.documents.plan.symbol(unitSymbol: "THVL") == "13/KH-THVL")
        #expect(assessment.council.members.first?.role == .toTruong)
        #expect(assessment.council.shortName == "Tổ đánh giá")
        #expect(assessment.recognizer == "Ủy ban nhân dân huyện Thanh Hà")
        #expect(assessment.members.count == 26)
        let evaluation = assessment.evaluation
        #expect(evaluation.levelTarget == 1)
        #expect(evaluation.levelReached == 1)
        #expect(evaluation.metCount == 9)
        #expect(evaluation.failed.isEmpty)
        #expect(assessment.memberStatistics.share(.learningCitizen) == MemberShare(count: 25, total: 26))
    }

    @Test(arguments: ["tt22", "tt22-hanoi", "tt24-muc1", "tt24-muc2"])
    func builtInRubricsAreValid(id: String) throws {
        let path = try #require(Self.loader.catalog.path(ofBuiltIn: id))
        let outcome = RubricLoader.load(path: path, id: id)
        #expect(outcome.diagnostics.isEmpty)
        let rubric = try #require(outcome.rubric)
        #expect(rubric.id == id)
        if rubric.regime == .tt22 {
            #expect(rubric.maximum == 100)
            #expect(rubric.groups.map(\.maximum) == [30, 30, 40])
            #expect(rubric.bands.map(\.name) == ["Tốt", "Khá", "Trung bình", "Chưa đạt"])
            // 3a lists the eight qualities after "gồm:"; tables show its short text instead.
            let qualities = try #require(rubric.criteria.first { $0.code == "3a" })
            #expect(qualities.details.count == 8)
            #expect(qualities.text.hasSuffix("Công dân học tập, gồm:"))
            #expect(qualities.shortText.hasSuffix("Công dân học tập."))
            #expect(rubric.criteria.filter { $0.details.isEmpty }.allSatisfy { $0.shortText == $0.text })
        } else {
            #expect(rubric.criteria.allSatisfy { $0.unconfirmed })
            #expect(rubric.level == (id == "tt24-muc1" ? 1 : 2))
        }
    }

    @Test func nfcAndEthAreNormalisedSilently() throws {
        let path = Paths.repository("Fixtures/an-son-2023.yaml")
        let decomposed = "Trường Tiểu học An Sơn".decomposedStringWithCanonicalMapping
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "  name: Trường Tiểu học An Sơn", with: "  name: \(decomposed)")
            .replacingOccurrences(of: "  parent: UBND huyện Nam Sách", with: "  parent: UBND huyện Nam Sách \u{00D0}ông")
        let result = Self.loader.parse(text: text, file: "an-son.yaml", directory: Paths.repository("Fixtures"))
        #expect(result.diagnostics.isEmpty)
        let unit = try #require(result.assessment?.unit)
        #expect(Array(unit.name.unicodeScalars) == Array("Trường Tiểu học An Sơn".precomposedStringWithCanonicalMapping.unicodeScalars))
        let parent = try #require(unit.parent)
        #expect(parent.unicodeScalars.contains("\u{0110}"))
        #expect(!parent.unicodeScalars.contains("\u{00D0}"))
    }
}
