package import Assessment
import AssessmentInput
package import Diagnostics
import DocxTemplate
package import Foundation
import OOXML

/// What the `hoso` command does first, before any thread starts.
package enum CommandStart {
    /// Lets glibc read the time zone once instead of checking it at every zip entry
    /// (`ProcessTuning.readTimeZoneOnce`).
    package static func prepareProcess() {
        ProcessTuning.readTimeZoneOnce()
    }
}

/// `hoso check`: the score table, totals, band or level, member percentages and every problem of a
/// data file, as printed text with its exit code (0 valid, warnings allowed; 1 not).
package struct DataCheck: Sendable {
    /// The report as printed.
    package let text: String
    /// 0 when the data is valid, 1 when not.
    package let exitCode: Int32

    /// Checks the data file at `path` with the rubrics of the forms folder `formsRoot` (else the one
    /// `render` finds: `FormCatalog.rubrics`).
    package init(path: String, language: Language, formsRoot: URL? = nil) {
        let report = CheckReport(result: DataInput(formsRoot: formsRoot).read(.file(path: path)), language: language)
        text = report.rendered()
        exitCode = report.exitCode
    }
}

/// `hoso init`: the commented starter data file of a regime.
package enum StarterData {
    /// The regime `typed` names ("TT24", "tt24"), read as a data file's `regime:` is read; refused
    /// with the message `hoso check` gives for such a `regime:`.
    package static func regime(_ typed: String) throws(InvalidChoice) -> Regime {
        try Regime.parse(typed).get()
    }

    /// The starter text for `regime` (TT22, the regime a new file starts in, when nil).
    package static func text(regime: Regime?) -> String {
        StarterFile(regime: regime ?? .tt22).text
    }
}

/// `hoso validate`: hoso's own structural check of any DOCX, with the schemas of the forms folder.
package struct DocxValidation {
    private let validator: PackageValidator

    /// Compiles the schemas in `formsRoot/schemas`.
    package init(formsRoot: URL) throws(DiagnosticError) {
        validator = try PackageValidator(schemaDirectory: formsRoot.appendingPathComponent("schemas"))
    }

    /// Every problem of the `.docx` (or unpacked folder) at `path`; empty when it is valid.
    package func problems(ofFileAt path: String) -> [Diagnostic] {
        validator.validate(fileAt: URL(fileURLWithPath: path))
    }
}

/// `hoso fill`: any DOCX template (a `.docx` or an unpacked folder) filled from JSON or YAML data.
package struct TemplateFill {
    private let template: Template

    /// One variable a template uses and where (its places, in order, each once).
    package struct Variable: Sendable, Equatable {
        /// The dotted path ("unit.name").
        package var path: String
        /// Where it is used, as a Word user finds it.
        package var places: [LocalizedText]
    }

    /// Opens and parses the template at `path`.
    package init(templateAt path: String) throws(DiagnosticError) {
        ProcessTuning.preferThroughput()
        let package = try OOXMLPackage.open(at: URL(fileURLWithPath: path))
        template = try Template(package: package, name: path)
    }

    /// The variables the template expects, with the places each is used.
    package var variables: [Variable] {
        template.variables.map { variable in
            var places: [LocalizedText] = []
            for site in variable.sites where !places.contains(site.place) { places.append(site.place) }
            return Variable(path: variable.path, places: places)
        }
    }

    /// Renders with the data file at `dataPath` (image values read from its folder) and writes the `.docx` to `outputPath` (see
    /// `OutputFile`: never over a device or FIFO, the file's mode kept, nothing left on failure);
    /// names the data lacks are errors, or print as nothing with `undefinedIsEmpty` (as docxtpl does);
    /// control characters Word refuses are errors, or dropped with `stripControl` (as docxtpl 0.20 does).
    /// Throws `DiagnosticError` for the template or data, `DossierError.output` for the file.
    package func fill(dataAt dataPath: String, to outputPath: String, undefinedIsEmpty: Bool = false, stripControl: Bool = false) throws {
        let dataURL = URL(fileURLWithPath: dataPath)
        var context = try TemplateData.load(from: dataURL)
        if stripControl { context = context.strippingControlCharacters() }
        // Image values are read from the data file's folder, and only from there.
        let images = ImageFolder(url: dataURL.deletingLastPathComponent())
        let bytes = try template.render(context, undefined: undefinedIsEmpty ? .empty : .error, images: images).docxData()
        do {
            try OutputFile.write(bytes, to: URL(fileURLWithPath: outputPath))
        } catch {
            throw DossierError.output(error)
        }
    }
}

extension FormCatalog {
    /// Writes the form `id` as a `.docx` (its `{{ tags }}` kept) for a school to edit in Word.
    package func export(formID id: String, to path: String) throws {
        guard let form = form(id: id) else {
            throw DossierError.unknownForm(id, known: forms.map(\.id))
        }
        try FormPackage.assemble(form, from: self).write(to: URL(fileURLWithPath: path))
    }
}
