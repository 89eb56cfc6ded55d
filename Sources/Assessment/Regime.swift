/// The regulation a unit is assessed under; chosen in the data, never inferred from the year.
public enum Regime: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
    /// Thông tư 22/2020/TT-BGDĐT: points out of 100 and four bands.
    case tt22 = "TT22"
    /// Thông tư 24/2023/TT-BGDĐT: targets met or not met, recognised at Mức độ 1 or 2.
    case tt24 = "TT24"
}
