import ArgumentParser
import AssessmentInput
import Diagnostics

/// `hoso check DATA`: validates a data file and prints the score table, the result and every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp dữ liệu: bảng điểm, tổng điểm, xếp loại hoặc mức độ, tỉ lệ thành viên và mọi lỗi."
    )

    @Argument(help: "Tệp dữ liệu (.yaml hoặc .json).")
    var data: String

    @Option(name: .long, help: "Ngôn ngữ thông báo: vi hoặc en.")
    var lang: String = "vi"

    mutating func run() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("--lang: 'vi' hoặc 'en', không phải '\(lang)'")
        }
        let report = CheckReport(result: AssessmentLoader().load(path: data), language: language)
        print(report.rendered(), terminator: "")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
