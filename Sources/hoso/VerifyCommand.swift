import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso verify PATH…`: is each file exactly what hoso produced from the data embedded in it?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: localized(
            "Kiểm chứng tệp .docx, thư mục hồ sơ hoặc tệp lưu trữ .zip: dựng lại từ dữ liệu nhúng và so từng phần.",
            "Verifies a .docx, a dossier folder or a .zip archive: re-renders from the embedded data and compares part by part."),
        discussion: localized(
            "Thoát 0 khi mọi tệp không thay đổi kể từ khi tạo, 1 khi có tệp bị sửa, thiếu hoặc không kiểm chứng được.",
            "Exit status 0 when every file is unchanged since it was made, 1 when a file was changed, is missing or cannot be verified.")
    )

    @Argument(
        help: help(
            "Tệp .docx, thư mục do 'hoso render' ghi, hoặc tệp .zip do 'hoso archive' ghi.",
            "A .docx, a folder 'hoso render' wrote, or a .zip 'hoso archive' wrote.", value: ("đường-dẫn", "path")))
    var paths: [String]
    @OptionGroup var customForms: CustomFormOptions
    @Flag(
        help: help(
            "Thêm chi tiết kỹ thuật: các phần của gói bị khác và mã SHA-256.",
            "Adds technical details: the package parts that differ and the SHA-256 sums."))
    var details = false
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        try customForms.check(in: messages.language)
    }

    func run() throws {
        let language = messages.language
        do {
            let verifier = try DossierVerifier(formsRoot: try forms.root(), customForms: customForms.forms)
            var failed = 0
            for path in paths {
                let results = verifier.verify(path: URL(fileURLWithPath: path)) { folder in
                    Console.error("hoso: \(OutputError.waitingForLock(folder).message(in: language))")
                }
                for result in results {
                    print(result.rendered(in: language, details: details))
                    if !result.passed { failed += 1 }
                }
            }
            if failed > 0 { throw ExitCode(1) }
        } catch let error as DossierError {
            throw Console.fail(error, in: language)
        } catch let error as DiagnosticError {
            Console.print(error.diagnostics, in: language)
            throw ExitCode(1)
        }
    }
}
