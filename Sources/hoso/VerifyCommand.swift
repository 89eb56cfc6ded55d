import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso verify PATH…`: is each file exactly what hoso produced from the data embedded in it?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kiểm chứng tệp .docx, thư mục hồ sơ hoặc tệp lưu trữ .zip: dựng lại từ dữ liệu nhúng và so từng phần.",
        discussion: "Thoát 0 khi mọi tệp không thay đổi kể từ khi tạo, 1 khi có tệp bị sửa, thiếu hoặc không kiểm chứng được."
    )

    @Argument(help: "Tệp .docx, thư mục do 'hoso render' ghi, hoặc tệp .zip do 'hoso archive' ghi.")
    var paths: [String]
    @OptionGroup var customForms: CustomFormOptions
    @Flag(help: "Thêm chi tiết kỹ thuật: các phần của gói bị khác và mã SHA-256.")
    var details = false
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let language = messages.language
        do {
            let verifier = try DossierVerifier(formsRoot: try forms.root(), customForms: customForms.forms)
            var failed = 0
            for path in paths {
                for result in verifier.verify(path: URL(fileURLWithPath: path)) {
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
