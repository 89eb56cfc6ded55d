package import Diagnostics
package import Foundation
import XMLCore

/// hoso's own structural check of a WordprocessingML package, with the verdicts of the
/// independent `docx-check`: package structure, content types, relationships resolving, the
/// ISO/IEC 29500 schemas (after a Markup Compatibility pre-pass), and the rules Word enforces that
/// the schemas miss. Compiles the schemas once; deliberately not `Sendable` (it owns libxml2 schemas).
package final class PackageValidator {
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
    package init(schemaDirectory: URL) throws(DiagnosticError) {
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
    package func validate(fileAt url: URL) -> [Diagnostic] {
        do {
            return validate(try OOXMLPackage.open(at: url))
        } catch {
            return error.diagnostics
        }
    }

    /// Every problem of a `.docx` held in memory; `name` names it in messages.
    package func validate(docx bytes: [UInt8], name: String) -> [Diagnostic] {
        do {
            return validate(try OOXMLPackage.open(docx: bytes, name: name))
        } catch {
            return error.diagnostics
        }
    }

    /// Every problem of `package`; empty when it is valid.
    package func validate(_ package: OOXMLPackage) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ part: String?, line: Int = 0, column: Int = 0, _ message: LocalizedText) {
            problems.append(Self.diagnostic(package, part, line: line, column: column, message))
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
            if name.hasSuffix(".rels") {
                do {
                    let document = try XMLDocument(bytes: bytes, url: name)
                    for error in relationshipsSchema.validate(document) {
                        report(name, line: error.line, column: error.column, ValidationMessages.schema(error.message))
                    }
                } catch {
                    report(name, line: error.line, column: error.column, ValidationMessages.notWellFormed(error.message))
                }
            } else {
                problems += checkPart(name, bytes, of: package)
            }
        }
        return problems
    }

    /// Checks an XML part as a stream — a 20 MB body without its 270 MB tree: well-formed, and for
    /// a WordprocessingML part the schema, Word's rules and the relationship ids it uses.
    private func checkPart(_ name: String, _ bytes: [UInt8], of package: OOXMLPackage) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: LocalizedText) {
            problems.append(Self.diagnostic(package, name, line: line, column: column, message))
        }
        let isWordPart: Bool
        do {
            let root = try XMLStream.root(of: bytes)
            isWordPart = root.map { $0.namespaceURI == Namespace.wordprocessing && Self.wordRoots.contains($0.localName) } ?? false
        } catch {
            report(error.line, error.column, ValidationMessages.notWellFormed(error.message))
            return problems
        }
        // Markup compatibility needs a tree; without it the schema is checked on the stream.
        let needsPrepass = isWordPart && MarkupCompatibility.mayApply(to: bytes)
        var rules = WordRules()
        var relationshipIds: [(line: Int, id: String)] = []
        var seenIds: Set<String> = []
        let r = Namespace.r.description
        let schemaErrors: [XMLParseError]
        do {
            schemaErrors = try XMLStream.read(bytes, validatingAgainst: isWordPart && !needsPrepass ? wordprocessing : nil) { event in
                guard isWordPart else { return }
                rules.handle(event)
                if case .start(let element) = event {
                    for attribute in element.attributes where attribute.namespaceURI == r && seenIds.insert(attribute.value).inserted {
                        relationshipIds.append((element.line, attribute.value))
                    }
                }
            }
        } catch {
            report(error.line, error.column, ValidationMessages.notWellFormed(error.message))
            return problems
        }
        guard isWordPart else { return problems }
        for error in needsPrepass ? prepassSchemaErrors(bytes, name: name) : schemaErrors {
            report(error.line, error.column, ValidationMessages.schema(error.message))
        }
        for (line, message) in rules.problems {
            report(line, 0, message)
        }
        let known: Set<String>
        do {
            known = Set(try package.relationships(of: name).map(\.id))
        } catch {
            return problems + error.diagnostics
        }
        for (line, id) in relationshipIds where !known.contains(id) {
            report(line, 0, ValidationMessages.unresolvedRelationship(id, PartName.relationshipsPart(of: name)))
        }
        return problems
    }

    /// A problem of `part` (nil: of the package itself), located in `package`.
    private static func diagnostic(
        _ package: OOXMLPackage, _ part: String?, line: Int, column: Int,
        _ message: LocalizedText
    ) -> Diagnostic {
        let file = part.map { "\(package.sourceName):\($0)" } ?? package.sourceName
        return Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message)
    }

    /// The schema violations of a part after the Markup Compatibility pre-pass, applied in place
    /// to a tree parsed for this check alone (the part was already read as well-formed).
    private func prepassSchemaErrors(_ bytes: [UInt8], name: String) -> [XMLParseError] {
        guard let document = try? XMLDocument(bytes: bytes, url: name) else { return [] }
        MarkupCompatibility.apply(to: document)
        return wordprocessing.validate(document)
    }
}
