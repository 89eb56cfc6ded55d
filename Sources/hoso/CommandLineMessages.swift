import Diagnostics
import Foundation

/// Every message the command line itself prints (argument errors, help headings, file-system
/// failures), in Vietnamese and English.
enum CommandLineMessages {
    // MARK: Help headings and the parser's built-in texts

    /// The parser's English help texts and their Vietnamese.
    static let helpPhrases: [(en: String, vi: String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "CÁC LỆNH:"),
        ("Show the version.", "In phiên bản."),
        ("Show help information.", "In hướng dẫn này."),
        ("Show subcommand help information.", "In hướng dẫn của một lệnh."),
        ("<subcommand>", "<lệnh>"),
        ("(default)", "(mặc định)"),
        ("default:", "mặc định:"),
        ("values:", "giá trị:"),
    ]

    static func unknownCommand(_ word: String, suggestion: String?, commands: [String]) -> LocalizedText {
        let list = commands.joined(separator: ", ")
        return LocalizedText(
            vi: "không có lệnh '\(word)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? "") + " Các lệnh: \(list)",
            en: "there is no command '\(word)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "") + " Commands: \(list)")
    }

    static func missingArgument(_ name: String) -> LocalizedText {
        LocalizedText(vi: "thiếu \(name)", en: "\(name) is missing")
    }

    static func missingOneOf(_ names: String) -> LocalizedText {
        LocalizedText(vi: "thiếu một trong: \(names)", en: "one of these is missing: \(names)")
    }

    static func missingValue(_ name: String) -> LocalizedText {
        LocalizedText(vi: "thiếu giá trị sau \(name)", en: "\(name) needs a value")
    }

    static func unknownOption(_ name: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            vi: "lệnh này không có tùy chọn '\(name)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ""),
            en: "this command has no option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
    }

    static func unexpectedArguments(_ values: String) -> LocalizedText {
        LocalizedText(vi: "thừa tham số \(values)", en: "unexpected \(values)")
    }

    static func invalidValue(_ value: String, for name: String, choices: String?) -> LocalizedText {
        LocalizedText(
            vi: "giá trị '\(value)' không hợp lệ cho \(name)" + (choices.map { ": chọn \($0)" } ?? ""),
            en: "the value '\(value)' is not valid for \(name)" + (choices.map { ": choose \($0)" } ?? ""))
    }

    static func flagTakesNoValue(_ name: String, value: String) -> LocalizedText {
        LocalizedText(
            vi: "tùy chọn '\(name)' không nhận giá trị, nhưng có '\(value)'",
            en: "the option '\(name)' takes no value, but '\(value)' was given")
    }

    static func givenTwice(_ detail: String) -> LocalizedText {
        LocalizedText(vi: "một tùy chọn được ghi hai lần (\(detail))", en: "an option is given twice (\(detail))")
    }

    static func badArguments(_ detail: String) -> LocalizedText {
        LocalizedText(vi: "tham số không hợp lệ (\(detail))", en: "invalid arguments (\(detail))")
    }

    static func usageLine(_ usage: String) -> LocalizedText {
        LocalizedText(vi: "Cách dùng: \(usage)", en: "Usage: \(usage)")
    }

    static func optionHelpLine(_ help: String) -> LocalizedText {
        LocalizedText(vi: "Gợi ý: \(help)", en: "Help: \(help)")
    }

    static func seeHelp(_ command: String) -> LocalizedText {
        LocalizedText(vi: "Xem '\(command)' để biết thêm.", en: "See '\(command)' for more.")
    }

    static func prefix(_ language: Language) -> String {
        "hoso: \(Severity.error.label(in: language)): "
    }

    // MARK: hoso init

    static func fileExists(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(path)' đã có; thêm --force để ghi đè, hoặc chọn tên khác",
            en: "'\(path)' already exists; add --force to overwrite it, or choose another name")
    }

    static func previousYearInvalid(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "tệp năm trước '\(path)' còn lỗi (xem trên): sửa rồi chạy lại 'hoso init --from'",
            en: "last year's file '\(path)' has errors (see above): fix them and run 'hoso init --from' again")
    }

    static func starterWritten(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "Đã tạo \(path). Điền các chỗ <…>, rồi chạy: hoso check \(path)",
            en: "Wrote \(path). Fill in every <…>, then run: hoso check \(path)")
    }

    static func carriedAndCleared(year: Int, council: Int, members: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "Giữ từ năm \(year): đơn vị, người ký, căn cứ, Hội đồng (\(council) người), họ tên và chức vụ của \(members) thành viên, bộ tiêu chí.\nĐể trống cần điền (<…>): năm, số và ngày văn bản, cuộc họp và biểu quyết, điểm và minh chứng, khen thưởng, các đoạn báo cáo, và kết quả năm \(year + 1) của từng thành viên (kế hoạch tự học, kỷ luật, bồi dưỡng, danh hiệu thi đua, công dân học tập); ghi chú năm trước chỉ còn là dòng chú thích.",
            en:
                "Kept from \(year): the unit, the signers, the legal bases, the council (\(council) people), the names and positions of \(members) members, the rubric.\nLeft to fill (<…>): the year, document numbers and dates, the meeting and vote, scores and evidence, awards, the report texts, and each member's \(year + 1) results (self-study plan, discipline, training, emulation title, learning citizen); last year's notes are kept only as comments."
        )
    }

    /// The label before each file `hoso validate` checked, as wide in each language as `hoso verify`'s.
    static func validatedLabel(passed: Bool, _ language: Language) -> String {
        switch (passed, language) {
        case (true, .vi): "ĐẠT "
        case (false, .vi): "LỖI "
        case (true, _): "ok  "
        case (false, _): "FAIL"
        }
    }

    static func validationTally(passed: Int, failed: Int) -> LocalizedText {
        LocalizedText(vi: "\(passed) tệp đạt, \(failed) tệp có lỗi", en: "\(passed) passed, \(failed) failed")
    }

    static func cannotCreate(_ path: String, in folder: String) -> LocalizedText {
        LocalizedText(
            vi: "không ghi được '\(path)': thư mục '\(folder)' có nhưng không cho tạo tệp trong đó; chọn thư mục khác, ví dụ thư mục của mình",
            en: "cannot write '\(path)': the folder '\(folder)' exists but takes no new file; choose another folder, e.g. one of your own")
    }

    // MARK: hoso members

    static func otherProblemsRemain(_ count: Int, in path: String) -> LocalizedText {
        LocalizedText(
            vi: "\(path) còn \(count) lỗi ở các phần khác (không ảnh hưởng danh sách thành viên): chạy hoso check \(path) để xem",
            en: "\(path) still has \(count) errors in other sections (the member list is not affected): run hoso check \(path) to see them")
    }

    static func sheetWritten(_ path: String, count: Int?, data: String? = nil) -> LocalizedText {
        guard let count else {
            return LocalizedText(
                vi:
                    "Đã ghi \(path): bảng trống với hai dòng ví dụ. Điền danh sách rồi chạy: hoso members import \(path) --into \(data ?? "DỮ-LIỆU.yaml")",
                en:
                    "Wrote \(path): an empty sheet with two example rows. Fill it in, then run: hoso members import \(path) --into \(data ?? "DATA.yaml")"
            )
        }
        return LocalizedText(vi: "Đã ghi \(count) thành viên vào \(path).", en: "Wrote \(count) members to \(path).")
    }

    static func membersImported(_ count: Int, into path: String) -> LocalizedText {
        LocalizedText(
            vi: "Đã ghi \(count) thành viên vào khối members: của \(path). Chạy tiếp: hoso check \(path)",
            en: "Wrote \(count) members into the members: block of \(path). Next: hoso check \(path)")
    }

    static func unexpected(_ description: String) -> LocalizedText {
        LocalizedText(
            vi: "lỗi không lường trước (\(description)): hãy báo cho người phát triển hoso kèm lệnh đã chạy",
            en: "unexpected error (\(description)): please report it to hoso's developers with the command you ran")
    }
}
