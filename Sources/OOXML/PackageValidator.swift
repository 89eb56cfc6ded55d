import Diagnostics
import Foundation
import XMLCore

/// hoso's own structural check of a WordprocessingML package, with the verdicts of the
/// independent `docx-check`: package structure, content types, relationships resolving, the
/// ISO/IEC 29500 schemas (after a Markup Compatibility pre-pass), and the rules Word enforces that
/// the schemas miss. Compiles the schemas once; deliberately not `Sendable` (it owns libxml2 schemas).
public final class PackageValidator {
    private let wordprocessing: XMLSchema
    private let contentTypesSchema: XMLSchema
    private let relationshipsSchema: XMLSchema

    /// The WordprocessingML root elements validated against `wml.xsd`.
    static let wordRoots: Set<String> = [
        "document", "styles", "settings", "numbering", "hdr", "ftr", "footnotes", "endnotes",
        "fonts", "comments", "webSettings",
    ]

    /// Compiles the schemas found in `schemaDirectory` (the layout of the ISO/IEC 29500 schema
    /// collection: `ISO-IEC29500-4_2016/wml.xsd`, `ecma/fouth-edition/opc-*.xsd`).
    public init(schemaDirectory: URL) throws(DiagnosticError) {
        func compile(_ relative: String) throws(DiagnosticError) -> XMLSchema {
            let path = schemaDirectory.appendingPathComponent(relative).path
            do {
                return try XMLSchema(path: path)
            } catch {
                throw DiagnosticError([Diagnostic(.error, at: SourceLocation(file: path), ValidationMessages.schemaUnreadable(error.message))])
            }
        }
        wordprocessing = try compile("ISO-IEC29500-4_2016/wml.xsd")
        contentTypesSchema = try compile("ecma/fouth-edition/opc-contentTypes.xsd")
        relationshipsSchema = try compile("ecma/fouth-edition/opc-relationships.xsd")
    }

    /// Every problem of the `.docx` (or unpacked folder) at `url`; empty when it is valid.
    public func validate(fileAt url: URL) -> [Diagnostic] {
        do {
            return validate(try OOXMLPackage.open(at: url))
        } catch {
            return error.diagnostics
        }
    }

    /// Every problem of a `.docx` held in memory; `name` names it in messages.
    public func validate(docx bytes: [UInt8], name: String) -> [Diagnostic] {
        do {
            return validate(try OOXMLPackage.open(docx: bytes, name: name))
        } catch {
            return error.diagnostics
        }
    }

    /// Every problem of `package`; empty when it is valid.
    public func validate(_ package: OOXMLPackage) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ part: String?, line: Int = 0, column: Int = 0, _ message: LocalizedText) {
            let file = part.map { "\(package.sourceName):\($0)" } ?? package.sourceName
            problems.append(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message))
        }

        guard let typesBytes = package.part("[Content_Types].xml"), package.part("_rels/.rels") != nil else {
            report(nil, ValidationMessages.missingPackageParts)
            return problems
        }
        // Content types: the part validates, and every part has a type.
        let contentTypes: ContentTypes
        do {
            let document = try XMLDocument(bytes: typesBytes, url: "[Content_Types].xml")
            for error in contentTypesSchema.validate(document) {
                report("[Content_Types].xml", line: error.line, column: error.column, ValidationMessages.schema(error.message))
            }
            contentTypes = try ContentTypes(bytes: typesBytes)
        } catch {
            report("[Content_Types].xml", line: error.line, column: error.column, ValidationMessages.notWellFormed(error.message))
            return problems
        }
        for name in package.partNames where name != "[Content_Types].xml" && contentTypes.contentType(of: name) == nil {
            report(name, ValidationMessages.noContentType)
        }
        guard let main = try? package.mainDocumentPart() else {
            report(nil, ValidationMessages.noMainDocument)
            return problems
        }
        _ = main

        for name in package.partNames.sorted() where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            guard name != "[Content_Types].xml", let bytes = package.part(name) else { continue }
            let document: XMLDocument
            do {
                document = try XMLDocument(bytes: bytes, url: name)
            } catch {
                report(name, line: error.line, column: error.column, ValidationMessages.notWellFormed(error.message))
                continue
            }
            if name.hasSuffix(".rels") {
                for error in relationshipsSchema.validate(document) {
                    report(name, line: error.line, column: error.column, ValidationMessages.schema(error.message))
                }
                continue
            }
            guard let root = document.root, root.namespaceURI == Namespace.wordprocessing,
                  Self.wordRoots.contains(root.localName) else { continue }
            let prepared = MarkupCompatibility.prepared(document)
            for error in wordprocessing.validate(prepared) {
                report(name, line: error.line, column: error.column, ValidationMessages.schema(error.message))
            }
            for (line, message) in WordRules.check(root) {
                report(name, line: line, message)
            }
            let known: Set<String>
            do {
                known = Set(try package.relationships(of: name).map(\.id))
            } catch {
                problems += error.diagnostics
                continue
            }
            for (line, id) in Self.relationshipIds(in: root) where !known.contains(id) {
                report(name, line: line, ValidationMessages.unresolvedRelationship(id, PartName.relationshipsPart(of: name)))
            }
        }
        return problems
    }

    /// Every `r:*` attribute value in the tree, with its element's line, once per id.
    private static func relationshipIds(in root: XMLNode) -> [(Int, String)] {
        var seen: Set<String> = []
        var result: [(Int, String)] = []
        let r = Namespace.r.description
        func visit(_ node: XMLNode) {
            for attribute in node.attributes where attribute.namespaceURI == r && seen.insert(attribute.value).inserted {
                result.append((node.line, attribute.value))
            }
        }
        visit(root)
        root.forEachDescendant { if $0.isElement { visit($0) } }
        return result
    }
}
