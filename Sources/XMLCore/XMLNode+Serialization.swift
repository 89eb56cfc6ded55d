internal import CLibXML2

/// Pieces of a tree as bytes, for writers that assemble a document's output themselves from
/// fragments prepared once (the template engine's compiled parts). Every piece is written
/// exactly as `XMLDocument.serialized()` would write it in place: no namespace declarations
/// are added for prefixes declared on ancestors.
extension XMLNode {
    /// Appends this node and its whole subtree. Elements and text are written here, as
    /// `xmlNodeDump` writes them (start tags as `appendOpenStartTag`, `<x/>` when empty, text
    /// escaped as `XMLText.appendEscaped`); anything else (comments, CDATA, instructions, entity
    /// references) goes through `xmlNodeDump` and its output buffer.
    package func appendXML(to bytes: inout [UInt8]) {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE:
            appendOpenStartTag(to: &bytes)
            guard pointer.pointee.children != nil else {
                bytes.append(contentsOf: "/>".utf8)
                return
            }
            bytes.append(UInt8(ascii: ">"))
            var child = pointer.pointee.children
            while let current = child {
                XMLNode(document: document, pointer: current).appendXML(to: &bytes)
                child = current.pointee.next
            }
            appendEndTag(to: &bytes)
        case XML_TEXT_NODE where Self.isEscapedText(pointer):
            if let content = pointer.pointee.content {
                XMLText.appendEscaped(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), to: &bytes)
            }
        default:
            withBuffer(appendingTo: &bytes) { buffer in
                _ = xmlNodeDump(buffer, document.pointer, pointer, 0, 0)
            }
        }
    }

    /// Whether the text node is written escaped: named "text" (libxml2's "textnoenc" nodes are
    /// written as they are).
    private static func isEscapedText(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        return name[0] == UInt8(ascii: "t") && name[1] == UInt8(ascii: "e") && name[2] == UInt8(ascii: "x")
            && name[3] == UInt8(ascii: "t") && name[4] == 0
    }

    /// Appends this element's start tag without its final `>` (`<w:r w:rsidR="00A1"`): its
    /// qualified name, the namespace declarations it makes, then its attributes. The writer
    /// closes it with `>` (content follows) or `/>` (none does).
    package func appendOpenStartTag(to bytes: inout [UInt8]) {
        precondition(isElement, "only an element has a start tag")
        bytes.append(UInt8(ascii: "<"))
        appendQualifiedName(of: pointer.pointee.ns, pointer.pointee.name, to: &bytes)
        if pointer.pointee.nsDef != nil {
            withBuffer(appendingTo: &bytes) { buffer in
                var namespace = pointer.pointee.nsDef
                while let current = namespace {
                    xmlBufferWriteChar(buffer, " xmlns")
                    if let prefix = current.pointee.prefix {
                        xmlBufferWriteChar(buffer, ":")
                        xmlBufferWriteCHAR(buffer, prefix)
                    }
                    xmlBufferWriteChar(buffer, "=")
                    xmlBufferWriteQuotedString(buffer, current.pointee.href)
                    namespace = current.pointee.next
                }
            }
        }
        var attribute = pointer.pointee.properties
        while let current = attribute {
            bytes.append(UInt8(ascii: " "))
            appendQualifiedName(of: current.pointee.ns, current.pointee.name, to: &bytes)
            bytes.append(contentsOf: #"=""#.utf8)
            // Most values (w:val="center", sizes, ids) are one text node of plain ASCII with
            // nothing to escape: copied as they are, without a libxml2 buffer for each.
            if let text = current.pointee.children, text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil,
                let content = text.pointee.content, Self.isPlainAttributeText(content)
            {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                bytes.append(UInt8(ascii: "\""))
                attribute = current.pointee.next
                continue
            }
            withBuffer(appendingTo: &bytes) { buffer in
                var child = current.pointee.children
                while let piece = child {
                    if piece.pointee.type == XML_TEXT_NODE, let content = piece.pointee.content {
                        xmlAttrSerializeTxtContent(buffer, document.pointer, current, content)
                    } else if piece.pointee.type == XML_ENTITY_REF_NODE {
                        xmlBufferWriteChar(buffer, "&")
                        xmlBufferWriteCHAR(buffer, piece.pointee.name)
                        xmlBufferWriteChar(buffer, ";")
                    }
                    child = piece.pointee.next
                }
            }
            bytes.append(UInt8(ascii: "\""))
            attribute = current.pointee.next
        }
    }

    /// Whether libxml2 would write `content` as it is in an attribute value: ASCII without
    /// `&`, `<`, `>`, `"` or the control characters it writes as character references.
    private static func isPlainAttributeText(_ content: UnsafePointer<xmlChar>) -> Bool {
        var byte = content
        while byte.pointee != 0 {
            switch byte.pointee {
            case 0x20...0x7E
            where byte.pointee != UInt8(ascii: "&") && byte.pointee != UInt8(ascii: "<")
                && byte.pointee != UInt8(ascii: ">") && byte.pointee != UInt8(ascii: "\""):
                byte += 1
            default:
                return false
            }
        }
        return true
    }

    /// Appends this element's end tag (`</w:r>`).
    package func appendEndTag(to bytes: inout [UInt8]) {
        precondition(isElement, "only an element has an end tag")
        bytes.append(contentsOf: "</".utf8)
        appendQualifiedName(of: pointer.pointee.ns, pointer.pointee.name, to: &bytes)
        bytes.append(UInt8(ascii: ">"))
    }

    private func appendQualifiedName(of namespace: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?, to bytes: inout [UInt8]) {
        if let prefix = namespace?.pointee.prefix {
            bytes.append(contentsOf: UnsafeBufferPointer(start: prefix, count: Int(xmlStrlen(prefix))))
            bytes.append(UInt8(ascii: ":"))
        }
        if let name {
            bytes.append(contentsOf: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        }
    }

    /// Runs `body` with a fresh libxml2 buffer, then appends what it wrote.
    private func withBuffer(appendingTo bytes: inout [UInt8], _ body: (xmlBufferPtr) -> Void) {
        guard let buffer = xmlBufferCreate() else { fatalError("libxml2: out of memory") }
        defer { xmlBufferFree(buffer) }
        body(buffer)
        if let content = xmlBufferContent(buffer) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        }
    }
}

/// Character data as libxml2 writes it in a UTF-8 document.
package enum XMLText {
    /// Appends `text` as element content: `&`, `<`, `>` and carriage returns escaped, every other
    /// character as its UTF-8 bytes.
    @inlinable
    package static func appendEscaped<Text: Collection<UInt8>>(_ text: Text, to bytes: inout [UInt8]) {
        var start = text.startIndex
        var index = start
        while index != text.endIndex {
            let replacement: StaticString
            switch text[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\r"): replacement = "&#13;"
            default:
                text.formIndex(after: &index)
                continue
            }
            bytes.append(contentsOf: text[start..<index])
            bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            text.formIndex(after: &index)
            start = index
        }
        bytes.append(contentsOf: text[start..<index])
    }
}
