/// A member's result in the compulsory training (bồi dưỡng bắt buộc / thường xuyên).
package enum TrainingResult: String, Sendable, Hashable, CaseIterable {
    /// Hoàn thành tốt.
    case hoanThanhTot = "hoan_thanh_tot"
    /// Hoàn thành.
    case hoanThanh = "hoan_thanh"
    /// Chưa hoàn thành.
    case chuaHoanThanh = "chua_hoan_thanh"

    /// As printed in M5: "Hoàn thành tốt".
    package var title: String {
        switch self {
        case .hoanThanhTot: "Hoàn thành tốt"
        case .hoanThanh: "Hoàn thành"
        case .chuaHoanThanh: "Chưa hoàn thành"
        }
    }

    /// Whether the training counts as finished (criterion 2c).
    package var isCompleted: Bool { self != .chuaHoanThanh }
}
