import Assessment
import Diagnostics
import Spreadsheet
import VietnameseText

/// Every message of the data and rubric loaders, in Vietnamese and English: one place to read and
/// reword them. Each quotes the user's value and, where it can, says how to fix it.
enum Messages {
    // MARK: The text of the file

    static func fileUnreadable(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "không đọc được tệp '\(path)': kiểm tra đường dẫn và quyền đọc",
            en: "cannot read the file '\(path)': check the path and the permissions")
    }

    static func notUTF8(byte: UInt8) -> LocalizedText {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        return LocalizedText(
            vi: "tệp không phải UTF-8 (byte \(hex)): hãy lưu lại tệp với mã hóa UTF-8",
            en: "the file is not UTF-8 (byte \(hex)): save it again as UTF-8")
    }

    static func notADataFile(_ kind: ForeignFile) -> LocalizedText {
        switch kind {
        case .word:
            return LocalizedText(
                vi:
                    "đây là tệp Word, không phải tệp dữ liệu .yaml: hãy chọn tệp .yaml (hoặc .json) do 'hoso init' tạo; để kiểm tra một tệp Word dùng 'hoso validate' hoặc 'hoso verify'",
                en:
                    "this is a Word file, not a .yaml data file: choose the .yaml (or .json) file 'hoso init' wrote; to check a Word file use 'hoso validate' or 'hoso verify'"
            )
        case .spreadsheet:
            return LocalizedText(
                vi:
                    "đây là bảng tính Excel/Calc, không phải tệp dữ liệu .yaml: ghi danh sách thành viên vào tệp dữ liệu bằng 'hoso members import TỆP --into DỮ-LIỆU.yaml'",
                en:
                    "this is an Excel/Calc spreadsheet, not a .yaml data file: bring the member list into the data file with 'hoso members import FILE --into DATA.yaml'"
            )
        case .zip:
            return LocalizedText(
                vi: "đây là tệp nén .zip, không phải tệp dữ liệu .yaml: giải nén hoặc chọn đúng tệp",
                en: "this is a .zip archive, not a .yaml data file: extract it or choose the right file")
        case .pdf:
            return LocalizedText(
                vi: "đây là tệp PDF, không phải tệp dữ liệu .yaml: chọn tệp do 'hoso init' tạo",
                en: "this is a PDF, not a .yaml data file: choose the file 'hoso init' wrote")
        case .utf16:
            return LocalizedText(
                vi: "tệp được lưu với mã hóa UTF-16 (\"Unicode\" của Notepad): hãy lưu lại với mã hóa UTF-8",
                en: "the file is saved as UTF-16 (Notepad's \"Unicode\"): save it again as UTF-8")
        }
    }

    static func fileTooLarge(size: Int?, limit: Int) -> LocalizedText {
        let cap = limit % (1 << 20) == 0 ? "\(limit >> 20) MB" : "\(limit) byte"
        let capEnglish = limit % (1 << 20) == 0 ? "\(limit >> 20) MB" : "\(limit)-byte"
        let actual = size.map { "\($0) byte" } ?? "hơn \(limit) byte"
        let actualEnglish = size.map { "\($0) bytes" } ?? "more than \(limit) bytes"
        return LocalizedText(
            vi: "tệp có \(actual), vượt giới hạn \(cap) của một tệp dữ liệu (dữ liệu của một đơn vị chỉ vài chục KB): kiểm tra lại đường dẫn",
            en: "the file has \(actualEnglish), beyond the \(capEnglish) limit for a data file (a unit's data takes a few tens of KB): check the path"
        )
    }

    static func tooManyValues(limit: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "dữ liệu có hơn \(limit) giá trị khi mở rộng các bí danh '*' (có thể là \"bom bí danh\" YAML): hãy viết thẳng dữ liệu ra, đừng lồng bí danh vào nhau",
            en:
                "the data holds more than \(limit) values once its '*' aliases are expanded (possibly a YAML \"alias bomb\"): write the data out instead of nesting aliases"
        )
    }

    static func nestedTooDeep() -> LocalizedText {
        LocalizedText(
            vi: "dữ liệu lồng nhau quá sâu (hơn 1000 tầng danh sách hoặc nhóm 'khóa: giá trị' trong nhau): dữ liệu của một đơn vị chỉ cần vài tầng",
            en: "the data is nested too deep (more than 1000 levels of lists or mappings inside each other): a unit's data needs only a few levels")
    }

    static func emptyDocument() -> LocalizedText {
        LocalizedText(
            vi: "tệp chưa có dữ liệu: chạy 'hoso init' để có tệp mẫu",
            en: "the file holds no data: run 'hoso init' for a starter file")
    }

    /// A YAML syntax error as a sentence with its fix: libyaml's English `problem` is matched, never
    /// shown in Vietnamese. `opened` is where the quote or bracket being read started (libyaml's
    /// context mark); `character` the one libyaml stopped at.
    static func syntax(
        problem: String, context: String?, opened: (line: Int, column: Int)? = nil,
        character: String? = nil
    ) -> LocalizedText {
        let at = opened.map { "dòng \($0.line) cột \($0.column)" } ?? "trên"
        let atEN = opened.map { "line \($0.line) column \($0.column)" } ?? "above"
        let char = character.map { "'\($0)'" } ?? "này"
        let charEN = character.map { "'\($0)'" } ?? "this character"
        let isQuote = context?.contains("quoted scalar") ?? false
        let table: [(match: String, vi: String, en: String)] = [
            (
                "mapping values are not allowed",
                "có dấu ':' ở chỗ không được đặt 'khóa: giá trị': nếu giá trị có dấu ':' (giờ 14:00, 'Điều 2: …') hãy đặt cả giá trị trong dấu nháy kép \"…\"; nếu không, thụt lề dòng này thẳng hàng với các khóa cùng cấp",
                "a ':' where a 'key: value' is not allowed: if the value contains ':' (14:00, 'Article 2: …') put the whole value in double quotes \"…\"; otherwise indent this line like the keys at its level"
            ),
            (
                "could not find expected ':'",
                "thiếu dấu ':' sau khóa: viết 'khóa: giá trị' (có dấu cách sau ':'); một giá trị dài xuống dòng phải thụt lề sâu hơn khóa hoặc nằm trong dấu nháy kép",
                "a ':' is missing after a key: write 'key: value' (a space after ':'); a long value continued on the next line must be indented deeper than its key or be in double quotes"
            ),
            (
                "cannot start any token",
                "ký tự \(char) không được đứng đầu một giá trị: đặt cả giá trị trong dấu nháy kép \"…\"; nếu đó là phím Tab, thụt lề bằng dấu cách",
                "the character \(charEN) cannot start a value: put the whole value in double quotes \"…\"; if it is a tab, indent with spaces"
            ),
            (
                "found a tab character",
                "có phím Tab ở đầu dòng: thụt lề bằng dấu cách, không dùng Tab (thường 2 dấu cách mỗi cấp)",
                "a tab at the start of the line: indent with spaces, not tabs (usually 2 per level)"
            ),
            (
                "found unexpected end of stream",
                isQuote
                    ? "dấu nháy mở ở \(at) chưa được đóng: thêm dấu nháy đóng cùng loại ở cuối giá trị"
                    : "tệp kết thúc giữa chừng: dấu nháy, '[' hoặc '{' mở ở \(at) chưa được đóng; thêm dấu đóng",
                isQuote
                    ? "the quote opened at \(atEN) is never closed: add the same quote at the end of the value"
                    : "the file ends too early: a quote, '[' or '{' opened \(atEN) is never closed; add the closing mark"
            ),
            (
                "did not find expected ',' or '}'",
                "thiếu dấu ',' giữa hai mục (thường ở cuối dòng trên) hoặc dấu '{' mở ở \(at) chưa đóng: thêm ',' hoặc '}'; nếu trong tên hay chức vụ có dấu ',' hoặc ':' hãy đặt giá trị trong dấu nháy kép, hoặc viết mỗi khóa một dòng (không dùng '{…}')",
                "a ',' is missing between two items (usually at the end of the line above) or the '{' opened at \(atEN) is not closed: add the ',' or the '}'; if a name or position contains ',' or ':' put it in double quotes, or write one key per line (no '{…}')"
            ),
            (
                "did not find expected ',' or ']'",
                "thiếu dấu ',' giữa hai mục (thường ở cuối dòng trên) hoặc dấu '[' mở ở \(at) chưa đóng: thêm ',' hoặc ']', hoặc viết mỗi mục một dòng '- '",
                "a ',' is missing between two items (usually at the end of the line above) or the '[' opened at \(atEN) is not closed: add the ',' or the ']', or write one '- ' line per item"
            ),
            (
                "did not find expected key",
                "dòng này không thẳng hàng với các khóa cùng cấp (hoặc một giá trị có dấu nháy chưa đóng): căn thụt lề bằng dấu cách cho thẳng với dòng trên",
                "this line is not aligned with the keys at its level (or a quoted value is not closed): indent it with spaces like the line above"
            ),
            (
                "did not find expected '-' indicator",
                "mục danh sách phải bắt đầu bằng '- ' và thẳng hàng với các mục khác: sửa thụt lề của dòng này",
                "a list item must start with '- ' aligned with the other items: fix this line's indentation"
            ),
            (
                "block sequence entries are not allowed",
                "không được mở danh sách '- ' ở đây: đưa '- ' xuống dòng dưới khóa và thụt lề sâu hơn khóa",
                "a '- ' list cannot start here: put the '- ' lines under the key, indented deeper"
            ),
            (
                "found unknown escape character",
                "trong dấu nháy kép, dấu '\\' phải đi kèm ký tự hợp lệ: dùng dấu nháy đơn '…' hoặc viết '\\\\'",
                "inside double quotes a '\\' must start a valid escape: use single quotes '…' or write '\\\\'"
            ),
            (
                "found undefined alias",
                "dùng bí danh '*' chưa được định nghĩa: nếu '*' là một phần của giá trị, đặt giá trị trong dấu nháy kép",
                "an alias '*' that is not defined: if the '*' is part of the value, put the value in double quotes"
            ),
            (
                "found character that cannot start",
                "ký tự \(char) không được đứng đầu một giá trị: đặt cả giá trị trong dấu nháy kép \"…\"",
                "the character \(charEN) cannot start a value: put the whole value in double quotes \"…\""
            ),
        ]
        if let row = table.first(where: { problem.contains($0.match) }) {
            return LocalizedText(vi: "lỗi cú pháp: \(row.vi)", en: "syntax error: \(row.en)")
        }
        return LocalizedText(
            vi:
                "lỗi cú pháp: cấu trúc không đọc được ở đây: kiểm tra thụt lề (chỉ dùng dấu cách), dấu ':' sau mỗi khóa và các dấu nháy, ngoặc ở dòng này và dòng trên",
            en:
                "syntax error: the structure cannot be read here (\(problem)): check the indentation (spaces only), the ':' after each key and the quotes and brackets on this line and the one above"
        )
    }

    static func duplicateKey(_ key: String, firstLine: Int? = nil) -> LocalizedText {
        guard let firstLine else {
            return LocalizedText(
                vi: "khóa '\(key)' xuất hiện hai lần trong cùng một mục: giữ lại một",
                en: "the key '\(key)' appears twice in the same mapping: keep one")
        }
        return LocalizedText(
            vi: "khóa '\(key)' đã có ở dòng \(firstLine), trong cùng một mục: giữ lại một (xóa hoặc đổi tên dòng này)",
            en: "the key '\(key)' is already on line \(firstLine), in the same mapping: keep one (delete or rename this line)")
    }

    static func controlCharacter(_ codePoint: String) -> LocalizedText {
        LocalizedText(
            vi: "ký tự điều khiển \(codePoint) không ghi được vào văn bản Word: hãy xóa nó (thường do dán từ tệp khác)",
            en: "the control character \(codePoint) cannot be written into a Word document: delete it (usually pasted from another file)")
    }

    static func directionControl(_ codePoint: String) -> LocalizedText {
        LocalizedText(
            vi:
                "có ký tự ẩn \(codePoint) điều khiển hướng chữ (phải sang trái): không thấy trên màn hình nhưng đảo thứ tự chữ khi in; hãy gõ lại giá trị này",
            en:
                "holds the hidden direction control \(codePoint) (right-to-left): invisible on screen but it reorders the letters when printed; type this value again"
        )
    }

    static func lineSeparator(_ codePoint: String) -> LocalizedText {
        LocalizedText(
            vi: "có ký tự ngắt dòng Unicode \(codePoint) (thường do dán từ trang web hoặc PDF): xóa nó, hoặc xuống dòng bằng một mục danh sách mới",
            en: "holds the Unicode line separator \(codePoint) (usually pasted from a web page or a PDF): delete it, or start a new list item instead"
        )
    }

    static func tabInValue(before: String, after: String) -> LocalizedText {
        LocalizedText(
            vi:
                "có ký tự Tab giữa '\(before)' và '\(after)': có vẻ đã dán hai cột Excel vào một ô; tách thành hai khóa (ví dụ name và position) hoặc xóa Tab",
            en:
                "holds a tab between '\(before)' and '\(after)': it looks like two Excel columns pasted into one value; split it into two keys (e.g. name and position) or delete the tab"
        )
    }

    static func onlyMarks(_ value: String) -> LocalizedText {
        let codes = value.unicodeScalars.filter { $0 != " " }.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        .joined(separator: " ")
        return LocalizedText(
            vi: "chỉ có dấu thanh, không có chữ (\(codes)): gõ lại giá trị này",
            en: "holds only tone marks with no letters (\(codes)): type this value again")
    }

    static func spacesNormalized(_ typed: String, result: String, nonBreaking: Bool) -> LocalizedText {
        LocalizedText(
            vi: (nonBreaking
                ? "đã đổi dấu cách không ngắt (NBSP) thành dấu cách thường và gộp dấu cách thừa"
                : "đã gộp các dấu cách liền nhau thành một") + ": '\(typed)' → '\(result)'",
            en: (nonBreaking
                ? "turned non-breaking spaces (NBSP) into ordinary spaces and joined extra spaces"
                : "joined runs of spaces into one") + ": '\(typed)' → '\(result)'")
    }

    // MARK: Staff lists (spreadsheets)

    static func membersTwice() -> LocalizedText {
        LocalizedText(
            vi: "có cả 'members' và 'members_file': giữ một (danh sách trong tệp, hoặc bảng tính)",
            en: "both 'members' and 'members_file' are given: keep one (the list in the file, or the spreadsheet)")
    }

    static func membersFileInFlowMapping() -> LocalizedText {
        LocalizedText(
            vi:
                "'members_file' chỉ dùng được khi tệp viết theo khối, mỗi khóa một dòng (không phải {…} hay JSON): viết lại tệp theo khối, hoặc chép danh sách vào 'members' (hoso members import)",
            en:
                "'members_file' works only in a block-style file, one key per line (not {…} or JSON): rewrite the file in block style, or copy the list into 'members' (hoso members import)"
        )
    }

    static func membersFileNotFound(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "không tìm thấy bảng tính '\(path)' (đường dẫn tính từ thư mục của tệp dữ liệu)",
            en: "spreadsheet '\(path)' not found (paths are relative to the data file's folder)")
    }

    static func sheetIsWord() -> LocalizedText {
        LocalizedText(
            vi:
                "đây là tệp Word, không phải bảng tính: chọn tệp .xlsx hoặc .csv có danh sách thành viên (trong Excel: Lưu thành → Sổ làm việc Excel (.xlsx))",
            en:
                "this is a Word file, not a spreadsheet: choose the .xlsx or .csv file with the member list (in Excel: Save As → Excel Workbook (.xlsx))"
        )
    }

    static func sheetOldOrWord() -> LocalizedText {
        LocalizedText(
            vi: "không phải bảng tính .xlsx hay .csv: trong Excel chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx)",
            en: "not an .xlsx or .csv spreadsheet: in Excel choose Save As → Excel Workbook (.xlsx)")
    }

    static func sheetUnreadable(_ error: Error) -> LocalizedText {
        switch error as? SpreadsheetError {
        case .unsupportedEncoding(let name)?:
            return LocalizedText(
                vi: "tệp CSV được lưu với mã hóa \(name): trong Excel chọn Lưu thành → CSV UTF-8 (Comma delimited), hoặc lưu .xlsx",
                en: "the CSV file is saved as \(name): in Excel choose Save As → CSV UTF-8 (Comma delimited), or save as .xlsx")
        case .tooLarge(let limit)?:
            return LocalizedText(
                vi: "bảng tính có hơn \(limit) ô: một danh sách thành viên chỉ cần vài trăm",
                en: "the sheet has more than \(limit) cells: a member list needs a few hundred")
        case .malformedPart(let part, let reason)?:
            return LocalizedText(
                vi: "bảng tính bị hỏng (\(part): \(reason)): mở bằng Excel hoặc Calc rồi lưu lại",
                en: "the spreadsheet is damaged (\(part): \(reason)): open it in Excel or Calc and save it again")
        default:
            return LocalizedText(
                vi: "không đọc được bảng tính: lưu lại dạng .xlsx hoặc CSV UTF-8",
                en: "cannot read the spreadsheet: save it again as .xlsx or CSV UTF-8")
        }
    }

    static func noSuchSheet(_ name: String, available: [String], suggestion: String?) -> LocalizedText {
        let list = available.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            vi: "không có trang tính '\(name)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ".") + " Có: \(list)",
            en: "there is no sheet '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ".") + " Sheets: \(list)")
    }

    static func noHeaderRow(_ headings: [String]) -> LocalizedText {
        let list = headings.joined(separator: ", ")
        return LocalizedText(
            vi: "không thấy hàng tiêu đề của danh sách thành viên: cần các cột như \(list) (thứ tự, chữ hoa, dấu tùy ý)",
            en: "no header row of a member list found: columns such as \(list) are needed (any order, case or accents)")
    }

    static func missingColumn(_ heading: String) -> LocalizedText {
        LocalizedText(vi: "thiếu cột '\(heading)': thêm cột này vào hàng tiêu đề", en: "the column '\(heading)' is missing: add it to the header row")
    }

    static func missingCell(_ heading: String) -> LocalizedText {
        LocalizedText(vi: "ô '\(heading)' còn trống: điền vào", en: "the '\(heading)' cell is empty: fill it in")
    }

    static func markColumnAllBlank(_ heading: String, members: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "cột '\(heading)' để trống ở cả \(members) thành viên: có lẽ cột chưa được điền (ô trống được hiểu là không); ghi x cho người có, 'không' cho người không",
            en:
                "the column '\(heading)' is blank for all \(members) members: it was probably not filled in (a blank cell means no); write x for those who do, 'không' for those who do not"
        )
    }

    static func invalidMark(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(value)' không rõ có hay không: ghi x (có) hoặc để trống (không)",
            en: "'\(value)' is not clearly yes or no: write x (yes) or leave it blank (no)")
    }

    static func invalidCellChoice(_ value: String, choices: [String]) -> LocalizedText {
        LocalizedText(
            vi: "'\(value)' không hợp lệ: chọn một trong \(choices.joined(separator: ", "))",
            en: "'\(value)' is not valid: choose one of \(choices.joined(separator: ", "))")
    }

    static func noMembersInSheet() -> LocalizedText {
        LocalizedText(vi: "dưới hàng tiêu đề chưa có thành viên nào", en: "no members below the header row")
    }

    static func mojibake(encoding: String, words: [String]) -> LocalizedText {
        let quoted = words.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            vi:
                "\(quoted) là chữ gõ theo bảng mã \(encoding), không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại",
            en:
                "\(quoted) is text typed in the \(encoding) encoding, not Unicode: convert it to Unicode (for example with Unikey's converter) and paste it again"
        )
    }

    static let placeholderOpening = "chưa điền: thay '"

    static func placeholder(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: placeholderOpening + "\(value)' bằng giá trị thật",
            en: "not filled in: replace '\(value)' with the real value")
    }

    // MARK: Types and keys

    static func kindMapping() -> LocalizedText { LocalizedText(vi: "một nhóm 'khóa: giá trị'", en: "a mapping") }
    static func kindList() -> LocalizedText { LocalizedText(vi: "một danh sách", en: "a list") }
    static func kindAlias() -> LocalizedText { LocalizedText(vi: "một bí danh '*'", en: "an alias") }

    static func expectedMapping(found: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "cần một nhóm 'khóa: giá trị' nhưng gặp \(found.vi)",
            en: "expected a mapping of 'key: value' but found \(found.en)")
    }

    static func expectedList(found: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "cần một danh sách (mỗi mục bắt đầu bằng '- ') nhưng gặp \(found.vi)",
            en: "expected a list (each item starting with '- ') but found \(found.en)")
    }

    static func expectedText(found: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "cần một giá trị đơn (chữ hoặc số) nhưng gặp \(found.vi)",
            en: "expected a single value (text or number) but found \(found.en)")
    }

    static func colonInText(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "có dấu ':' trong câu '\(text)' nên câu bị hiểu thành 'khóa: giá trị': đặt cả dòng trong dấu nháy kép, ví dụ - \"\(text)\"",
            en: "the ':' in '\(text)' makes it read as 'key: value': put the whole line in double quotes, for example - \"\(text)\"")
    }

    static func unclosedQuote(closedOnLine line: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "lỗi cú pháp: dấu nháy mở ở đây chưa được đóng trên dòng này (dấu nháy ở dòng \(line) bị hiểu là dấu đóng): thêm dấu nháy đóng cùng loại ở cuối giá trị",
            en:
                "syntax error: the quote opened here is not closed on this line (the quote on line \(line) is taken as its end): add the same quote at the end of the value"
        )
    }

    static func quoteInsideQuotes() -> LocalizedText {
        LocalizedText(
            vi:
                "lỗi cú pháp: trong câu đặt giữa hai dấu nháy kép \"…\" lại có dấu nháy kép, nên câu bị cắt ở đó: dùng dấu nháy đơn '…' bên ngoài, hoặc dấu nháy cong “…” bên trong",
            en:
                "syntax error: a text in double quotes \"…\" contains a double quote, so it ends there: use single quotes '…' outside, or curly quotes “…” inside"
        )
    }

    static func expectedInteger(_ value: String, example: Int) -> LocalizedText {
        LocalizedText(
            vi: "'\(value)' không phải số nguyên: viết số, ví dụ \(example)",
            en: "'\(value)' is not a whole number: write the number, for example \(example)")
    }

    static func outOfRange(_ value: Int, _ range: ClosedRange<Int>) -> LocalizedText {
        LocalizedText(
            vi: "\(value) nằm ngoài khoảng \(range.lowerBound)–\(range.upperBound)",
            en: "\(value) is outside \(range.lowerBound)–\(range.upperBound)")
    }

    static func expectedBoolean(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(value)' không phải có/không: viết true hoặc false",
            en: "'\(value)' is not yes/no: write true or false")
    }

    static func expectedPoints(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(value)' không phải số điểm: viết ví dụ 10 hoặc 8.5 (tối đa hai chữ số thập phân)",
            en: "'\(value)' is not a number of points: write e.g. 10 or 8.5 (at most two decimals)")
    }

    static func unknownKey(_ key: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            vi: "khóa '\(key)' không có trong mẫu" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ": xóa hoặc sửa lại"),
            en: "unknown key '\(key)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ": remove or correct it"))
    }

    static func missingKey(_ key: String) -> LocalizedText {
        LocalizedText(vi: "thiếu khóa bắt buộc '\(key)'", en: "the required key '\(key)' is missing")
    }

    static func emptyValue() -> LocalizedText {
        LocalizedText(vi: "chưa có giá trị: hãy điền vào", en: "no value: fill it in")
    }

    static func invalidChoice(_ value: String, choices: [String], suggestion: String?) -> LocalizedText {
        let list = choices.joined(separator: ", ")
        return LocalizedText(
            vi: "'\(value)' không hợp lệ" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ".") + " Chọn một trong: \(list)",
            en: "'\(value)' is not valid" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ".") + " Choose one of: \(list)")
    }

    static func invalidDate(_ value: String) -> LocalizedText {
        LocalizedText(
            vi:
                "không đọc được ngày '\(value)': viết ngày trước tháng, năm đủ bốn chữ số, ví dụ 05/01/2024, 05-01-2024 hoặc ngày 05 tháng 01 năm 2024",
            en: "cannot read the date '\(value)': write the day first and a four-digit year, e.g. 05/01/2024, 05-01-2024 or ngày 05 tháng 01 năm 2024"
        )
    }

    static func twoDigitYear(_ value: String, day: Int, month: Int, year: Int) -> LocalizedText {
        let full = "\(twoDigits(day))/\(twoDigits(month))/20\(twoDigits(year))"
        return LocalizedText(
            vi: "ngày '\(value)' có năm hai chữ số: viết đủ bốn chữ số, ví dụ \(full)",
            en: "the date '\(value)' has a two-digit year: write all four digits, e.g. \(full)")
    }

    static func impossibleDate(_ value: String, day: Int, month: Int, year: Int) -> LocalizedText {
        let (vi, en): (String, String)
        if !(1...12).contains(month) {
            if (1...12).contains(day) {
                vi = "không có tháng \(month); ngày viết trước tháng (\(twoDigits(month))/\(twoDigits(day))/\(year)?)"
                en = "there is no month \(month); the day comes first (\(twoDigits(month))/\(twoDigits(day))/\(year)?)"
            } else {
                vi = "không có tháng \(month)"
                en = "there is no month \(month)"
            }
        } else if year < 1 || year > 9999 {
            vi = "năm \(year) không hợp lệ"
            en = "the year \(year) is not valid"
        } else {
            let days = VietnameseDate.daysIn(month: month, year: year)
            vi = "tháng \(month) năm \(year) chỉ có \(days) ngày"
            en = "month \(month) of \(year) has only \(days) days"
        }
        return LocalizedText(vi: "ngày '\(value)' không có trên lịch: \(vi)", en: "the date '\(value)' does not exist: \(en)")
    }

    static func schoolYearGiven(_ value: String, first: Int, second: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "'\(value)' là một năm học; 'year' là năm dương lịch được đánh giá (từ 01/01 đến 31/12): chỉ ghi một năm, ví dụ \(first) hoặc \(second)",
            en:
                "'\(value)' is a school year; 'year' is the calendar year assessed (1 January to 31 December): write one year, e.g. \(first) or \(second)"
        )
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }

    static func invalidTime(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "không đọc được giờ '\(value)': viết 14:00 hoặc 14h00",
            en: "cannot read the time '\(value)': write 14:00 or 14h00")
    }

    // MARK: The unit and the documents

    static func invalidSymbol(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "ký hiệu đơn vị '\(value)' chỉ gồm chữ in hoa và chữ số, không có dấu cách hay '-' (ví dụ THAS)",
            en: "the unit symbol '\(value)' takes upper-case letters and digits only, no spaces or '-' (e.g. THAS)")
    }

    static func invalidDocumentNumber(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "số văn bản '\(value)' chỉ gồm chữ số (ví dụ 12); ký hiệu như /BC-THAS được tự ghép",
            en: "the document number '\(value)' takes digits only (e.g. 12); the symbol such as /BC-THAS is added")
    }

    static func documentNumberNotPositive(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "số văn bản '\(value)' phải là số dương (1, 2, 3…): ghi số thật của văn bản trong sổ văn bản đi",
            en: "the document number '\(value)' must be positive (1, 2, 3…): write the document's real number from the register")
    }

    static func documentNumberTooLong(_ value: String, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "số văn bản '\(value)' dài hơn \(limit) chữ số: kiểm tra lại (số văn bản đánh từ 01 mỗi năm)",
            en: "the document number '\(value)' has more than \(limit) digits: check it (numbers start from 01 each year)")
    }

    static func documentNumberLeadingZeros(_ value: String, printed: String) -> LocalizedText {
        LocalizedText(
            vi: "số văn bản '\(value)' sẽ in là \(printed): chỉ số dưới 10 mới có một số 0 ở đầu; ghi \(printed) để khỏi nhầm",
            en:
                "the document number '\(value)' will print as \(printed): only numbers below 10 get one leading zero; write \(printed) to avoid confusion"
        )
    }

    /// A fixed box of a form.
    enum FormPlace {
        case coverUnitName, coverParent

        var vi: String {
            switch self {
            case .coverUnitName: "tên đơn vị trên bìa (M1)"
            case .coverParent: "tên cơ quan chủ quản trên bìa (M1)"
            }
        }

        var en: String {
            switch self {
            case .coverUnitName: "the unit's name on the cover (M1)"
            case .coverParent: "the parent body on the cover (M1)"
            }
        }
    }

    static func tooLongForForm(_ length: Int, limit: FormFieldLimit) -> LocalizedText {
        LocalizedText(
            vi: "dài \(length) ký tự, \(limit.place.vi) chỉ in được khoảng \(limit.characters) ký tự, phần sau bị cắt: rút gọn",
            en: "is \(length) characters long; \(limit.place.en) holds about \(limit.characters), the rest is cut off: shorten it")
    }

    static func prefixNeedsOnBehalf(_ prefix: String) -> LocalizedText {
        LocalizedText(
            vi: "ký '\(prefix)' cần khóa 'on_behalf_of': ký thay cho ai (ví dụ 'Hiệu trưởng')",
            en: "signing '\(prefix)' needs 'on_behalf_of': for whom (e.g. 'Hiệu trưởng')")
    }

    static func signsInPersonWithoutHeadTitle(_ title: String, head: String) -> LocalizedText {
        LocalizedText(
            vi:
                "người ký không có 'prefix' là người đứng đầu ký trực tiếp, nên chức danh phải là '\(head)' (unit.head_title), không phải '\(title)': cấp phó ký thay ghi 'prefix: KT.' và 'on_behalf_of: \(head)'",
            en:
                "a signer without 'prefix' is the head signing in person, so the title must be '\(head)' (unit.head_title), not '\(title)': a deputy signs with 'prefix: KT.' and 'on_behalf_of: \(head)'"
        )
    }

    static func onBehalfNotCollective(_ collective: String, unit: String, head: String) -> LocalizedText {
        LocalizedText(
            vi:
                "'TM. \(collective)' là ký thay mặt tập thể ban hành văn bản, nhưng '\(collective)' không phải tập thể '\(unit)': ghi tên tập thể (ví dụ 'Ủy ban nhân dân'), hoặc bỏ 'prefix' và 'on_behalf_of' nếu \(head) ban hành văn bản",
            en:
                "'TM. \(collective)' signs for the collective that issues the document, but '\(collective)' is not the collective '\(unit)': name the collective (e.g. 'Ủy ban nhân dân'), or drop 'prefix' and 'on_behalf_of' if the \(head) issues it"
        )
    }

    static func collectiveSignedByDeputy(_ title: String, collective: String, head: String) -> LocalizedText {
        LocalizedText(
            vi: "ký 'TM. \(collective)' là \(head) ký, không phải '\(title)': ghi 'title: \(head)'",
            en: "'TM. \(collective)' is signed by the \(head), not by '\(title)': write 'title: \(head)'")
    }

    static func onBehalfNotHead(_ prefix: String, _ behalf: String, head: String, unit: String) -> LocalizedText {
        LocalizedText(
            vi:
                "'\(prefix) \(behalf)' không khớp người đứng đầu '\(head)' của \(unit) (unit.head_title), nên dòng thẩm quyền và chữ ký sẽ khác nhau: ghi 'on_behalf_of: \(head)'",
            en:
                "'\(prefix) \(behalf)' does not match the head '\(head)' of \(unit) (unit.head_title), so the authority line and the signature would differ: write 'on_behalf_of: \(head)'"
        )
    }

    static func onBehalfWithoutPrefix() -> LocalizedText {
        LocalizedText(
            vi: "'on_behalf_of' chỉ dùng khi có 'prefix' (TM., KT., Q., TL., TUQ.)",
            en: "'on_behalf_of' needs a 'prefix' (TM., KT., Q., TL., TUQ.)")
    }

    static func tt22AfterTT24(year: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "tệp theo chế độ TT22 (Thông tư 22/2020/TT-BGDĐT, chấm điểm) cho năm \(year), nhưng từ năm 2024 việc đánh giá theo Thông tư 24/2023/TT-BGDĐT (có hiệu lực từ 26/01/2024): nếu đơn vị đánh giá theo TT24, tạo tệp mới bằng 'hoso init --regime tt24 tệp-mới.yaml' (hoặc 'hoso init --regime tt24 --from tệp-này.yaml tệp-mới.yaml' để giữ đơn vị, Hội đồng và thành viên) rồi ghi 'regime: TT24'; nếu cấp trên vẫn yêu cầu TT22, giữ nguyên",
            en:
                "the file uses the TT22 regime (Thông tư 22/2020/TT-BGDĐT, points) for \(year), but from 2024 units are assessed under Thông tư 24/2023/TT-BGDĐT (in force from 26/01/2024): if the unit is assessed under TT24, make a new file with 'hoso init --regime tt24 new.yaml' (or 'hoso init --regime tt24 --from this.yaml new.yaml' to keep the unit, council and members), which says 'regime: TT24'; if the authority still asks for TT22, keep it"
        )
    }

    static func regimeMismatch(regime: String, rubric: String, rubricRegime: String) -> LocalizedText {
        LocalizedText(
            vi: "chế độ '\(regime)' không khớp với bộ tiêu chí '\(rubric)' (thuộc \(rubricRegime))",
            en: "the regime '\(regime)' does not match the rubric '\(rubric)' (which is \(rubricRegime))")
    }

    static func builtInRubricsUnavailable(_ id: String, why: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "không đọc được bộ tiêu chí có sẵn '\(id)': \(why.vi)",
            en: "cannot read the built-in rubric '\(id)': \(why.en)")
    }

    static func unknownRubric(_ id: String, suggestion: String?, available: [String]) -> LocalizedText {
        let list = available.joined(separator: ", ")
        return LocalizedText(
            vi: "không có bộ tiêu chí '\(id)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? "")
                + " Có sẵn: \(list); hoặc ghi đường dẫn tới tệp .yaml",
            en: "no rubric '\(id)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
                + " Built in: \(list); or give the path of a .yaml file")
    }

    static func rubricNotEmbedded(_ reference: String, embedded: [String]) -> LocalizedText {
        let list = embedded.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            vi: "dữ liệu nhúng ghi bộ tiêu chí '\(reference)' nhưng bộ tiêu chí nhúng kèm là \(list): tệp đã bị sửa hoặc không do hoso tạo",
            en: "the embedded data names rubric '\(reference)' but the rubric embedded with it is \(list): the file was edited or not made by hoso")
    }

    static func rubricFileNotFound(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "không tìm thấy tệp bộ tiêu chí '\(path)' (đường dẫn tính từ thư mục của tệp dữ liệu)",
            en: "rubric file '\(path)' not found (paths are relative to the data file's folder)")
    }

    /// The steps whose dates must follow one another.
    enum Step {
        case plan, decision, meeting, report, submission
        /// The member summary (M5): the meeting relies on it, so it comes no later.
        case summary

        var vi: String {
            switch self {
            case .plan: "kế hoạch của đơn vị"
            case .decision: "quyết định thành lập Hội đồng"
            case .meeting: "cuộc họp tự đánh giá"
            case .report: "báo cáo"
            case .submission: "tờ trình"
            case .summary: "bản tổng hợp kết quả học tập của các cá nhân"
            }
        }

        var en: String {
            switch self {
            case .plan: "the unit's plan"
            case .decision: "the decision establishing the council"
            case .meeting: "the assessment meeting"
            case .report: "the report"
            case .submission: "the submission letter"
            case .summary: "the members' summary"
            }
        }
    }

    static func documentOutOfOrder(_ step: Step, date: String, after: Bool, other: Step, otherDate: String) -> LocalizedText {
        if step == .summary {
            return LocalizedText(
                vi:
                    "\(step.vi) đề ngày '\(date)', sau \(other.vi) ngày '\(otherDate)' dựa trên bản tổng hợp này: đề ngày không muộn hơn cuộc họp, hoặc bỏ 'documents.summary.date' để lấy ngày họp",
                en:
                    "\(step.en) is dated '\(date)', after \(other.en) on '\(otherDate)' that relies on it: date it no later than the meeting, or remove 'documents.summary.date' to use the meeting's date"
            )
        }
        return LocalizedText(
            vi:
                "\(step.vi) đề ngày '\(date)', \(after ? "sau" : "trước") \(other.vi) ngày '\(otherDate)': thứ tự là kế hoạch → quyết định thành lập → cuộc họp → báo cáo → tờ trình; kiểm tra lại ngày",
            en:
                "\(step.en) is dated '\(date)', \(after ? "after" : "before") \(other.en) on '\(otherDate)': the order is plan → decision → meeting → report → submission; check the dates"
        )
    }

    /// A document that prints a "Căn cứ" list, as a message names it.
    struct CitingDocument {
        var vi: String
        var en: String
        var key: String

        init(_ kind: DocumentKind) {
            key = kind.rawValue
            switch kind {
            case .plan: (vi, en) = ("kế hoạch", "the plan")
            case .decision: (vi, en) = ("quyết định thành lập", "the decision establishing the council")
            case .submission: (vi, en) = ("tờ trình", "the submission letter")
            case .report: (vi, en) = ("báo cáo", "the report")
            case .minutes: (vi, en) = ("biên bản", "the minutes")
            case .summary: (vi, en) = ("bản tổng hợp", "the summary")
            case .scoresheet: (vi, en) = ("biểu điểm", "the score sheet")
            }
        }
    }

    static func legalBasisAfterDocument(basisDate: String, citations: [(CitingDocument, String)], inherited: Bool) -> LocalizedText {
        let vi = citations.map { "\($0.0.vi) (ngày '\($0.1)')" }.joined(separator: ", ")
        let en = citations.map { "\($0.0.en) (dated '\($0.1)')" }.joined(separator: ", ")
        let keys = citations.map { "documents.\($0.0.key).legal_bases" }.joined(separator: ", ")
        return LocalizedText(
            vi: "văn bản căn cứ này ban hành ngày '\(basisDate)', sau \(vi) căn cứ vào nó: một văn bản chỉ căn cứ văn bản đã ban hành trước nó; "
                + (inherited
                    ? "kiểm tra lại ngày, hoặc ghi danh sách căn cứ riêng (\(keys)) không có văn bản này"
                    : "kiểm tra lại ngày, hoặc bỏ căn cứ này"),
            en: "this legal basis was issued on '\(basisDate)', after \(en) that cites it: a document can only cite what was issued before it; "
                + (inherited
                    ? "check the dates, or give a list of its own (\(keys)) without this basis"
                    : "check the dates, or remove this basis"))
    }

    static func otherRegimeCircular(basis: String, regime: Regime, other: Regime) -> LocalizedText {
        LocalizedText(
            vi:
                "căn cứ '\(basis)' là Thông tư \(other.circularNumber) của chế độ \(other.rawValue), nhưng tệp theo \(regime.rawValue): quyết định, tờ trình và báo cáo sẽ căn cứ một thông tư đơn vị không áp dụng; thay bằng \"\(regime.circularCitation)\"",
            en:
                "the legal basis '\(basis)' is Thông tư \(other.circularNumber) of the \(other.rawValue) regime, but the file is \(regime.rawValue): the decision, letter and report would cite a circular the unit is not assessed under; replace it by \"\(regime.circularCitation)\""
        )
    }

    // MARK: The council and the meeting

    static func roleNotInRegime(_ role: String, regime: String, allowed: [String]) -> LocalizedText {
        LocalizedText(
            vi: "vai trò '\(role)' không dùng cho \(regime): chọn một trong \(allowed.joined(separator: ", "))",
            en: "the role '\(role)' is not used under \(regime): choose one of \(allowed.joined(separator: ", "))")
    }

    static func noLeader(_ role: String) -> LocalizedText {
        LocalizedText(vi: "chưa có ai giữ vai trò '\(role)'", en: "nobody holds the role '\(role)'")
    }

    static func severalLeaders(_ role: String, names: [String]) -> LocalizedText {
        LocalizedText(
            vi: "chỉ một người giữ vai trò '\(role)', nhưng có: \(names.joined(separator: ", "))",
            en: "only one person can hold the role '\(role)', found: \(names.joined(separator: ", "))")
    }

    static func duplicateCouncilMember(_ name: String, line: Int) -> LocalizedText {
        LocalizedText(
            vi: "'\(name)' đã có trong Hội đồng (dòng \(line))",
            en: "'\(name)' is already on the council (line \(line))")
    }

    static func notOnCouncil(_ name: String, role: Role, suggestion: String?) -> LocalizedText {
        let (vi, en): (String, String) =
            switch role {
            case .chair: ("chủ tọa", "chair")
            case .secretary: ("thư ký", "secretary")
            case .absent: ("người vắng mặt", "absent member")
            }
        return LocalizedText(
            vi: "\(vi) '\(name)' không có trong danh sách Hội đồng (council.members)" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ""),
            en: "the \(en) '\(name)' is not on the council (council.members)" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
    }

    /// The meeting roles that must be council members.
    enum Role {
        case chair, secretary, absent
    }

    static func meetingEndsBeforeStart(start: String, end: String) -> LocalizedText {
        LocalizedText(
            vi: "cuộc họp kết thúc lúc \(end), không sau giờ bắt đầu \(start)",
            en: "the meeting ends at \(end), not after it starts at \(start)")
    }

    static func voteExceedsAttendees(total: Int, present: Int) -> LocalizedText {
        LocalizedText(
            vi: "có \(total) phiếu biểu quyết nhưng chỉ \(present) thành viên Hội đồng có mặt",
            en: "\(total) votes but only \(present) council members present")
    }

    static func voteBelowAttendees(total: Int, present: Int) -> LocalizedText {
        LocalizedText(
            vi: "có \(total) phiếu biểu quyết trong khi \(present) thành viên Hội đồng có mặt",
            en: "\(total) votes while \(present) council members are present")
    }

    // MARK: Members

    static func duplicateMember(_ name: String, index: Int, line: Int) -> LocalizedText {
        LocalizedText(
            vi: "'\(name)' trùng với thành viên số \(index) (dòng \(line)), cùng chức vụ: xóa một dòng",
            en: "'\(name)' repeats member \(index) (line \(line)) with the same position: delete one")
    }

    static func sameNameMembers(_ name: String, index: Int) -> LocalizedText {
        LocalizedText(
            vi: "'\(name)' trùng tên với thành viên số \(index): nếu là hai người, thêm ghi chú (notes) để phân biệt",
            en: "'\(name)' has the same name as member \(index): if they are two people, add notes to tell them apart")
    }

    static func nearDuplicateMember(_ name: String, index: Int, other: String, line: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "'\(name)' gần giống thành viên số \(index) '\(other)' (dòng \(line)), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, xóa một dòng; nếu không, sửa lại cho đúng",
            en:
                "'\(name)' nearly repeats member \(index) '\(other)' (line \(line)), differing only in marks, case or spaces: if it is one person, delete a row; otherwise correct the spelling"
        )
    }

    static func noMembers() -> LocalizedText {
        LocalizedText(vi: "danh sách thành viên trống", en: "the member list is empty")
    }

    // MARK: Scores

    static func unknownCriterion(_ code: String, rubric: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            vi: "bộ tiêu chí '\(rubric)' không có tiêu chí '\(code)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ""),
            en: "the rubric '\(rubric)' has no criterion '\(code)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
    }

    static func missingScore(_ code: String) -> LocalizedText {
        LocalizedText(vi: "chưa chấm tiêu chí '\(code)'", en: "criterion '\(code)' is not scored")
    }

    static func scoreAboveMaximum(_ points: Points, maximum: Points) -> LocalizedText {
        LocalizedText(
            vi: "\(points.text(decimalSeparator: ",")) lớn hơn điểm tối đa \(maximum.text(decimalSeparator: ","))",
            en: "\(points) is above the maximum \(maximum)")
    }

    static func negativeScore(_ points: Points) -> LocalizedText {
        LocalizedText(
            vi: "điểm không được âm: \(points.text(decimalSeparator: ","))",
            en: "points cannot be negative: \(points)")
    }

    static func deductionWithoutReason(_ code: String, lost: Points) -> LocalizedText {
        LocalizedText(
            vi: "tiêu chí '\(code)' bị trừ \(lost.text(decimalSeparator: ",")) điểm nhưng chưa ghi lý do (reason)",
            en: "criterion '\(code)' loses \(lost) points but no reason is written (reason)")
    }

    static func notMetWithoutReason(_ code: String) -> LocalizedText {
        LocalizedText(
            vi: "chỉ tiêu '\(code)' chưa đạt nhưng chưa ghi lý do (reason)",
            en: "target '\(code)' is not met but no reason is written (reason)")
    }

    static func pointsOnTargetRubric() -> LocalizedText {
        LocalizedText(
            vi: "Thông tư 24 chấm đạt/chưa đạt: dùng 'met: true' hoặc 'met: false' thay cho 'points'",
            en: "TT24 scores met / not met: use 'met: true' or 'met: false' instead of 'points'")
    }

    static func metOnPointsRubric() -> LocalizedText {
        LocalizedText(
            vi: "Thông tư 22 chấm điểm: dùng 'points' thay cho 'met'",
            en: "TT22 scores points: use 'points' instead of 'met'")
    }

    static func missingScoreValue(points: Bool) -> LocalizedText {
        points
            ? LocalizedText(vi: "thiếu 'points' (hoặc 'parts')", en: "'points' (or 'parts') is missing")
            : LocalizedText(vi: "thiếu 'met' (true hoặc false)", en: "'met' (true or false) is missing")
    }

    static func partsMaximumMismatch(sum: Points, maximum: Points) -> LocalizedText {
        LocalizedText(
            vi:
                "điểm tối đa của các phần cộng lại \(sum.text(decimalSeparator: ",")), khác điểm tối đa của tiêu chí \(maximum.text(decimalSeparator: ","))",
            en: "the parts' maxima add up to \(sum), not the criterion's maximum \(maximum)")
    }

    static func partsPointsMismatch(sum: Points, points: Points) -> LocalizedText {
        LocalizedText(
            vi: "các phần cộng lại \(sum.text(decimalSeparator: ",")) điểm, khác 'points' \(points.text(decimalSeparator: ","))",
            en: "the parts add up to \(sum) points, not 'points' \(points)")
    }

    static func crossCheck(_ finding: CrossCheckFinding, maximum: Points?) -> LocalizedText {
        let share = finding.share
        let names = finding.lacking.joined(separator: ", ")
        let claimVi = maximum.map { "được chấm đủ \($0.text(decimalSeparator: ",")) điểm" } ?? "được ghi là đạt"
        let claimEn = maximum.map { "gets the full \($0) points" } ?? "is marked met"
        return LocalizedText(
            vi:
                "tiêu chí '\(finding.code)' \(claimVi) nhưng chỉ \(share.count)/\(share.total) thành viên (\(share.percentText)%) \(finding.threshold.measure.label), cần \(finding.threshold.percent)%; chưa đạt: \(names)",
            en:
                "criterion '\(finding.code)' \(claimEn) but only \(share.count)/\(share.total) members (\(share.percentText.replacingComma())%) have \(finding.threshold.measure.englishLabel), \(finding.threshold.percent)% required; lacking: \(names)"
        )
    }

    static func deductionContradictsMembers(
        code: String, points: Points?, maximum: Points?, reason: String?,
        threshold: MemberThreshold, share: MemberShare
    ) -> LocalizedText {
        let given = points.flatMap { p in maximum.map { (p, $0) } }
        let claimVi =
            given.map { "chỉ được chấm \($0.0.text(decimalSeparator: ","))/\($0.1.text(decimalSeparator: ",")) điểm" } ?? "được ghi là chưa đạt"
        let claimEn = given.map { "gets only \($0.0)/\($0.1) points" } ?? "is marked not met"
        let reasonVi = reason.map { " với lý do \"\($0)\"" } ?? ""
        let reasonEn = reason.map { " with the reason \"\($0)\"" } ?? ""
        let fixVi = maximum.map { "chấm đủ \($0.text(decimalSeparator: ",")) điểm" } ?? "ghi 'met: true' hoặc bỏ 'met' để tính theo danh sách"
        let fixEn = maximum.map { "give the full \($0) points" } ?? "write 'met: true' or leave 'met' out to measure it"
        return LocalizedText(
            vi:
                "tiêu chí '\(code)' \(claimVi)\(reasonVi) nhưng danh sách thành viên có \(share.count)/\(share.total) thành viên (\(share.percentText)%) \(threshold.measure.label), đủ \(threshold.percent)%: \(fixVi), hoặc sửa danh sách thành viên nếu danh sách sai",
            en:
                "criterion '\(code)' \(claimEn)\(reasonEn) but the member list has \(share.count)/\(share.total) members (\(share.percentText.replacingComma())%) with \(threshold.measure.englishLabel), \(threshold.percent)% required: \(fixEn), or correct the member list if it is wrong"
        )
    }

    static func achievementCountMismatch(_ key: String, declared: Int, counted: Int) -> LocalizedText {
        LocalizedText(
            vi: "ghi \(declared) người đạt '\(key)' nhưng danh sách thành viên có \(counted)",
            en: "\(declared) members with '\(key)' declared but the member list has \(counted)")
    }

    // MARK: TT24 levels

    static func contradictedClaim(_ finding: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: finding.vi
                + ". Mức độ không được tính từ một kết luận trái với danh sách thành viên: sửa thành 'met: false', bỏ 'met' để tính theo danh sách, hoặc ghi 'kept_reason' nếu Tổ đánh giá vẫn giữ kết luận (lý do được in trong báo cáo)",
            en: finding.en
                + ". The level is never computed from a claim the member list contradicts: write 'met: false', leave 'met' out to measure it, or give 'kept_reason' if the council keeps it (printed in the report)"
        )
    }

    static func keptClaimNotCounted(_ finding: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: finding.vi
                + ". Mức độ được tính theo danh sách thành viên (chỉ tiêu này tính là chưa đạt); kết luận “Đạt” và 'kept_reason' chỉ được in trong báo cáo và biên bản như ý kiến của Tổ đánh giá. Nếu danh sách thành viên sai, hãy sửa danh sách",
            en: finding.en
                + ". The level is computed from the member list (this target counts as not met); the 'met' claim and 'kept_reason' are only printed in the report and the minutes as the council's statement. If the member list is wrong, correct it"
        )
    }

    static func summaryNamesAnotherLevel(summary: String, named: Int, outcome: LevelOutcome) -> LocalizedText {
        let reachedVi = outcome.reachedName.map { "đơn vị đạt \($0)" } ?? "đơn vị chưa đạt mức độ nào"
        let reachedEn = outcome.reachedLevel > 0 ? "the unit reaches level \(outcome.reachedLevel)" : "the unit reaches no level"
        let fixVi = outcome.reachedName.map { "sửa thành \"\($0)\"" } ?? "bỏ mức độ khỏi trích yếu"
        let fixEn = outcome.reachedLevel > 0 ? "write \"Mức độ \(outcome.reachedLevel)\"" : "take the level out of the summary"
        return LocalizedText(
            vi: "trích yếu \"\(summary)\" ghi Mức độ \(named) nhưng \(reachedVi) (\(outcome.summary)): \(fixVi), hoặc bỏ 'summary' để hoso tự ghi",
            en:
                "the summary \"\(summary)\" names level \(named) but \(reachedEn) (\(outcome.summary)): \(fixEn), or leave 'summary' out and hoso writes it"
        )
    }

    static func nothingToKeep(_ code: String) -> LocalizedText {
        LocalizedText(
            vi: "'kept_reason' của '\(code)' không cần: danh sách thành viên không mâu thuẫn với kết luận; hãy bỏ dòng này",
            en: "the 'kept_reason' of '\(code)' is not needed: the member list does not contradict the claim; remove it")
    }

    static func levelsOnPointsRubric() -> LocalizedText {
        LocalizedText(
            vi: "'fallback' và 'prior_level_months' chỉ dùng cho các mức độ của Thông tư 24: hãy bỏ",
            en: "'fallback' and 'prior_level_months' only apply to TT24 levels: remove them")
    }

    static func fallbackNotFound(_ reference: String, rubric: String) -> LocalizedText {
        LocalizedText(
            vi:
                "bộ tiêu chí \(rubric) ghi 'fallback: \(reference)' nhưng không tìm thấy bộ tiêu chí này (tên có sẵn như 'tt24-muc1', hoặc đường dẫn tính từ thư mục của tệp bộ tiêu chí)",
            en:
                "the rubric \(rubric) names 'fallback: \(reference)', which is not found (a built-in id such as 'tt24-muc1', or a path relative to the rubric's folder)"
        )
    }

    static func fallbackNotLower(_ id: String, level: Int?, rubric: String, rubricLevel: Int?) -> LocalizedText {
        let lower = level.map(String.init) ?? "?", higher = rubricLevel.map(String.init) ?? "?"
        return LocalizedText(
            vi:
                "bộ tiêu chí \(rubric) (Mức độ \(higher)) lùi về '\(id)' (Mức độ \(lower)): 'fallback' phải là bộ tiêu chí Thông tư 24 của một mức độ thấp hơn",
            en: "the rubric \(rubric) (level \(higher)) falls back to '\(id)' (level \(lower)): 'fallback' must be a TT24 rubric of a lower level")
    }

    static func fallbackTargetUnscored(_ code: String, fallback: String, rubric: String) -> LocalizedText {
        LocalizedText(
            vi:
                "chỉ tiêu '\(code)' của '\(fallback)' không có trong '\(rubric)' và không tính được từ danh sách thành viên: hai bộ tiêu chí phải dùng chung mã chỉ tiêu",
            en:
                "target '\(code)' of '\(fallback)' is not in '\(rubric)' and cannot be measured on the member list: both rubrics must share target codes"
        )
    }

    static func priorRecognitionMissing(level: Int, lower: Int, months: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "Mức độ \(level) chỉ được xét sau ít nhất \(months) tháng kể từ khi được công nhận Mức độ \(lower), nhưng dữ liệu chưa ghi lần công nhận đó: thêm 'prior_recognition: {level: \(lower), date: NGÀY/THÁNG/NĂM, decision: \"Quyết định số …\"}'",
            en:
                "level \(level) requires level \(lower) held for at least \(months) months, but the data gives no earlier recognition: add 'prior_recognition: {level: \(lower), date: DD/MM/YYYY, decision: \"Quyết định số …\"}'"
        )
    }

    static func parentOfPeoplesCommittee(unit: String, parent: String) -> LocalizedText {
        LocalizedText(
            vi:
                "'\(unit)' là Ủy ban nhân dân: văn bản do Ủy ban nhân dân ban hành không ghi cơ quan chủ quản (Nghị định 30/2020/NĐ-CP), nhưng 'parent: \(parent)' sẽ in dòng '\(VietnameseCase.uppercased(parent))' trên tên đơn vị ở mọi văn bản: hãy bỏ dòng 'parent'",
            en:
                "'\(unit)' is a People's Committee: its own documents name no parent body (Decree 30/2020/NĐ-CP), but 'parent: \(parent)' prints '\(VietnameseCase.uppercased(parent))' above the unit's name on every document: remove the 'parent' line"
        )
    }

    static func priorRecognitionBeforeEffect(
        level: Int, date: VietnameseDate, regulation: String, effective: VietnameseDate
    ) -> LocalizedText {
        LocalizedText(
            vi:
                "lần công nhận Mức độ \(level) ghi ngày \(date.short), trước ngày \(regulation) có hiệu lực (\(effective.short)): khi đó chưa có Mức độ \(level) theo văn bản này; sửa ngày và số quyết định công nhận cho đúng, hoặc bỏ 'prior_recognition' nếu đơn vị chưa được công nhận theo văn bản này",
            en:
                "the level \(level) recognition is dated \(date.short), before \(regulation) took effect (\(effective.short)): no level \(level) under it existed then; correct the decision's date and number, or remove 'prior_recognition' if the unit was never recognised under it"
        )
    }

    static func priorRecognitionWrongLevel(_ level: Int, required: Int, level applied: Int) -> LocalizedText {
        LocalizedText(
            vi: "lần công nhận trước là Mức độ \(level); Mức độ \(applied) cần đã được công nhận Mức độ \(required)",
            en: "the earlier recognition is level \(level); level \(applied) requires level \(required)")
    }

    static func planWithoutActions() -> LocalizedText {
        LocalizedText(
            vi:
                "kế hoạch (3-KH) chưa có biện pháp thực hiện nào: mục 'I. CÁC TIÊU CHÍ ĐÁNH GIÁ' chỉ liệt kê tiêu chí; thêm 'plan: actions:' với mỗi mã tiêu chí một danh sách việc đơn vị sẽ làm (ví dụ '1a:' rồi '- Lập kế hoạch bồi dưỡng thường xuyên …')",
            en:
                "the plan (3-KH) has no measures: section 'I. CÁC TIÊU CHÍ ĐÁNH GIÁ' only lists the criteria; add 'plan: actions:' with, under each criterion code, a list of what the unit will do (e.g. '1a:' then '- Lập kế hoạch bồi dưỡng thường xuyên …')"
        )
    }

    static func schoolCallsItselfUnit(_ start: String) -> LocalizedText {
        LocalizedText(
            vi:
                "đoạn '\(start)…' mở đầu bằng 'Đơn vị' (từ của thông tư): trong báo cáo nhà trường tự nói về mình, hãy viết 'Nhà trường …'",
            en:
                "the paragraph '\(start)…' opens with 'Đơn vị' (the circular's word): in the report the school speaks of itself, write 'Nhà trường …'"
        )
    }

    static func priorLevelStillHeld(
        level: Int, date: VietnameseDate, years: Int, validUntil: VietnameseDate, submittedOn: VietnameseDate,
        reached: Int, next: (level: Int, from: VietnameseDate)?
    ) -> LocalizedText {
        let nextVI = next.map { "; Mức độ \($0.level) được xét từ ngày \($0.from.short)" } ?? ""
        let nextEN = next.map { "; level \($0.level) can be considered from \($0.from.short)" } ?? ""
        return LocalizedText(
            vi:
                "đơn vị được công nhận Mức độ \(level) ngày \(date.short), công nhận có giá trị \(years) năm (đến ngày \(validUntil.short)), vẫn còn giá trị vào ngày tờ trình \(submittedOn.short): hồ sơ không đề nghị công nhận lại Mức độ \(reached), chỉ báo cáo kết quả tự đánh giá và ghi đơn vị tiếp tục giữ Mức độ \(level)\(nextVI). Nếu quyết định đó đã hết hiệu lực hoặc ghi nhầm ngày, sửa 'prior_recognition'",
            en:
                "the unit was recognised at level \(level) on \(date.short), valid for \(years) years (until \(validUntil.short)) and still valid on the submission's date \(submittedOn.short): the dossier does not ask for level \(reached) again, it reports the result and states that the unit keeps level \(level)\(nextEN). If that decision no longer holds or its date is mistyped, correct 'prior_recognition'"
        )
    }

    static func priorRecognitionTooRecent(
        date: VietnameseDate, months: Int, lower: Int, level: Int, submittedOn: VietnameseDate,
        heldFrom: VietnameseDate
    ) -> LocalizedText {
        func d(_ date: VietnameseDate) -> String { date.short }
        return LocalizedText(
            vi:
                "được công nhận Mức độ \(lower) ngày \(d(date)), đến ngày tờ trình \(d(submittedOn)) chưa đủ \(months) tháng (đủ từ ngày \(d(heldFrom))): chưa xét được Mức độ \(level); hồ sơ được đánh giá theo Mức độ \(lower)",
            en:
                "level \(lower) was recognised on \(d(date)); on the submission's date \(d(submittedOn)) that is under \(months) months (reached on \(d(heldFrom))): level \(level) cannot be considered; the dossier is judged at level \(lower)"
        )
    }

    // MARK: Rubric files

    static func rubric(_ problem: RubricProblem) -> LocalizedText {
        func p(_ points: Points) -> String { points.text(decimalSeparator: ",") }
        switch problem {
        case .duplicateCode(let code):
            return LocalizedText(vi: "mã '\(code)' bị trùng", en: "the code '\(code)' is used twice")
        case .totalMismatch(let declared, let actual):
            return LocalizedText(
                vi: "điểm tối đa các tiêu chí cộng lại \(p(actual)), khác tổng khai báo \(p(declared))",
                en: "the criteria's maxima add up to \(actual), not the declared total \(declared)")
        case .maximumMismatch(let code, let regime):
            return regime == .tt22
                ? LocalizedText(vi: "tiêu chí '\(code)' thiếu điểm tối đa 'max'", en: "criterion '\(code)' has no 'max'")
                : LocalizedText(
                    vi: "chỉ tiêu '\(code)' của Thông tư 24 không có điểm: bỏ 'max'",
                    en: "TT24 target '\(code)' has no points: remove 'max'")
        case .nonPositiveMaximum(let code, let maximum):
            return LocalizedText(
                vi: "điểm tối đa của '\(code)' phải lớn hơn 0, đang là \(p(maximum))",
                en: "the maximum of '\(code)' must be above 0, not \(maximum)")
        case .thresholdOutOfRange(let code, let percent):
            return LocalizedText(
                vi: "ngưỡng \(percent)% của '\(code)' phải trong khoảng 1–100",
                en: "the threshold \(percent)% of '\(code)' must be within 1–100")
        case .bandsMismatch(let regime):
            return regime == .tt22
                ? LocalizedText(vi: "bộ tiêu chí tính điểm cần danh sách xếp loại 'bands'", en: "a points rubric needs 'bands'")
                : LocalizedText(vi: "Thông tư 24 không xếp loại theo điểm: bỏ 'bands'", en: "TT24 has no bands: remove 'bands'")
        case .bandsDoNotStartAtZero(let lowest):
            return LocalizedText(
                vi: "mức xếp loại thấp nhất phải bắt đầu từ 0, đang từ \(p(lowest))",
                en: "the lowest band must start at 0, not \(lowest)")
        case .bandsOverlap(let lower, let upper):
            return LocalizedText(
                vi: "hai mức '\(lower)' và '\(upper)' chồng lên nhau",
                en: "the bands '\(lower)' and '\(upper)' overlap")
        case .bandsGap(let lower, let upper):
            return LocalizedText(
                vi: "giữa mức '\(lower)' và '\(upper)' có khoảng điểm không thuộc mức nào",
                en: "there is a gap between the bands '\(lower)' and '\(upper)'")
        case .bandAboveMaximum(let name, let minimum, let maximum):
            return LocalizedText(
                vi: "mức '\(name)' bắt đầu từ \(p(minimum)), cao hơn điểm tối đa \(p(maximum))",
                en: "the band '\(name)' starts at \(minimum), above the maximum \(maximum)")
        case .duplicateBand(let name):
            return LocalizedText(vi: "mức xếp loại '\(name)' bị trùng", en: "the band '\(name)' is listed twice")
        case .invalidLevel(let level):
            let text = level.map(String.init) ?? "(trống)"
            return LocalizedText(
                vi: "mức độ '\(text)' không hợp lệ: Thông tư 24 có mức 1 và mức 2",
                en: "level '\(level.map(String.init) ?? "(none)")' is not valid: TT24 has levels 1 and 2")
        case .emptyGroup(let code):
            return LocalizedText(vi: "nhóm '\(code)' chưa có tiêu chí nào", en: "group '\(code)' has no criteria")
        }
    }

    static func rubricLabel() -> LocalizedText {
        LocalizedText(vi: "bộ tiêu chí", en: "rubric")
    }
}

extension String {
    /// "66,67" → "66.67" for English messages.
    fileprivate func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}

extension Messages {
    // MARK: Sentences that contradict each other

    static func councilNamedOtherwise(_ mention: String, name: String) -> LocalizedText {
        LocalizedText(
            vi:
                "văn bản gọi Hội đồng là \"\(mention)\" trong khi quyết định thành lập và các biểu mẫu gọi là \"\(name)\": dùng một tên ở mọi nơi (sửa câu này theo tên trong quyết định, hoặc sửa 'council.name')",
            en:
                "the text calls the council \"\(mention)\" while the decision and the forms call it \"\(name)\": use one name everywhere (reword this sentence with the decision's name, or change 'council.name')"
        )
    }

    static func reasonContradictsEvidence(
        _ code: String, reason: String, evidence: String, claimed: String,
        proved: String
    ) -> LocalizedText {
        LocalizedText(
            vi:
                "tiêu chí \(code): lý do trừ điểm \"\(reason)\" nêu danh hiệu “\(claimed)” nhưng minh chứng \"\(evidence)\" là danh hiệu “\(proved)”: sửa lý do hoặc minh chứng cho khớp với danh hiệu thực tế",
            en:
                "criterion \(code): the deduction's reason \"\(reason)\" names the title “\(claimed)” but the evidence \"\(evidence)\" is the title “\(proved)”: make the reason or the evidence match the title actually held"
        )
    }

    static func conclusionContradicts(_ value: String, computed: String) -> LocalizedText {
        LocalizedText(
            vi:
                "kết luận ghi \"\(value)\" khác kết quả tính từ điểm (\(computed)): hoso tự in tổng điểm, xếp loại và biểu quyết; ở 'conclusion' chỉ ghi thêm ý khác, hoặc sửa điểm",
            en:
                "the conclusion says \"\(value)\", unlike the result computed from the scores (\(computed)): hoso prints the total, band and vote itself; use 'conclusion' only for anything else, or correct the scores"
        )
    }

    static func freeTextContradicts(_ value: String, computed: String) -> LocalizedText {
        LocalizedText(
            vi: "đoạn văn ghi \"\(value)\" khác kết quả tính từ điểm (\(computed)): sửa đoạn văn hoặc sửa điểm",
            en: "the text says \"\(value)\", unlike the result computed from the scores (\(computed)): correct the text or the scores")
    }

    static func missingDocumentNumber(_ kind: DocumentKind, placeholder: String) -> LocalizedText {
        let (vi, en): (String, String) =
            switch kind {
            case .plan: ("kế hoạch", "the plan has")
            case .decision: ("quyết định", "the decision has")
            case .submission: ("tờ trình", "the letter has")
            case .report: ("báo cáo", "the report has")
            case .minutes: ("biên bản", "the minutes have")
            case .summary, .scoresheet: ("văn bản", "the document has")
            }
        return LocalizedText(
            vi: "\(vi) chưa có số: thêm 'documents.\(kind.rawValue).number' (biểu mẫu sẽ in \"\(placeholder)\" để điền tay)",
            en: "\(en) no number: add 'documents.\(kind.rawValue).number' (the form prints \"\(placeholder)\" to fill in by hand)")
    }

    /// A document dated later in a year than others of the same register, with a lower number.
    static func numberAgainstDateOrder(
        _ later: (kind: DocumentKind, symbol: String, date: String), earlier: [(kind: DocumentKind, symbol: String, date: String)]
    ) -> LocalizedText {
        let name = CitingDocument(later.kind)
        let vi = earlier.map { "\(CitingDocument($0.kind).vi) số \($0.symbol) ngày \($0.date)" }.joined(separator: ", ")
        let en = earlier.map { "\(CitingDocument($0.kind).en) no. \($0.symbol) of \($0.date)" }.joined(separator: ", ")
        return LocalizedText(
            vi:
                "\(name.vi) số \(later.symbol) ngày \(later.date) mang số nhỏ hơn văn bản ban hành trước nó trong cùng năm (\(vi)): "
                + "văn bản đi của đơn vị được cấp số theo thứ tự ban hành trong năm (Nghị định 30/2020/NĐ-CP); sửa số hoặc ngày cho đúng sổ văn bản đi",
            en:
                "\(name.en) no. \(later.symbol) of \(later.date) has a lower number than a document issued before it in the same year (\(en)): "
                + "a unit numbers its documents in the order it issues them within a year (Decree 30/2020/NĐ-CP); correct the number or the date as the register has them"
        )
    }

    /// A TT24 assessment meeting held before the period it assesses (the calendar year) has ended.
    static func meetingBeforePeriodEnds(date: String, year: Int) -> LocalizedText {
        LocalizedText(
            vi:
                "cuộc họp đánh giá ngày '\(date)' diễn ra trước khi hết giai đoạn được đánh giá (01/01/\(year)–31/12/\(year): Thông tư 24/2023/TT-BGDĐT "
                + "đánh giá theo năm dương lịch, hồ sơ gửi trước ngày 15/01/\(year + 1)): kết quả đến hết ngày 31/12/\(year) chưa có khi họp; "
                + "đặt ngày họp từ 31/12/\(year) (thường đầu tháng 01/\(year + 1), trước báo cáo và tờ trình), hoặc sửa 'year'",
            en:
                "the assessment meeting on '\(date)' is held before the assessed period ends (01/01/\(year)–31/12/\(year): Circular 24/2023/TT-BGDĐT "
                + "assesses the calendar year, the dossier is sent before 15/01/\(year + 1)): the results up to 31/12/\(year) are not known at the meeting; "
                + "hold it on 31/12/\(year) or later (usually early January \(year + 1), before the report and the letter), or correct 'year'"
        )
    }

    /// A member marked "Chưa đạt" whose only note names a status that is a reason not to rate them.
    static func failedMemberNoteIsExemption(name: String, note: String) -> LocalizedText {
        LocalizedText(
            vi:
                "thành viên '\(name)' có kết quả 'Chưa đạt' nhưng ghi chú chỉ nêu '\(note)', một tình trạng thường là lý do không xét: "
                + "nếu năm nay không xét người này, chuyển nội dung sang 'exemption' (in \"Không xét\", không tính vào các tỷ lệ); "
                + "nếu có xét, ghi rõ tiêu chí chưa đạt trong 'notes' (ví dụ \"Chưa đạt danh hiệu Công dân học tập\")",
            en:
                "member '\(name)' is 'Chưa đạt' (not passed) but the note only says '\(note)', a status that is usually a reason not to rate them: "
                + "if they are not rated this year, move it to 'exemption' (printed \"Không xét\", out of the percentages); "
                + "if they are rated, say in 'notes' which requirement they missed (e.g. \"Chưa đạt danh hiệu Công dân học tập\")"
        )
    }

    /// A decision whose "Căn cứ" holds nothing but the circular.
    static func decisionCitesOnlyCircular(_ bases: String, plan: String, inherited: Bool) -> LocalizedText {
        LocalizedText(
            vi:
                "quyết định thành lập chỉ căn cứ '\(bases)'\(inherited ? " (lấy từ 'legal_bases')" : ""): quyết định của đơn vị còn căn cứ văn bản quy định "
                + "về tổ chức của đơn vị (Điều lệ trường …, Luật Tổ chức chính quyền địa phương) và kế hoạch của đơn vị (\(plan) …); "
                + "ghi đủ số, ngày, cơ quan ban hành và trích yếu trong 'documents.decision.legal_bases'",
            en:
                "the decision establishing the council only cites '\(bases)'\(inherited ? " (taken from 'legal_bases')" : ""): a unit's decision also cites the rule "
                + "on the unit's organisation (the school's Điều lệ, the law on local government) and the unit's plan (\(plan) …); "
                + "write each with its number, date, issuer and title in 'documents.decision.legal_bases'"
        )
    }

    static func flowListOfText(count: Int) -> LocalizedText {
        LocalizedText(
            vi: "danh sách viết dạng [a, b] (\(count) mục): dấu phẩy trong một mục sẽ tách nó làm hai; hãy viết mỗi mục một dòng bắt đầu bằng '- '",
            en: "a list written as [a, b] (\(count) items): a comma inside an item splits it in two; write one item a line starting with '- '")
    }

    static func splitSentenceTail(_ item: String, previous: String) -> LocalizedText {
        LocalizedText(
            vi: "mục \"\(item)\" trông như phần đuôi của mục trước \"\(previous)\" bị tách ở dấu phẩy: gộp lại thành \"\(previous), \(item)\"",
            en:
                "the item \"\(item)\" looks like the tail of the previous item \"\(previous)\" split at a comma: join them as \"\(previous), \(item)\""
        )
    }
    // MARK: What the forms print

    static func narrativeMissing(form: String, headings: [String]) -> LocalizedText {
        let list = headings.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            vi:
                "chưa có mục 'narrative' (nội dung báo cáo): báo cáo \(form) sẽ in trống các mục \(list): thêm 'narrative:' với các khóa direction, self_assessment, process, strengths, weaknesses, next_year, mỗi đoạn một dòng '- ' ('hoso init' viết sẵn mẫu)",
            en:
                "there is no 'narrative' (the report's texts): the report \(form) will print the sections \(list) empty: add 'narrative:' with the keys direction, self_assessment, process, strengths, weaknesses, next_year, one paragraph per '- ' line ('hoso init' writes an example)"
        )
    }

    static func narrativeSectionEmpty(form: String, heading: String, present: Bool) -> LocalizedText {
        LocalizedText(
            vi:
                "\(present ? "chưa có nội dung" : "thiếu mục này"): báo cáo \(form) sẽ in mục '\(heading)' để trống: viết ít nhất một đoạn, mỗi đoạn một dòng '- '",
            en:
                "\(present ? "empty" : "missing"): the report \(form) will print the section '\(heading)' empty: write at least one paragraph, one per '- ' line"
        )
    }

    static func evidenceMissing(codes: [String], all: Bool, tt24: Bool) -> LocalizedText {
        let list = codes.joined(separator: ", ")
        let formsVI = tt24 ? "bảng tổng hợp TH24, báo cáo BC24 và biên bản BB24" : "biểu điểm BD và biên bản M4"
        let formsEN = tt24 ? "the summary TH24, the report BC24 and the minutes BB24" : "the score sheet BD and the minutes M4"
        return LocalizedText(
            vi:
                "\(all ? "chưa tiêu chí nào có" : "các tiêu chí \(list) chưa có") minh chứng: cột minh chứng của \(formsVI) sẽ để trống; dưới từng tiêu chí ghi 'points:' (hoặc 'met:') và 'evidence:' với mỗi minh chứng một dòng '- ' ('hoso init' viết sẵn mẫu)",
            en:
                "\(all ? "no criterion has" : "the criteria \(list) have no") evidence: the evidence column of \(formsEN) will be blank; under each criterion write 'points:' (or 'met:') and 'evidence:' with one '- ' line per piece of evidence ('hoso init' writes an example)"
        )
    }
    // MARK: People written in several places

    /// Where a person is written: a key path, with its line in the data file, or the sheet.
    struct Place {
        var path: String
        var line: Int?
        var inSheet: Bool

        var vi: String {
            inSheet ? "danh sách thành viên (bảng tính members_file)" : line.map { "\(path) (dòng \($0))" } ?? path
        }

        var en: String {
            inSheet ? "the member list (the members_file sheet)" : line.map { "\(path) (line \($0))" } ?? path
        }
    }

    static func nameSpelledDifferently(_ name: String, other: String, at place: Place) -> LocalizedText {
        LocalizedText(
            vi:
                "'\(name)' viết khác '\(other)' ở \(place.vi), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, viết giống nhau ở mọi chỗ (các biểu mẫu in đúng như đã gõ)",
            en:
                "'\(name)' is written differently from '\(other)' in \(place.en), differing only in marks, case or spaces: if they are one person, write the name the same way everywhere (the forms print it as typed)"
        )
    }

    static func headNotOnLists(_ name: String, title: String, suggestion: String, at place: Place) -> LocalizedText {
        LocalizedText(
            vi:
                "người đứng đầu '\(name)' không có trong Hội đồng (council.members) hay danh sách thành viên (members). Có phải ý bạn là '\(suggestion)' (\(place.vi))? Người ký quyết định, tờ trình, báo cáo với chức danh '\(title)' phải viết tên giống nhau ở mọi chỗ",
            en:
                "the head '\(name)' is neither on the council (council.members) nor on the member list (members). Did you mean '\(suggestion)' (\(place.en))? The '\(title)' who signs the decision, letter and report must be written the same way everywhere"
        )
    }

    static func councilMemberNotOnStaff(_ name: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            vi: "'\(name)' có trong Hội đồng nhưng không có trong danh sách thành viên (members): kiểm tra lại tên, hoặc thêm người này vào danh sách"
                + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? ""),
            en: "'\(name)' is on the council but not in the member list (members): check the name, or add the person to the list"
                + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
    }

    static func councilPositionDiffers(_ name: String, position: String, staffPosition: String, staff: Place) -> LocalizedText {
        LocalizedText(
            vi: "'\(name)' có chức vụ '\(position)' trong Hội đồng nhưng '\(staffPosition)' ở \(staff.vi): sửa một chỗ cho thống nhất",
            en: "'\(name)' has the position '\(position)' on the council but '\(staffPosition)' in \(staff.en): correct one of them")
    }
    static func rowsBelowListIgnored(count: Int, firstText: String) -> LocalizedText {
        let quoted = firstText.isEmpty ? "" : " (bắt đầu bằng '\(firstText)')"
        let quotedEN = firstText.isEmpty ? "" : " (starting with '\(firstText)')"
        return LocalizedText(
            vi:
                "danh sách dừng ở đây, dòng đầu tiên không có STT và họ tên: bỏ qua \(count) dòng bên dưới\(quoted); nếu còn thành viên bên dưới, xóa dòng trống xen giữa hoặc điền STT",
            en:
                "the list ends here, at the first row with no number and no name: \(count) row(s) below are ignored\(quotedEN); if members follow, delete the blank row in between or fill in the number"
        )
    }
}

extension Diagnostic {
    /// Whether this says the file is not a data file at all (a Word file, a sheet, a PDF, a zip).
    package var isForeignFile: Bool {
        [ForeignFile.word, .spreadsheet, .zip, .pdf, .utf16].contains { message == Messages.notADataFile($0) }
    }

    /// Whether this advises moving a TT22 file of 2024 or later to TT24 (`init --regime tt24 --from`
    /// drops it: that command is the move).
    package var isTT24Advice: Bool { message.vi.hasPrefix(Messages.tt22AfterTT24(year: 0).vi.prefix(while: { $0 != "0" })) }

    /// Whether this says a starter's placeholder ("<…>") is still to be filled in.
    package var isPlaceholder: Bool { message.vi.hasPrefix(Messages.placeholderOpening) }
}
