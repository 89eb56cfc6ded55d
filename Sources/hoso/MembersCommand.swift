import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso members`: the staff list between the data file and the spreadsheet a school keeps.
struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: localized(
            "Danh sách thành viên: xuất ra bảng tính Excel, nhập từ bảng tính vào tệp dữ liệu.",
            "The member list: export it to an Excel sheet, import it from a sheet into the data file."),
        subcommands: [Export.self, Import.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                "Ghi danh sách thành viên ra tệp .xlsx (không có tệp dữ liệu: bảng trống với hai dòng ví dụ).",
                "Writes the member list as .xlsx (without a data file: an empty sheet with two example rows)."))

        @Argument(help: help("Tệp dữ liệu (không bắt buộc).", "The data file (optional).", value: ("dữ-liệu.yaml", "data.yaml")))
        var data: String?
        @Option(
            name: [.short, .customLong("output")], help: help("Tệp .xlsx sẽ ghi.", "The .xlsx file to write.", value: ("danh-sach.xlsx", "list.xlsx"))
        )
        var output: String
        @Flag(name: .long, help: help("Ghi đè nếu tệp .xlsx đã có.", "Overwrite the .xlsx file if it exists."))
        var force = false
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try InputFiles.require([data])
            let language = messages.language
            // A sheet the school keeps (perhaps edited since) is never replaced unasked.
            if FileManager.default.fileExists(atPath: output), !force {
                Console.error(CommandLineMessages.prefix(language) + CommandLineMessages.fileExists(output).text(in: language))
                throw ExitCode.failure
            }
            let exported = try MemberList.export(dataAt: data)
            Console.print(exported.diagnostics, in: language)
            if exported.otherErrors > 0, let data {
                print(CommandLineMessages.otherProblemsRemain(exported.otherErrors, in: data).text(in: language))
            }
            guard let bytes = exported.bytes else { throw ExitCode(1) }
            try AtomicFile.write(bytes, to: output)
            print(CommandLineMessages.sheetWritten(output, count: exported.count, data: data).text(in: language))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                "Đọc danh sách thành viên từ .xlsx hoặc .csv và ghi vào khối members: của tệp dữ liệu (giữ nguyên phần còn lại).",
                "Reads the member list from .xlsx or .csv into the members: block of the data file (the rest kept as is)."))

        @Argument(help: help("Bảng tính .xlsx hoặc .csv.", "The .xlsx or .csv spreadsheet.", value: ("danh-sach.xlsx", "list.xlsx")))
        var sheet: String
        @Option(name: .customLong("into"), help: help("Tệp dữ liệu sẽ cập nhật.", "The data file to update.", value: ("dữ-liệu.yaml", "data.yaml")))
        var data: String
        @Option(
            name: .customLong("sheet"),
            help: help(
                "Tên trang tính (mặc định: trang đầu tiên có danh sách).", "The sheet's name (default: the first with a list).",
                value: ("tên", "name")))
        var sheetName: String?
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try InputFiles.require([sheet])
            let language = messages.language
            let imported = try MemberList.importSheet(at: sheet, sheet: sheetName, into: data)
            Console.print(imported.diagnostics, in: language)
            guard let count = imported.count else { throw ExitCode(1) }
            print(CommandLineMessages.membersImported(count, into: data).text(in: language))
        }
    }
}
