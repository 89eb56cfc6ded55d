package import XMLCore

/// The bookkeeping parts of a package — `[Content_Types].xml` and the `.rels` parts — edited as
/// XML trees, the one place the OPC rules for adding a part live: a content type for an extension
/// (`Default`) or for one part (`Override`), each added only when the part has none, and a
/// relationship under a fixed id or the first free numbered one. Each part is parsed on first use
/// and written back by `write(into:)` when it changed (or was marked to be `rewritten`). Provenance,
/// images, sub-documents and the binder all add their parts through it.
package struct PackageParts {
    /// Where a new `Default` goes.
    package enum DefaultPlacement: Sendable {
        /// Before every other entry.
        case first
        /// Before the first `Override` (where Word writes its defaults), else last.
        case beforeOverrides
    }

    /// The id of a new relationship.
    package enum RelationshipID: Sendable, Equatable {
        /// Exactly this id.
        case fixed(String)
        /// `prefix` and the first number from `start` on that no relationship of the part uses
        /// (`rIdB4`): deterministic, never a random id.
        case numbered(prefix: String, from: Int)
    }

    /// The content types part's name.
    package static let contentTypesName = "[Content_Types].xml"

    /// A `.rels` part with no relationship yet (for a part that had none).
    static let emptyRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>
        """

    private let package: OOXMLPackage
    private var documents: [String: XMLDocument] = [:]
    private var changed: Set<String> = []

    /// Edits of `package`'s bookkeeping parts (read from it as it is now).
    package init(of package: OOXMLPackage) {
        self.package = package
    }

    // MARK: Content types

    /// Adds a `Default` giving `fileExtension` (any case) `contentType`, unless the package has one
    /// for it; true when added. A package without `[Content_Types].xml` is left alone.
    @discardableResult
    package mutating func addDefault(
        extension fileExtension: String, contentType: String, placement: DefaultPlacement
    )
        throws(XMLParseError) -> Bool
    {
        guard let types = try document(Self.contentTypesName, creating: false), let root = types.root else { return false }
        let lower = fileExtension.lowercased()
        guard
            !root.elementChildren.contains(where: {
                $0.isElement("Default", namespace: Namespace.contentTypes) && $0.attribute("Extension")?.lowercased() == lower
            })
        else { return false }
        let element = types.createElement("Default", namespace: Namespace.contentTypes.description)
        element.setAttribute("Extension", to: fileExtension)
        element.setAttribute("ContentType", to: contentType)
        switch placement {
        case .first:
            if let first = root.firstChild { first.insertBefore(element) } else { root.append(element) }
        case .beforeOverrides:
            if let override = root.elementChildren.first(where: { $0.isElement("Override", namespace: Namespace.contentTypes) }) {
                override.insertBefore(element)
            } else {
                root.append(element)
            }
        }
        changed.insert(Self.contentTypesName)
        return true
    }

    /// Adds an `Override` giving part `name` ("docProps/custom.xml") `contentType`, unless the
    /// package has one for it; true when added.
    @discardableResult
    package mutating func addOverride(part name: String, contentType: String) throws(XMLParseError) -> Bool {
        guard let types = try document(Self.contentTypesName, creating: false), let root = types.root else { return false }
        let partName = "/" + name
        guard !root.elementChildren.contains(where: { $0.attribute("PartName") == partName }) else { return false }
        let element = types.createElement("Override", namespace: Namespace.contentTypes.description)
        element.setAttribute("PartName", to: partName)
        element.setAttribute("ContentType", to: contentType)
        root.append(element)
        changed.insert(Self.contentTypesName)
        return true
    }

    // MARK: Relationships

    /// Whether part `source` ("" for the package itself) has a relationship of `type`.
    package mutating func hasRelationship(from source: String, type: String) throws(XMLParseError) -> Bool {
        guard let root = try document(PartName.relationshipsPart(of: source), creating: false)?.root else { return false }
        return root.elementChildren.contains { $0.attribute("Type") == type }
    }

    /// Adds a relationship of `type` from part `source` ("" for the package itself) to `target`
    /// (`external`: a URL outside the package) and returns its id. A part without relationships
    /// gets its `.rels` part.
    @discardableResult
    package mutating func addRelationship(
        from source: String, id: RelationshipID, type: String, target: String,
        external: Bool = false
    ) throws(XMLParseError) -> String {
        let name = PartName.relationshipsPart(of: source)
        guard let relationships = try document(name, creating: true), let root = relationships.root else { return "" }
        let chosen: String
        switch id {
        case .fixed(let fixed):
            chosen = fixed
        case .numbered(let prefix, let start):
            let taken = Set(root.elementChildren.compactMap { $0.attribute("Id") })
            var number = start
            while taken.contains("\(prefix)\(number)") { number += 1 }
            chosen = "\(prefix)\(number)"
        }
        let element = relationships.createElement("Relationship", namespace: Namespace.packageRelationships.description)
        element.setAttribute("Id", to: chosen)
        element.setAttribute("Type", to: type)
        element.setAttribute("Target", to: target)
        if external { element.setAttribute("TargetMode", to: "External") }
        root.append(element)
        changed.insert(name)
        return chosen
    }

    // MARK: Writing back

    /// Marks part `name` to be written back even if nothing is added to it (serialised again).
    package mutating func rewrite(_ name: String) throws(XMLParseError) {
        if try document(name, creating: name.hasSuffix(".rels")) != nil { changed.insert(name) }
    }

    /// Writes every changed part into `target` (in name order).
    package func write(into target: inout OOXMLPackage) {
        for name in changed.sorted() {
            if let document = documents[name] { target.setPart(name, document.serialized()) }
        }
    }

    /// The parsed part `name`, parsed on first use; a missing `.rels` part starts empty when
    /// `creating`, any other missing part is nil.
    private mutating func document(_ name: String, creating: Bool) throws(XMLParseError) -> XMLDocument? {
        if let known = documents[name] { return known }
        let bytes: [UInt8]
        if let part = package.part(name) {
            bytes = part
        } else if creating {
            bytes = Array(Self.emptyRelationships.utf8)
        } else {
            return nil
        }
        let document = try XMLDocument(bytes: bytes, url: name)
        documents[name] = document
        return document
    }
}
