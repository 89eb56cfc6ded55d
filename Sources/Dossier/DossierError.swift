import Diagnostics

/// Failures of the dossier stage that are not problems in the user's data (those are diagnostics).
public enum DossierError: Error, Sendable, Equatable {
    case formsNotFound(String)
    case badFormManifest(String, String)
    case unknownForm(String, known: [String])
    case libreOfficeMissing
    case pdfConversionFailed(String)
    case outputNotWritable(String, String)
    case invalidOutput(String, String)

    /// The message for the user.
    public func message(in language: Language) -> String {
        let text: LocalizedText
        switch self {
        case .formsNotFound(let path):
            text = LocalizedText(
                vi: "không tìm thấy thư mục mẫu biểu (Forms) tại \(path); chỉ định bằng --forms hoặc biến HOSO_FORMS",
                en: "cannot find the forms directory (Forms) at \(path); give it with --forms or HOSO_FORMS")
        case .badFormManifest(let path, let why):
            text = LocalizedText(vi: "\(path): tệp mô tả mẫu không hợp lệ: \(why)", en: "\(path): invalid form description: \(why)")
        case .unknownForm(let id, let known):
            let list = known.joined(separator: ", ")
            text = LocalizedText(vi: "không có mẫu '\(id)'; các mẫu có: \(list)", en: "no form '\(id)'; the forms are: \(list)")
        case .libreOfficeMissing:
            text = LocalizedText(
                vi: "không tìm thấy LibreOffice (soffice) để xuất PDF; cài gói libreoffice-writer-nogui (make deps)",
                en: "LibreOffice (soffice) not found for PDF export; install libreoffice-writer-nogui (make deps)")
        case .pdfConversionFailed(let what):
            text = LocalizedText(vi: "LibreOffice không tạo được PDF: \(what)", en: "LibreOffice did not produce a PDF: \(what)")
        case .outputNotWritable(let path, let why):
            text = LocalizedText(vi: "không ghi được vào \(path): \(why)", en: "cannot write to \(path): \(why)")
        case .invalidOutput(let file, let why):
            text = LocalizedText(
                vi: "lỗi nội bộ: tệp \(file) tạo ra không hợp lệ (\(why)); xin báo lỗi này cho nhóm phát triển",
                en: "internal error: the generated \(file) is invalid (\(why)); please report this bug")
        }
        return text.text(in: language)
    }
}
