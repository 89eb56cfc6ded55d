package import VietnameseText

/// A legal document cited as a basis (căn cứ): "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của
/// Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại Đơn vị học tập".
package struct LegalCitation: Sendable, Hashable {
    /// The kind of document: "Thông tư", "Kế hoạch".
    package var kind: String
    /// Its number and symbol: "22/2020/TT-BGDĐT".
    package var number: String
    /// The day it was issued, cited "06/08/2020".
    package var date: VietnameseDate
    /// Who issued it: "Bộ Giáo dục và Đào tạo".
    package var issuer: String
    /// Its title in running text: "quy định về đánh giá, xếp loại Đơn vị học tập".
    package var title: String

    /// A citation.
    package init(kind: String, number: String, date: VietnameseDate, issuer: String, title: String) {
        self.kind = kind
        self.number = number
        self.date = date
        self.issuer = issuer
        self.title = title
    }

    /// The full citation of a "Căn cứ" line: kind, number, date, issuer and title.
    package var fullText: String {
        "\(kind) số \(number) ngày \(date.short) của \(issuer) \(title)"
    }

    /// The short reference of running text: "Thông tư số 22/2020/TT-BGDĐT".
    package var shortText: String {
        "\(kind) số \(number)"
    }
}
