import Foundation
import OOXML
import XMLCore

/// A readable text dump of a rendered document, kept as a golden file per form: paragraphs one per
/// line, table rows as `| a | b |`, section breaks with their page size, headers after the body.
enum TextDump {
    static func dump(_ package: OOXMLPackage) throws -> String {
        var lines: [String] = []
        for part in try package.contentParts() {
            let document = try package.xmlPart(part.name)
            guard let root = document.root else { continue }
            if part.kind != .body { lines.append("=== \(part.name)") }
            let container = root.firstChild("body", namespace: Namespace.w) ?? root
            for node in container.elementChildren { dump(node, into: &lines) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ node: XMLNode, into lines: inout [String]) {
        if node.isElement("p", namespace: Namespace.w) {
            let text = paragraphText(node)
            if !text.isEmpty { lines.append(text) }
            if let section = node.firstChild("pPr", namespace: Namespace.w)?.firstChild("sectPr", namespace: Namespace.w) {
                lines.append(sectionLine(section))
            }
        } else if node.isElement("tbl", namespace: Namespace.w) {
            dumpTable(node, indent: "", into: &lines)
        } else if node.isElement("sectPr", namespace: Namespace.w) {
            lines.append(sectionLine(node))
        }
    }

    /// Rows as `| a | b |`; a table nested in a cell follows its row, indented.
    private static func dumpTable(_ table: XMLNode, indent: String, into lines: inout [String]) {
        for row in table.elementChildren where row.isElement("tr", namespace: Namespace.w) {
            var nested: [XMLNode] = []
            let cells = row.elementChildren.filter { $0.isElement("tc", namespace: Namespace.w) }.map { cell in
                cell.elementChildren.compactMap { child -> String? in
                    if child.isElement("tbl", namespace: Namespace.w) {
                        nested.append(child)
                        return "[bảng ↓]"
                    }
                    return child.isElement("p", namespace: Namespace.w) ? paragraphText(child) : nil
                }.filter { !$0.isEmpty }.joined(separator: " / ")
            }
            lines.append(indent + "| " + cells.joined(separator: " | ") + " |")
            for table in nested { dumpTable(table, indent: indent + "    ", into: &lines) }
        }
    }

    private static func paragraphText(_ paragraph: XMLNode) -> String {
        var text = ""
        paragraph.forEachDescendant { node in
            guard node.isElement else { return }
            if node.isElement("t", namespace: Namespace.w) {
                text += node.textContent
            } else if node.isElement("tab", namespace: Namespace.w), node.parent?.isElement("r", namespace: Namespace.w) == true {
                text += "\t"
            } else if node.isElement("br", namespace: Namespace.w) {
                text += " ↵ "
            } else if node.isElement("instrText", namespace: Namespace.w) || node.isElement("fldSimple", namespace: Namespace.w) {
                text += "{\((node.attribute("instr", namespace: Namespace.wordprocessing) ?? node.textContent).trimmingCharacters(in: .whitespaces))}"
            }
        }
        return text
    }

    private static func sectionLine(_ section: XMLNode) -> String {
        let w = Namespace.wordprocessing
        let size = section.firstChild("pgSz", namespace: Namespace.w)
        let landscape = size?.attribute("orient", namespace: w) == "landscape"
        let start = section.firstChild("pgNumType", namespace: Namespace.w)?.attribute("start", namespace: w)
        return "──── section: \(size?.attribute("w", namespace: w) ?? "?")×\(size?.attribute("h", namespace: w) ?? "?")"
            + (landscape ? " landscape" : "") + (start.map { ", pages from \($0)" } ?? "")
    }
}
