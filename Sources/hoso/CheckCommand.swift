import ArgumentParser
import Diagnostics
import Dossier

/// `hoso check DATA`: validates a data file and prints the score table, the result and every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp dữ liệu: bảng điểm, tổng điểm, xếp loại hoặc mức độ, tỉ lệ thành viên và mọi lỗi."
    )

    @Argument(help: "Tệp dữ liệu (.yaml hoặc .json).")
    var data: String

    @OptionGroup var messages: MessageOptions

    mutating func run() throws {
        let report = DataCheck(path: data, language: messages.language)
        print(report.text, terminator: "")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
