import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso forms`: the shipped forms, and exporting one for a school to edit in Word.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: localized(
            "Các mẫu biểu của hồ sơ: liệt kê, xuất ra .docx để sửa trong Word.",
            "The dossier's forms: list them, export one as .docx to edit in Word."),
        subcommands: [List.self, Export.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized("Liệt kê các mẫu theo thứ tự đóng hồ sơ.", "Lists the forms in binding order."))

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
                let regimes = form.regimeList
                print(
                    "\(form.id.padding(toLength: 6, withPad: " ", startingAt: 0)) \(regimes.padding(toLength: 10, withPad: " ", startingAt: 0)) \(form.file).docx  \(form.title)"
                )
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                "Xuất một mẫu ra tệp .docx (giữ nguyên các thẻ {{ … }}) để trường tự sửa; dùng lại bằng render --form ID=TỆP.",
                "Exports a form as .docx (tags {{ … }} kept) for the school to edit; use it with render --form ID=FILE."))

        @Argument(help: help("Mã mẫu (xem hoso forms list), ví dụ M3.", "The form's id (see hoso forms list), e.g. M3.", value: ("mã", "id")))
        var id: String
        @Argument(help: help("Tệp .docx sẽ ghi.", "The .docx file to write.", value: ("tệp.docx", "file.docx")))
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
                // The form is hoso's own: failing to write it is a job that could not be done.
                Console.print(error.diagnostics, in: messages.language)
                throw ExitCode(2)
            }
        }
    }
}
