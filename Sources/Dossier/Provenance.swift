import Foundation
import OOXML
import XMLCore

/// What a DOCX hoso wrote was made from, stored inside it as `hoso/provenance.json` (a package
/// part reached from `_rels/.rels`): the tool version, the form, the normalised data and the
/// rubric, each with its SHA-256. Word and LibreOffice ignore the part; `hoso verify` reads it.
public struct Provenance: Sendable, Codable, Equatable {
    /// The part's name.
    public static let partName = "hoso/provenance.json"
    /// The package relationship type pointing at it.
    public static let relationshipType = "urn:hoso:relationships:provenance"

    /// A form used, with the SHA-256 of its template package.
    public struct FormStamp: Sendable, Codable, Equatable {
        /// Its id ("M3").
        public var id: String
        /// SHA-256 over its template parts (names and bytes, in name order).
        public var sha256: String
    }

    /// The hoso version ("0.1.0").
    public var tool: String
    /// The forms this file was rendered from: one for a form, all of them for `Ho-so.docx`.
    public var forms: [FormStamp]
    /// The data and rubric texts.
    public var source: DossierSource
    /// SHA-256 of `source.dataText`.
    public var dataSHA256: String
    /// SHA-256 of `source.rubricText`.
    public var rubricSHA256: String

    /// The provenance of a file rendered from `forms` and `source` by this version of hoso.
    public init(forms: [FormStamp], source: DossierSource) {
        self.tool = DossierWriter.toolVersion
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
    public var isConsistent: Bool {
        dataSHA256 == Manifest.sha256(Array(source.dataText.utf8))
            && rubricSHA256 == Manifest.sha256(Array(source.rubricText.utf8))
    }

    /// SHA-256 over a template package's parts (names and bytes, in name order).
    public static func fingerprint(of package: OOXMLPackage) -> String {
        var bytes: [UInt8] = []
        for name in package.partNames.sorted() {
            bytes += Array(name.utf8) + [0]
            let part = package.part(name) ?? []
            bytes += Array(String(part.count).utf8) + [0] + part
        }
        return Manifest.sha256(bytes)
    }

    /// `package` with this provenance stored in it (replacing any earlier one).
    public func stamped(into package: OOXMLPackage) throws -> OOXMLPackage {
        var result = package
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        result.setPart(Self.partName, Array(try encoder.encode(self)) + [0x0A])

        let relationships = try result.xmlPart("_rels/.rels")
        if let root = relationships.root,
           !root.elementChildren.contains(where: { $0.attribute("Type") == Self.relationshipType }) {
            let element = relationships.createElement("Relationship", namespace: Namespace.packageRelationships.description)
            element.setAttribute("Id", to: "rIdHosoProvenance")
            element.setAttribute("Type", to: Self.relationshipType)
            element.setAttribute("Target", to: Self.partName)
            root.append(element)
            result.setPart("_rels/.rels", relationships.serialized())
        }
        let types = try result.xmlPart("[Content_Types].xml")
        if let root = types.root,
           !root.elementChildren.contains(where: { $0.attribute("Extension")?.lowercased() == "json" }) {
            let element = types.createElement("Default", namespace: Namespace.contentTypes.description)
            element.setAttribute("Extension", to: "json")
            element.setAttribute("ContentType", to: "application/json")
            root.insertFirst(element)
            result.setPart("[Content_Types].xml", types.serialized())
        }
        return result
    }

    /// The provenance stored in `package`, or nil when it has none (not written by hoso).
    public static func read(from package: OOXMLPackage) -> Provenance? {
        guard let bytes = package.part(partName) else { return nil }
        return try? JSONDecoder().decode(Provenance.self, from: Data(bytes))
    }
}

extension XMLNode {
    /// Inserts `child` before the first child (Defaults come first in `[Content_Types].xml`).
    fileprivate func insertFirst(_ child: XMLNode) {
        if let first = firstChild { first.insertBefore(child) } else { append(child) }
    }
}
