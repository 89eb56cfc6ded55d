/// Case changes for Vietnamese text, always returning NFC.
///
/// Swift's `uppercased()` already maps đ→Đ, ư→Ư, ậ→Ậ; these helpers add normalization on both sides so
/// the bytes written are the same whatever form the input came in.
package enum VietnameseCase {
    /// "Trường Tiểu học An Sơn" → "TRƯỜNG TIỂU HỌC AN SƠN" (NFC, Ð look-alike fixed).
    package static func uppercased(_ text: String) -> String {
        VietnameseNormalizer.normalize(VietnameseNormalizer.normalize(text).uppercased())
    }

    /// "TRƯỜNG" → "trường" (NFC).
    package static func lowercased(_ text: String) -> String {
        VietnameseNormalizer.normalize(VietnameseNormalizer.normalize(text).lowercased())
    }

    /// Upper-cases the first letter and keeps the rest: "chín mươi lăm" → "Chín mươi lăm",
    /// "đạt" → "Đạt". Leading spaces and punctuation are skipped: "(tám)" → "(Tám)".
    package static func capitalizedFirst(_ text: String) -> String {
        let normalized = VietnameseNormalizer.normalize(text)
        guard let index = normalized.firstIndex(where: { $0.isLetter }) else { return normalized }
        var result = String(normalized[..<index])
        result += normalized[index].uppercased()
        result += normalized[normalized.index(after: index)...]
        return VietnameseNormalizer.normalize(result)
    }
}
