import Diagnostics
import OOXML
import XMLCore

/// The text properties of `docProps/core.xml` (title, author, subject, keywords, …) that hold
/// `{{ }}` tags, as text and tags, so Word's File ▸ Info shows the data, never a raw tag.
struct CorePropertiesTemplate {
    enum Segment {
        case text(String)
        case output(Expression, TemplateSite)
    }

    /// One property element, e.g. `dc:creator`, and what its text becomes.
    struct Field {
        let localName: String
        let namespace: String?
        let segments: [Segment]
    }

    /// The part's name ("docProps/core.xml").
    let name: String
    let document: XMLDocument
    let fields: [Field]

    /// Every tag of every field, in document order.
    var outputs: [(Expression, TemplateSite)] {
        fields.flatMap { field in
            field.segments.compactMap { segment in
                if case .output(let expression, let site) = segment { return (expression, site) }
                return nil
            }
        }
    }

    /// Where a Word user sees the property: the title by its name, any other by its element's.
    static func place(of localName: String) -> LocalizedText {
        localName == "title"
            ? LocalizedText(vi: "tiêu đề tài liệu", en: "document title")
            : LocalizedText(vi: "thuộc tính tài liệu “\(localName)”", en: "document property “\(localName)”")
    }

    /// Compiles the properties of `partName`; nil when none holds a tag.
    static func compile(
        _ partName: String, of package: OOXMLPackage, templateName: String, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> CorePropertiesTemplate? {
        // Every tag holds a `{` and every escaped delimiter a `_`: a plain part without either
        // holds none, and needs no tree.
        if let bytes = package.part(partName), !bytes.contains(UInt8(ascii: "{")), !bytes.contains(UInt8(ascii: "_")),
            PlainMarkup.read(bytes) != nil
        {
            return nil
        }
        let document = try package.xmlPart(partName)
        guard let root = document.root else { return nil }
        var fields: [Field] = []
        for element in root.elementChildren {
            let text = Array(element.textContent.unicodeScalars)
            guard TagScanner.mayContainTag(text) else { continue }
            let localName = element.localName
            let place = place(of: localName)
            let location = SourceLocation(file: "\(templateName):\(partName)", line: element.line)
            let scan = TagScanner.scan(text)
            if let unclosed = scan.unclosed {
                let snippet = String(scalars: text[unclosed.start...])
                diagnostics.append(
                    TemplateSite(location: location, place: place, tag: snippet).diagnostic(TemplateMessages.unclosedTag(unclosed.opening)))
            }
            var segments: [Segment] = []
            var cursor = 0
            for occurrence in scan.occurrences {
                segments.append(.text(String(scalars: text[cursor..<occurrence.start])))
                cursor = occurrence.end
                let source = String(scalars: text[occurrence.start..<occurrence.end])
                let site = TemplateSite(location: location, place: place, tag: source)
                do {
                    switch try TagParser.parse(source) {
                    case .output(let expression):
                        for filter in expression.filterNames where Filters.usage[filter] == nil {
                            diagnostics.append(site.diagnostic(TemplateMessages.unknownFilter(filter, known: Filters.names)))
                        }
                        segments.append(.output(expression, site))
                    case .comment: continue
                    case .richOutput, .paragraphOutput, .statement:
                        diagnostics.append(site.diagnostic(TemplateMessages.statementInProperty(place)))
                    case .escaped(let text): segments.append(.text(text))
                    }
                } catch {
                    diagnostics.append(site.diagnostic(error.message))
                }
            }
            segments.append(.text(String(scalars: text[cursor...])))
            fields.append(Field(localName: localName, namespace: element.namespaceURI, segments: segments))
        }
        guard !fields.isEmpty else { return nil }
        return CorePropertiesTemplate(name: partName, document: document, fields: fields)
    }
}
