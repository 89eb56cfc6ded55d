import Assessment
import AssessmentInput
import Diagnostics
import Foundation
import Testing

@testable import Dossier

/// The inputs embedded in every output: a level-2 dossier carries the lower level's rubric too, and
/// provenance written before that field existed still reads.
@Suite struct DossierSourceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func aLevelTwoDossierEmbedsTheFallbackRubricAndLoadsFromItAlone() throws {
        let path = Self.root.appendingPathComponent("Fixtures/hoa-sen-2024.yaml").path
        let loader = AssessmentLoader(catalog: RubricCatalog(directories: [Self.root.appendingPathComponent("Forms/rubrics").path]))
        let result = loader.load(path: path)
        #expect(result.isValid)
        let rubric = try #require(result.rubricSource)
        let embedded = DossierSource(
            dataName: "hoa-sen-2024.yaml", text: try String(contentsOfFile: path, encoding: .utf8),
            rubric: rubric, fallback: result.fallbackRubricSource)
        #expect(embedded.rubricReference == "tt24-muc2")
        #expect(embedded.fallbackRubricReference == "tt24-muc1")
        #expect(embedded.fallbackRubricIsBuiltIn == true)
        #expect(embedded.fallbackRubricText?.contains("id: tt24-muc1") == true)
        let decoded = try JSONDecoder().decode(DossierSource.self, from: JSONEncoder().encode(embedded))
        #expect(decoded == embedded)
        let reloaded = decoded.load()
        // The fixture's warnings: its Mức độ 1 (15/03/2024) is not yet 12 months old, and still holds.
        #expect(reloaded.diagnostics.map { $0.rendered(in: .vi) }.allSatisfy { $0.contains("chưa đủ 12 tháng") || $0.contains("vẫn còn giá trị") })
        #expect(
            reloaded.assessment?.levelOutcome?.summary
                == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)"
        )
    }

    @Test func provenanceWithoutTheFallbackFieldsStillDecodesAndIsWrittenUnchanged() throws {
        let old = #"{"data_name":"a.yaml","data_text":"year: 2023\n","rubric_reference":"tt22","rubric_is_built_in":true,"rubric_text":"id: tt22\n"}"#
        let source = try JSONDecoder().decode(DossierSource.self, from: Data(old.utf8))
        #expect(source.fallbackRubricReference == nil)
        #expect(source.fallbackRubricText == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let written = String(decoding: try encoder.encode(source), as: UTF8.self)
        #expect(!written.contains("fallback"))
    }
}
