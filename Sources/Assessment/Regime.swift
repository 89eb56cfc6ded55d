/// The regulation a unit is assessed under; chosen in the data, never inferred from the year.
package enum Regime: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
    /// Thông tư 22/2020/TT-BGDĐT: points out of 100 and four bands.
    case tt22 = "TT22"
    /// Thông tư 24/2023/TT-BGDĐT: targets met or not met, recognised at Mức độ 1 or 2.
    case tt24 = "TT24"
}

extension Regime {
    /// The number and symbol of the regime's circular: "22/2020/TT-BGDĐT".
    package var circularNumber: String {
        switch self {
        case .tt22: "22/2020/TT-BGDĐT"
        case .tt24: "24/2023/TT-BGDĐT"
        }
    }

    /// The regime's circular as a "Căn cứ" line cites it.
    package var circularCitation: String {
        switch self {
        case .tt22: "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại Đơn vị học tập"
        case .tt24: "Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận Đơn vị học tập"
        }
    }

    /// Whether `basis` cites this regime's circular ("22/2020/TT-BGDĐT", spacing, case and the
    /// spelling of "Đ" aside).
    package func isCited(by basis: String) -> Bool {
        let wanted = Array(self == .tt22 ? "22/2020/TT" : "24/2023/TT")
        let compact = Array(basis.uppercased().filter { !$0.isWhitespace })
        guard compact.count >= wanted.count else { return false }
        return (0...(compact.count - wanted.count)).contains { start in
            (start == 0 || !compact[start - 1].isNumber) && Array(compact[start..<(start + wanted.count)]) == wanted
        }
    }
}
