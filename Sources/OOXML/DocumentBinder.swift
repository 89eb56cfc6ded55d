package import Diagnostics
import XMLCore

/// Binds several WordprocessingML packages into one document, each keeping its own section:
/// page size and orientation, margins, headers and footers, and page numbers starting again at 1.
///
/// The first package is the base (its styles, settings and fonts serve the whole book). Each
/// following package's body is copied in after a section break; the relationships its markup uses
/// (headers, footers, images, hyperlinks) are carried over, reusing the base's when they point at
/// an identical part, otherwise copying the part under a new name.
package enum DocumentBinder {
    /// The packages bound in order, with `title` (if given) as the document title.
    package static func bind(_ packages: [OOXMLPackage], title: String? = nil) throws(DiagnosticError) -> OOXMLPackage {
        guard var book = packages.first else { return OOXMLPackage(parts: [:], sourceName: "empty") }
        let main = try book.mainDocumentPart()
        let document = try book.xmlPart(main)
        let relsName = PartName.relationshipsPart(of: main)
        _ = try book.requiredPart(PackageParts.contentTypesName)
        // The book's relationships and content types, written back (serialised again) at the end.
        var parts = PackageParts(of: book)
        for name in [relsName, PackageParts.contentTypesName] {
            do throws(XMLParseError) { try parts.rewrite(name) } catch { throw book.malformed(name, error) }
        }
        guard let body = document.root?.firstChild("body", namespace: Namespace.w) else {
            return book
        }
        var bookRelationships = try book.relationships(of: main)
        var copiedParts = 0

        for (index, package) in packages.enumerated() {
            let isFirst = index == 0
            let isLast = index == packages.count - 1
            let sourceMain = try package.mainDocumentPart()
            let sourceDocument = isFirst ? document : try package.xmlPart(sourceMain)
            guard let sourceBody = sourceDocument.root?.firstChild("body", namespace: Namespace.w) else { continue }
            let children = sourceBody.elementChildren
            let sections = children.filter { $0.isElement("sectPr", namespace: Namespace.w) }
            let content = children.filter { !$0.isElement("sectPr", namespace: Namespace.w) }
            for section in sections { restartPageNumbers(section, document: sourceDocument) }

            if !isFirst {
                // Map every relationship id this package's markup uses onto the book's.
                let sourceRelationships = try package.relationships(of: sourceMain)
                var idMap: [String: String] = [:]
                for relationship in sourceRelationships {
                    idMap[relationship.id] = try carry(
                        relationship, from: package, sourceMain: sourceMain, into: &book, main: main,
                        bookRelationships: &bookRelationships, parts: &parts,
                        copiedParts: &copiedParts)
                }
                for node in content + sections {
                    let imported = document.importNode(node, deep: true)
                    renameRelationshipIds(in: imported, map: idMap)
                    body.append(imported)
                }
            }
            // Every section but the book's last ends in a paragraph carrying its properties.
            if !isLast,
                let section =
                    (isFirst
                        ? sections.last
                        : body.elementChildren.last(where: {
                            $0.isElement("sectPr", namespace: Namespace.w)
                        }))
            {
                section.remove()
                if let last = body.elementChildren.last, let properties = emptyParagraphProperties(last, document: document) {
                    // The form's own closing paragraph (the one Word needs after a final table) carries
                    // the break: one more paragraph could push an empty page after a full one.
                    properties.append(section)
                } else {
                    let paragraph = document.createElement("p", namespace: Namespace.wordprocessing)
                    let properties = document.createElement("pPr", namespace: Namespace.wordprocessing)
                    paragraph.append(properties)
                    properties.append(section)
                    body.append(paragraph)
                }
            }
        }
        document.removeRedundantNamespaceDeclarations()
        WordRepair.repair(document)
        book.setPart(main, document.serialized())
        parts.write(into: &book)
        if let title { try setTitle(title, in: &book) }
        return book
    }

    /// The properties of `node` when it is a paragraph without text or section of its own (created
    /// when missing), with a hidden paragraph mark made visible again: a section break stays visible.
    private static func emptyParagraphProperties(_ node: XMLNode, document: XMLDocument) -> XMLNode? {
        guard node.isElement("p", namespace: Namespace.w),
            node.elementChildren.allSatisfy({ $0.isElement("pPr", namespace: Namespace.w) })
        else { return nil }
        if let properties = node.firstChild("pPr", namespace: Namespace.w) {
            guard properties.firstChild("sectPr", namespace: Namespace.w) == nil else { return nil }
            properties.firstChild("rPr", namespace: Namespace.w)?.firstChild("vanish", namespace: Namespace.w)?.remove()
            return properties
        }
        let properties = document.createElement("pPr", namespace: Namespace.wordprocessing)
        node.append(properties)
        return properties
    }

    /// The book's id for `relationship` of a bound package: the book's own when it already has
    /// the same relationship to an identical part, otherwise a new one (copying the part).
    private static func carry(
        _ relationship: Relationship, from package: OOXMLPackage, sourceMain: String,
        into book: inout OOXMLPackage, main: String, bookRelationships: inout [Relationship],
        parts: inout PackageParts, copiedParts: inout Int
    ) throws(DiagnosticError) -> String {
        if relationship.isExternal {
            if let same = bookRelationships.first(where: {
                $0.isExternal && $0.type == relationship.type && $0.target == relationship.target
            }) {
                return same.id
            }
            return try addRelationship(
                Relationship(id: "", type: relationship.type, target: relationship.target, isExternal: true),
                to: &bookRelationships, parts: &parts, from: main, of: book)
        }
        guard let sourcePart = PartName.resolve(relationship.target, from: sourceMain),
            let bytes = package.part(sourcePart)
        else {
            return relationship.id
        }
        if let same = bookRelationships.first(where: {
            !$0.isExternal && $0.type == relationship.type && PartName.resolve($0.target, from: main) == sourcePart
        }), book.part(sourcePart) == bytes {
            return same.id
        }
        // A part of the same name but other content: copy it under a new name.
        var target = sourcePart
        if book.part(target) != nil && book.part(target) != bytes {
            repeat {
                copiedParts += 1
                let folder = PartName.folder(of: sourcePart)
                target = (folder.isEmpty ? "" : folder + "/") + "bound\(copiedParts)-" + PartName.fileName(of: sourcePart)
            } while book.part(target) != nil
        }
        if book.part(target) == nil {
            book.setPart(target, bytes)
            // The part's own relationships (an image in a header) travel with it.
            if let ownRels = package.part(PartName.relationshipsPart(of: sourcePart)) {
                book.setPart(PartName.relationshipsPart(of: target), ownRels)
            }
            if let type = try package.contentTypes().overrides[sourcePart] {
                do throws(XMLParseError) {
                    try parts.addOverride(part: target, contentType: type)
                } catch {
                    throw book.malformed(PackageParts.contentTypesName, error)
                }
            }
        }
        return try addRelationship(
            Relationship(id: "", type: relationship.type, target: relativeTarget(target, from: main), isExternal: false),
            to: &bookRelationships, parts: &parts, from: main, of: book)
    }

    /// Adds `relationship` from the book's `main` part under the next free `rIdB<n>` id and
    /// returns that id.
    private static func addRelationship(
        _ relationship: Relationship, to list: inout [Relationship], parts: inout PackageParts, from main: String,
        of book: OOXMLPackage
    ) throws(DiagnosticError) -> String {
        var added = relationship
        do throws(XMLParseError) {
            added.id = try parts.addRelationship(
                from: main, id: .numbered(prefix: "rIdB", from: list.count + 1), type: relationship.type, target: relationship.target,
                external: relationship.isExternal)
        } catch {
            throw book.malformed(PartName.relationshipsPart(of: main), error)
        }
        list.append(added)
        return added.id
    }

    /// `target` written relative to the folder of `source` ("header1.xml" from "word/document.xml").
    private static func relativeTarget(_ target: String, from source: String) -> String {
        let folder = PartName.folder(of: source)
        if !folder.isEmpty, target.hasPrefix(folder + "/") { return String(target.dropFirst(folder.count + 1)) }
        return "/" + target
    }

    private static func renameRelationshipIds(in node: XMLNode, map: [String: String]) {
        let relationshipNamespace = Namespace.r.description
        let rename = { (element: XMLNode) in
            guard element.isElement else { return }
            for name in ["id", "embed", "link", "pict", "dm", "lo", "qs", "cs"] {
                if let old = element.attribute(name, namespace: relationshipNamespace), let new = map[old], new != old {
                    element.setAttribute(name, namespace: relationshipNamespace, to: new)
                }
            }
        }
        rename(node)
        node.forEachDescendant(rename)
    }

    /// Page numbers of each bound form start at 1 (`w:pgNumType w:start="1"`), placed where the
    /// schema wants it inside `w:sectPr`.
    private static func restartPageNumbers(_ section: XMLNode, document: XMLDocument) {
        let w = Namespace.wordprocessing
        if let existing = section.firstChild("pgNumType", namespace: Namespace.w) {
            existing.setAttribute("start", namespace: w, to: "1")
            return
        }
        let element = document.createElement("pgNumType", namespace: w)
        element.setAttribute("start", namespace: w, to: "1")
        let after = [
            "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter",
            "docGrid", "printerSettings", "sectPrChange",
        ]
        if let next = section.elementChildren.first(where: { $0.namespaceURI == w && after.contains($0.localName) }) {
            next.insertBefore(element)
        } else {
            section.append(element)
        }
    }

    private static func setTitle(_ title: String, in book: inout OOXMLPackage) throws(DiagnosticError) {
        guard let core = try book.corePropertiesPart() else { return }
        let document = try book.xmlPart(core)
        guard let titleNode = document.root?.firstChild("title", namespace: Namespace.dublinCore) else { return }
        titleNode.setText(title)
        book.setPart(core, document.serialized())
    }
}
