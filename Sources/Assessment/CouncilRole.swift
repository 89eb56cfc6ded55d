/// A council member's role (nhiệm vụ): the TT22 Hội đồng or the TT24 Tổ đánh giá.
package enum CouncilRole: String, Sendable, Hashable, CaseIterable {
    /// Chủ tịch Hội đồng (TT22).
    case chuTich = "chu_tich"
    /// Phó Chủ tịch Hội đồng (TT22).
    case phoChuTich = "pho_chu_tich"
    /// Thư ký (both regimes).
    case thuKy = "thu_ky"
    /// Ủy viên (TT22).
    case uyVien = "uy_vien"
    /// Tổ trưởng (TT24).
    case toTruong = "to_truong"
    /// Tổ phó (TT24).
    case toPho = "to_pho"
    /// Thành viên (TT24).
    case thanhVien = "thanh_vien"

    /// The role as printed: "Chủ tịch", "Ủy viên", "Tổ trưởng".
    package var title: String {
        switch self {
        case .chuTich: "Chủ tịch"
        case .phoChuTich: "Phó Chủ tịch"
        case .thuKy: "Thư ký"
        case .uyVien: "Ủy viên"
        case .toTruong: "Tổ trưởng"
        case .toPho: "Tổ phó"
        case .thanhVien: "Thành viên"
        }
    }

    /// The role in words, naming the body: "Chủ tịch Hội đồng", "Ủy viên Hội đồng", "Tổ trưởng Tổ đánh giá".
    package func fullTitle(body shortName: String) -> String {
        "\(title) \(shortName)"
    }

    /// The roles a body of `regime` uses.
    package static func roles(for regime: Regime) -> [CouncilRole] {
        switch regime {
        case .tt22: [.chuTich, .phoChuTich, .thuKy, .uyVien]
        case .tt24: [.toTruong, .toPho, .thuKy, .thanhVien]
        }
    }

    /// Whether this role leads the body (Chủ tịch, Tổ trưởng).
    package var isLeader: Bool { self == .chuTich || self == .toTruong }
}
