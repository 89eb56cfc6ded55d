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
        abstract: "Lập toàn bộ hồ sơ (.docx, tùy chọn PDF) từ tệp dữ liệu.",
        discussion: """
        Kiểm tra dữ liệu như 'hoso check', rồi ghi từng văn bản theo thứ tự đóng hồ sơ (1-M1-Bia.docx …), \
        Ho-so.docx (cả hồ sơ trong một tệp) và manifest.json (phiên bản, SHA-256 của dữ liệu và của từng tệp). \
        Có lỗi thì thư mục đích giữ nguyên.
        """
    )

    @Argument(help: "Tệp dữ liệu (.yaml hoặc .json).")
    var data: String
    @Option(name: [.short, .customLong("output")], help: "Thư mục ghi hồ sơ.")
    var output: String
    @Flag(help: "Xuất thêm PDF/A-2b của từng tệp qua LibreOffice.")
    var pdf = false
    @Option(help: "Chỉ lập một số văn bản, ví dụ M3,M4.")
    var only: String?
    @Option(name: .customLong("form"), help: "Dùng mẫu riêng của trường: ID=tệp.docx (lặp lại được).")
    var customForms: [String] = []
    @Flag(name: .customLong("no-book"), help: "Không ghi Ho-so.docx.")
    var noBook = false
    @Flag(help: "Ghi đè cả tệp trong thư mục đích không do hoso ghi (mặc định: từ chối).")
    var force = false
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let language = messages.language
        Interruption.install(language: language)
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
                to: URL(fileURLWithPath: output), options: writeOptions(language),
                check: { name, bytes in validator.validate(docx: bytes, name: name) })
            for file in result.files { print((output as NSString).appendingPathComponent(file)) }
        } catch let error as DossierError {
            throw Console.fail(error, in: language)
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: language)
            throw ExitCode(1)
        }
    }

    /// How the dossier is written: the flags, and a notice when another run holds the folder.
    private func writeOptions(_ language: Language) -> DossierWriter.Options {
        let folder = output
        return .init(pdf: pdf, book: !noBook && only == nil, partial: only != nil, force: force, onWait: {
            Console.error("hoso: \(OutputError.waitingForLock(folder).message(in: language))")
        })
    }

    /// Parses `ID=path.docx` and opens the school's form.
    private func customForm(_ entry: String, catalog: FormCatalog, regime: String) throws -> (String, OOXMLPackage) {
        guard let equals = entry.firstIndex(of: "=") else {
            throw ValidationError("--form \(entry): cần dạng ID=tệp.docx, ví dụ M3=mau-M3.docx")
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
