import Diagnostics

/// The messages of `PackageValidator`, in both languages.
enum ValidationMessages {
    static func schemaUnreadable(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "không đọc được lược đồ XML: \(reason)", en: "cannot read the XML schema: \(reason)")
    }
    static let missingPackageParts = LocalizedText(
        vi: "gói thiếu [Content_Types].xml hoặc _rels/.rels", en: "the package lacks [Content_Types].xml or _rels/.rels")
    static let noMainDocument = LocalizedText(
        vi: "gói không có phần văn bản chính (word/document.xml)", en: "the package has no main document part")
    static let noContentType = LocalizedText(
        vi: "phần này không có kiểu nội dung trong [Content_Types].xml", en: "this part has no content type in [Content_Types].xml")
    static func notWellFormed(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "XML không hợp lệ: \(reason)", en: "XML is not well-formed: \(reason)")
    }
    static func schema(_ reason: String) -> LocalizedText {
        LocalizedText(vi: "sai lược đồ ISO/IEC 29500: \(reason)", en: "ISO/IEC 29500 schema: \(reason)")
    }
    static func unresolvedRelationship(_ id: String, _ rels: String) -> LocalizedText {
        LocalizedText(vi: "r:id '\(id)' không có trong \(rels)", en: "r:id '\(id)' does not resolve in \(rels)")
    }
    static let bodyWithoutSection = LocalizedText(
        vi: "phần thân không kết thúc bằng w:sectPr", en: "the body's last child is not w:sectPr")
    static func tableWithoutRows(_ table: Int) -> LocalizedText {
        LocalizedText(vi: "bảng \(table) không có hàng nào", en: "table \(table) has no rows")
    }
    static func rowWithoutCells(_ table: Int, _ row: Int) -> LocalizedText {
        LocalizedText(vi: "bảng \(table), hàng \(row) không có ô nào", en: "table \(table) row \(row) has no cells")
    }
    static func cellWithoutParagraph(_ table: Int, _ row: Int, _ cell: Int) -> LocalizedText {
        LocalizedText(
            vi: "bảng \(table), hàng \(row), ô \(cell) không kết thúc bằng một đoạn văn",
            en: "table \(table) row \(row) cell \(cell) does not end with a paragraph")
    }
    static func duplicateDrawingId(_ id: String) -> LocalizedText {
        LocalizedText(vi: "mã hình vẽ wp:docPr id=\(id) bị trùng", en: "duplicate drawing id wp:docPr id=\(id)")
    }
}
