package import Assessment
import Diagnostics
package import DocxTemplate
import Foundation
package import OOXML
import VietnameseText

/// Renders the forms of a unit's dossier from its assessment: each form on its own, and the whole
/// dossier bound into one document in binding order.
package struct DossierRenderer: Sendable {
    /// The shipped forms.
    package let catalog: FormCatalog
    /// Forms replaced by the school's own `.docx` (exported with `hoso forms export`), by form id.
    package var customForms: [String: OOXMLPackage]
    /// Which renderers fill the forms.
    package var renderers: Template.Renderers = .fastest

    /// A renderer over `catalog`, with `customForms` replacing shipped ones.
    package init(catalog: FormCatalog, customForms: [String: OOXMLPackage] = [:]) {
        self.catalog = catalog
        self.customForms = customForms
    }

    /// The forms of `regime`'s dossier, limited to `only` (form ids) when given.
    package func forms(for regime: Regime, only: [String]? = nil) throws -> [FormDescriptor] {
        let all = catalog.forms(for: regime)
        guard let only, !only.isEmpty else { return all }
        return try only.map { id in
            guard let form = all.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
                throw DossierError.unknownForm(id, known: all.map(\.id))
            }
            return form
        }.sorted { $0.order < $1.order }
    }

    /// The template package of `form`: the school's own when given, else the shipped one.
    package func templatePackage(for form: FormDescriptor) throws -> OOXMLPackage {
        try customForms[form.id] ?? FormPackage.assemble(form, from: catalog)
    }

    /// Renders `forms` with `context`, each stamped with its provenance from `source`, collecting
    /// the problems of every form before failing. Forms are independent, so they render
    /// concurrently on the available cores; the result is in the order of `forms` and its bytes do
    /// not depend on the order in which forms finish. `keepingPackages` keeps each document's
    /// package for `bind`; without it only the bytes are kept.
    package func render(
        _ forms: [FormDescriptor], context: DossierContext, source: DossierSource, keepingPackages: Bool = true,
        progress: @escaping @Sendable (RenderProgress) -> Void = { _ in }
    ) throws -> [RenderedDocument] {
        let results = ResultSlots<RenderedDocument>(count: forms.count)
        let renderer = self
        DispatchQueue.concurrentPerform(iterations: forms.count) { index in
            let form = forms[index]
            let result = Result { try renderer.render(form, context: context, source: source, keepingPackage: keepingPackages) }
            results.store(result, at: index) { finished in
                progress(RenderProgress(finished: finished, total: forms.count, form: form))
            }
        }
        var rendered: [RenderedDocument] = []
        var problems: [Diagnostic] = []
        for result in results.values {
            switch result {
            case .success(let document): rendered.append(document)
            case .failure(let error as DiagnosticError): problems += error.diagnostics
            case .failure(let error): throw error
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return rendered
    }

    /// One form rendered and stamped.
    private func render(
        _ form: FormDescriptor, context: DossierContext, source: DossierSource,
        keepingPackage: Bool
    ) throws -> RenderedDocument {
        let templatePackage = try self.templatePackage(for: form)
        let template = try Template(package: templatePackage, name: templatePackage.sourceName)
        let values = context.context(for: form.document)
        let stamp = Provenance.FormStamp(id: form.id, sha256: Provenance.fingerprint(of: templatePackage))
        var rendered = try template.render(values, renderers: renderers)
        // Every form's own wording gets the no-break spaces its data already has (an exported and
        // edited form too: the rules are the language's, not the shipped forms').
        rendered = try TextRuns.rewritten(rendered, NonBreakingSpaces.bind)
        if form.fitColumns == true, customForms[form.id] == nil { rendered = try ColumnFit.fitted(rendered) }
        let package = try Provenance(forms: [stamp], source: source).stamped(into: rendered)
        return RenderedDocument(form: form, stamp: stamp, package: keepingPackage ? package : nil, bytes: try package.docxData())
    }

    /// The whole dossier in one document, in binding order, each form in its own section, stamped
    /// with the provenance of every form in it.
    package func bind(_ documents: [RenderedDocument], title: String, source: DossierSource) throws -> [UInt8] {
        let packages = try documents.map { document in
            try document.package ?? OOXMLPackage.open(docx: document.bytes, name: document.fileName)
        }
        let book = try DocumentBinder.bind(packages, title: title)
        return try Provenance(forms: documents.map(\.stamp), source: source).stamped(into: book).docxData()
    }
}
