import Diagnostics

/// Every sentence `hoso serve` shows a person, in Vietnamese, in one place: each names what was
/// refused, quotes the value, and says what to do.
enum ServerMessages {
    static let appTitle = "hoso — Hồ sơ Đơn vị học tập"

    static func foreignHost(_ host: String) -> String {
        "Yêu cầu gửi tới địa chỉ '\(host)', không phải địa chỉ hoso đang chạy. Hãy mở đúng địa chỉ mà lệnh 'hoso serve' in ra (http://127.0.0.1:…/)."
    }
    static let missingToken =
        "Thiếu hoặc sai mã phiên làm việc. Hãy tải lại trang (F5) rồi làm lại thao tác."
    static func crossOrigin(_ origin: String) -> String {
        "Yêu cầu đến từ trang khác ('\(origin)') nên bị từ chối. Chỉ thao tác trên chính trang hoso."
    }
    static func passwordRequiredToStart(_ host: String) -> String {
        "--host '\(host)': mở hoso ra mạng khác phải kèm --password MẬT_KHẨU (ít nhất 8 ký tự); không có mật khẩu, hoso chỉ chạy ở 127.0.0.1."
    }
    static let passwordRequired = "Cần mật khẩu để mở hoso trên mạng này (tên đăng nhập bất kỳ)."
    static func invalidName(_ name: String) -> String {
        "Tên tệp '\(name)' không hợp lệ: chỉ dùng chữ không dấu, chữ số, '-' và '_' (ví dụ an-son-2024); không dùng '/', '\\' hay '..'."
    }
    /// The create form's regime is none hoso knows: said as `hoso check` says it of `regime:`.
    static func invalidRegime(_ refusal: InvalidChoice) -> String {
        "Chế độ đánh giá (regime): \(refusal.message.vi)"
    }
    static func notFound(_ file: String) -> String {
        "Không có tệp '\(file)' trong thư mục làm việc. Quay lại trang đầu để chọn hoặc tạo tệp."
    }
    static func noSuchPage(_ path: String) -> String {
        "Không có trang '\(path)' trong hoso. Địa chỉ có thể gõ nhầm hoặc đã cũ: quay lại trang đầu để chọn đơn vị."
    }
    static func exists(_ file: String) -> String {
        "Đã có tệp '\(file)'. Chọn tên khác, hoặc mở tệp đó từ trang đầu."
    }
    static func notRegularFile(_ file: String) -> String {
        "'\(file)' không phải tệp thường (có thể là liên kết hay thư mục) nên hoso không mở. Hãy thay bằng một tệp .yaml thật."
    }
    static func tooLarge(_ what: String, limit: Int) -> String {
        "\(what) quá lớn (tối đa \(limit / 1024 / 1024) MB). Hãy chia nhỏ hoặc kiểm tra lại tệp."
    }
    static func changedOnDisk(_ file: String, differing: [String] = []) -> String {
        "Tệp '\(file)' đã bị thay đổi trên đĩa (ở cửa sổ khác hoặc chương trình khác) từ khi trang này được mở, nên chưa ghi đè. "
            + (differing.isEmpty ? "" : "Các ô trên trang khác với bản trên đĩa: \(differing.joined(separator: "; ")). ")
            + "Trang dưới đây là bản trên đĩa cùng những gì bạn đã nhập: bấm 'Lưu' lần nữa để ghi những gì trên trang, hoặc bấm '\(openOnDisk)' để bỏ các thay đổi của bạn và xem bản trên đĩa."
    }
    static func ioFailure(_ file: String, _ reason: String) -> String {
        "Không ghi được '\(file)': \(reason). Kiểm tra quyền ghi của thư mục làm việc."
    }
    static func readFailure(_ file: String, _ reason: String) -> String {
        "Không đọc được tệp '\(file)' trong thư mục làm việc: \(reason). Kiểm tra quyền đọc của tệp và ổ đĩa, rồi tải lại trang."
    }
    static func unreadable(_ file: String) -> String {
        "Tệp '\(file)' không đọc được như YAML (gốc phải là các mục 'unit:', 'year:' …). Hãy sửa tệp bằng trình soạn thảo hoặc chạy 'hoso check \(file)'."
    }
    /// The title of a refusal page (the browser's tab): what happened, in words, not a status code.
    static let refusalTitle = "Không thực hiện được — hoso"
    static func rawPageTitle(_ file: String) -> String { "Sửa lỗi cú pháp trong \(file) — hoso" }
    static func rawTitle(_ file: String) -> String { "Tệp \(file) chưa đọc được: cần sửa lỗi cú pháp" }
    static func rawHowToFix(_ file: String, path: String) -> String {
        "Trang nhập liệu chỉ mở được khi tệp đúng cú pháp YAML. Sửa dòng được đánh dấu ^ trong ô dưới đây "
            + "(thường là thiếu dấu nháy đóng, thụt lề lệch hoặc dấu ':' thiếu khoảng trắng sau nó) rồi bấm '\(rawSaveButton)'; "
            + "bản cũ được giữ ở '\(file).bak'. Hoặc mở tệp '\(path)' bằng trình soạn thảo văn bản, sửa, lưu rồi bấm '\(openOnDisk)'; "
            + "lệnh 'hoso check \(file)' chỉ ra cùng lỗi."
    }
    /// The YAML reader stops at the first syntax error: there may be more after it.
    static let rawFirstErrorOnly =
        "Trình đọc YAML dừng ở lỗi cú pháp đầu tiên nên có thể còn lỗi khác phía sau: sửa lỗi này rồi lưu để xem lỗi tiếp theo."
    static func rawEditorLabel(_ file: String) -> String { "Nội dung tệp \(file)" }
    static let rawSaveButton = "Lưu văn bản"
    static let backHome = "Về trang đầu"
    /// The link to the unit page as the file on disk now is (the page shown may be a POST's answer).
    static let openOnDisk = "Mở bản trên đĩa"
    static let savedStillUnreadable = "Đã lưu, nhưng tệp vẫn chưa đọc được: xem lỗi bên dưới, sửa tiếp rồi lưu lại."
    static func rawChangedOnDisk(_ file: String) -> String {
        "Tệp '\(file)' đã bị thay đổi trên đĩa (ở cửa sổ khác hoặc chương trình khác) từ khi trang này được mở, nên chưa ghi đè. "
            + "Ô dưới đây vẫn giữ những gì bạn đã sửa: bấm '\(rawSaveButton)' lần nữa để ghi nội dung này thay bản trên đĩa, "
            + "hoặc bấm '\(openOnDisk)' để bỏ và xem bản trên đĩa."
    }
    static let saved = "Đã lưu."
    static func savedWithProblems(errors: Int, warnings: Int) -> String {
        "Đã lưu. Còn \(errors) lỗi, \(warnings) cảnh báo — xem bên cạnh từng ô."
    }
    static let busy = "Máy đang bận lập các hồ sơ khác. Hãy đợi một lát rồi bấm lại."
    static let noDossier = "Chưa lập hồ sơ cho đơn vị này. Bấm 'Lập hồ sơ' trên trang đơn vị trước."
    static func archiveRefused(_ reason: String) -> String {
        "Không đóng gói được hồ sơ để tải về: \(reason) Bấm 'Lập hồ sơ' trên trang đơn vị để lập lại rồi tải lại."
    }
    static func membersFromFile(_ file: String, count: Int) -> String {
        "Danh sách thành viên lấy từ tệp '\(file)' (\(count) người), ghi trong dòng 'members_file' của tệp dữ liệu. "
            + "Sửa danh sách trong tệp đó, hoặc bấm 'Đưa danh sách vào trang' để chép \(count) người vào tệp dữ liệu và sửa ngay trên trang này."
    }
    static let bringMembersButton = "Đưa danh sách vào trang"
    static func membersFileUnreadable(_ file: String, _ reason: String) -> String {
        "Danh sách thành viên lấy từ tệp '\(file)' (dòng 'members_file'), nhưng chưa đọc được: \(reason) "
            + "Sửa tên tệp trong dòng 'members_file', hoặc đặt tệp vào thư mục làm việc."
    }
    static func membersFileMissing(_ file: String) -> String {
        "không có tệp '\(file)' trong thư mục làm việc."
    }
    static func membersFileNotRegular(_ file: String) -> String {
        "'\(file)' không phải tệp thường (có thể là thư mục hay liên kết)."
    }
    static func membersFileTooLarge(_ file: String, limit: Int) -> String {
        "tệp '\(file)' quá lớn (tối đa \(limit / 1024 / 1024) MB)."
    }
    static func membersFileReadError(_ file: String, _ reason: String) -> String {
        "hệ thống báo lỗi khi đọc tệp '\(file)'" + (reason.isEmpty ? "." : ": \(reason).")
    }
    static func damaged(_ file: String) -> String {
        "Tệp '\(file)' của hồ sơ đã lập bị hỏng (không phải nội dung hoso đã ghi), nên chưa biết hồ sơ gồm những tệp nào "
            + "và hoso không ghi đè thư mục đó. Xóa thư mục chứa tệp này (trong '.hoso/ho-so/' của thư mục làm việc) rồi bấm 'Lập hồ sơ' để lập lại."
    }
    static func outsideFolder(_ file: String) -> String {
        "'\(file)' không nằm trong thư mục làm việc (hoặc là liên kết); hoso chỉ đọc tệp trong thư mục này."
    }
    static func membersFileOutside(_ file: String) -> String {
        "tệp '\(file)' không nằm trong thư mục làm việc (hoặc là liên kết); trang chỉ đọc tệp trong thư mục này."
    }
    static func renderRefused(_ errors: Int) -> String {
        "Chưa lập được hồ sơ: dữ liệu còn \(errors) lỗi. Sửa các ô được đánh dấu đỏ, bấm 'Lưu', rồi lập lại."
    }
    static func renderBlocked(_ errors: Int) -> String {
        "Nút 'Lập hồ sơ' mở khi dữ liệu hết lỗi: còn \(errors) lỗi (xem 'Kết quả kiểm tra' ở đầu trang và các ô viền đỏ). Sửa, bấm 'Lưu', rồi lập hồ sơ."
    }
    static func renderFailed(_ reason: String) -> String {
        "Lập hồ sơ không thành công: \(reason)"
    }
    static let staleDossier = "Hồ sơ dưới đây được lập từ một bản dữ liệu cũ hơn; bấm 'Lập hồ sơ' để lập lại."
    static func memberImportUnavailable(_ file: String) -> String {
        "Chưa nhập được danh sách từ '\(file)': bản hoso này chưa có chức năng nhập tệp Excel/CSV. Hãy mở tệp, chọn các ô rồi dán (Ctrl+V) vào bảng thành viên."
    }
    static func notASheet(_ file: String) -> LocalizedText {
        LocalizedText(
            vi: "Chỉ nhập được tệp .xlsx hoặc .csv, không phải '\(file)'. Trong Excel chọn Lưu thành (Save As) .xlsx rồi tải lại.",
            en: "Only .xlsx or .csv files can be imported, not '\(file)'. Save it as .xlsx in Excel and upload it again.")
    }
    static func uploadNotStored(_ reason: String) -> LocalizedText {
        LocalizedText(
            vi: "Không lưu tạm được tệp tải lên: \(reason). Kiểm tra chỗ trống trên đĩa.",
            en: "The upload could not be stored: \(reason). Check the free disk space.")
    }
    static func previousYearInvalid(_ file: String) -> String {
        "Tệp năm trước '\(file)' còn lỗi nên chưa lập được tệp năm mới từ nó. Mở tệp đó, sửa các lỗi, rồi tạo lại."
    }
    static let copyFromUnavailable =
        "Bản hoso này chưa tạo được tệp từ năm trước; hãy tạo tệp trống."

    /// The greyed hint of a cell still to fill for the new year, with last year's value in words.
    static func lastYearHint(_ value: String) -> String { "năm trước: \(value)" }
    /// A grid row whose cells are still the starter's placeholders.
    static func unfilledRow(_ row: Int, name: String, columns: [String]) -> String {
        "Lỗi: dòng \(row)\(name.isEmpty ? "" : " (\(name))"): chưa điền \(columns.joined(separator: ", ")) — ô còn trống, chữ mờ trong ô là kết quả năm trước."
    }
    /// A block pasted with a heading row none of whose cells names the members' names.
    static let pasteHeadingUnknown =
        "Dữ liệu dán có dòng tiêu đề nhưng không có cột 'Họ và tên': chép lại cả cột họ tên, hoặc dán không kèm dòng tiêu đề vào ô đầu tiên của dòng cần điền."
}
