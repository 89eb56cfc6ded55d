import Assessment
import AssessmentInput
import Diagnostics
import DocxTemplate
import Foundation
import Testing

@testable import Dossier

/// What a school secretary's trial found in the dossier side: export of the members from an unfinished
/// data file, and reasons the forms close themselves.
@Suite struct SecretaryTrialDossierTests {
    static let anSon = DossierSourceTests.root.appendingPathComponent("Fixtures/an-son-2023.yaml").path

    /// The An Sơn data with `original` replaced, written in a fresh folder (removed by the caller).
    static func anSon(_ original: String, _ replacement: String) throws -> (folder: URL, path: String) {
        let text = try String(contentsOfFile: anSon, encoding: .utf8)
        #expect(text.components(separatedBy: original).count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-secretary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("nam-moi.yaml").path
        try text.replacingOccurrences(of: original, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test func membersAreExportedFromADataFileWithOtherErrors() throws {
        let (folder, path) = try Self.anSon("year: 2023", "year: \"<Năm được đánh giá>\"")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try MemberList.export(dataAt: path)
        let members = try #require(AssessmentLoader().load(path: Self.anSon).assessment).members
        #expect(exported.bytes != nil)
        #expect(exported.count == members.count)
        #expect(exported.diagnostics.isEmpty)
        #expect(exported.otherErrors == 1)
    }

    @Test func aNextYearStartersMembersAreExportedFromTheTextTheLoaderRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-secretary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nam-moi.yaml").path
        let starter = ContinuedStarter.text(from: Self.anSon)
        try #require(starter.text).write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = DataInput().read(.file(path: path))
        // The loader keeps the text it read: the draft rows come from it, the file is not read again.
        #expect(loaded.lines.joined(separator: "\n") == starter.text)
        #expect(loaded.members == nil)
        let exported = try MemberList.export(dataAt: path)
        #expect(exported.bytes != nil)
        #expect(exported.count == starter.previous?.members.count)
        #expect(exported.diagnostics.isEmpty)
    }

    @Test func whenTheMembersCannotBeReadOnlyTheirProblemsAreShown() throws {
        let (folder, path) = try Self.anSon("year: 2023", "year: \"<Năm được đánh giá>\"\nmembers_file: khong-co.xlsx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try MemberList.export(dataAt: path)
        #expect(exported.bytes == nil)
        #expect(exported.diagnostics.map { $0.path?.vi ?? "" }.allSatisfy { $0.hasPrefix("members") })
        #expect(!exported.diagnostics.isEmpty)
    }

    @Test func aReasonEndingWithAFullStopIsNeverDoubled() throws {
        let reason = "Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc"
        let (folder, path) = try Self.anSon("reason: \(reason)\n", "reason: \(reason).\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = AssessmentLoader(catalog: RubricCatalog(directories: [DossierSourceTests.root.appendingPathComponent("Forms/rubrics").path]))
        let assessment = try #require(loader.load(path: path).assessment)
        #expect(assessment.scores.first { $0.code == "3b" }?.reason == reason + ".")
        var reasons: [String] = []
        func collect(_ value: TemplateValue, key: String?) {
            switch value {
            case .object(let values): for (k, v) in values { collect(v, key: k) }
            case .list(let items): for item in items { collect(item, key: key) }
            case .string(let text) where key == "reason": reasons.append(text)
            default: break
            }
        }
        collect(DossierContext(assessment).context(for: .report), key: nil)
        #expect(reasons.contains(reason))
        #expect(!reasons.contains { $0.hasSuffix(".") })
    }
}
