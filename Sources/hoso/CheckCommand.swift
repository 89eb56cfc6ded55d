import ArgumentParser
import Diagnostics
import Dossier

/// `hoso check DATA`: validates a data file and prints the score table, the result and every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: localized(
            "Kiểm tra tệp dữ liệu: bảng điểm, tổng điểm, xếp loại hoặc mức độ, tỉ lệ thành viên và mọi lỗi.",
            "Checks a data file: score table, total, band or level, member percentages and every problem."),
        discussion: localized(
            "Thoát 0 khi dữ liệu hợp lệ (có thể có cảnh báo), 1 khi có lỗi, 2 khi không đọc được tệp.",
            "Exit status 0 when the data is valid (warnings allowed), 1 when not, 2 when the file cannot be read.")
    )

    @Argument(help: help("Tệp dữ liệu (.yaml hoặc .json).", "The data file (.yaml or .json).", value: ("dữ-liệu.yaml", "data.yaml")))
    var data: String

    @OptionGroup var messages: MessageOptions

    mutating func run() throws {
        try InputFiles.require([data])
        let report = DataCheck(path: data, language: messages.language)
        print(report.text, terminator: "")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
