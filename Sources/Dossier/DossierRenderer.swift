import Assessment
import Diagnostics
import DocxTemplate
import OOXML

/// Renders the forms of a unit's dossier from its assessment: each form on its own, and the whole
/// dossier bound into one document in binding order.
public struct DossierRenderer {
    /// The shipped forms.
    public let catalog: FormCatalog
    /// Forms replaced by the school's own `.docx` (exported with `hoso forms export`), by form id.
    public var customForms: [String: OOXMLPackage]

    /// A renderer over `catalog`, with `customForms` replacing shipped ones.
    public init(catalog: FormCatalog, customForms: [String: OOXMLPackage] = [:]) {
        self.catalog = catalog
        self.customForms = customForms
    }

    /// The forms of `regime`'s dossier, limited to `only` (form ids) when given.
    public func forms(for regime: Regime, only: [String]? = nil) throws -> [FormDescriptor] {
        let all = catalog.forms(for: regime.rawValue)
        guard let only, !only.isEmpty else { return all }
        return try only.map { id in
            guard let form = all.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
                throw DossierError.unknownForm(id, known: all.map(\.id))
            }
            return form
        }.sorted { $0.order < $1.order }
    }

    /// The template of `form`: the school's own when given, else the shipped one.
    public func template(for form: FormDescriptor) throws -> Template {
        let package = try customForms[form.id] ?? FormPackage.assemble(form, from: catalog)
        return try Template(package: package, name: package.sourceName)
    }

    /// Renders `forms` with `context`, collecting the problems of every form before failing.
    public func render(_ forms: [FormDescriptor], context: DossierContext,
                       progress: (FormDescriptor) -> Void = { _ in }) throws -> [RenderedDocument] {
        var rendered: [RenderedDocument] = []
        var problems: [Diagnostic] = []
        for form in forms {
            progress(form)
            do {
                let template = try self.template(for: form)
                let values = context.context(for: form.document.flatMap(DocumentKind.init(rawValue:)))
                let package = try template.render(values)
                rendered.append(RenderedDocument(form: form, package: package, bytes: try package.docxData()))
            } catch let error as DiagnosticError {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return rendered
    }

    /// The whole dossier in one document, in binding order, each form in its own section.
    public func bind(_ documents: [RenderedDocument], title: String) throws -> [UInt8] {
        let book = try DocumentBinder.bind(documents.map(\.package), title: title)
        return try book.docxData()
    }
}
