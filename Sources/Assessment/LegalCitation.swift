/// A legal document cited as a basis (căn cứ): "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của
/// Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại Đơn vị học tập".
public struct LegalCitation: Sendable, Hashable {
    /// The kind of document: "Thông tư", "Kế hoạch".
    public var kind: String
    /// Its number and symbol: "22/2020/TT-BGDĐT".
    public var number: String
    /// Its date as cited: "06/8/2020".
    public var date: String
    /// Who issued it: "Bộ Giáo dục và Đào tạo".
    public var issuer: String
    /// Its title in running text: "quy định về đánh giá, xếp loại Đơn vị học tập".
    public var title: String

    /// A citation.
    public init(kind: String, number: String, date: String, issuer: String, title: String) {
        self.kind = kind
        self.number = number
        self.date = date
        self.issuer = issuer
        self.title = title
    }

    /// The full citation of a "Căn cứ" line: kind, number, date, issuer and title.
    public var fullText: String {
        "\(kind) số \(number) ngày \(date) của \(issuer) \(title)"
    }

    /// The short reference of running text: "Thông tư số 22/2020/TT-BGDĐT".
    public var shortText: String {
        "\(kind) số \(number)"
    }
}
