import Assessment
import Diagnostics
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
        for section in [
            narrative.direction, narrative.selfAssessment, narrative.process, narrative.storedDocuments,
            narrative.training, narrative.strengths,
            narrative.weaknesses, narrative.proposals, narrative.nextYear,
        ] {
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
        #expect(
            assessment.council.members.map(\.role)
                == last.council.members.map { member in
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

    /// The switch replaces Thông tư 22/2020 among the legal bases by Thông tư 24/2023 in its place,
    /// keeps the other bases, and gives the Tổ đánh giá the starter's tasks (last year's Hội đồng tasks
    /// only as comments); the filled file has no warning about the circular.
    @Test func fromLastYearIntoTT24ReplacesTheCircularAndTheCouncilTasks() throws {
        let last = try #require(FixtureTests.load("an-son-2023.yaml").assessment)
        let starter = StarterFile(continuing: last, rubricReference: "tt22", regime: .tt24)
        #expect(starter.switchesRegime)
        #expect(
            starter.legalBases == [
                "Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận Đơn vị học tập",
                "Công văn số 1455/UBND-GDĐT ngày 22/12/2023 của UBND huyện Nam Sách về việc triển khai thực hiện việc đánh giá, xếp loại Đơn vị học tập ngành giáo dục Nam Sách",
            ])
        let live = starter.text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        #expect(!live.contains { $0.contains("22/2020") })
        #expect(!live.contains { $0.contains("Hội đồng") && !$0.contains("Hội đồng sư phạm") })
        #expect(
            starter.text.contains(
                "  tasks:\n    # Nhiệm vụ của Hội đồng năm 2023 (theo TT22), để đối chiếu:\n"
                    + "    #   Tổ chức tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm 2023 theo Thông tư số 22/2020/TT-BGDĐT.\n"))
        #expect(starter.text.contains("\n    - \"Tổ chức tự kiểm tra, đánh giá Đơn vị học tập theo bộ tiêu chí.\"\n"))
        let filled = FixtureTests.loader.parse(text: starter.filledExample, file: "2024.yaml")
        #expect(!filled.diagnostics.contains { $0.path?.vi.hasPrefix("legal_bases") == true })
        #expect(filled.assessment?.legalBases == starter.legalBases)
        // Staying in TT22 keeps the list as it was.
        #expect(StarterFile(continuing: last, rubricReference: "tt22").legalBases == last.legalBases)
    }

    /// A TT24 file citing Thông tư 22/2020 (or a TT22 one citing 24/2023), in `legal_bases` or a
    /// document's own list, is warned on that line with the circular to cite instead.
    @Test(arguments: Regime.allCases)
    func citingTheOtherRegimesCircularIsWarned(regime: Regime) throws {
        let other: Regime = regime == .tt22 ? .tt24 : .tt22
        // The first list is `legal_bases` (the decision's own list, further down, also cites the circular).
        var text = StarterFile(regime: regime).filledExample
        let cited = try #require(text.range(of: "\n  - \"\(regime.circularCitation)\""))
        text.replaceSubrange(cited, with: "\n  - \"\(other.circularCitation)\"")
        let result = FixtureTests.loader.parse(text: text, file: "hoso.yaml")
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.contains(other.circularNumber) }) + 1
        #expect(
            result.diagnostics.filter { $0.message.vi.contains("của chế độ") }.map { $0.rendered(in: .vi) } == [
                "hoso.yaml:\(line):5: cảnh báo: legal_bases[1]: căn cứ '\(other.circularCitation)' là Thông tư \(other.circularNumber) của chế độ \(other.rawValue), nhưng tệp theo \(regime.rawValue): quyết định, tờ trình và báo cáo sẽ căn cứ một thông tư đơn vị không áp dụng; thay bằng \"\(regime.circularCitation)\""
            ])
    }

    /// The head's name typed unlike the council's and staff list's Hiệu trưởng ("An" / "Ann") is
    /// warned at head.name with the name of the person holding the head's title.
    @Test func aHeadNameUnlikeTheHiệuTrưởngsIsWarned() throws {
        let text = StarterFile(regime: .tt22).filledExample.replacingOccurrences(
            of: "head:                       # người đứng đầu, ký quyết định, tờ trình, báo cáo\n  name: \"Nguyễn Văn An\"",
            with: "head:                       # người đứng đầu, ký quyết định, tờ trình, báo cáo\n  name: \"Nguyễn Văn Ann\"")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headLine = try #require(lines.firstIndex { $0 == "  name: \"Nguyễn Văn Ann\"" }) + 1
        let councilLine = try #require(lines.firstIndex { $0 == "    - name: \"Nguyễn Văn An\"" }) + 1
        let result = FixtureTests.loader.parse(text: text, file: "hoso.yaml")
        #expect(
            result.diagnostics.filter { $0.path?.vi == "head.name" }.map { $0.rendered(in: .vi) } == [
                "hoso.yaml:\(headLine):9: cảnh báo: head.name: người đứng đầu 'Nguyễn Văn Ann' không có trong Hội đồng (council.members) hay danh sách thành viên (members). Có phải ý bạn là 'Nguyễn Văn An' (council.members[1] (dòng \(councilLine)))? Người ký quyết định, tờ trình, báo cáo với chức danh 'Hiệu trưởng' phải viết tên giống nhau ở mọi chỗ"
            ])
    }

    /// The starter writes the minutes' number and date for both regimes (M4 and BB24 print them).
    @Test(arguments: Regime.allCases)
    func starterAsksForTheMinutesNumber(regime: Regime) {
        #expect(
            StarterFile(regime: regime).text.contains(
                "\n  minutes:                   # biên bản cuộc họp\n    number: \"<Số biên bản, ví dụ \(regime == .tt24 ? "01" : "121")>\"\n")
        )
    }

    @Test func fromLastYearCarriesUnitCouncilAndMembersAndClearsTheYear() throws {
        let last = try #require(FixtureTests.load("an-son-2023.yaml").assessment)
        let starter = StarterFile(continuing: last, rubricReference: "tt22")
        let unfilled = FixtureTests.loader.parse(text: starter.text, file: "2024.yaml")
        let paths = unfilled.diagnostics.filter { $0.severity == .error }.compactMap { $0.path?.vi }
        #expect(
            paths.allSatisfy { path in
                [
                    "year", "documents.", "meeting.date", "meeting.start", "meeting.end", "meeting.opinions", "meeting.vote",
                    "scores.", "achievements.", "narrative.", "members[",
                ].contains { path.hasPrefix($0) }
            }, "\(paths)")
        // Each member's results of the year are to fill again, naming last year's.
        for key in ["self_study_plan", "discipline", "training", "emulation_title", "learning_citizen"] {
            #expect(paths.contains("members[1].\(key)"), "\(key)")
        }
        #expect(
            starter.text.contains(
                "emulation_title: \"<Danh hiệu: CSTĐCS, LĐTT, HTNV hoặc Không năm 2024 (năm trước: \(last.members[0].emulationTitle.title))>\""))
        #expect(paths.contains("year"))
        #expect(paths.contains("scores.3b.points"))
        #expect(paths.contains("narrative.process[1]"))
        let filled = try #require(FixtureTests.loader.parse(text: starter.filledExample, file: "2024.yaml").assessment)
        #expect(filled.year == 2024)
        #expect(filled.unit == last.unit)
        #expect(filled.head.name == last.head.name)
        #expect(filled.council.members == last.council.members)
        #expect(
            filled.members
                == last.members.map { member in
                    var kept = member
                    kept.notes = nil  // last year's note is a comment now
                    return kept
                })
        #expect(filled.meeting.chair == last.meeting.chair)
        #expect(filled.meeting.secretary == last.meeting.secretary)
        #expect(filled.legalBases == last.legalBases)
    }
}
