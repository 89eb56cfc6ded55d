import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso validate`: hoso's own structural check of any DOCX.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: localized(
            "Kiểm tra cấu trúc tệp DOCX: gói, kiểu nội dung, quan hệ, lược đồ ISO/IEC 29500, quy tắc của Word.",
            "Checks the structure of DOCX files: package, content types, relationships, ISO/IEC 29500 schemas, Word's rules.")
    )

    @Argument(help: help("Các tệp .docx cần kiểm tra.", "The .docx files to check.", value: ("tệp.docx", "file.docx")))
    var files: [String]
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let validator: DocxValidation
        do {
            validator = try DocxValidation(formsRoot: try forms.root())
        } catch let error as DossierError {
            throw Console.fail(error, in: messages.language)
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: messages.language)
            throw ExitCode(2)
        }
        var failed = 0
        for file in files {
            let problems = validator.problems(ofFileAt: file)
            if problems.isEmpty {
                print(CommandLineMessages.validatedLabel(passed: true, messages.language) + " \(file)")
            } else {
                failed += 1
                print(CommandLineMessages.validatedLabel(passed: false, messages.language) + " \(file)")
                for problem in problems { print("  " + problem.rendered(in: messages.language)) }
            }
        }
        print(CommandLineMessages.validationTally(passed: files.count - failed, failed: failed).text(in: messages.language))
        if failed > 0 { throw ExitCode(1) }
    }
}
