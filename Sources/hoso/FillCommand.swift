import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso fill`: fills any DOCX template (a `.docx` file or an unpacked folder) with a JSON or
/// YAML data file, or lists the variables a template expects.
struct FillCommand: ParsableCommand {
    /// `_superCommandName` matters only when `fill` is parsed on its own (`Hoso.fillCommand`): as
    /// a root, ArgumentParser would first try the arguments as a `--generate-completion-script`
    /// request, about a tenth of filling the one-page letter as a process; a command with a super
    /// command skips that probe, and that request still reaches `hoso` through the root.
    static let configuration = CommandConfiguration(
        commandName: "fill",
        _superCommandName: "hoso",
        abstract: localized("Điền một mẫu DOCX bất kỳ bằng tệp dữ liệu JSON/YAML.", "Fills any DOCX template from JSON/YAML data.")
    )

    @Argument(
        help: help(
            "Mẫu: tệp .docx hoặc thư mục OOXML đã giải nén.", "The template: a .docx or an unpacked OOXML folder.",
            value: ("mẫu.docx", "template.docx")))
    var template: String

    @Argument(help: help("Tệp dữ liệu .json hoặc .yaml.", "The .json or .yaml data file.", value: ("dữ-liệu", "data")))
    var data: String?

    @Option(name: .shortAndLong, help: help("Tệp .docx kết quả.", "The .docx file to write.", value: ("tệp.docx", "file.docx")))
    var output: String?

    @Flag(name: .long, help: help("Liệt kê các biến mẫu cần, rồi thoát.", "Lists the variables the template expects, then stops."))
    var listVariables = false

    @Option(
        name: .long,
        help: help(
            "Tên không có trong dữ liệu: error (mặc định, báo lỗi để bắt lỗi gõ) hoặc empty (in rỗng như docxtpl).",
            "Names the data lacks: error (the default, catches typos) or empty (printed as nothing, as docxtpl does).",
            value: ("error|empty", "error|empty")))
    var undefined: UndefinedMode = .error

    @Flag(
        name: .long,
        help: help(
            "Bỏ các ký tự điều khiển Word không nhận (U+0001–U+0006, U+0008, U+000B, U+000E–U+001F) khỏi dữ liệu như docxtpl 0.20, thay vì báo lỗi.",
            "Drops the control characters Word refuses (U+0001–U+0006, U+0008, U+000B, U+000E–U+001F) from the data, as docxtpl 0.20 does, instead of an error."
        ))
    var stripControl = false

    @OptionGroup var messages: MessageOptions

    func run() throws {
        try InputFiles.require([template], folders: true)
        let language = messages.language
        Interruption.install(language: language)
        do {
            let parsed = try TemplateFill(templateAt: template)
            if listVariables {
                for variable in parsed.variables {
                    var unique: [String] = []
                    for place in variable.places.map({ $0.text(in: language) }) where !unique.contains(place) { unique.append(place) }
                    print("\(variable.path)\t\(unique.joined(separator: "; "))")
                }
                return
            }
            guard let data, let output else {
                throw ValidationError(
                    language == .vi
                        ? "cần TỆP-DỮ-LIỆU và -o TỆP-KẾT-QUẢ (hoặc --list-variables)"
                        : "DATA and -o OUTPUT are required (or --list-variables)")
            }
            try InputFiles.require([data])
            try parsed.fill(dataAt: data, to: output, undefinedIsEmpty: undefined == .empty, stripControl: stripControl)
        } catch let error as DossierError {
            throw Console.fail(error, in: language)
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: language)
            throw ExitCode.failure
        }
    }
}

/// `--undefined`: what a name the data does not have does.
enum UndefinedMode: String, ExpressibleByArgument {
    case error, empty
}
