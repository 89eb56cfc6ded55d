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
    /// The custom properties hold the JSON's base64 in numbered pieces of 255 characters, after
    /// the package's own properties (kept, their ids continued), and read back as the JSON.
    @Test func thePropertiesHoldTheBase64InNumberedPieces() throws {
        // Long enough for twelve pieces: the numbers run past 0009 and the last piece is short.
        let provenance = Self.sample { $0.source.dataText = String(repeating: "thành viên: Nguyễn Thị Hoa\n", count: 70) }
        let own =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Properties xmlns="\#(Provenance.customNamespace)" xmlns:vt="\#(Provenance.variantNamespace)">"#
            + #"<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="Trường"><vt:lpwstr>An Sơn</vt:lpwstr></property>"#
            + "</Properties>"
        let package = OOXMLPackage(
            parts: [
                "[Content_Types].xml": Array(#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8),
                "_rels/.rels": Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#.utf8),
                Provenance.customPartName: Array(own.utf8),
            ], sourceName: "x")
        let stamped = try provenance.stamped(into: package)
        let json = try #require(stamped.part(Provenance.partName))
        let base64 = Data(json).base64EncodedString()
        let custom = String(decoding: try #require(stamped.part(Provenance.customPartName)), as: UTF8.self)
        // Each property as (pid, name, text); base64 needs no XML escapes.
        let properties = custom.components(separatedBy: "<property ").dropFirst().map { property in
            func value(_ attribute: String) -> String {
                property.components(separatedBy: attribute + "=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            }
            let text = property.components(separatedBy: ">").dropFirst(2).first?.components(separatedBy: "<").first ?? ""
            return (pid: value("pid"), name: value("name"), text: text)
        }
        #expect(properties.first?.name == "Trường")
        #expect(properties.first?.text == "An Sơn")
        let pieces = properties.dropFirst()
        #expect(pieces.count == (base64.count + 254) / 255)
        #expect(pieces.count >= 12)
        for (index, property) in pieces.enumerated() {
            let number = String(index + 1)
            #expect(property.name == "hoso-provenance-" + String(repeating: "0", count: 4 - number.count) + number)
            #expect(property.pid == String(8 + index))
            #expect(property.text.count == min(255, base64.count - index * 255))
        }
        #expect(pieces.map(\.text).joined() == base64)
        #expect(try Provenance.propertiesJSON(in: stamped) == json)
    }
}
