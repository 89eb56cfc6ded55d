import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso render DATA -o DIR`: the whole dossier from one data file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: localized(
            "Lập toàn bộ hồ sơ (.docx, tùy chọn PDF) từ tệp dữ liệu.", "Builds the whole dossier (.docx, optionally PDF) from a data file."),
        discussion: localized(
            """
            Kiểm tra dữ liệu như 'hoso check', rồi ghi từng văn bản theo thứ tự đóng hồ sơ (1-M1-Bia.docx …), \
            Ho-so.docx (cả hồ sơ trong một tệp) và manifest.json (phiên bản, SHA-256 của dữ liệu và của từng tệp). \
            Có lỗi thì thư mục đích giữ nguyên.
            """,
            """
            Checks the data as 'hoso check' does, then writes each document in binding order (1-M1-Bia.docx …), \
            Ho-so.docx (the whole dossier in one file) and manifest.json (version, SHA-256 of the data and of each file). \
            On any error the destination is left as it was.
            """)
    )

    @Argument(help: help("Tệp dữ liệu (.yaml hoặc .json).", "The data file (.yaml or .json).", value: ("dữ-liệu.yaml", "data.yaml")))
    var data: String
    @Option(
        name: [.short, .customLong("output")], help: help("Thư mục ghi hồ sơ.", "The folder to write the dossier into.", value: ("thư-mục", "folder"))
    )
    var output: String
    @Flag(help: help("Xuất thêm PDF/A-2b của từng tệp qua LibreOffice.", "Also write a PDF/A-2b of each file (LibreOffice)."))
    var pdf = false
    @Option(help: help("Chỉ lập một số văn bản, ví dụ M3,M4.", "Only some documents, e.g. M3,M4.", value: ("mẫu", "forms")))
    var only: String?
    @OptionGroup var customForms: CustomFormOptions
    @Flag(name: .customLong("no-book"), help: help("Không ghi Ho-so.docx.", "Do not write Ho-so.docx."))
    var noBook = false
    @Flag(
        help: help(
            "Ghi đè cả tệp trong thư mục đích không do hoso ghi (mặc định: từ chối).",
            "Also overwrite files in the destination that hoso did not write (refused by default)."))
    var force = false
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        try customForms.check(in: messages.language)
    }

    func run() throws {
        try InputFiles.require([data])
        let language = messages.language
        Interruption.install(language: language)
        do {
            let pipeline = try DossierPipeline(formsRoot: try forms.root(), checking: true)
            let request = DossierRequest(
                input: .file(path: data), customForms: customForms.forms,
                only: only.map { $0.split(separator: ",").map(String.init) }, book: !noBook && only == nil)
            let loaded: LoadedDossier
            do {
                loaded = try pipeline.load(request.input)
            } catch {
                Console.print(error.diagnostics, in: language)
                throw ExitCode(1)
            }
            Console.print(loaded.diagnostics, in: language)
            let showsProgress = Console.isTerminal
            let dossier = try pipeline.render(loaded, request) { progress in
                if showsProgress { Console.error("[\(progress.finished)/\(progress.total)] \(progress.form.file).docx") }
            }
            let result = try DossierWriter.write(dossier, to: URL(fileURLWithPath: output), options: writeOptions(language))
            for file in result.files { print((output as NSString).appendingPathComponent(file)) }
            for notice in result.notices { Console.error("hoso: \(notice.message(in: language))") }
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
        return .init(
            pdf: pdf, partial: only != nil, force: force,
            onWait: {
                Console.error("hoso: \(OutputError.waitingForLock(folder).message(in: language))")
            })
    }
}
