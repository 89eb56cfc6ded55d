package import Diagnostics

/// Failures of the dossier stage that are not problems in the user's data (those are diagnostics).
package enum DossierError: Error, Sendable, Equatable {
    case formsNotFound(String)
    case badFormManifest(String, String)
    /// The forms folder (or its `rubrics/`) exists but cannot be listed: the system's `code`.
    case formsUnreadable(String, code: Int32)
    /// A form's `form.yaml` cannot be read: the system's `code`, or nil when it is not a regular
    /// UTF-8 text file of at most 1 MB.
    case formManifestUnreadable(String, code: Int32?)
    /// A form's `file:` is not a name hoso writes into a dossier (`N-CODE-Words`).
    case badFormFileName(String, String)
    case unknownForm(String, known: [String])
    case libreOfficeMissing
    case pdfConversionFailed(String)
    case outputNotWritable(String, String)
    case invalidOutput(String, String)
    case unverifiable(String)
    case formChanged(String, recordedBy: String)
    case noManifest(String)
    case manifestMismatch(String)
    case signedCopyNotPDF(String)
    case invalidProvenance(LocalizedText)
    case notVerified(String, [Verification])
    /// Writing the output failed or was refused (see `OutputError`, the output stage's messages).
    case output(OutputError)
    /// A file the user named could not be read, or is not a regular file (a FIFO, a device…).
    case input(FileSystemError)

    /// The message for the user.
    package func message(in language: Language) -> String {
        let text: LocalizedText
        switch self {
        case .formsNotFound(let path):
            text = LocalizedText(
                vi: "không tìm thấy thư mục mẫu biểu (Forms) tại \(path); chỉ định bằng --forms hoặc biến HOSO_FORMS",
                en: "cannot find the forms directory (Forms) at \(path); give it with --forms or HOSO_FORMS")
        case .formsUnreadable(let path, let code):
            let reason = OutputError.reason(code)
            text = LocalizedText(
                vi:
                    "không đọc được thư mục mẫu biểu \(path): \(reason.vi); cấp quyền đọc thư mục này, hoặc chỉ định thư mục Forms khác bằng --forms hoặc biến HOSO_FORMS",
                en:
                    "cannot read the forms directory \(path): \(reason.en); allow reading it, or give another Forms directory with --forms or HOSO_FORMS"
            )
        case .formManifestUnreadable(let path, let code?):
            let reason = OutputError.reason(code)
            text = LocalizedText(
                vi: "\(path): không đọc được tệp mô tả mẫu: \(reason.vi); cấp quyền đọc tệp này",
                en: "\(path): cannot read the form description: \(reason.en); allow reading this file")
        case .formManifestUnreadable(let path, nil):
            text = LocalizedText(
                vi: "\(path): tệp mô tả mẫu không phải tệp văn bản UTF-8 (tối đa 1 MB); chép lại form.yaml của mẫu từ bản hoso gốc",
                en: "\(path): the form description is not a UTF-8 text file (at most 1 MB); copy the form's form.yaml again from hoso's own")
        case .badFormManifest(let path, let why):
            text = LocalizedText(vi: "\(path): tệp mô tả mẫu không hợp lệ: \(why)", en: "\(path): invalid form description: \(why)")
        case .badFormFileName(let path, let name):
            text = LocalizedText(
                vi:
                    "\(path): tên tệp '\(name)' của mẫu không đúng dạng hoso ghi vào hồ sơ (số thứ tự, mã mẫu rồi các từ không dấu nối bằng '-', ví dụ 5-M3-Bao-cao): sửa dòng file: trong tệp này",
                en:
                    "\(path): the form's file name '\(name)' is not of the shape hoso writes into a dossier (a number, the form's code, then unaccented words joined by '-', e.g. 5-M3-Bao-cao): fix the file: line in this file"
            )
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
        case .unverifiable(let what):
            text = LocalizedText(
                vi: "không dựng lại được từ dữ liệu nhúng: \(what)", en: "cannot re-render from the embedded data: \(what)")
        case .formChanged(let id, let tool):
            text = LocalizedText(
                vi: "mẫu \(id) dùng khi tạo tệp (hoso \(tool)) khác mẫu hiện có; nếu trường dùng mẫu riêng, thêm --form \(id)=TỆP.docx",
                en:
                    "form \(id) used to produce the file (hoso \(tool)) differs from the one here; if the school used its own, add --form \(id)=FILE.docx"
            )
        case .noManifest(let folder):
            text = LocalizedText(
                vi: "\(folder) không có manifest.json: không phải thư mục hồ sơ do hoso ghi",
                en: "\(folder) has no manifest.json: not a dossier folder written by hoso")
        case .manifestMismatch(let file):
            text = LocalizedText(
                vi: "\(file) không khớp SHA-256 trong manifest.json: không đóng gói một hồ sơ đã bị sửa (chạy hoso verify)",
                en: "\(file) does not match its SHA-256 in manifest.json: will not archive a changed dossier (run hoso verify)")
        case .signedCopyNotPDF(let file):
            text = LocalizedText(
                vi: "\(file) không phải tệp PDF (bản quét có chữ ký, đóng dấu phải là PDF)",
                en: "\(file) is not a PDF (the signed, stamped scan must be a PDF)")
        case .invalidProvenance(let why):
            text = why
        case .notVerified(let folder, let failures):
            let lines = failures.map { "\n  " + $0.rendered(in: language) }.joined()
            text = LocalizedText(
                vi: "không đóng gói \(folder): hồ sơ không qua kiểm chứng (hoso verify):\(lines)",
                en: "will not archive \(folder): the dossier does not verify (hoso verify):\(lines)")
        case .output(let error):
            text = error.text
        case .input(let error):
            text = error.sentence
        case .invalidOutput(let file, let why):
            text = LocalizedText(
                vi: "lỗi nội bộ: tệp \(file) tạo ra không hợp lệ (\(why)); xin báo lỗi này cho nhóm phát triển",
                en: "internal error: the generated \(file) is invalid (\(why)); please report this bug")
        }
        return text.text(in: language)
    }

    /// The message in both languages.
    package var text: LocalizedText { LocalizedText(vi: message(in: .vi), en: message(in: .en)) }
}
