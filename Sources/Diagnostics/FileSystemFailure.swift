package import Foundation

/// What went wrong with a file, from a Foundation or POSIX error, as words a person understands:
/// every stage that reads or writes files says it the same way, with the path, in either language.
package enum FileSystemFailure: Sendable, Hashable {
    case notFound, notAllowed, exists, isFolder, notFolder, diskFull, readOnly, tooLarge, invalidName
    /// A device, FIFO, socket or dangling link where a regular file is needed.
    case notRegularFile(SpecialKind)

    /// What a path that is not a regular file (nor a folder) is.
    package enum SpecialKind: Sendable, Hashable {
        case device, fifo, socket, danglingLink

        /// The kind of a `stat` mode; nil for a regular file or a folder.
        package init?(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFCHR, S_IFBLK: self = .device
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            case S_IFLNK: self = .danglingLink
            default: return nil
            }
        }

        var words: (vi: String, en: String) {
            switch self {
            case .device: ("một thiết bị", "a device")
            case .fifo: ("một ống dẫn (FIFO)", "a FIFO")
            case .socket: ("một socket", "a socket")
            case .danglingLink: ("một liên kết không trỏ tới tệp nào", "a link to nothing")
            }
        }
    }
    /// Anything else, with the system's code ("errno 5").
    case other(String)

    /// The failure behind `error`, or nil when `error` is not about a file.
    package init?(_ error: Error) {
        if let error = error as? FileSystemError {
            self = error.failure
            return
        }
        if let posix = error as? POSIXError {
            self.init(errno: posix.code.rawValue)
            return
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(nsError.code))
            return
        }
        guard nsError.domain == NSCocoaErrorDomain else { return nil }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(underlying.code))
            return
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: self = .notAllowed
        case .fileWriteFileExists: self = .exists
        case .fileWriteOutOfSpace: self = .diskFull
        case .fileWriteVolumeReadOnly: self = .readOnly
        case .fileReadTooLarge: self = .tooLarge
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: self = .invalidName
        default: self = .other("\(nsError.domain) \(nsError.code)")
        }
    }

    /// The failure an `errno` value names.
    package init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .notAllowed
        case EEXIST, ENOTEMPTY: self = .exists
        case EISDIR: self = .isFolder
        case ENOTDIR: self = .notFolder
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnly
        case EFBIG: self = .tooLarge
        case ENAMETOOLONG: self = .invalidName
        default: self = .other("errno \(code)")
        }
    }

    /// The path named in `error`'s details, when Foundation gave one.
    package static func path(in error: Error) -> String? {
        if let error = error as? FileSystemError { return error.path }
        let info = (error as NSError).userInfo
        return (info["NSFilePath"] as? String) ?? (info[NSURLErrorKey] as? URL)?.path
    }

    /// A sentence about `path`, saying what to do.
    package func sentence(path: String) -> LocalizedText {
        switch self {
        case .notFound:
            LocalizedText(
                vi: "không có tệp hay thư mục '\(path)': kiểm tra lại đường dẫn",
                en: "there is no file or folder '\(path)': check the path")
        case .notAllowed:
            LocalizedText(
                vi: "không có quyền đọc hoặc ghi '\(path)': chọn thư mục của mình hoặc nhờ quản trị cấp quyền",
                en: "no permission to read or write '\(path)': choose a folder of your own or ask for access")
        case .exists:
            LocalizedText(
                vi: "'\(path)' đã có: chọn tên khác hoặc xóa tệp cũ",
                en: "'\(path)' already exists: choose another name or delete the old file")
        case .isFolder:
            LocalizedText(vi: "'\(path)' là một thư mục, cần một tệp", en: "'\(path)' is a folder; a file is needed")
        case .notFolder:
            LocalizedText(
                vi: "một phần của đường dẫn '\(path)' là tệp, không phải thư mục",
                en: "part of the path '\(path)' is a file, not a folder")
        case .diskFull:
            LocalizedText(
                vi: "ổ đĩa chứa '\(path)' đã đầy: giải phóng chỗ trống rồi chạy lại",
                en: "the disk holding '\(path)' is full: free some space and run again")
        case .readOnly:
            LocalizedText(
                vi: "'\(path)' nằm trên ổ chỉ đọc (USB khóa ghi, đĩa CD…): chọn nơi ghi khác",
                en: "'\(path)' is on a read-only disk (a locked USB stick, a CD…): choose another place")
        case .tooLarge:
            LocalizedText(vi: "tệp '\(path)' quá lớn", en: "the file '\(path)' is too large")
        case .invalidName:
            LocalizedText(vi: "tên '\(path)' không hợp lệ hoặc quá dài", en: "the name '\(path)' is not valid or too long")
        case .notRegularFile(let kind):
            LocalizedText(
                vi: "'\(path)' là \(kind.words.vi), không phải tệp thường: hoso không đọc hay ghi đè nó; hãy chỉ tới một tệp thường",
                en: "'\(path)' is \(kind.words.en), not a regular file: hoso will not read or overwrite it; name a regular file")
        case .other(let code):
            LocalizedText(vi: "không đọc hoặc ghi được '\(path)' (\(code))", en: "cannot read or write '\(path)' (\(code))")
        }
    }
}
