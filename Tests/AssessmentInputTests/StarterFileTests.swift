import Assessment
import Foundation
import Testing
@testable import AssessmentInput

@Suite struct StarterFileTests {
    @Test(arguments: Regime.allCases)
    func filledStarterPasses(regime: Regime) throws {
        let result = FixtureTests.loader.parse(text: StarterFile(regime: regime).filledExample, file: "hoso.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let assessment = try #require(result.assessment)
        #expect(assessment.regime.rawValue == regime.rawValue)
        #expect(assessment.evaluation.resultText == (regime == .tt22 ? "Tốt" : "Mức độ 1"))
    }

    @Test(arguments: Regime.allCases)
    func unfilledStarterNamesEveryPlaceholder(regime: Regime) {
        let text = StarterFile(regime: regime).text
        let result = FixtureTests.loader.parse(text: text, file: "hoso.yaml")
        #expect(!result.isValid)
        let lines = result.diagnostics.map { $0.rendered(in: .vi) }
        #expect(lines.allSatisfy { $0.contains("chưa điền: thay '<") })
        #expect(lines.first == "hoso.yaml:9:9: lỗi: unit.name: chưa điền: thay '<Tên đơn vị, ví dụ Trường Tiểu học Hòa Bình>' bằng giá trị thật")
        // Every placeholder occurrence outside the comments is reported once.
        let data = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        let occurrences = data.joined(separator: "\n").components(separatedBy: "\"<").count - 1
        #expect(lines.count == occurrences)
    }

    @Test(arguments: Regime.allCases)
    func starterIsInBlockStyle(regime: Regime) {
        let data = StarterFile(regime: regime).text.split(separator: "\n")
            .map { $0.split(separator: "#", maxSplits: 1).first.map(String.init) ?? "" }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(data.allSatisfy { !$0.contains("{") && !$0.contains("[") }, "\(data.filter { $0.contains("{") || $0.contains("[") })")
    }

    @Test(arguments: Regime.allCases)
    func starterHasEverySectionTheFormsPrint(regime: Regime) throws {
        let result = FixtureTests.loader.parse(text: StarterFile(regime: regime).filledExample, file: "hoso.yaml")
        let assessment = try #require(result.assessment)
        let narrative = assessment.narrative
        for section in [narrative.direction, narrative.selfAssessment, narrative.process, narrative.storedDocuments,
                        narrative.training, narrative.strengths,
                        narrative.weaknesses, narrative.proposals, narrative.nextYear] {
            #expect(section.count == 1)
        }
        #expect(assessment.scores.allSatisfy { $0.evidence == ["Kế hoạch số 15/KH-THHB"] })
        #expect(assessment.meeting.opinions.count == 1)
    }

    /// `init --regime tt24 --from LAST-TT22.yaml`: the unit moves to TT24 with its people; the
    /// council's roles are the Tổ đánh giá's, the rubric TT24's, and the filled file is valid.
    @Test func fromLastYearIntoTT24SwitchesTheRegime() throws {
        let last = try #require(FixtureTests.load("an-son-2023.yaml").assessment)
        let starter = StarterFile(continuing: last, rubricReference: "tt22", regime: .tt24)
        #expect(starter.text.contains("\nregime: TT24 "))
        #expect(starter.text.contains("\nrubric: \"tt24-muc1\""))
        let filled = FixtureTests.loader.parse(text: starter.filledExample, file: "2024.yaml")
        #expect(filled.diagnostics.filter { $0.severity == .error }.map { $0.rendered(in: .vi) } == [])
        let assessment = try #require(filled.assessment)
        #expect(assessment.regime == .tt24)
        #expect(assessment.council.members.map(\.role) == last.council.members.map { member in
            switch member.role {
            case .chuTich: .toTruong
            case .phoChuTich: .toPho
            case .uyVien: .thanhVien
            default: member.role
            }
        })
        #expect(assessment.meeting.chair == last.meeting.chair)
        #expect(assessment.members.map(\.name) == last.members.map(\.name))
    }

    @Test func fromLastYearCarriesUnitCouncilAndMembersAndClearsTheYear() throws {
        let last = try #require(FixtureTests.load("an-son-2023.yaml").assessment)
        let starter = StarterFile(continuing: last, rubricReference: "tt22")
        let unfilled = FixtureTests.loader.parse(text: starter.text, file: "2024.yaml")
        let paths = unfilled.diagnostics.filter { $0.severity == .error }.compactMap { $0.path?.vi }
        #expect(paths.allSatisfy { path in
            ["year", "documents.", "meeting.date", "meeting.start", "meeting.end", "meeting.opinions", "meeting.vote",
             "scores.", "achievements.", "narrative.", "members["].contains { path.hasPrefix($0) }
        }, "\(paths)")
        // Each member's results of the year are to fill again, naming last year's.
        for key in ["self_study_plan", "discipline", "training", "emulation_title", "learning_citizen"] {
            #expect(paths.contains("members[1].\(key)"), "\(key)")
        }
        #expect(starter.text.contains("emulation_title: \"<Danh hiệu: CSTĐCS, LĐTT, HTNV hoặc Không năm 2024 (năm trước: \(last.members[0].emulationTitle.title))>\""))
        #expect(paths.contains("year"))
        #expect(paths.contains("scores.3b.points"))
        #expect(paths.contains("narrative.process[1]"))
        let filled = try #require(FixtureTests.loader.parse(text: starter.filledExample, file: "2024.yaml").assessment)
        #expect(filled.year == 2024)
        #expect(filled.unit == last.unit)
        #expect(filled.head.name == last.head.name)
        #expect(filled.council.members == last.council.members)
        #expect(filled.members == last.members.map { member in
            var kept = member
            kept.notes = nil  // last year's note is a comment now
            return kept
        })
        #expect(filled.meeting.chair == last.meeting.chair)
        #expect(filled.meeting.secretary == last.meeting.secretary)
        #expect(filled.legalBases == last.legalBases)
    }
}
