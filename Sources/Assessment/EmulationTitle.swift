/// A member's emulation title (danh hiệu thi đua) for the year, highest first.
package enum EmulationTitle: String, Sendable, Hashable, CaseIterable {
    /// Chiến sĩ thi đua toàn quốc.
    case cstdtq
    /// Chiến sĩ thi đua cấp tỉnh (bộ, ngành).
    case cstd
    /// Chiến sĩ thi đua cơ sở.
    case cstdcs
    /// Lao động tiên tiến.
    case ldtt
    /// Hoàn thành nhiệm vụ, no title.
    case htnv
    /// No title.
    case none = "khong"

    /// As printed in M5: "CSTĐCS", "LĐTT", "Không".
    package var title: String {
        switch self {
        case .cstdtq: "CSTĐTQ"
        case .cstd: "CSTĐ"
        case .cstdcs: "CSTĐCS"
        case .ldtt: "LĐTT"
        case .htnv: "HTNV"
        case .none: "Không"
        }
    }

    /// Whether the title is "Lao động tiên tiến" or higher (criterion 2d).
    package var isLdttOrHigher: Bool {
        switch self {
        case .cstdtq, .cstd, .cstdcs, .ldtt: true
        case .htnv, .none: false
        }
    }
}
