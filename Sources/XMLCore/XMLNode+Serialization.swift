internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pieces of a tree as bytes, for writers that assemble a document's output themselves from
/// fragments prepared once (the template engine's compiled parts). Every piece is written
/// exactly as `XMLDocument.serialized()` would write it in place: no namespace declarations
/// are added for prefixes declared on ancestors.
extension XMLNode {
    /// Appends this node and its whole subtree. Elements and text are written by the shim's
    /// `hoso_xml_write_tree`, as `xmlNodeDump` writes them (start tags as `appendOpenStartTag`,
    /// `<x/>` when empty, text escaped as `XMLText.appendEscaped`), in C: a tree walked in Swift
    /// paid a retain and release of the document for every node; anything else (comments, CDATA,
    /// instructions, entity references) goes through `xmlNodeDump` and its output buffer.
    package func appendXML(to bytes: inout [UInt8]) {
        write(to: &bytes) { hoso_xml_write_tree($0, document.pointer, pointer) }
    }

    /// Runs `body` (a `hoso_xml_write_…` call) on an empty byte array, then appends what it wrote.
    private func write(to bytes: inout [UInt8], _ body: (UnsafeMutablePointer<hoso_bytes>) -> Int32) {
        var written = hoso_bytes()
        defer { free(written.data) }
        guard body(&written) == 0 else { fatalError("libxml2: out of memory") }
        if let data = written.data { bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: written.count)) }
    }

    /// Appends this element's start tag without its final `>` (`<w:r w:rsidR="00A1"`): its
    /// qualified name, the namespace declarations it makes, then its attributes. The writer
    /// closes it with `>` (content follows) or `/>` (none does).
    package func appendOpenStartTag(to bytes: inout [UInt8]) {
        precondition(isElement, "only an element has a start tag")
        write(to: &bytes) { hoso_xml_write_open_start_tag($0, document.pointer, pointer) }
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
