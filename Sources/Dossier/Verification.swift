import Diagnostics

/// The verdict on one file checked by `hoso verify`.
public struct Verification: Sendable, Equatable {
    /// What was found.
    public enum Verdict: Sendable, Equatable {
        /// Re-rendering from the embedded data gives exactly this file's parts.
        case unchanged
        /// These parts differ from what hoso produces from the embedded data (edited after generation).
        case changed(parts: [String])
        /// The file's bytes do not match the SHA-256 recorded for it in a manifest.
        case sumMismatch(expected: String, actual: String)
        /// A file the manifest lists is missing.
        case missing
        /// The file carries no hoso provenance: it was not produced by hoso (or it was stripped).
        case noProvenance
        /// The file could not be re-rendered (unreadable, or made with a form this hoso does not have).
        case cannotReproduce(LocalizedText)
        /// Not a DOCX: only its recorded sum was checked, and it matched.
        case sumMatches
    }

    /// The file, as the user would find it ("ho-so/5-M3-Bao-cao.docx").
    public var file: String
    /// The verdict.
    public var verdict: Verdict

    /// Whether the file passes.
    public var passed: Bool {
        switch verdict {
        case .unchanged, .sumMatches: true
        default: false
        }
    }

    /// The line printed for the user.
    public func rendered(in language: Language) -> String {
        let text: LocalizedText
        switch verdict {
        case .unchanged:
            text = LocalizedText(vi: "không thay đổi kể từ khi tạo", en: "unchanged since it was produced")
        case .changed(let parts):
            let list = parts.joined(separator: ", ")
            text = LocalizedText(vi: "ĐÃ BỊ SỬA sau khi tạo; các phần khác với bản dựng lại: \(list)",
                                 en: "CHANGED after it was produced; parts that differ from a re-render: \(list)")
        case .sumMismatch(let expected, let actual):
            text = LocalizedText(vi: "SHA-256 không khớp bản kê (ghi \(expected), thực tế \(actual))",
                                 en: "SHA-256 does not match the manifest (recorded \(expected), actual \(actual))")
        case .missing:
            text = LocalizedText(vi: "THIẾU: bản kê có tệp này nhưng không tìm thấy", en: "MISSING: listed in the manifest but not found")
        case .noProvenance:
            text = LocalizedText(vi: "không có dữ liệu nguồn của hoso: không phải tệp do hoso tạo, hoặc đã bị gỡ",
                                 en: "no hoso provenance: not produced by hoso, or it was removed")
        case .cannotReproduce(let why):
            text = LocalizedText(vi: "không kiểm chứng được: \(why.vi)", en: "cannot be verified: \(why.en)")
        case .sumMatches:
            text = LocalizedText(vi: "SHA-256 khớp bản kê", en: "SHA-256 matches the manifest")
        }
        return "\(passed ? "ok  " : "FAIL") \(file): \(text.text(in: language))"
    }
}
