import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso forms`: the shipped forms, and exporting one for a school to edit in Word.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Các mẫu biểu của hồ sơ: liệt kê, xuất ra .docx để sửa trong Word.",
        subcommands: [List.self, Export.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê các mẫu theo thứ tự đóng hồ sơ.")

        @OptionGroup var forms: FormsOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            let catalog: FormCatalog
            do {
                catalog = try forms.catalog()
            } catch let error as DossierError {
                throw Console.fail(error, in: messages.language)
            }
            for form in catalog.forms {
                let regimes = form.regimes.joined(separator: ",")
                print("\(form.id.padding(toLength: 6, withPad: " ", startingAt: 0)) \(regimes.padding(toLength: 10, withPad: " ", startingAt: 0)) \(form.file).docx  \(form.title)")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Xuất một mẫu ra tệp .docx (giữ nguyên các thẻ {{ … }}) để trường tự sửa; dùng lại bằng render --form ID=TỆP.")

        @Argument(help: "Mã mẫu (xem hoso forms list), ví dụ M3.")
        var id: String
        @Argument(help: "Tệp .docx sẽ ghi.")
        var output: String
        @OptionGroup var forms: FormsOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            do {
                try forms.catalog().export(formID: id, to: output)
                print(output)
            } catch let error as DossierError {
                throw Console.fail(error, in: messages.language)
            } catch let error as DiagnosticError {
                Console.print(error.diagnostics, in: messages.language)
                throw ExitCode(1)
            }
        }
    }
}
