package import Diagnostics
import Foundation

/// Failures of writing output — the file system's errors translated into sentences that name the
/// path, and the refusals that protect files hoso did not write. Every message of the output stage
/// lives here.
package enum OutputError: Error, Sendable, Equatable {
    /// What hoso was doing when the file system refused.
    package enum Operation: String, Sendable, Equatable {
        case createFolder, write, move, remove, lock, read
    }

    /// A system call failed with `code` (an `errno` value) on `path`.
    case fileSystem(Operation, path: String, code: Int32)
    /// `-o` names something that is not a regular file (a device, a FIFO, a socket, a folder, a
    /// link to one of those, or a link to nothing).
    case notARegularFile(String, kind: String)
    /// A file in the destination that hoso did not write would be overwritten.
    case foreignFile(String)
    /// The destination's `manifest.json` is not one hoso wrote.
    case foreignManifest(String)
    /// `--only` into a folder rendered from other data (or by another version).
    case otherData(folder: String, recorded: String, given: String)
    /// `--only` would keep a document of the folder that is not a package one can open (`reason`).
    case unopenableKeptDocument(String, reason: LocalizedText)
    /// Another run holds the destination's lock; this one waits (a notice, not a failure).
    case waitingForLock(String)
    /// A commit failed and so did putting the old files back: the next run completes the new one.
    case rollbackFailed(String, code: Int32)
    /// LibreOffice ran longer than `seconds` and was stopped.
    case pdfTimeout(seconds: Int)
    /// A `.hoso-commit` (or its `old` folder) that is a link or not a folder: not one hoso left,
    /// so it is never rolled forward (that would move files across the folder's boundary).
    case plantedJournal(String)
    /// A `.hoso-commit` whose plan does not fit the folder (`file` is not what it records, or not a
    /// file the earlier dossier's manifest lists with those bytes): never rolled forward.
    case untrustedJournal(String, file: String)
    /// A `.hoso-commit` whose plan would install or take out `file`, a name hoso never writes into
    /// a dossier (whatever the journal's own manifest says): never rolled forward.
    case foreignNameInJournal(String, file: String)
    /// A `.hoso-staging` holding something hoso does not stage (`entry`): never removed.
    case untrustedStaging(String, entry: String)
    /// A file of hoso's earlier dossier whose bytes no longer match its manifest (edited by hand):
    /// never replaced or removed without `--force`.
    case changedSinceWritten(String)
    /// With `--force`, a file hoso would have replaced or removed was kept as `copy` (a notice).
    case keptCopy(String, copy: String)
    /// Files of the earlier dossier in `folder` that the new one does not have were removed, since
    /// they no longer match it (a notice); `pdfNotAsked`: they are PDFs and this run had no `--pdf`.
    case removedOldFiles(folder: String, names: [String], pdfNotAsked: Bool)

    /// The message for the user.
    package func message(in language: Language) -> String {
        text.text(in: language)
    }

    /// The message in both languages.
    package var text: LocalizedText {
        switch self {
        case .fileSystem(let operation, let path, let code):
            let (vi, en) = Self.doing(operation)
            let reason = Self.reason(code)
            return LocalizedText(vi: "không \(vi) \(path): \(reason.vi)", en: "cannot \(en) \(path): \(reason.en)")
        case .plantedJournal(let path):
            return LocalizedText(
                vi:
                    "\(path) không phải thư mục hoso để lại khi ghi dở (là một liên kết hoặc không phải thư mục): hoso không dùng nó và không ghi gì vào thư mục này; hãy xem và tự xóa nó, hoặc chọn thư mục khác",
                en:
                    "\(path) is not a folder hoso left mid-commit (it is a link or not a folder): hoso will not use it and writes nothing into this folder; inspect and delete it yourself, or choose another folder"
            )
        case .untrustedJournal(let path, let file):
            return LocalizedText(
                vi:
                    "\(path) không phải nhật ký ghi dở do hoso để lại: \(file) trong đó không khớp với điều nhật ký ghi (không phải tệp hoso đã ghi, hoặc đã bị sửa); hoso không dùng nhật ký này và không động vào tệp nào trong thư mục; hãy xem rồi tự xóa \(path), hoặc chọn thư mục khác",
                en:
                    "\(path) is not a journal hoso left mid-commit: \(file) in it does not match what the journal records (not a file hoso wrote, or edited since); hoso will not use it and touches no file in this folder; inspect and delete \(path) yourself, or choose another folder"
            )
        case .foreignNameInJournal(let path, let file):
            return LocalizedText(
                vi:
                    "\(path) không phải nhật ký ghi dở do hoso để lại: nó đòi ghi hoặc xóa \(file), không phải tên tệp hoso ghi vào hồ sơ (hoso chỉ ghi manifest.json, Ho-so.docx/.pdf và các tệp mẫu đánh số như 5-M3-Bao-cao.docx); hoso không dùng nhật ký này và không động vào tệp nào trong thư mục; hãy xem rồi tự xóa \(path), hoặc chọn thư mục khác",
                en:
                    "\(path) is not a journal hoso left mid-commit: it would write or remove \(file), which is not a name hoso writes into a dossier (hoso writes only manifest.json, Ho-so.docx/.pdf and numbered form files such as 5-M3-Bao-cao.docx); hoso will not use it and touches no file in this folder; inspect and delete \(path) yourself, or choose another folder"
            )
        case .untrustedStaging(let path, let entry):
            return LocalizedText(
                vi:
                    "\(path) chứa \(entry), không phải thứ hoso ghi khi lập hồ sơ: hoso không xóa thư mục này và không ghi gì vào thư mục đích; hãy xem rồi tự chuyển hoặc xóa \(path), hoặc chọn thư mục khác",
                en:
                    "\(path) holds \(entry), which is not something hoso writes while rendering: hoso will not delete this folder and writes nothing into the destination; inspect and move or delete \(path) yourself, or choose another folder"
            )
        case .changedSinceWritten(let path):
            return LocalizedText(
                vi:
                    "\(path) đã bị sửa sau khi hoso ghi (nội dung không còn khớp với manifest.json): hoso không xóa hay ghi đè nó; hãy chuyển tệp này sang chỗ khác rồi chạy lại, hoặc thêm --force để hoso giữ tệp đã sửa thành một bản sao (TÊN.da-sua-1.docx) rồi ghi hồ sơ mới",
                en:
                    "\(path) was changed since hoso wrote it (its bytes no longer match manifest.json): hoso will not remove or overwrite it; move the file elsewhere and run again, or add --force to have hoso keep the edited file as a copy (NAME.da-sua-1.docx) and write the new dossier"
            )
        case .keptCopy(let path, let copy):
            return LocalizedText(
                vi: "\(path) không phải bản hoso đã ghi (đã bị sửa hoặc của người khác): theo --force, hoso đã giữ nó thành \(copy)",
                en: "\(path) is not the file hoso wrote (edited, or someone else's): as --force asks, hoso kept it as \(copy)")
        case .removedOldFiles(let folder, let names, let pdfNotAsked):
            let list = names.joined(separator: ", ")
            if pdfNotAsked {
                return LocalizedText(
                    vi:
                        "đã xóa \(names.count) tệp PDF của lần lập trước trong \(folder): \(list). Lần này không có --pdf nên PDF không được lập lại, và PDF cũ có thể không khớp các tệp .docx mới; chạy lại với --pdf nếu cần PDF",
                    en:
                        "removed \(names.count) PDF file(s) of the earlier render in \(folder): \(list). This run had no --pdf, so no PDFs were made, and the old ones may not match the new .docx files; run again with --pdf if you need PDFs"
                )
            }
            return LocalizedText(
                vi: "đã xóa \(names.count) tệp của lần lập trước trong \(folder) mà hồ sơ mới không có: \(list)",
                en: "removed \(names.count) file(s) of the earlier render in \(folder) that the new dossier does not have: \(list)")
        case .notARegularFile(let path, let kind):
            let (vi, en) = Self.kind(kind)
            return LocalizedText(
                vi: "\(path) là \(vi), không phải tệp thường: hoso không ghi đè lên nó; hãy chọn một tên tệp khác",
                en: "\(path) is \(en), not a regular file: hoso will not write over it; choose another file name")
        case .foreignFile(let path):
            return LocalizedText(
                vi:
                    "\(path) không do hoso ghi (manifest.json của thư mục không liệt kê tệp này): hoso không ghi đè tệp của người khác; hãy chọn thư mục khác, hoặc thêm --force nếu chắc chắn muốn thay tệp này",
                en:
                    "\(path) was not written by hoso (the folder's manifest.json does not list it): hoso does not overwrite other people's files; choose another folder, or add --force if you do mean to replace it"
            )
        case .foreignManifest(let path):
            return LocalizedText(
                vi:
                    "\(path) không phải bản kê do hoso ghi: thư mục này có thể chứa tệp của người khác; hãy chọn thư mục khác, hoặc thêm --force để ghi đè",
                en:
                    "\(path) is not a manifest written by hoso: this folder may hold someone else's files; choose another folder, or add --force to overwrite"
            )
        case .otherData(let folder, let recorded, let given):
            return LocalizedText(
                vi:
                    "\(folder) chứa hồ sơ lập từ \(recorded), còn lần này dữ liệu là \(given): --only sẽ trộn văn bản của hai bộ dữ liệu; hãy lập lại toàn bộ hồ sơ (bỏ --only) hoặc ghi vào thư mục khác",
                en:
                    "\(folder) holds a dossier rendered from \(recorded) and this run's data is \(given): --only would mix documents of two data sets; render the whole dossier (without --only) or write to another folder"
            )
        case .unopenableKeptDocument(let path, let reason):
            return LocalizedText(
                vi:
                    "\(path) không mở được: \(reason.vi); --only sẽ giữ tệp này trong hồ sơ mới: hãy lập lại toàn bộ hồ sơ (bỏ --only) hoặc ghi vào thư mục khác",
                en:
                    "\(path) cannot be opened: \(reason.en); --only would keep it in the new dossier: render the whole dossier (without --only) or write to another folder"
            )
        case .waitingForLock(let folder):
            return LocalizedText(
                vi: "một lần chạy hoso khác đang ghi vào \(folder); đang chờ lần đó xong (Ctrl-C để dừng)…",
                en: "another hoso run is writing into \(folder); waiting for it to finish (Ctrl-C to stop)…")
        case .rollbackFailed(let path, let code):
            let reason = Self.reason(code)
            return LocalizedText(
                vi:
                    "không ghi xong hồ sơ và cũng không đặt lại được tệp cũ \(path): \(reason.vi); lần chạy hoso sau vào thư mục này sẽ hoàn tất hồ sơ mới",
                en:
                    "could not finish writing the dossier nor put back the old file \(path): \(reason.en); the next hoso run into this folder completes the new dossier"
            )
        case .pdfTimeout(let seconds):
            return LocalizedText(
                vi: "LibreOffice chạy quá \(seconds) giây nên đã bị dừng; không có PDF nào được ghi",
                en: "LibreOffice ran longer than \(seconds) seconds and was stopped; no PDF was written")
        }
    }

    /// The one-line message printed when a signal stops hoso (`130`/`143`/`129` follow).
    package static func interrupted(signal: Int32) -> LocalizedText {
        let (name, nameEn) = signalName(signal)
        return LocalizedText(
            vi: "hoso: đã dừng theo \(name); các tệp đang ghi dở đã được xóa, thư mục đích giữ nguyên",
            en: "hoso: stopped by \(nameEn); the files being written were removed, the destination is unchanged")
    }

    /// A signal as a user knows it: "Ctrl-C" for SIGINT.
    private static func signalName(_ signal: Int32) -> (vi: String, en: String) {
        switch signal {
        case SIGINT: ("Ctrl-C", "Ctrl-C")
        case SIGTERM: ("SIGTERM", "SIGTERM")
        case SIGHUP: ("SIGHUP", "SIGHUP")
        default: ("tín hiệu \(signal)", "signal \(signal)")
        }
    }

    /// The line printed when a signal arrives once the new dossier is in place.
    package static func interruptedAfterCommit(signal: Int32) -> LocalizedText {
        let (name, nameEn) = signalName(signal)
        return LocalizedText(
            vi: "hoso: đã dừng theo \(name) khi hồ sơ mới đã ghi xong: thư mục đích là hồ sơ mới, đầy đủ",
            en: "hoso: stopped by \(nameEn) after the new dossier was in place: the destination holds the whole new dossier")
    }

    private static func doing(_ operation: Operation) -> (vi: String, en: String) {
        switch operation {
        case .createFolder: ("tạo được thư mục", "create the folder")
        case .write: ("ghi được tệp", "write")
        case .move: ("chuyển được tệp vào chỗ", "move into place")
        case .remove: ("xóa được", "remove")
        case .lock: ("khóa được thư mục", "lock the folder")
        case .read: ("đọc được", "read")
        }
    }

    private static func kind(_ kind: String) -> (vi: String, en: String) {
        switch kind {
        case "device": ("một thiết bị", "a device")
        case "fifo": ("một ống dẫn (FIFO)", "a FIFO")
        case "socket": ("một socket", "a socket")
        case "folder": ("một thư mục", "a folder")
        case "dangling": ("một liên kết không trỏ tới tệp nào", "a link to nothing")
        default: ("một tệp đặc biệt", "a special file")
        }
    }

    /// The cause of `code` as a sentence with the fix, in both languages.
    static func reason(_ code: Int32) -> (vi: String, en: String) {
        switch code {
        case ENOSPC: ("ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại", "the disk is full; free some space and run again")
        case EDQUOT:
            (
                "đã vượt hạn mức dung lượng của người dùng; hãy xóa bớt tệp rồi chạy lại",
                "the user's disk quota is exceeded; delete some files and run again"
            )
        case EFBIG:
            (
                "tệp quá lớn (vượt giới hạn kích thước tệp của hệ thống, ulimit -f); hãy nâng giới hạn hoặc ghi nơi khác",
                "the file is too large (beyond the system's file size limit, ulimit -f); raise the limit or write elsewhere"
            )
        case EACCES, EPERM:
            (
                "không có quyền ghi ở đó; hãy chọn thư mục của bạn (ví dụ trong thư mục nhà)",
                "permission denied; choose a folder of your own (for example in your home folder)"
            )
        case EROFS: ("ổ đĩa chỉ cho đọc; hãy chọn ổ đĩa khác", "the disk is read-only; choose another disk")
        case ENOENT: ("thư mục chứa không tồn tại; hãy kiểm tra đường dẫn", "the containing folder does not exist; check the path")
        case ENOTDIR: ("một phần của đường dẫn không phải thư mục; hãy kiểm tra đường dẫn", "part of the path is not a folder; check the path")
        case EISDIR: ("đó là một thư mục; hãy ghi một tên tệp", "it is a folder; give a file name")
        case EEXIST: ("đã có một tệp trùng tên", "a file of that name already exists")
        case ENOTEMPTY: ("thư mục không trống", "the folder is not empty")
        case EIO:
            (
                "lỗi đọc/ghi của thiết bị (ổ đĩa hỏng hoặc bị rút ra?); hãy kiểm tra ổ đĩa rồi chạy lại",
                "the device reported an I/O error (a failing or removed disk?); check the disk and run again"
            )
        case EXDEV: ("nằm trên ổ đĩa khác", "it is on another disk")
        case ELOOP: ("quá nhiều liên kết lồng nhau", "too many nested links")
        case ENAMETOOLONG: ("đường dẫn quá dài; hãy chọn tên ngắn hơn", "the path is too long; choose a shorter name")
        case EMFILE, ENFILE: ("mở quá nhiều tệp cùng lúc", "too many open files")
        case EBUSY: ("đang được sử dụng", "it is in use")
        case ETXTBSY: ("tệp đang được chạy", "the file is being executed")
        case ENOLCK, ENOSYS, EOPNOTSUPP: ("hệ thống tệp này không hỗ trợ khóa tệp", "this file system does not support file locks")
        default:
            (String(cString: strerror(code)) + " (errno \(code))", String(cString: strerror(code)) + " (errno \(code))")
        }
    }
}
