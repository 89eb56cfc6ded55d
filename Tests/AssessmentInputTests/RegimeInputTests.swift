import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// The regime as a user types it, read once with `hoso check`'s refusal, and the one rule that
/// names the built-in rubric a regime is scored with when the data names none.
@Suite struct RegimeInputTests {
    @Test(arguments: [
        ("TT22", Regime.tt22), ("tt22", .tt22), (" Tt22 ", .tt22), ("TT22.", .tt22),
        ("TT24", .tt24), ("tt24", .tt24), ("-tt24", .tt24),
    ])
    func aTypedRegimeIsReadAsTheDataFileReadsIt(typed: String, regime: Regime) throws {
        #expect(try Regime.parse(typed).get() == regime)
    }

    /// `hoso init --regime`, the server's create form and `regime:` in a data file refuse the same
    /// value with the same sentence.
    @Test func anUnknownRegimeIsRefusedWithTheWordsOfCheck() throws {
        let refusal = InvalidChoice(
            message: LocalizedText(
                vi: "'TT25' không hợp lệ. Có phải ý bạn là 'tt22'? Chọn một trong: tt22, tt24",
                en: "'TT25' is not valid. Did you mean 'tt22'? Choose one of: tt22, tt24"))
        #expect(Regime.parse("TT25") == .failure(refusal))
        let text = StarterFile(regime: .tt22).filledExample.replacingOccurrences(of: "\nregime: TT22 ", with: "\nregime: TT25 ")
        let checked = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        let onRegime = checked.diagnostics.filter { $0.path?.vi == "regime" }
        #expect(onRegime.map(\.message) == [refusal.message])
        #expect(onRegime.map { $0.rendered(in: .vi) } == ["dl.yaml:16:9: lỗi: regime: " + refusal.message.vi])
    }

    @Test(arguments: [(Regime.tt22, "tt22"), (.tt24, "tt24-muc1")])
    func eachRegimeHasOneDefaultRubricAndItIsOfThatRegime(regime: Regime, id: String) throws {
        #expect(regime.defaultRubricID == id)
        let rubric = try #require(FixtureTests.loader.builtInRubric(id))
        #expect(rubric.regime == regime)
    }

    /// The loader scores data that names no rubric with the default, and the starter file names the
    /// default: both ask `defaultRubricID`.
    @Test(arguments: Regime.allCases)
    func dataWithoutARubricIsScoredWithTheDefaultTheStarterNames(regime: Regime) throws {
        let starter = StarterFile(regime: regime).filledExample
        let rubricLine = try #require(starter.split(separator: "\n").first { $0.hasPrefix("rubric: ") })
        #expect(rubricLine.hasPrefix("rubric: \"\(regime.defaultRubricID)\"   # "))
        let withoutRubric = starter.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("rubric: ") }
            .joined(separator: "\n")
        let result = FixtureTests.loader.parse(text: withoutRubric, file: "dl.yaml")
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.rubricSource?.reference == regime.defaultRubricID)
        #expect(result.rubricReference == regime.defaultRubricID)
        #expect(result.assessment?.rubric.id == regime.defaultRubricID)
    }

    /// A page lays out the criteria of a file before it is valid: the rubric it names is read even
    /// when other sections have errors, or when it does not match `regime:`.
    @Test func theRubricANamedFileUsesIsReadEvenWhenTheDataHasErrors() throws {
        let broken = StarterFile(regime: .tt24).text
        let result = FixtureTests.loader.parse(text: broken, file: "dl.yaml")
        #expect(result.assessment == nil && !result.errors.isEmpty)
        #expect(result.regime == .tt24)
        #expect(result.rubric?.id == "tt24-muc1")
        #expect(result.rubric?.criteria.count == 9)

        let mismatched = StarterFile(regime: .tt22).filledExample.replacingOccurrences(
            of: "\nrubric: \"tt22\"", with: "\nrubric: \"tt24-muc2\"")
        let refused = FixtureTests.loader.parse(text: mismatched, file: "dl.yaml")
        #expect(refused.errors.map { $0.path?.vi } == ["regime"])
        #expect(refused.regime == .tt22)
        #expect(refused.rubric?.id == "tt24-muc2")
    }

    /// Data naming neither a valid regime nor a rubric names no rubric (the loader invents none).
    @Test func dataNamingNoRegimeNorRubricNamesNoRubric() {
        let text = StarterFile(regime: .tt22).filledExample
            .replacingOccurrences(of: "\nregime: TT22 ", with: "\nregime: TT25 ")
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("rubric: ") }.joined(separator: "\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml")
        #expect(result.regime == nil)
        #expect(result.rubricReference == nil)
        #expect(result.rubric == nil)
    }
}
