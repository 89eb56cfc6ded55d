import ArgumentParser
import AssessmentInput
import Diagnostics
import Dossier
import Foundation
import OOXML

/// `hoso render DATA -o DIR`: the whole dossier from one data file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: localized("Lập toàn bộ hồ sơ (.docx, tùy chọn PDF) từ tệp dữ liệu.", "Builds the whole dossier (.docx, optionally PDF) from a data file."),
        discussion: localized("""
        Kiểm tra dữ liệu như 'hoso check', rồi ghi từng văn bản theo thứ tự đóng hồ sơ (1-M1-Bia.docx …), \
        Ho-so.docx (cả hồ sơ trong một tệp) và manifest.json (phiên bản, SHA-256 của dữ liệu và của từng tệp). \
        Có lỗi thì thư mục đích giữ nguyên.
        """, """
        Checks the data as 'hoso check' does, then writes each document in binding order (1-M1-Bia.docx …), \
        Ho-so.docx (the whole dossier in one file) and manifest.json (version, SHA-256 of the data and of each file). \
        On any error the destination is left as it was.
        """)
    )

    @Argument(help: help("Tệp dữ liệu (.yaml hoặc .json).", "The data file (.yaml or .json).", value: ("dữ-liệu.yaml", "data.yaml")))
    var data: String
    @Option(name: [.short, .customLong("output")], help: help("Thư mục ghi hồ sơ.", "The folder to write the dossier into.", value: ("thư-mục", "folder")))
    var output: String
    @Flag(help: help("Xuất thêm PDF/A-2b của từng tệp qua LibreOffice.", "Also write a PDF/A-2b of each file (LibreOffice)."))
    var pdf = false
    @Option(help: help("Chỉ lập một số văn bản, ví dụ M3,M4.", "Only some documents, e.g. M3,M4.", value: ("mẫu", "forms")))
    var only: String?
    @Option(name: .customLong("form"), help: help("Dùng mẫu riêng của trường: ID=tệp.docx (lặp lại được).", "Use the school's own form: ID=file.docx (repeatable).",
                                                  value: ("ID=tệp.docx", "ID=file.docx")))
    var customForms: [String] = []
    @Flag(name: .customLong("no-book"), help: help("Không ghi Ho-so.docx.", "Do not write Ho-so.docx."))
    var noBook = false
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let language = messages.language
        do {
            let root = try FormCatalog.locate(explicit: forms.formsDirectory)
            let catalog = try FormCatalog(root: root)
            let (loaded, source) = DossierSource.load(path: data, formsRoot: root)
            Console.print(loaded.diagnostics, in: language)
            guard loaded.isValid, let assessment = loaded.assessment, let source else { throw ExitCode(1) }

            let regime = assessment.regime
            let validator = try PackageValidator(schemaDirectory: root.appendingPathComponent("schemas"))
            var renderer = DossierRenderer(catalog: catalog)
            for entry in customForms {
                let (form, package) = try customForm(entry, catalog: catalog, regime: regime.rawValue)
                // A school's form is checked as hoso checks its own output, so a fault carried in
                // from it is reported against the form, not as hoso's bug after rendering.
                let problems = validator.validate(package).filter { $0.severity == .error }
                guard problems.isEmpty else { throw DiagnosticError(problems) }
                renderer.customForms[form] = package
            }
            let selected = try renderer.forms(for: regime, only: only.map { $0.split(separator: ",").map(String.init) })
            let context = DossierContext(assessment, forms: catalog.forms(for: regime.rawValue))
            let total = selected.count
            var step = 0
            let documents = try renderer.render(selected, context: context, source: source) { form in
                step += 1
                if Console.isTerminal { Console.error("[\(step)/\(total)] \(form.file).docx") }
            }
            let inputBytes = Array(try Data(contentsOf: URL(fileURLWithPath: data)))
            let result = try DossierWriter.write(
                documents, renderer: renderer, assessment: assessment, source: source, inputName: data, inputBytes: inputBytes,
                to: URL(fileURLWithPath: output), options: .init(pdf: pdf, book: !noBook && only == nil),
                check: { name, bytes in validator.validate(docx: bytes, name: name) })
            for file in result.files { print((output as NSString).appendingPathComponent(file)) }
        } catch let error as DossierError {
            throw Console.fail(error, in: language)
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: language)
            throw ExitCode(1)
        }
    }

    /// Parses `ID=path.docx` and opens the school's form.
    private func customForm(_ entry: String, catalog: FormCatalog, regime: String) throws -> (String, OOXMLPackage) {
        guard let equals = entry.firstIndex(of: "=") else {
            throw ValidationError(localized("--form \(entry): cần dạng ID=tệp.docx, ví dụ M3=mau-M3.docx",
                                             "--form \(entry): write ID=file.docx, e.g. M3=mau-M3.docx"))
        }
        let id = String(entry[..<equals])
        let path = String(entry[entry.index(after: equals)...])
        guard let form = catalog.form(id: id) else {
            throw DossierError.unknownForm(id, known: catalog.forms(for: regime).map(\.id))
        }
        let package = try OOXMLPackage.open(at: URL(fileURLWithPath: path))
        return (form.resolved(for: regime).id, package)
    }
}
