package import Assessment
import AssessmentInput
package import Diagnostics
package import Foundation
import OOXML

/// The one path from a data file to a dossier, shared by `hoso render`, `hoso verify`,
/// `hoso archive` and `hoso-bench`:
///
///     request → load (bytes read once → text → SHA-256 → parsed, rubric resolved)
///             → custom forms opened and checked → forms selected → context
///             → forms rendered (concurrently) → output checked → book bound → values
///
/// Writing files is `DossierWriter`'s job; the pipeline only returns values. It holds the forms
/// (and the schemas, when it checks), so one pipeline serves many requests.
package struct DossierPipeline {
    /// The file name of the whole dossier bound in one document.
    package static let bookFileName = "Ho-so.docx"

    /// The shipped forms.
    package let catalog: FormCatalog
    /// When set, a school's own form and every document produced are checked as `hoso validate`
    /// checks a file; a problem in an output is hoso's bug and stops the job. The schemas compile
    /// while the data is read and the forms rendered.
    let schemas: SchemaCompilation?

    /// A pipeline over the forms in `formsRoot` (the rubrics are in `formsRoot/rubrics`);
    /// `checking` compiles the schemas in `formsRoot/schemas` to check forms and outputs.
    package init(formsRoot: URL, checking: Bool) throws {
        try self.init(catalog: try FormCatalog(root: formsRoot), checking: checking)
    }

    /// A pipeline over `catalog` (shared, with the form packages it has read); `checking` compiles
    /// the schemas in `catalog.root/schemas` to check forms and outputs.
    package init(catalog: FormCatalog, checking: Bool) throws {
        self.init(
            catalog: catalog,
            schemas: checking ? SchemaCompilation(schemaDirectory: catalog.root.appendingPathComponent("schemas")) : nil)
    }

    /// A pipeline over `catalog` that checks with the `schemas` when given.
    init(catalog: FormCatalog, schemas: SchemaCompilation? = nil) {
        self.catalog = catalog
        self.schemas = schemas
    }

    /// The document title of `Ho-so.docx`.
    package static func bookTitle(_ assessment: Assessment) -> String {
        "Hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập năm \(assessment.year) — \(assessment.unit.name)"
    }

    /// Loads and renders in one step; a data problem is thrown with every diagnostic (warnings too).
    package func run(
        _ request: DossierRequest,
        progress: @escaping @Sendable (RenderProgress) -> Void = { _ in }
    ) throws -> RenderedDossier {
        try render(try load(request.input), request, progress: progress)
    }

    // MARK: Load

    /// Reads the input once and validates it. Throws every diagnostic (warnings included) when the
    /// data has an error; the loaded dossier carries its warnings.
    package func load(_ input: DossierRequest.Input) throws(DiagnosticError) -> LoadedDossier {
        switch input {
        case .file(let path):
            let bytes = try YAMLSource.contents(atPath: path, displayName: path, limit: DataLimits.default.maxFileSize)
            let folder = (path as NSString).deletingLastPathComponent
            return try load(bytes: bytes, name: path, directory: folder.isEmpty ? "." : folder)
        case .bytes(let bytes, let name, let directory):
            return try load(bytes: bytes, name: name, directory: directory)
        case .embedded(let source):
            let result = source.load()
            guard result.isValid, let assessment = result.assessment else { throw DiagnosticError(result.diagnostics) }
            return LoadedDossier(
                assessment: assessment, source: source, inputName: source.dataName,
                inputSHA256: Manifest.sha256(Array(source.dataText.utf8)), diagnostics: result.diagnostics)
        }
    }

    /// Parses `bytes` (the input as read) and keeps their SHA-256 and their text for embedding.
    private func load(bytes: [UInt8], name: String, directory: String) throws(DiagnosticError) -> LoadedDossier {
        // The bytes checked once (not a foreign file, UTF-8), with a located reason; then parsed as text.
        let text = try YAMLSource.text(of: bytes, file: name)
        let result = DataInput(formsRoot: catalog.root).parse(text: text, file: name, directory: directory)
        guard result.isValid, let assessment = result.assessment, let rubric = result.rubricSource else {
            throw DiagnosticError(result.diagnostics)
        }
        // A `members_file:` sheet is embedded as the members loading read from it, so verify needs no sheet.
        var embedded = text
        if let lines = result.membersFileLines, let members = result.members {
            embedded = MembersBlock.inlining(members, at: lines, in: text)
        }
        let source = DossierSource(
            dataName: Self.recordedName((name as NSString).lastPathComponent),
            text: embedded, rubric: rubric,
            fallback: result.fallbackRubricSource)
        return LoadedDossier(
            assessment: assessment, source: source, inputName: Self.recordedName(name),
            inputSHA256: Manifest.sha256(bytes), diagnostics: result.diagnostics)
    }

    /// The data file's name as the manifest and the provenance record it: control characters, line
    /// and paragraph separators, the right-to-left override and a backslash become "_", so that a file named
    /// with a tab or a backslash gives a dossier `hoso verify` and `hoso archive` accept.
    static func recordedName(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0x202E].contains(scalar.value)
                        || scalar == "\\" ? "_" : scalar
                }))
    }

    // MARK: Render

    /// Renders the forms `request` asks for from `loaded`, checks them, and binds the book.
    /// Template problems of every form are thrown together (the data's warnings are the caller's
    /// to print, from `loaded`).
    package func render(
        _ loaded: LoadedDossier, _ request: DossierRequest,
        progress: @escaping @Sendable (RenderProgress) -> Void = { _ in }
    ) throws -> RenderedDossier {
        let regime = loaded.assessment.regime
        var renderer = DossierRenderer(catalog: catalog)
        renderer.renderers = request.renderers
        for custom in request.customForms {
            let (id, package) = try open(custom, regime: regime)
            renderer.customForms[id] = package
        }
        let selected = try renderer.forms(for: regime, only: request.only)
        let context = DossierContext(loaded.assessment, forms: catalog.forms(for: regime))
        let binds = request.book && selected.count > 1
        let documents = try renderer.render(
            selected, context: context, source: loaded.source, keepingPackages: binds,
            progress: progress)
        for document in documents { try check(document.fileName, document.bytes) }
        var book: [UInt8]?
        if binds {
            let bytes = try renderer.bind(documents, title: Self.bookTitle(loaded.assessment), source: loaded.source)
            try check(Self.bookFileName, bytes)
            book = bytes
        }
        return RenderedDossier(loaded: loaded, documents: documents, book: book)
    }

    /// Opens a school's form and checks it as hoso checks its own output, so that a fault carried
    /// in from it is reported against the form, not as hoso's bug after rendering.
    private func open(_ custom: CustomForm, regime: Regime) throws -> (String, OOXMLPackage) {
        guard let form = catalog.form(id: custom.id) else {
            throw DossierError.unknownForm(custom.id, known: catalog.forms(for: regime).map(\.id))
        }
        let package = try OOXMLPackage.open(at: URL(fileURLWithPath: custom.file))
        if let schemas {
            let problems = try schemas.validator().validate(package).filter { $0.severity == .error }
            guard problems.isEmpty else { throw DiagnosticError(problems) }
        }
        return (form.resolved(for: regime).id, package)
    }

    /// Stops the job when a produced file fails the structural check.
    private func check(_ name: String, _ bytes: [UInt8]) throws {
        guard let schemas else { return }
        let problems = try schemas.validator().validate(docx: bytes, name: name)
        if !problems.isEmpty {
            throw DossierError.invalidOutput(name, problems.map { $0.rendered(in: .en) }.joined(separator: "; "))
        }
    }
}

/// One form finished rendering: `finished` of `total`, in the order forms finish.
package struct RenderProgress: Sendable {
    /// How many forms have finished, this one included.
    package var finished: Int
    /// How many forms are rendered.
    package var total: Int
    /// The form that finished.
    package var form: FormDescriptor
}
