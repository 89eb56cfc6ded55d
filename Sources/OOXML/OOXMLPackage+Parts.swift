package import Diagnostics
import XMLCore

/// What a content part is, for saying where a problem is in Word's terms.
package enum ContentPartKind: Sendable, Equatable {
    /// The main document's body (`word/document.xml`).
    case body
    /// A header part (đầu trang).
    case header
    /// A footer part (chân trang).
    case footer
    /// Footnotes (chú thích cuối trang).
    case footnotes
    /// Endnotes (chú thích cuối văn bản).
    case endnotes
}

/// A part whose text a template may contain.
package struct ContentPart: Sendable, Equatable {
    /// The part's name ("word/header1.xml").
    package var name: String
    /// What it is.
    package var kind: ContentPartKind

    /// A content part.
    package init(name: String, kind: ContentPartKind) {
        self.name = name
        self.kind = kind
    }
}

extension OOXMLPackage {
    /// The parsed `[Content_Types].xml`.
    package func contentTypes() throws(DiagnosticError) -> ContentTypes {
        let name = "[Content_Types].xml"
        let bytes = try requiredPart(name)
        do {
            return try ContentTypes(bytes: bytes)
        } catch {
            throw malformed(name, error)
        }
    }

    /// The relationships of part `source` ("" for the package itself); none when it has no
    /// `.rels` part.
    package func relationships(of source: String) throws(DiagnosticError) -> [Relationship] {
        let name = PartName.relationshipsPart(of: source)
        guard let bytes = part(name) else { return [] }
        do {
            return try Relationship.parse(bytes)
        } catch {
            throw malformed(name, error)
        }
    }

    /// The part names `source`'s relationships of `type` point at, in relationship order,
    /// skipping external targets and targets outside the package.
    package func relatedParts(of source: String, type: String) throws(DiagnosticError) -> [String] {
        Self.targets(of: try relationships(of: source), from: source, type: type)
    }

    private static func targets(of relationships: [Relationship], from source: String, type: String) -> [String] {
        relationships.compactMap { relationship in
            guard relationship.type == type, !relationship.isExternal else { return nil }
            return PartName.resolve(relationship.target, from: source)
        }
    }

    /// The main document part ("word/document.xml"), found through `_rels/.rels`.
    package func mainDocumentPart() throws(DiagnosticError) -> String {
        try mainDocumentPart(in: relationships(of: ""))
    }

    private func mainDocumentPart(in packageRelationships: [Relationship]) throws(DiagnosticError) -> String {
        guard let name = Self.targets(of: packageRelationships, from: "", type: RelationshipType.officeDocument).first,
            part(name) != nil
        else {
            throw DiagnosticError([Diagnostic(.error, at: SourceLocation(file: sourceName), PackageMessages.noMainDocument)])
        }
        return name
    }

    /// `docProps/core.xml` (or wherever `_rels/.rels` puts the core properties), if present.
    package func corePropertiesPart() throws(DiagnosticError) -> String? {
        corePropertiesPart(in: try relationships(of: ""))
    }

    private func corePropertiesPart(in packageRelationships: [Relationship]) -> String? {
        Self.targets(of: packageRelationships, from: "", type: RelationshipType.coreProperties).first { part($0) != nil }
    }

    /// What a template fills: `contentParts()` and `corePropertiesPart()`, reading `_rels/.rels` once.
    package func templateParts() throws(DiagnosticError) -> (content: [ContentPart], coreProperties: String?) {
        let packageRelationships = try relationships(of: "")
        return (try contentParts(in: packageRelationships), corePropertiesPart(in: packageRelationships))
    }

    /// The main document, then its headers, footers, footnotes and endnotes — each once, in
    /// relationship order.
    package func contentParts() throws(DiagnosticError) -> [ContentPart] {
        try contentParts(in: relationships(of: ""))
    }

    private func contentParts(in packageRelationships: [Relationship]) throws(DiagnosticError) -> [ContentPart] {
        let main = try mainDocumentPart(in: packageRelationships)
        var result = [ContentPart(name: main, kind: .body)]
        let kinds: [(String, ContentPartKind)] = [
            (RelationshipType.header, .header), (RelationshipType.footer, .footer),
            (RelationshipType.footnotes, .footnotes), (RelationshipType.endnotes, .endnotes),
        ]
        let relationships = try relationships(of: main)
        for (type, kind) in kinds {
            for name in Self.targets(of: relationships, from: main, type: type)
            where part(name) != nil && !result.contains(where: { $0.name == name }) {
                result.append(ContentPart(name: name, kind: kind))
            }
        }
        return result
    }

    func malformed(_ name: String, _ error: XMLParseError) -> DiagnosticError {
        let location = SourceLocation(file: "\(sourceName):\(name)", line: error.line, column: error.column)
        return DiagnosticError([Diagnostic(.error, at: location, PackageMessages.malformedXML(error.message))])
    }
}
