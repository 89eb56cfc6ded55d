import Diagnostics

/// Every message the OOXML module shows the user, in one place.
enum PackageMessages {
    static func unreadable(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "không đọc được tệp: \(reason)", en: "cannot read the file: \(reason)")
    }

    /// ZipCore's reason (English, from libzip) becomes a Vietnamese one for the cases a user meets.
    static func notZip(_ reason: String) -> LocalizedText {
        let vietnamese =
            if reason.hasPrefix("not a zip archive: the file is empty") {
                "tệp rỗng (0 byte)"
            } else if reason.hasPrefix("not a zip archive (no zip directory") {
                "không có mục lục zip ở cuối tệp: tệp loại khác, hoặc tệp zip bị cắt cụt"
            } else if reason.hasPrefix("not a zip archive") {
                "không phải tệp nén zip"
            } else {
                "tệp nén zip bị hỏng, không đọc được: mở bằng Word rồi lưu lại"
            }
        return LocalizedText(vi: "không phải tệp DOCX (zip) hợp lệ: \(vietnamese)", en: "not a valid DOCX (zip) file: \(reason)")
    }

    static func unsafeName(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "tên phần '\(name)' không an toàn (đường dẫn tuyệt đối hoặc có '..'); tệp bị từ chối",
            en: "unsafe part name '\(name)' (absolute or containing '..'); the file is refused")
    }

    static func duplicateName(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "gói có hai phần cùng tên '\(name)' (tên phần không phân biệt chữ hoa, chữ thường); tệp bị từ chối",
            en: "the package holds two parts named '\(name)' (part names ignore case); the file is refused")
    }

    static func pathConflict(_ entry: String, file: String) -> LocalizedText {
        LocalizedText(
            vi:
                "gói có mục '\(entry)' dùng '\(file)' làm thư mục, trong khi '\(file)' là một phần (tệp) của gói: Word, LibreOffice và unzip không mở được gói như thế; tệp bị từ chối — hãy mở bằng Word rồi lưu lại, hoặc lập lại bằng hoso",
            en:
                "the package holds the entry '\(entry)', which uses '\(file)' as a folder while '\(file)' is a part (a file) of the package: Word, LibreOffice and unzip cannot open such a package; the file is refused — open it in Word and save it again, or render it again with hoso"
        )
    }

    static func tooManyEntries(_ count: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "gói có \(count) phần, vượt giới hạn \(limit); tệp bị từ chối",
            en: "the package has \(count) parts, more than the limit of \(limit); the file is refused")
    }

    static func tooLarge(_ size: UInt64, limit: UInt64) -> LocalizedText {
        LocalizedText(
            vi: "gói giải nén ra \(size) byte, vượt giới hạn \(limit) byte; tệp bị từ chối",
            en: "the package uncompresses to \(size) bytes, more than the limit of \(limit); the file is refused")
    }

    static func ratio(_ name: String, ratio: UInt64, limit: UInt64) -> LocalizedText {
        LocalizedText(
            vi: "phần '\(name)' nén với tỉ lệ \(ratio):1, vượt giới hạn \(limit):1 (có thể là bom zip); tệp bị từ chối",
            en: "part '\(name)' is compressed \(ratio):1, beyond the limit of \(limit):1 (possibly a zip bomb); the file is refused")
    }

    static func missingPart(_ name: String) -> LocalizedText {
        LocalizedText(vi: "thiếu phần '\(name)' trong gói", en: "the package has no part '\(name)'")
    }

    static let noMainDocument = LocalizedText(
        vi: "không tìm thấy phần văn bản chính (quan hệ officeDocument trong _rels/.rels)",
        en: "no main document part (officeDocument relationship in _rels/.rels)")

    static func malformedXML(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "XML không hợp lệ: \(reason)", en: "malformed XML: \(reason)")
    }

    static func cannotWrite(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "không ghi được tệp: \(reason)", en: "cannot write the file: \(reason)")
    }
}
