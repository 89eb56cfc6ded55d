import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso archive DIR --signed SCAN.pdf -o ARCHIVE.zip`: the copy a school keeps for years.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: localized(
            "Đóng gói lưu trữ: dữ liệu, các tệp .docx/.pdf của hồ sơ, bản quét có chữ ký và bản kê SHA-256.",
            "Packs an archive: the data, the dossier's .docx/.pdf files, the signed scan and SHA-256 sums."),
        discussion: localized("Kiểm tra lại sau này bằng: hoso verify LƯU-TRỮ.zip", "Check it later with: hoso verify ARCHIVE.zip")
    )

    @Argument(
        help: help(
            "Thư mục hồ sơ do 'hoso render' ghi (nên có --pdf để lưu PDF/A).", "The dossier folder 'hoso render' wrote (with --pdf, to keep PDF/A).",
            value: ("thư-mục", "folder")))
    var folder: String
    @Option(
        help: help("Bản quét PDF của hồ sơ đã ký, đóng dấu.", "The PDF scan of the signed, stamped dossier.", value: ("bản-quét.pdf", "scan.pdf")))
    var signed: String
    @Option(name: [.short, .customLong("output")], help: help("Tệp .zip sẽ ghi.", "The .zip file to write.", value: ("tệp.zip", "file.zip")))
    var output: String
    @OptionGroup var customForms: CustomFormOptions
    @OptionGroup var forms: FormsOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        try customForms.check(in: messages.language)
    }

    func run() throws {
        Interruption.install(language: messages.language)
        do {
            let verifier = try DossierVerifier(formsRoot: try forms.root(), customForms: customForms.forms)
            let bytes = try DossierArchive.make(folder: URL(fileURLWithPath: folder), signed: URL(fileURLWithPath: signed), verifier: verifier)
            try OutputFile.write(bytes, to: URL(fileURLWithPath: output))
            print(output)
        } catch let error as OutputError {
            throw Console.fail(.output(error), in: messages.language)
        } catch let error as DossierError {
            throw Console.fail(error, in: messages.language)
        }
    }
}
