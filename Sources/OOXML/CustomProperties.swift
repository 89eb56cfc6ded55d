import XMLCore

/// A package's document custom properties (`docProps/custom.xml`): named text values that Word and
/// LibreOffice keep when they save the file again. Read and written as name → text, in the part's
/// order; every property not written here is kept as it is.
package enum CustomProperties {
    /// The part's name.
    package static let partName = "docProps/custom.xml"
    /// The package relationship type pointing at it.
    package static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
    /// Its content type.
    package static let contentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    /// The part's namespace (its root `Properties` and each `property`).
    package static let namespace = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    /// The values' namespace (`vt:lpwstr`).
    package static let variantNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    /// The format id Word gives every user-defined property.
    static let userDefinedFormat = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

    /// One property: its name and text.
    package struct Property: Sendable, Equatable {
        /// Its name ("hoso-provenance-0001").
        package var name: String
        /// Its text value.
        package var text: String

        /// A property `name` with `text`.
        package init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The properties of `package` whose names start with `prefix`, in the part's order; nil when
    /// the package has no custom properties part or it is not well-formed XML.
    package static func texts(in package: OOXMLPackage, prefix: String) -> [Property]? {
        guard let bytes = package.part(partName), let document = try? XMLDocument(bytes: bytes), let root = document.root else {
            return nil
        }
        return root.elementChildren.compactMap { property in
            guard let name = property.attribute("name"), name.hasPrefix(prefix) else { return nil }
            return Property(name: name, text: property.textContent)
        }
    }

    /// Replaces the properties of `package` whose names start with `prefix` by `properties` (text
    /// values, numbered after the highest id kept). A package without the part gets one, reached
    /// from `_rels/.rels` through `relationshipID`, with its content type.
    package static func replaceTexts(
        prefix: String, with properties: [Property], in package: inout OOXMLPackage, relationshipID: String
    ) throws {
        let existing = package.part(partName)
        let document =
            try existing.map { _ in try package.xmlPart(partName) }
            ?? XMLDocument(
                bytes: Array(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Properties xmlns=\"\(namespace)\" xmlns:vt=\"\(variantNamespace)\"/>").utf8))
        guard let root = document.root else { return }
        var lastID = 1
        for property in root.elementChildren {
            if property.attribute("name")?.hasPrefix(prefix) == true {
                property.remove()
            } else if let id = property.attribute("pid").flatMap(Int.init) {
                lastID = max(lastID, id)
            }
        }
        for (number, property) in properties.enumerated() {
            let element = document.createElement("property", namespace: namespace)
            element.setAttribute("fmtid", to: userDefinedFormat)
            element.setAttribute("pid", to: String(lastID + 1 + number))
            element.setAttribute("name", to: property.name)
            let value = document.createElement("lpwstr", namespace: variantNamespace)
            value.setText(property.text)
            element.append(value)
            root.append(element)
        }
        package.setPart(partName, document.serialized())
        guard existing == nil else { return }

        var parts = PackageParts(of: package)
        if try !parts.hasRelationship(from: "", type: relationshipType) {
            try parts.addRelationship(from: "", id: .fixed(relationshipID), type: relationshipType, target: partName)
        }
        try parts.addOverride(part: partName, contentType: contentType)
        parts.write(into: &package)
    }
}
