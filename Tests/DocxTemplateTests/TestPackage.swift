import Foundation
import OOXML
import XMLCore

/// Builds minimal valid `.docx` packages from a `<w:body>` fragment, the way tests need them.
enum TestPackage {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """

    static let sectionProperties =
        #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>"#

    /// A package whose body is `body` (section properties appended unless present), with an
    /// optional header body, footer body (only with a header) and document title.
    static func make(body: String, header: String? = nil, footer: String? = nil, title: String? = nil) -> OOXMLPackage {
        let sect = body.contains("<w:sectPr") ? "" : sectionProperties
        var parts: [String: [UInt8]] = [:]
        func put(_ name: String, _ text: String) { parts[name] = Array(text.utf8) }
        put(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            \(footer == nil ? "" : #"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#)\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """)
        put(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """)
        var sectionWithHeader = sect
        if header != nil {
            let footerReference = footer == nil ? "" : #"<w:footerReference w:type="default" r:id="rIdF"/>"#
            sectionWithHeader = sect.replacingOccurrences(
                of: "<w:sectPr>", with: #"<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>"# + footerReference)
            let footerRelationship =
                footer == nil
                ? ""
                : #"<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#
            put(
                "word/_rels/document.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
                \(footerRelationship)</Relationships>
                """)
            if let footer {
                put(
                    "word/footer1.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:ftr \(namespaces)>\(footer)</w:ftr>
                    """)
            }
            put(
                "word/header1.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:hdr \(namespaces)>\(header!)</w:hdr>
                """)
        }
        put(
            "word/document.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(namespaces)><w:body>\(body)\(sectionWithHeader)</w:body></w:document>
            """)
        put(
            "docProps/core.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title ?? "Untitled")</dc:title></cp:coreProperties>
            """)
        return OOXMLPackage(parts: parts, sourceName: "test.docx")
    }

    /// The body of a rendered package's document part, without the namespaces and `w:sectPr`.
    static func body(of package: OOXMLPackage, part: String = "word/document.xml") -> String {
        var text = String(decoding: package.part(part) ?? [], as: UTF8.self)
        if let start = text.range(of: "<w:body>"), let end = text.range(of: "</w:body>") {
            text = String(text[start.upperBound..<end.lowerBound])
        }
        if let sect = text.range(of: "<w:sectPr") { text = String(text[..<sect.lowerBound]) }
        return text
    }

    /// The visible text of a part: paragraphs on lines, cells separated by " | ", rows by newlines.
    static func text(of package: OOXMLPackage, part: String = "word/document.xml") throws -> String {
        let document = try XMLDocument(bytes: package.part(part) ?? [])
        var lines: [String] = []
        func walk(_ node: XMLNode) {
            for child in node.children where child.isElement {
                switch child.localName {
                case "p":
                    var line = ""
                    child.forEachDescendant { node in
                        if node.isElement("t", namespace: Namespace.w) { line += node.textContent }
                        if node.isElement("br", namespace: Namespace.w) { line += "⏎" }
                        if node.isElement("tab", namespace: Namespace.w) { line += "⇥" }
                    }
                    lines.append(line)
                case "tr":
                    var cells: [String] = []
                    for cell in child.elementChildren where cell.localName == "tc" {
                        cells.append(cell.elementChildren.filter { $0.localName == "p" }.map { $0.textContent }.joined(separator: "/"))
                    }
                    lines.append(cells.joined(separator: " | "))
                default:
                    walk(child)
                }
            }
        }
        if let root = document.root { walk(root) }
        return lines.joined(separator: "\n")
    }
}
