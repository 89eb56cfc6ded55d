/// The documents of the dossier that carry a number, a date or a signature.
package enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Kế hoạch: the unit's plan (attached, not generated).
    case plan
    /// Quyết định thành lập Hội đồng tự kiểm tra (or Tổ đánh giá).
    case decision
    /// Tờ trình (M2): the submission letter.
    case submission
    /// Báo cáo (M3): the report.
    case report
    /// Biên bản (M4): the minutes of the council meeting.
    case minutes
    /// Bản tổng hợp (M5): the per-member summary.
    case summary
    /// Biểu điểm (TT22) or Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (TT24).
    case scoresheet

    /// The type abbreviation of the document symbol (Decree 30): KH, QĐ, TTr, BC, BB; nil when the
    /// document carries no number of its own.
    package var typeCode: String? {
        switch self {
        case .plan: "KH"
        case .decision: "QĐ"
        case .submission: "TTr"
        case .report: "BC"
        case .minutes: "BB"
        case .summary, .scoresheet: nil
        }
    }

    /// The number line printed for hand-filling when the data gives no number: "Số:      /BB-THCSBG"
    /// (six no-break spaces); nil for a document without a number of its own.
    package func blankNumberLine(unitSymbol: String) -> String? {
        typeCode.map { "Số:" + String(repeating: "\u{00A0}", count: 6) + "/\($0)-\(unitSymbol)" }
    }

    /// The document type line in normal case: "Báo cáo".
    package var typeName: String {
        switch self {
        case .plan: "Kế hoạch"
        case .decision: "Quyết định"
        case .submission: "Tờ trình"
        case .report: "Báo cáo"
        case .minutes: "Biên bản"
        case .summary: "Bản tổng hợp"
        case .scoresheet: "Biểu điểm"
        }
    }
}
