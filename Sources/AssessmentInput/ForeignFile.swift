package import Foundation

/// A file that is not a data file at all, recognised by its first bytes: what a secretary may pass to
/// `hoso check` by mistake (the Word dossier, the Excel staff list, a scan).
package enum ForeignFile: Sendable, Hashable {
    /// A Word document (.docx, or the old .doc).
    case word
    /// An Excel or Calc spreadsheet (.xlsx, .xls, .ods).
    case spreadsheet
    /// Some other zip archive.
    case zip
    /// A PDF.
    case pdf
    /// Text saved as UTF-16 (Notepad's "Unicode").
    case utf16

    /// What `bytes` (read from `path`) are, when they are not text a data file could hold.
    package static func recognize(_ bytes: Data, path: String) -> ForeignFile? {
        let head = Array(bytes.prefix(8))
        let ext = (path as NSString).pathExtension.lowercased()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if ["docx", "docm", "dotx", "odt"].contains(ext) { return .word }
            if ["xlsx", "xlsm", "ods"].contains(ext) { return .spreadsheet }
            if bytes.range(of: Data("word/".utf8)) != nil { return .word }
            if bytes.range(of: Data("xl/".utf8)) != nil { return .spreadsheet }
            return .zip
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return ext == "xls" ? .spreadsheet : .word }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .utf16 }
        return nil
    }
}
