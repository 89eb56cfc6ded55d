import Assessment
import AssessmentInput
import Diagnostics
import Foundation
import Testing

@testable import Dossier

/// The facade's reading of a data file, as `hoso check`, the pipeline and the server's pages share it.
@Suite struct DataInputTests {
    static let input = DataInput(formsRoot: DossierPipelineTests.forms)

    static func bytes(_ text: String) -> DossierRequest.Input {
        .bytes(Array(text.utf8), name: "dl.yaml", directory: ".")
    }

    /// The rubric and regime a page lays a file out with, while the file still has errors.
    @Test func aFileWithErrorsIsReviewedWithTheRubricItNames() throws {
        let review = Self.input.review(Self.bytes(StarterData.text(regime: .tt24)))
        #expect(review.result.assessment == nil)
        #expect(review.result.errors.count > 10)
        #expect(review.regime == .tt24)
        #expect(review.rubric?.id == "tt24-muc1")
        #expect(review.rubric?.criteria.map(\.code) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2"])
    }

    /// A rubric of the district's own, named by a path beside the data file, is laid out too.
    @Test func aRubricFileBesideTheDataIsReviewedWhenTheDataHasErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tt22 = try String(contentsOf: DossierPipelineTests.forms.appendingPathComponent("rubrics/tt22.yaml"), encoding: .utf8)
        let own = tt22.replacingOccurrences(of: "{name: Tốt, min: 85}", with: "{name: Tốt, min: 90}")
            .replacingOccurrences(of: "{name: Khá, min: 70, below: 85}", with: "{name: Khá, min: 70, below: 90}")
        #expect(own != tt22)
        try own.write(to: folder.appendingPathComponent("rieng.yaml"), atomically: true, encoding: .utf8)
        let text = StarterData.text(regime: .tt22).replacingOccurrences(of: "\nrubric: \"tt22\"", with: "\nrubric: \"rieng.yaml\"")
        let review = Self.input.review(.bytes(Array(text.utf8), name: "dl.yaml", directory: folder.path))
        #expect(review.result.assessment == nil)
        #expect(review.result.rubricSource?.reference == "rieng.yaml")
        #expect(review.rubric?.bands.map(\.minimum.hundredths) == [9000, 7000, 5000, 0])
        #expect(review.rubric?.criteria.count == 10)
        #expect(review.regime == .tt22)
    }

    /// Nothing named: laid out as TT22's (the regime a new file starts in); an unknown id: no rubric.
    @Test func aFileNamingNoRubricIsLaidOutAsTT22sAndAnUnknownOneAsNone() {
        let nothing = Self.input.review(Self.bytes("unit:\n  name: Trường A\n"))
        #expect(nothing.result.rubricReference == nil)
        #expect(nothing.rubric?.id == Regime.tt22.defaultRubricID)
        #expect(nothing.regime == .tt22)
        let unknown = Self.input.review(Self.bytes("regime: TT24\nrubric: tt99\n"))
        #expect(unknown.rubric == nil)
        #expect(unknown.regime == .tt24)
        #expect(unknown.result.errors.contains { $0.path?.vi == "rubric" })
    }

    /// The pipeline refuses data with exactly the problems the review (and `hoso check`) reports.
    @Test func thePipelineAndTheReviewReportTheSameProblems() throws {
        let pipeline = try DossierPipeline(formsRoot: DossierPipelineTests.forms, checking: false)
        let text = StarterData.text(regime: .tt22)
        let reviewed = Self.input.review(Self.bytes(text)).result.diagnostics
        #expect(reviewed.count > 10)
        do {
            _ = try pipeline.load(Self.bytes(text))
            Issue.record("the starter loaded")
        } catch {
            #expect(error.diagnostics == reviewed)
        }
        let check = DataCheck(path: DossierPipelineTests.anSon, language: .vi, formsRoot: DossierPipelineTests.forms)
        #expect(check.exitCode == 0)
        #expect(
            CheckReport(result: Self.input.read(.file(path: DossierPipelineTests.anSon)), language: .vi).rendered() == check.text)
    }

    /// `hoso init --regime` reads the regime as a data file's `regime:` is read.
    @Test func theStarterRegimeIsReadOnceWithChecksRefusal() throws {
        #expect(try StarterData.regime("tt24") == .tt24)
        #expect(throws: InvalidChoice.self) { try StarterData.regime("TT2") }
        #expect(StarterData.text(regime: nil) == StarterData.text(regime: .tt22))
    }
}
