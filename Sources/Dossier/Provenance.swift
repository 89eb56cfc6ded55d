import AssessmentInput
import Diagnostics
import Foundation
package import OOXML

/// What a DOCX hoso wrote was made from, stored inside it as `hoso/provenance.json` (a package
/// part reached from `_rels/.rels`): the tool version, the form, the normalised data and the
/// rubric, each with its SHA-256. `hoso verify` reads it. Word and LibreOffice drop that part when
/// they save the file again, so the same JSON is also kept as document custom properties
/// (`docProps/custom.xml`, base64 in pieces of 255 characters, the longest text Word keeps in a
/// property), which both keep: a re-saved file alone still says what it was made from.
package struct Provenance: Sendable, Codable, Equatable {
    /// The part's name.
    package static let partName = "hoso/provenance.json"
    /// The package relationship type pointing at it.
    package static let relationshipType = "urn:hoso:relationships:provenance"
    /// The custom properties' part.
    static let customPartName = CustomProperties.partName
    static let customNamespace = CustomProperties.namespace
    static let variantNamespace = CustomProperties.variantNamespace
    /// The custom properties holding the provenance are named this, then a four-digit piece number.
    static let propertyPrefix = "hoso-provenance-"
    /// The characters in one property (Word keeps at most 255 in a text property).
    static let propertyPieceLength = 255

    /// A form used, with the SHA-256 of its template package.
    package struct FormStamp: Sendable, Codable, Equatable {
        /// Its id ("M3").
        package var id: String
        /// SHA-256 over its template parts (names and bytes, in name order).
        package var sha256: String
    }

    /// The hoso version ("0.1.0").
    package var tool: String
    /// The forms this file was rendered from: one for a form, all of them for `Ho-so.docx`.
    package var forms: [FormStamp]
    /// The data and rubric texts.
    package var source: DossierSource
    /// SHA-256 of `source.dataText`.
    package var dataSHA256: String
    /// SHA-256 of `source.rubricText`.
    package var rubricSHA256: String

    /// The provenance of a file rendered from `forms` and `source` by this version of hoso.
    package init(forms: [FormStamp], source: DossierSource) {
        self.tool = HosoVersion.current
        self.forms = forms
        self.source = source
        self.dataSHA256 = Manifest.sha256(Array(source.dataText.utf8))
        self.rubricSHA256 = Manifest.sha256(Array(source.rubricText.utf8))
    }

    enum CodingKeys: String, CodingKey {
        case tool, forms, source
        case dataSHA256 = "data_sha256"
        case rubricSHA256 = "rubric_sha256"
    }

    /// Whether the recorded sums match the embedded texts (the part itself was not edited).
    package var isConsistent: Bool {
        dataSHA256 == Manifest.sha256(Array(source.dataText.utf8))
            && rubricSHA256 == Manifest.sha256(Array(source.rubricText.utf8))
    }

    /// SHA-256 over a template package's parts (names and bytes, in name order).
    package static func fingerprint(of package: OOXMLPackage) -> String {
        var bytes: [UInt8] = []
        for name in package.partNames.sorted() {
            bytes += Array(name.utf8) + [0]
            let part = package.part(name) ?? []
            bytes += Array(String(part.count).utf8) + [0] + part
        }
        return Manifest.sha256(bytes)
    }

    /// `package` with this provenance stored in it (replacing any earlier one).
    package func stamped(into package: OOXMLPackage) throws -> OOXMLPackage {
        var result = package
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = Array(try encoder.encode(self)) + [0x0A]
        result.setPart(Self.partName, json)
        try Self.storeProperties(Data(json).base64EncodedString(), in: &result)

        var parts = PackageParts(of: result)
        if try !parts.hasRelationship(from: "", type: Self.relationshipType) {
            try parts.addRelationship(from: "", id: .fixed("rIdHosoProvenance"), type: Self.relationshipType, target: Self.partName)
        }
        try parts.addDefault(extension: "json", contentType: "application/json", placement: .first)
        parts.write(into: &result)
        return result
    }

    /// Writes `base64` (ASCII text) as the numbered provenance properties of `package`'s custom
    /// properties (see `CustomProperties`), replacing earlier ones and keeping every other property.
    private static func storeProperties(_ base64: String, in package: inout OOXMLPackage) throws {
        // Base64 is ASCII: a piece of bytes is a piece of characters (and far cheaper than
        // cutting an array of `Character`s, which took a fifth of a dossier's time).
        let bytes = Array(base64.utf8)
        let pieces = stride(from: 0, to: bytes.count, by: propertyPieceLength).enumerated().map { number, start in
            let digits = String(number + 1)
            return CustomProperties.Property(
                name: propertyPrefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits,
                text: String(decoding: bytes[start..<min(start + propertyPieceLength, bytes.count)], as: UTF8.self))
        }
        try CustomProperties.replaceTexts(prefix: propertyPrefix, with: pieces, in: &package, relationshipID: "rIdHosoCustomProperties")
    }

    /// The provenance JSON kept in `package`'s custom properties, nil when there is none. Bounded:
    /// the properties part is read only up to what the largest provenance needs.
    static func propertiesJSON(in package: OOXMLPackage) throws(DossierError) -> [UInt8]? {
        guard let size = package.part(customPartName)?.count else { return nil }
        guard size <= maxPartSize * 3 else {
            throw .invalidProvenance(VerifyMessages.provenanceTooLarge(size, limit: maxPartSize))
        }
        guard let properties = CustomProperties.texts(in: package, prefix: propertyPrefix) else { return nil }
        let pieces = properties.sorted { $0.name < $1.name }
        guard !pieces.isEmpty else { return nil }
        let text = pieces.map(\.text).joined()
        guard let json = Data(base64Encoded: text.filter { !$0.isWhitespace }) else {
            throw .invalidProvenance(VerifyMessages.provenanceNotJSON)
        }
        return Array(json)
    }

    /// The largest `hoso/provenance.json` read: a data file and a rubric at their 16 MiB limit,
    /// with room for JSON escapes.
    static let maxPartSize = 40 << 20

    /// The provenance stored in `package`, or nil when it has none (not written by hoso). The part is
    /// hostile input: its size, every name and every field are checked before anything uses them.
    package static func read(from package: OOXMLPackage) throws(DossierError) -> Provenance? {
        let stored: [UInt8]?
        if let part = package.part(partName) { stored = part } else { stored = try propertiesJSON(in: package) }
        guard let bytes = stored else { return nil }
        guard bytes.count <= maxPartSize else {
            throw .invalidProvenance(VerifyMessages.provenanceTooLarge(bytes.count, limit: maxPartSize))
        }
        let provenance: Provenance
        do {
            provenance = try JSONDecoder().decode(Provenance.self, from: Data(bytes))
        } catch {
            throw .invalidProvenance(VerifyMessages.provenanceNotJSON)
        }
        if let problem = provenance.problem { throw .invalidProvenance(problem) }
        return provenance
    }

    /// The first field a hostile or damaged provenance gets wrong, nil when every field is sound.
    var problem: LocalizedText? {
        func isHex64(_ text: String) -> Bool {
            text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        }
        func hasControl(_ text: String) -> Bool {
            text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || [0x2028, 0x2029, 0x202E].contains($0.value) }
        }
        let limit = DataLimits.default.maxFileSize
        guard (1...32).contains(tool.utf8.count),
            tool.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".+-".unicodeScalars.contains($0))
            })
        else {
            return VerifyMessages.provenanceField("tool", tool)
        }
        guard (1...64).contains(forms.count) else { return VerifyMessages.provenanceField("forms", "\(forms.count)") }
        for form in forms {
            guard (1...16).contains(form.id.utf8.count),
                form.id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
                )
            else {
                return VerifyMessages.provenanceField("forms.id", form.id)
            }
            guard isHex64(form.sha256) else { return VerifyMessages.provenanceField("forms.sha256", form.sha256) }
        }
        let name = source.dataName
        guard (1...255).contains(name.utf8.count), name != ".", name != "..", !name.contains("/"), !name.contains("\\"),
            !hasControl(name)
        else {
            return VerifyMessages.provenanceField("data_name", name)
        }
        guard (1...255).contains(source.rubricReference.utf8.count), !hasControl(source.rubricReference) else {
            return VerifyMessages.provenanceField("rubric_reference", source.rubricReference)
        }
        guard source.dataText.utf8.count <= limit else {
            return VerifyMessages.provenanceTextTooLarge("data_text", size: source.dataText.utf8.count, limit: limit)
        }
        guard source.rubricText.utf8.count <= limit else {
            return VerifyMessages.provenanceTextTooLarge("rubric_text", size: source.rubricText.utf8.count, limit: limit)
        }
        guard isHex64(dataSHA256) else { return VerifyMessages.provenanceField("data_sha256", dataSHA256) }
        guard isHex64(rubricSHA256) else { return VerifyMessages.provenanceField("rubric_sha256", rubricSHA256) }
        return nil
    }
}
