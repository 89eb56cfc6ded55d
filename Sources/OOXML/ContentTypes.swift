package import XMLCore

/// The package's `[Content_Types].xml`: a content type per extension plus per-part overrides.
package struct ContentTypes: Sendable, Equatable {
    /// Content type by lower-cased extension ("xml", "rels", "png").
    package var defaults: [String: String]
    /// Content type by part name (without the leading slash).
    package var overrides: [String: String]

    /// Reads the bytes of `[Content_Types].xml`.
    package init(bytes: [UInt8]) throws(XMLParseError) {
        let document = try XMLDocument(bytes: bytes, url: "[Content_Types].xml")
        defaults = [:]
        overrides = [:]
        for node in document.root?.elementChildren ?? [] {
            guard let type = node.attribute("ContentType") else { continue }
            if node.isElement("Default", namespace: Namespace.contentTypes), let ext = node.attribute("Extension") {
                defaults[ext.lowercased()] = type
            } else if node.isElement("Override", namespace: Namespace.contentTypes), let name = node.attribute("PartName") {
                overrides[name.hasPrefix("/") ? String(name.dropFirst()) : name] = type
            }
        }
    }

    /// The content type of part `name`: its override, else its extension's default.
    package func contentType(of name: String) -> String? {
        if let type = overrides[name] { return type }
        let file = PartName.fileName(of: name)
        guard let dot = file.lastIndex(of: ".") else { return nil }
        return defaults[file[file.index(after: dot)...].lowercased()]
    }
}
