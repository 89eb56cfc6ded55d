/// A column of the staff list ("danh sách CBGVNV") as schools keep it in Excel, with the headings
/// it is recognised by (folded: no case, no accents, "_" between words).
enum MemberColumn: CaseIterable, Sendable, Equatable {
    case index, name, position, selfStudyPlan, discipline, training, emulationTitle, learningCitizen, notes

    /// The heading `hoso members export` writes.
    var heading: String {
        switch self {
        case .index: "STT"
        case .name: "Họ và tên"
        case .position: "Chức vụ"
        case .selfStudyPlan: "Kế hoạch tự học"
        case .discipline: "Kỷ luật lao động"
        case .training: "Bồi dưỡng bắt buộc"
        case .emulationTitle: "Danh hiệu thi đua"
        case .learningCitizen: "Công dân học tập"
        case .notes: "Ghi chú"
        }
    }

    /// Whether a folded heading names this column ("ho_va_ten", "HỌ TÊN", "Họ và tên cán bộ").
    func matches(_ folded: String) -> Bool {
        let words = Set(folded.split(separator: "_").map(String.init))
        switch self {
        case .index: return ["stt", "tt", "so_tt", "so_thu_tu"].contains(folded)
        case .name: return words.contains("ho") && words.contains("ten")
        case .position: return folded.contains("chuc_vu") || folded.contains("chuc_danh")
        case .selfStudyPlan: return folded.contains("ke_hoach")
        case .discipline: return folded.contains("ky_luat") || folded.contains("ki_luat")
        case .training: return folded.contains("boi_duong")
        case .emulationTitle: return folded.contains("danh_hieu") && !folded.contains("cong_dan")
        case .learningCitizen: return folded.contains("cong_dan_hoc_tap")
        case .notes: return folded.contains("ghi_chu")
        }
    }

    /// Columns a staff list must have.
    static let required: [MemberColumn] = [.name, .position, .emulationTitle]
}
