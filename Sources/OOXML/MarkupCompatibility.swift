package import XMLCore

/// The Markup Compatibility (ISO/IEC 29500-3) pre-pass a consumer applies before validating:
/// namespaces listed in `mc:Ignorable` are dropped (elements and attributes),
/// `mc:AlternateContent` is replaced by its `mc:Fallback`, and `mc:*` attributes go.
package enum MarkupCompatibility {
    /// The markup compatibility namespace.
    package static let namespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Whether a part's bytes may hold any markup compatibility at all (they name its namespace):
    /// when they do not, the pre-pass would change nothing.
    package static func mayApply(to bytes: [UInt8]) -> Bool {
        let pattern = Array(namespace.utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    /// Applies the pre-pass to `document` in place (a document parsed for validation only: no
    /// copy of a large tree is made).
    package static func apply(to document: XMLDocument) {
        guard let root = document.root else { return }
        clean(root, ignorable: ignorableNamespaces(in: root))
    }

    /// The namespaces whose prefixes any `mc:Ignorable` attribute lists.
    private static func ignorableNamespaces(in root: XMLNode) -> Set<String> {
        var prefixes: [String: String] = [:]
        var listed: [String] = []
        func visit(_ node: XMLNode) {
            for declaration in node.namespaceDeclarations where prefixes[declaration.prefix] == nil {
                prefixes[declaration.prefix] = declaration.uri
            }
            if let value = node.attribute("Ignorable", namespace: namespace) {
                listed += value.split(separator: " ").map(String.init)
            }
        }
        visit(root)
        root.forEachDescendant { if $0.isElement { visit($0) } }
        return Set(listed.compactMap { prefixes[$0] })
    }

    private static func clean(_ element: XMLNode, ignorable: Set<String>) {
        for attribute in element.attributes {
            guard let uri = attribute.namespaceURI, uri == namespace || ignorable.contains(uri) else { continue }
            element.removeAttribute(attribute.localName, namespace: uri)
        }
        for child in element.children where child.isElement {
            if child.localName == "AlternateContent", child.namespaceURI == namespace {
                if let fallback = child.elementChildren.first(where: { $0.localName == "Fallback" && $0.namespaceURI == namespace }) {
                    for replacement in fallback.children {
                        child.insertBefore(replacement)
                        if replacement.isElement { clean(replacement, ignorable: ignorable) }
                    }
                }
                child.remove()
            } else if let uri = child.namespaceURI, ignorable.contains(uri) {
                child.remove()
            } else {
                clean(child, ignorable: ignorable)
            }
        }
    }
}
