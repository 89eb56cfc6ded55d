package import XMLCore

/// One relationship of a part (`<Relationship Id="rId3" Type="…/header" Target="header1.xml"/>`).
package struct Relationship: Sendable, Equatable {
    /// The id markup refers to (`r:id="rId3"`).
    package var id: String
    /// The relationship type URI.
    package var type: String
    /// The target as written.
    package var target: String
    /// Whether the target is outside the package (a hyperlink URL).
    package var isExternal: Bool

    /// A relationship.
    package init(id: String, type: String, target: String, isExternal: Bool) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
    }

    /// The relationships in a `.rels` part's bytes.
    package static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> [Relationship] {
        let document = try XMLDocument(bytes: bytes, url: "rels")
        guard let root = document.root else { return [] }
        return root.elementChildren.compactMap { node in
            guard node.isElement("Relationship", namespace: Namespace.packageRelationships),
                let id = node.attribute("Id"), let type = node.attribute("Type"),
                let target = node.attribute("Target")
            else { return nil }
            return Relationship(id: id, type: type, target: target, isExternal: node.attribute("TargetMode") == "External")
        }
    }
}
