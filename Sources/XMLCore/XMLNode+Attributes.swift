internal import CLibXML2

/// One attribute of an element, by namespace and local name.
package struct XMLAttribute: Sendable, Hashable {
    /// The namespace URI, nil for an attribute without a prefix.
    package var namespaceURI: String?
    /// The local name ("val" for `w:val`).
    package var localName: String
    /// The value.
    package var value: String
}

extension XMLNode {
    /// The element's attributes in document order (namespace declarations are not attributes).
    package var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var current = pointer.pointee.properties
        while let attribute = current {
            let name = String(xmlString: attribute.pointee.name) ?? ""
            let namespace = String(xmlString: attribute.pointee.ns?.pointee.href)
            let value = String(ownedXMLString: xmlNodeListGetString(document.pointer, attribute.pointee.children, 1)) ?? ""
            result.append(XMLAttribute(namespaceURI: namespace, localName: name, value: value))
            current = attribute.pointee.next
        }
        return result
    }

    /// The namespace declarations on this element, as (prefix, URI); the default namespace has
    /// an empty prefix.
    package var namespaceDeclarations: [(prefix: String, uri: String)] {
        var result: [(String, String)] = []
        var current = pointer.pointee.nsDef
        while let namespace = current {
            result.append((String(xmlString: namespace.pointee.prefix) ?? "", String(xmlString: namespace.pointee.href) ?? ""))
            current = namespace.pointee.next
        }
        return result
    }
}
