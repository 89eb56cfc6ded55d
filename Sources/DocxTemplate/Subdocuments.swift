import Diagnostics
import OOXML
import XMLCore

/// The sub-documents `{{p x }}` inserts while a package renders (`{"docx": "annex.docx"}`).
///
/// An annex's body is copied without its section properties; its styles join the host's (a
/// style the host has with the same definition is shared, one it defines differently is added as
/// `<id>_annex<n>`, n counting annexes in order of first use); its lists get new `abstractNum`
/// and `num` ids above the host's; its pictures become media parts of the host and its links
/// relationships of the part showing them. Bookmarks and comment marks are dropped; notes,
/// charts and embedded objects are an error. Everything is numbered in rendering order, so the
/// same data gives the same bytes. A class: the renderer of each part shares one.
final class Subdocuments {
    /// Where sub-documents are read from; nil when there is no data file (then one is an error).
    private let folder: ImageFolder?
    private let host: OOXMLPackage
    private var annexes: [String: Annex] = [:]
    private var hostStyles: HostPart?
    private var hostNumbering: HostPart?
    private var nextAbstractNumber = 0
    private var nextNumber = 0

    static let stylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    static let numberingType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
    private static let numberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
    private static let stylesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
    private static let wordprocessing2010 = "http://schemas.microsoft.com/office/word/2010/wordml"

    /// An annex read once: its body's blocks and how its style and list ids map into the host.
    private struct Annex {
        let number: Int
        let package: OOXMLPackage
        let partName: String
        let document: XMLDocument
        let relationships: [String: Relationship]
        var styles: [String: String] = [:]
        var lists: [String: String] = [:]
        /// The host style its paragraphs without a style take (its own default, when the host's differs).
        var defaultParagraphStyle: String?
    }

    /// `styles.xml` or `numbering.xml` of the host, parsed at the first annex that needs it.
    private struct HostPart {
        let name: String
        let document: XMLDocument
        /// Whether the host had no such part (it is created, with its relationship and content type).
        let isNew: Bool
        var changed = false
    }

    init(package: OOXMLPackage, folder: ImageFolder?) {
        host = package
        self.folder = folder
    }

    /// Copies of the annex's body blocks, imported into `output`, with styles, lists, pictures
    /// (through `images`) and links (through `links`) remapped for the part being rendered.
    func blocks(
        of value: SubdocumentValue, into output: XMLDocument, images: inout ImageEmbedder?,
        links: inout HyperlinkRelationships
    ) throws(EvaluationFailure) -> [XMLNode] {
        let annex = try annex(value.path)
        guard let body = annex.document.root?.firstChild("body", namespace: Namespace.w) else { return [] }
        var blocks: [XMLNode] = []
        for child in body.elementChildren where !child.isElement("sectPr", namespace: Namespace.w) {
            blocks.append(output.importNode(child, deep: true))
        }
        for block in blocks { try remap(block, of: annex, path: value.path, images: &images, links: &links) }
        return blocks
    }

    /// The styles and numbering parts changed by annexes written into `package`, with the
    /// relationships and content types of those the host lacked.
    func finish(into package: inout OOXMLPackage) throws(XMLParseError) {
        var created: [(name: String, type: String, contentType: String)] = []
        for (part, type, contentType) in [
            (hostStyles, Self.stylesType, Self.stylesContentType), (hostNumbering, Self.numberingType, Self.numberingContentType),
        ] {
            guard let part, part.changed else { continue }
            package.setPart(part.name, part.document.serialized())
            if part.isNew { created.append((part.name, type, contentType)) }
        }
        guard !created.isEmpty, let main = try? package.mainDocumentPart() else { return }
        guard package.part(PackageParts.contentTypesName) != nil else { return }
        var parts = PackageParts(of: package)
        for part in created {
            try parts.addRelationship(
                from: main, id: .numbered(prefix: "rIdAnnex", from: 1), type: part.type, target: ImageEmbedder.target(of: part.name, from: main))
            try parts.addOverride(part: part.name, contentType: part.contentType)
        }
        parts.write(into: &package)
    }

    // MARK: Reading an annex

    private func annex(_ path: String) throws(EvaluationFailure) -> Annex {
        if let known = annexes[path] { return known }
        guard let folder else { throw EvaluationFailure(message: TemplateMessages.subdocumentWithoutFolder) }
        let bytes = try folder.read(path, as: .document)
        let package: OOXMLPackage
        let partName: String
        let document: XMLDocument
        var relationships: [String: Relationship] = [:]
        do throws(DiagnosticFailure) {
            do {
                package = try OOXMLPackage.open(docx: bytes, name: path)
                partName = try package.mainDocumentPart()
                for relationship in try package.relationships(of: partName) { relationships[relationship.id] = relationship }
            } catch {
                throw DiagnosticFailure(reason: error.diagnostics.first?.message ?? PackageReason.noBody)
            }
            do {
                document = try XMLDocument(bytes: package.part(partName) ?? [], url: partName)
            } catch {
                throw DiagnosticFailure(
                    reason: LocalizedText(
                        vi: "\(partName):\(error.line):\(error.column): \(error.message)",
                        en: "\(partName):\(error.line):\(error.column): \(error.message)"))
            }
            guard let root = document.root, root.isElement("document", namespace: Namespace.w),
                root.firstChild("body", namespace: Namespace.w) != nil
            else { throw DiagnosticFailure(reason: PackageReason.noBody) }
        } catch {
            throw EvaluationFailure(
                message: LocalizedText(
                    vi: TemplateMessages.subdocumentNotDocx(path, error.reason.vi).vi,
                    en: TemplateMessages.subdocumentNotDocx(path, error.reason.en).en))
        }
        var annex = Annex(number: annexes.count + 1, package: package, partName: partName, document: document, relationships: relationships)
        // A broken styles or numbering part is said, never dropped (the annex would lose its lists).
        var broken: [LocalizedText] = []
        func parsed(_ type: String, _ kind: TemplateMessages.SubdocumentPart) -> XMLDocument? {
            guard let (name, bytes) = Self.related(type, of: annex) else { return nil }
            do throws(XMLParseError) {
                return try XMLDocument(bytes: bytes, url: name)
            } catch {
                broken.append(TemplateMessages.subdocumentPartBroken(name, kind, line: error.line, column: error.column, error.message))
                return nil
            }
        }
        let annexStyles = parsed(Self.stylesType, .styles)
        let annexNumbering = parsed(Self.numberingType, .numbering)
        if !broken.isEmpty { throw EvaluationFailure(message: TemplateMessages.subdocumentPartsBroken(path, broken)) }
        if let annexStyles { try mapStyles(of: annexStyles, into: &annex, path: path) }
        if let annexNumbering { try mergeNumbering(annexNumbering, of: annex, lists: &annex.lists) }
        if let annexStyles { try addStyles(of: annexStyles, annex: annex) }
        annexes[path] = annex
        return annex
    }

    private struct DiagnosticFailure: Error {
        var reason: LocalizedText
    }

    private enum PackageReason {
        static let noBody = LocalizedText(vi: "không có phần thân tài liệu (w:body)", en: "it has no document body (w:body)")
    }

    /// The annex's part of relationship `type` from its main document: its name and bytes.
    private static func related(_ type: String, of annex: Annex) -> (name: String, bytes: [UInt8])? {
        guard let relationship = annex.relationships.values.sorted(by: { $0.id < $1.id }).first(where: { $0.type == type && !$0.isExternal }),
            let name = PartName.resolve(relationship.target, from: annex.partName), let bytes = annex.package.part(name)
        else { return nil }
        return (name, bytes)
    }

    // MARK: Styles

    /// The host's part of relationship `type` from its main document, or a new empty one.
    private func hostPart(_ type: String, root: String, fileName: String) throws(EvaluationFailure) -> HostPart {
        let main = (try? host.mainDocumentPart()) ?? "word/document.xml"
        if let name = (try? host.relatedParts(of: main, type: type))?.first, let bytes = host.part(name),
            let document = try? XMLDocument(bytes: bytes, url: name)
        {
            return HostPart(name: name, document: document, isNew: false)
        }
        let folder = PartName.folder(of: main)
        let name = folder.isEmpty ? fileName : folder + "/" + fileName
        let markup = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<w:\#(root) xmlns:w="\#(Namespace.w)"/>"#
        // Built from constants: it always parses.
        let document = try! XMLDocument(bytes: Array(markup.utf8), url: fileName)
        return HostPart(name: name, document: document, isNew: true)
    }

    private func hostStylesPart() throws(EvaluationFailure) -> HostPart {
        if let hostStyles { return hostStyles }
        let part = try hostPart(Self.stylesType, root: "styles", fileName: "styles.xml")
        hostStyles = part
        return part
    }

    /// Which id each annex style takes in the host: its own when the host lacks it or defines it
    /// the same way, `<id>_annex<n>` when the host defines it differently.
    private func mapStyles(of styles: XMLDocument, into annex: inout Annex, path: String) throws(EvaluationFailure) {
        let host = try hostStylesPart()
        var hostStyles: [String: XMLNode] = [:]
        var hostDefault: String?
        for style in host.document.root?.elementChildren ?? [] where style.isElement("style", namespace: Namespace.w) {
            guard let id = style.attribute("styleId", namespace: Namespace.wordprocessing) else { continue }
            hostStyles[id] = style
            if style.attribute("type", namespace: Namespace.wordprocessing) == "paragraph",
                ["1", "true", "on"].contains(style.attribute("default", namespace: Namespace.wordprocessing) ?? "")
            {
                hostDefault = id
            }
        }
        var annexDefault: String?
        for style in styles.root?.elementChildren ?? [] where style.isElement("style", namespace: Namespace.w) {
            guard let id = style.attribute("styleId", namespace: Namespace.wordprocessing) else { continue }
            if style.attribute("type", namespace: Namespace.wordprocessing) == "paragraph",
                ["1", "true", "on"].contains(style.attribute("default", namespace: Namespace.wordprocessing) ?? "")
            {
                annexDefault = id
            }
            if let existing = hostStyles[id], Self.markup(of: existing) != Self.markup(of: style) {
                var renamed = "\(id)_annex\(annex.number)"
                var suffix = 1
                while hostStyles[renamed] != nil {
                    suffix += 1
                    renamed = "\(id)_annex\(annex.number)_\(suffix)"
                }
                annex.styles[id] = renamed
            } else {
                annex.styles[id] = id
            }
        }
        if let annexDefault, let mapped = annex.styles[annexDefault], mapped != hostDefault { annex.defaultParagraphStyle = mapped }
    }

    /// Adds to the host the annex styles it lacks (renamed ones under their new id and name).
    private func addStyles(of styles: XMLDocument, annex: Annex) throws(EvaluationFailure) {
        var host = try hostStylesPart()
        guard let root = host.document.root else { return }
        var present = Set(root.elementChildren.compactMap { $0.attribute("styleId", namespace: Namespace.wordprocessing) })
        for style in styles.root?.elementChildren ?? [] where style.isElement("style", namespace: Namespace.w) {
            guard let id = style.attribute("styleId", namespace: Namespace.wordprocessing), let mapped = annex.styles[id],
                present.insert(mapped).inserted
            else { continue }
            let copy = root.append(host.document.importNode(style, deep: true))
            copy.setAttribute("styleId", namespace: Namespace.wordprocessing, to: mapped)
            copy.removeAttribute("default", namespace: Namespace.wordprocessing)
            if mapped != id, let name = copy.firstChild("name", namespace: Namespace.w),
                let text = name.attribute("val", namespace: Namespace.wordprocessing)
            {
                name.setAttribute("val", namespace: Namespace.wordprocessing, to: "\(text) (annex \(annex.number))")
            }
            Self.remapReferences(in: copy, annex: annex)
            host.changed = true
        }
        hostStyles = host
    }

    /// Style and list references below `node` (and on it) rewritten to the host's ids.
    private static func remapReferences(in node: XMLNode, annex: Annex) {
        func visit(_ element: XMLNode) {
            guard element.namespaceURI == Namespace.wordprocessing else { return }
            switch element.localName {
            case "pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "styleLink", "numStyleLink":
                if let value = element.attribute("val", namespace: Namespace.wordprocessing), let mapped = annex.styles[value] {
                    element.setAttribute("val", namespace: Namespace.wordprocessing, to: mapped)
                }
            case "numId":
                if let value = element.attribute("val", namespace: Namespace.wordprocessing), let mapped = annex.lists[value] {
                    element.setAttribute("val", namespace: Namespace.wordprocessing, to: mapped)
                }
            default: break
            }
        }
        visit(node)
        node.walkElements {
            visit($0); return true
        }
    }

    private static func markup(of node: XMLNode) -> [UInt8] {
        var bytes: [UInt8] = []
        node.appendXML(to: &bytes)
        return bytes
    }

    // MARK: Numbering

    /// Adds the annex's `abstractNum`s and `num`s to the host's numbering under new ids (above
    /// every id the host and earlier annexes use); `lists` maps old `numId`s to new.
    private func mergeNumbering(_ numbering: XMLDocument, of annex: Annex, lists: inout [String: String]) throws(EvaluationFailure) {
        var host: HostPart
        if let hostNumbering {
            host = hostNumbering
        } else {
            host = try hostPart(Self.numberingType, root: "numbering", fileName: "numbering.xml")
            for element in host.document.root?.elementChildren ?? [] {
                if element.isElement("abstractNum", namespace: Namespace.w),
                    let id = element.attribute("abstractNumId", namespace: Namespace.wordprocessing).flatMap({ Int($0) })
                {
                    nextAbstractNumber = max(nextAbstractNumber, id + 1)
                }
                if element.isElement("num", namespace: Namespace.w),
                    let id = element.attribute("numId", namespace: Namespace.wordprocessing).flatMap({ Int($0) })
                {
                    nextNumber = max(nextNumber, id + 1)
                }
            }
            nextNumber = max(nextNumber, 1)
        }
        guard let root = host.document.root else { return }
        let annexElements = numbering.root?.elementChildren ?? []
        var abstracts: [String: String] = [:]
        for abstract in annexElements where abstract.isElement("abstractNum", namespace: Namespace.w) {
            guard let id = abstract.attribute("abstractNumId", namespace: Namespace.wordprocessing) else { continue }
            let copy = host.document.importNode(abstract, deep: true)
            abstracts[id] = String(nextAbstractNumber)
            copy.setAttribute("abstractNumId", namespace: Namespace.wordprocessing, to: String(nextAbstractNumber))
            // A list id of its own, so Word never joins it to a host list made from the same template.
            if let nsid = copy.firstChild("nsid", namespace: Namespace.w) {
                nsid.setAttribute(
                    "val", namespace: Namespace.wordprocessing, to: String(0xA500_0000 + nextAbstractNumber, radix: 16, uppercase: true))
            }
            // Picture bullets live in the annex's numbering pictures, which are not copied.
            for bullet in copy.descendants("lvlPicBulletId", namespace: Namespace.w) { bullet.remove() }
            Self.remapReferences(in: copy, annex: annex)
            nextAbstractNumber += 1
            let firstNum = root.elementChildren.first {
                $0.isElement("num", namespace: Namespace.w) || $0.isElement("numIdMacAtCleanup", namespace: Namespace.w)
            }
            if let firstNum { firstNum.insertBefore(copy) } else { root.append(copy) }
            host.changed = true
        }
        for num in annexElements where num.isElement("num", namespace: Namespace.w) {
            guard let id = num.attribute("numId", namespace: Namespace.wordprocessing),
                let abstract = num.firstChild("abstractNumId", namespace: Namespace.w)?.attribute("val", namespace: Namespace.wordprocessing),
                let mappedAbstract = abstracts[abstract]
            else { continue }
            let copy = host.document.importNode(num, deep: true)
            lists[id] = String(nextNumber)
            copy.setAttribute("numId", namespace: Namespace.wordprocessing, to: String(nextNumber))
            copy.firstChild("abstractNumId", namespace: Namespace.w)?.setAttribute("val", namespace: Namespace.wordprocessing, to: mappedAbstract)
            nextNumber += 1
            if let cleanup = root.elementChildren.first(where: { $0.isElement("numIdMacAtCleanup", namespace: Namespace.w) }) {
                cleanup.insertBefore(copy)
            } else {
                root.append(copy)
            }
            host.changed = true
        }
        hostNumbering = host
    }

    // MARK: Body

    /// Rewrites a copied body block: style and list ids, relationship ids (pictures copied,
    /// links added), drawing ids; drops section properties, bookmarks and comment marks.
    private func remap(
        _ block: XMLNode, of annex: Annex, path: String, images: inout ImageEmbedder?,
        links: inout HyperlinkRelationships
    ) throws(EvaluationFailure) {
        var dropped: [XMLNode] = []
        var unstyled: [XMLNode] = []
        var elements: [XMLNode] = [block]
        block.walkElements {
            elements.append($0); return true
        }
        for element in elements {
            if element.namespaceURI == Namespace.wordprocessing {
                switch element.localName {
                case "sectPr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "commentReference":
                    dropped.append(element)
                    continue
                case "footnoteReference", "endnoteReference":
                    throw EvaluationFailure(message: TemplateMessages.subdocumentUnsupportedPart(path, element.localName))
                case "p" where element.firstChild("pPr", namespace: Namespace.w)?.firstChild("pStyle", namespace: Namespace.w) == nil:
                    unstyled.append(element)
                default: break
                }
            }
            if element.isElement("docPr", namespace: Namespace.wp), var embedder = images {
                element.setAttribute("id", to: String(embedder.newDrawingID()))
                images = embedder
            }
            for attribute in element.attributes where attribute.namespaceURI == Namespace.r.description {
                let id = try relationshipID(attribute.value, of: annex, path: path, images: &images, links: &links)
                element.setAttribute(attribute.localName, namespace: Namespace.r.description, to: id)
            }
            element.removeAttribute("paraId", namespace: Self.wordprocessing2010)
            element.removeAttribute("textId", namespace: Self.wordprocessing2010)
        }
        for element in dropped { element.remove() }
        Self.remapReferences(in: block, annex: annex)
        // Paragraphs without a style keep the annex's default look when the host's default differs.
        if let style = annex.defaultParagraphStyle {
            for paragraph in unstyled { ParagraphStyle.set(style, in: paragraph, document: paragraph.document) }
        }
    }

    /// The id, in the part being rendered, of what annex relationship `id` points at.
    private func relationshipID(
        _ id: String, of annex: Annex, path: String, images: inout ImageEmbedder?,
        links: inout HyperlinkRelationships
    ) throws(EvaluationFailure) -> String {
        guard let relationship = annex.relationships[id] else {
            throw EvaluationFailure(message: TemplateMessages.subdocumentNotDocx(path, "r:id '\(id)'"))
        }
        if relationship.type == HyperlinkRelationships.type, relationship.isExternal {
            return links.id(for: relationship.target)
        }
        guard relationship.type == ImageEmbedder.relationshipType, !relationship.isExternal,
            let name = PartName.resolve(relationship.target, from: annex.partName), let bytes = annex.package.part(name)
        else {
            let kind = relationship.type.split(separator: "/").last.map(String.init) ?? relationship.type
            throw EvaluationFailure(message: TemplateMessages.subdocumentUnsupportedPart(path, kind))
        }
        guard var embedder = images else { throw EvaluationFailure(message: TemplateMessages.subdocumentWithoutFolder) }
        let file = PartName.fileName(of: name)
        let dot = file.lastIndex(of: ".")
        let fileExtension = dot.map { file[file.index(after: $0)...].lowercased() } ?? "bin"
        let contentType = (try? annex.package.contentTypes())?.contentType(of: name) ?? "application/octet-stream"
        let safeExtension = fileExtension.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) && !fileExtension.isEmpty ? fileExtension : "bin"
        let newID = embedder.relationshipID(forMedia: bytes, fileExtension: safeExtension, contentType: contentType)
        images = embedder
        return newID
    }
}
