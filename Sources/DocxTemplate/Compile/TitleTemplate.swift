import Diagnostics
import OOXML
import XMLCore

/// The document title (`dc:title` in `docProps/core.xml`) as text and `{{ }}` tags.
struct TitleTemplate {
    enum Segment {
        case text(String)
        case output(Expression, TemplateSite)
    }

    /// The part's name ("docProps/core.xml").
    let name: String
    let document: XMLDocument
    let segments: [Segment]

    /// Compiles the title of `partName`; nil when it holds no tag.
    static func compile(
        _ partName: String, of package: OOXMLPackage, templateName: String, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> TitleTemplate? {
        let document = try package.xmlPart(partName)
        guard let title = document.root?.firstChild("title", namespace: Namespace.dublinCore) else { return nil }
        let text = Array(title.textContent.unicodeScalars)
        guard TagScanner.mayContainTag(text) else { return nil }
        let place = LocalizedText(vi: "tiêu đề tài liệu", en: "document title")
        let location = SourceLocation(file: "\(templateName):\(partName)", line: title.line)
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
                case .richOutput, .paragraphOutput: diagnostics.append(site.diagnostic(TemplateMessages.statementInTitle))
                case .escaped(let text): segments.append(.text(text))
                case .statement: diagnostics.append(site.diagnostic(TemplateMessages.statementInTitle))
                }
            } catch {
                diagnostics.append(site.diagnostic(error.message))
            }
        }
        segments.append(.text(String(scalars: text[cursor...])))
        return TitleTemplate(name: partName, document: document, segments: segments)
    }
}
