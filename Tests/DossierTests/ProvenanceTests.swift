import Diagnostics
import Foundation
import OOXML
import Testing

@testable import Dossier

/// Embedded provenance is hostile input: every name and size is checked before anything uses it.
@Suite struct ProvenanceTests {
    static let sum = String(repeating: "a", count: 64)

    static func sample(_ change: (inout Provenance) -> Void = { _ in }) -> Provenance {
        let source = DossierSource(
            dataName: "an-son.yaml", dataText: "unit: x\n", rubricReference: "tt22",
            rubricIsBuiltIn: true, rubricText: "name: r\n")
        var provenance = Provenance(forms: [.init(id: "M3", sha256: sum)], source: source)
        change(&provenance)
        return provenance
    }

    @Test func aSoundProvenanceHasNoProblem() {
        #expect(Self.sample().problem == nil)
        #expect(Self.sample { $0.source.rubricReference = "../rubrics/rieng.yaml" }.problem == nil)
    }

    @Test(arguments: [
        ("data_name", "../../evil.sh"), ("data_name", "a/b.yaml"), ("data_name", "a\\b.yaml"), ("data_name", ".."),
        ("data_name", ""), ("data_name", "x\u{202E}lmth.yaml"), ("data_name", "a\nb"), ("data_name", String(repeating: "n", count: 256)),
        ("rubric_reference", String(repeating: "r", count: 256)), ("rubric_reference", "a\u{2028}b"), ("rubric_reference", ""),
        ("tool", "0.1.0; rm -rf"), ("tool", ""), ("forms.id", "../M3"), ("forms.sha256", "xyz"),
        ("data_sha256", "nope"), ("rubric_sha256", String(repeating: "A", count: 64)),
    ])
    func aHostileFieldIsNamedWithItsValue(_ field: String, _ value: String) {
        let provenance = Self.sample { provenance in
            switch field {
            case "data_name": provenance.source.dataName = value
            case "rubric_reference": provenance.source.rubricReference = value
            case "tool": provenance.tool = value
            case "forms.id": provenance.forms[0].id = value
            case "forms.sha256": provenance.forms[0].sha256 = value
            case "data_sha256": provenance.dataSHA256 = value
            default: provenance.rubricSHA256 = value
            }
        }
        let shown = VerifyMessages.quoted(value)
        #expect(
            provenance.problem
                == .init(
                    vi: "hoso/provenance.json: trường '\(field)' có giá trị không hợp lệ \(shown)",
                    en: "hoso/provenance.json: field '\(field)' has an invalid value \(shown)"))
    }

    @Test func tooManyFormsOrNoneAreRefused() {
        #expect(Self.sample { $0.forms = [] }.problem?.en == "hoso/provenance.json: field 'forms' has an invalid value '0'")
        #expect(
            Self.sample { $0.forms = Array(repeating: $0.forms[0], count: 65) }.problem?.en
                == "hoso/provenance.json: field 'forms' has an invalid value '65'")
    }

    @Test func aQuotedValueIsCutAndControlsAreShownAsQuestionMarks() {
        #expect(VerifyMessages.quoted("a\nb") == "'a?b'")
        #expect(VerifyMessages.quoted(String(repeating: "x", count: 81)) == "'" + String(repeating: "x", count: 80) + "…'")
    }

    @Test func aPartTooLargeOrNotJSONIsRefusedBeforeDecoding() throws {
        let huge = OOXMLPackage(parts: [Provenance.partName: [UInt8](repeating: 0x20, count: Provenance.maxPartSize + 1)], sourceName: "x")
        #expect(
            throws: DossierError.invalidProvenance(
                .init(
                    vi: "hoso/provenance.json quá lớn (41943041 byte; tối đa 41943040)",
                    en: "hoso/provenance.json is too large (41943041 bytes; at most 41943040)"))
        ) {
            try Provenance.read(from: huge)
        }
        let junk = OOXMLPackage(parts: [Provenance.partName: Array("{ not json".utf8)], sourceName: "x")
        #expect(
            throws: DossierError.invalidProvenance(
                .init(
                    vi: "hoso/provenance.json không đọc được (không phải JSON của hoso)",
                    en: "hoso/provenance.json cannot be read (not hoso's JSON)"))
        ) {
            try Provenance.read(from: junk)
        }
        let none = OOXMLPackage(parts: [:], sourceName: "x")
        #expect(try Provenance.read(from: none) == nil)
        let hostile = Self.sample { $0.source.dataName = "../x" }
        let stamped = OOXMLPackage(parts: [Provenance.partName: Array(try JSONEncoder().encode(hostile))], sourceName: "x")
        #expect(throws: DossierError.invalidProvenance(hostile.problem!)) { try Provenance.read(from: stamped) }
    }
}
