import Foundation
import Testing
@testable import AssessmentInput

@Suite struct StarterFileTests {
    @Test(arguments: StarterFile.Regime.allCases)
    func filledStarterPasses(regime: StarterFile.Regime) throws {
        let result = FixtureTests.loader.parse(text: StarterFile(regime: regime).filledExample, file: "hoso.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let assessment = try #require(result.assessment)
        #expect(assessment.regime.rawValue == regime.rawValue)
        #expect(assessment.evaluation.resultText == (regime == .tt22 ? "Tốt" : "Mức độ 1"))
    }

    @Test(arguments: StarterFile.Regime.allCases)
    func unfilledStarterNamesEveryPlaceholder(regime: StarterFile.Regime) {
        let text = StarterFile(regime: regime).text
        let result = FixtureTests.loader.parse(text: text, file: "hoso.yaml")
        #expect(!result.isValid)
        let lines = result.diagnostics.map { $0.rendered(in: .vi) }
        #expect(lines.allSatisfy { $0.contains("chưa điền: thay '<") })
        #expect(lines.first == "hoso.yaml:8:9: lỗi: unit.name: chưa điền: thay '<Tên đơn vị, ví dụ Trường Tiểu học Hòa Bình>' bằng giá trị thật")
        // Every placeholder occurrence outside the comments is reported once.
        let data = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        let occurrences = data.joined(separator: "\n").components(separatedBy: "\"<").count - 1
        #expect(lines.count == occurrences)
    }
}
