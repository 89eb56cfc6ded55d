import ArgumentParser
import Diagnostics
import DocxTemplate
import Dossier
import Foundation
import OOXML
import XMLCore

/// `hoso fill`: fills any DOCX template (a `.docx` file or an unpacked folder) with a JSON or
/// YAML data file, or lists the variables a template expects.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Điền một mẫu DOCX bất kỳ bằng tệp dữ liệu JSON/YAML (Fill any DOCX template from JSON/YAML data)."
    )

    @Argument(help: "Mẫu: tệp .docx hoặc thư mục OOXML đã giải nén (template: .docx or unpacked folder).")
    var template: String

    @Argument(help: "Tệp dữ liệu .json hoặc .yaml (data file).")
    var data: String?

    @Option(name: .shortAndLong, help: "Tệp .docx kết quả (output .docx).")
    var output: String?

    @Flag(name: .long, help: "Liệt kê các biến mẫu cần, rồi thoát (list the variables the template expects).")
    var listVariables = false

    @Option(name: .long, help: ArgumentHelp(
        "Tên không có trong dữ liệu: error (mặc định, báo lỗi để bắt lỗi gõ) hoặc empty (in rỗng như docxtpl) (undefined names: error or empty).",
        valueName: "error|empty"))
    var undefined: UndefinedMode = .error

    @OptionGroup var messages: MessageOptions

    func run() throws {
        let language = messages.language
        XMLAllocator.preferThroughput()
        do {
            let package = try OOXMLPackage.open(at: URL(fileURLWithPath: template))
            let parsed = try Template(package: package, name: template)
            if listVariables {
                for variable in parsed.variables {
                    let places = variable.sites.map { $0.place.text(in: language) }
                    var unique: [String] = []
                    for place in places where !unique.contains(place) { unique.append(place) }
                    print("\(variable.path)\t\(unique.joined(separator: "; "))")
                }
                return
            }
            guard let data, let output else {
                throw ValidationError(language == .vi
                    ? "cần TỆP-DỮ-LIỆU và -o TỆP-KẾT-QUẢ (hoặc --list-variables)"
                    : "DATA and -o OUTPUT are required (or --list-variables)")
            }
            let context = try TemplateData.load(from: URL(fileURLWithPath: data))
            let rendered = try parsed.render(context, undefined: undefined.names)
            try rendered.write(to: URL(fileURLWithPath: output))
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: language)
            throw ExitCode.failure
        }
    }
}

/// `--undefined`: what a name the data does not have does.
enum UndefinedMode: String, ExpressibleByArgument {
    case error, empty

    var names: Template.UndefinedNames { self == .empty ? .empty : .error }
}
