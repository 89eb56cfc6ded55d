import Diagnostics

/// Every sentence `hoso verify` prints about a file, in Vietnamese and English, in one place.
enum VerifyMessages {
    /// A value quoted in a message, cut to 80 characters so a hostile name cannot flood the screen.
    static func quoted(_ value: String) -> String {
        let visible = value.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : String($0) }.joined()
        return "'" + (visible.count > 80 ? String(visible.prefix(80)) + "…" : visible) + "'"
    }

    static let unchanged = LocalizedText(vi: "không thay đổi kể từ khi tạo", en: "unchanged since it was produced")
    static func changed(_ parts: [String]) -> LocalizedText {
        let list = parts.joined(separator: ", ")
        return LocalizedText(
            vi: "ĐÃ BỊ SỬA sau khi tạo; các phần khác với bản dựng lại: \(list)",
            en: "CHANGED after it was produced; parts that differ from a re-render: \(list)")
    }
    static func sumMismatch(expected: String, actual: String) -> LocalizedText {
        LocalizedText(
            vi: "SHA-256 không khớp bản kê (ghi \(expected), thực tế \(actual))",
            en: "SHA-256 does not match the manifest (recorded \(expected), actual \(actual))")
    }
    static func resaved(_ parts: [String], listed: Bool) -> LocalizedText {
        let list = parts.joined(separator: ", ")
        return LocalizedText(
            vi: "mở và lưu lại, nội dung không đổi" + (listed ? ", nhưng không còn khớp bản kê (lập lại hồ sơ để có bản đúng)" : "")
                + (parts.isEmpty ? "" : " (các phần khác: \(list))"),
            en: "opened and saved again, content unchanged"
                + (listed ? ", but it no longer matches the manifest (render again for the exact files)" : "")
                + (parts.isEmpty ? "" : " (parts that differ: \(list))"))
    }
    /// At most this many paragraph changes are listed.
    static let maxChangesShown = 10
    static func contentChanged(_ changes: [ContentDiff.Change], parts: [String]) -> LocalizedText {
        func describe(_ change: ContentDiff.Change, _ language: Language) -> String {
            let place = change.place.text(in: language)
            if change.before.isEmpty { return "\(place): " + (language == .vi ? "thêm " : "added ") + quoted(change.after) }
            if change.after.isEmpty { return "\(place): " + (language == .vi ? "xóa " : "removed ") + quoted(change.before) }
            return "\(place): \(quoted(change.before)) → \(quoted(change.after))"
        }
        func text(_ language: Language) -> String {
            var items = changes.prefix(maxChangesShown).map { describe($0, language) }
            if changes.count > maxChangesShown {
                let more = changes.count - maxChangesShown
                items.append(language == .vi ? "và \(more) chỗ khác" : "and \(more) more")
            }
            let list = parts.joined(separator: ", ")
            let tail = parts.isEmpty ? "" : (language == .vi ? " (các phần khác: \(list))" : " (parts that differ: \(list))")
            return (language == .vi ? "NỘI DUNG ĐÃ SỬA: " : "CONTENT EDITED: ") + items.joined(separator: "; ") + tail
        }
        return LocalizedText(vi: text(.vi), en: text(.en))
    }
    static let sumMismatchBrief = LocalizedText(
        vi: "SHA-256 không khớp bản kê: tệp đã bị thay (thêm --details để xem mã băm)",
        en: "SHA-256 does not match the manifest: the file was replaced (add --details for the sums)")
    static let missing = LocalizedText(vi: "THIẾU: bản kê có tệp này nhưng không tìm thấy", en: "MISSING: listed in the manifest but not found")
    static let noProvenance = LocalizedText(
        vi: "không có dữ liệu nguồn của hoso: không phải tệp do hoso tạo, hoặc đã bị gỡ",
        en: "no hoso provenance: not produced by hoso, or it was removed")
    static let strayBytes = LocalizedText(
        vi:
            "có dữ liệu lạ ngoài gói (byte thêm vào sau hoặc trước gói zip, hoặc chú thích zip): hoso không bao giờ ghi như vậy, tệp đã bị sửa sau khi lập; hãy lập lại hồ sơ bằng hoso render",
        en:
            "holds data outside the package (bytes appended after or before the zip, or a zip comment): hoso never writes these, so the file was changed after it was rendered; render the dossier again with hoso render"
    )
    static func cannotReproduce(_ why: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "không kiểm chứng được: \(why.vi)", en: "cannot be verified: \(why.en)")
    }
    static let sumMatches = LocalizedText(vi: "SHA-256 khớp bản kê", en: "SHA-256 matches the manifest")
    static let notFound = LocalizedText(vi: "không tồn tại: kiểm tra lại đường dẫn", en: "does not exist: check the path")
    static let notRegularFile = LocalizedText(
        vi: "không phải tệp thường (liên kết, thư mục, thiết bị hoặc FIFO): không đọc, không kiểm chứng",
        en: "not a regular file (a link, folder, device or FIFO): not read, not verified")
    static func tooLarge(size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "quá lớn để kiểm chứng (\(size) byte; tối đa \(limit) byte)",
            en: "too large to verify (\(size) bytes; at most \(limit) bytes)")
    }
    static func unreadable(_ why: String) -> LocalizedText {
        LocalizedText(vi: "không đọc được: \(why)", en: "cannot be read: \(why)")
    }
    static func unlistable(_ why: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "không liệt kê được các tệp trong thư mục (\(why.vi)): chưa biết thư mục có tệp lạ nào không, nên chưa xác nhận được hồ sơ",
            en: "the folder's files cannot be listed (\(why.en)): a stray file may be there unseen, so the dossier is not confirmed")
    }
    static let noManifest = LocalizedText(
        vi: "THIẾU manifest.json: không xác nhận được thư mục hồ sơ (hoso render ghi tệp này cùng hồ sơ; lập lại hồ sơ nếu cần)",
        en: "MISSING manifest.json: the folder cannot be confirmed as a dossier (hoso render writes it with the dossier; render again if needed)")
    static func invalidManifest(_ why: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "manifest.json không hợp lệ: \(why.vi)", en: "manifest.json is invalid: \(why.en)")
    }
    static let manifestNotJSON = LocalizedText(vi: "không phải bản kê JSON của hoso", en: "not hoso's JSON manifest")
    static func manifestEntry(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "mục \(quoted(name)) không phải tên tệp trong thư mục (hoặc bị lặp)",
            en: "entry \(quoted(name)) is not the name of a file in the folder (or is repeated)")
    }
    static let unlisted = LocalizedText(
        vi: "không có trong manifest.json: tệp hồ sơ không thuộc lần lập này (xóa tệp hoặc lập lại hồ sơ)",
        en: "not in manifest.json: a dossier file that is not part of this render (remove it or render again)")
    static let unfinishedCommit = LocalizedText(
        vi:
            "một lần lập hồ sơ bị dừng giữa chừng khi đang thay tệp: thư mục chưa phải một hồ sơ trọn vẹn; hãy chạy lại hoso render vào thư mục này để hoàn tất",
        en:
            "a render was stopped in the middle of replacing files: the folder is not one complete dossier yet; run hoso render into this folder again to complete it"
    )
    static let ignored = LocalizedText(
        vi: "không thuộc hồ sơ (không có trong manifest.json), bỏ qua",
        en: "not part of the dossier (not in manifest.json); ignored")
    static func otherSource(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "LẬP TỪ NGUỒN KHÁC với các tệp còn lại của hồ sơ: \(what.vi)",
            en: "MADE FROM ANOTHER SOURCE than the rest of the dossier: \(what.en)")
    }
    static func otherData(_ name: String, _ sum: String, expected: String, _ expectedSum: String) -> LocalizedText {
        LocalizedText(
            vi: "dữ liệu \(quoted(name)) (SHA-256 \(sum.prefix(12))…), không phải \(quoted(expected)) (SHA-256 \(expectedSum.prefix(12))…)",
            en: "data \(quoted(name)) (SHA-256 \(sum.prefix(12))…), not \(quoted(expected)) (SHA-256 \(expectedSum.prefix(12))…)")
    }
    static func otherRubric(_ reference: String, expected: String) -> LocalizedText {
        LocalizedText(
            vi: "bảng tiêu chí \(quoted(reference)) khác bảng \(quoted(expected))",
            en: "rubric \(quoted(reference)) differs from \(quoted(expected))")
    }
    static func otherTool(_ tool: String, expected: String) -> LocalizedText {
        LocalizedText(vi: "hoso \(quoted(tool)), không phải \(quoted(expected))", en: "hoso \(quoted(tool)), not \(quoted(expected))")
    }
    static func manifestDisagrees(_ field: String, recorded: String, actual: String) -> LocalizedText {
        LocalizedText(
            vi:
                "trường '\(field)' ghi \(quoted(recorded)) nhưng các tệp hồ sơ cho \(quoted(actual)) (manifest.json đã bị sửa hoặc không phải của hồ sơ này)",
            en:
                "field '\(field)' says \(quoted(recorded)) but the dossier's files give \(quoted(actual)) (manifest.json was edited or belongs to another dossier)"
        )
    }
    static let pdfMatches = LocalizedText(
        vi: "SHA-256 khớp bản kê; nội dung khớp hồ sơ",
        en: "SHA-256 matches the manifest; its text carries the dossier's facts")
    static func pdfTextMismatch(_ facts: [String]) -> LocalizedText {
        let list = facts.map(quoted).joined(separator: ", ")
        return LocalizedText(
            vi: "nội dung PDF không phải của hồ sơ này: không thấy \(list)",
            en: "the PDF's text is not this dossier's: \(list) not found")
    }
    static func pdfUnreadable(_ why: String) -> LocalizedText {
        LocalizedText(vi: "không đọc được chữ trong PDF (pdftotext): \(why)", en: "cannot read the PDF's text (pdftotext): \(why)")
    }
    static let pdfDocxUnreadable = LocalizedText(
        vi: "không đọc được chữ của tệp DOCX cùng tên nên chưa so được chữ trong PDF với nó; sửa hoặc lập lại tệp DOCX rồi kiểm chứng lại",
        en:
            "the text of the DOCX of the same name cannot be read, so the PDF's text was not compared with it; repair or render the DOCX again and verify again"
    )
    static let pdftotextMissing = LocalizedText(
        vi: "không tìm thấy pdftotext để đọc chữ trong PDF; cài gói poppler-utils (make deps)",
        en: "pdftotext not found to read the PDF's text; install poppler-utils (make deps)")
    static let noDossierFacts = LocalizedText(
        vi: "không có tệp DOCX kiểm chứng được để đối chiếu nội dung PDF", en: "no verifiable DOCX to compare the PDF's text with")

    static func provenanceTooLarge(_ size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "hoso/provenance.json quá lớn (\(size) byte; tối đa \(limit))",
            en: "hoso/provenance.json is too large (\(size) bytes; at most \(limit))")
    }
    static let provenanceNotJSON = LocalizedText(
        vi: "hoso/provenance.json không đọc được (không phải JSON của hoso)",
        en: "hoso/provenance.json cannot be read (not hoso's JSON)")
    static func provenanceTextTooLarge(_ field: String, size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "hoso/provenance.json: trường '\(field)' quá lớn (\(size) byte; tối đa \(limit))",
            en: "hoso/provenance.json: field '\(field)' is too large (\(size) bytes; at most \(limit))")
    }
    static func provenanceField(_ field: String, _ value: String) -> LocalizedText {
        LocalizedText(
            vi: "hoso/provenance.json: trường '\(field)' có giá trị không hợp lệ \(quoted(value))",
            en: "hoso/provenance.json: field '\(field)' has an invalid value \(quoted(value))")
    }
}
