/// Statuses that are usually a reason not to rate a member this year (TT22/TT24 rate the members who
/// worked the year): a note that names only one of them on a "Chưa đạt" member reads as if the status
/// were the shortfall.
enum ExemptionStatus {
    /// Lower-case phrases, as schools write them in the "Ghi chú" column.
    static let phrases = [
        "hợp đồng", "thai sản", "mới chuyển", "chuyển đến", "chuyển công tác", "nghỉ ốm", "ốm dài ngày",
        "nghỉ không lương", "tập sự", "thử việc", "biệt phái", "đi học", "nghỉ hưu", "nghỉ phép",
    ]

    /// Words that say what was not met: a note holding one explains the shortfall itself.
    static let shortfallWords = ["chưa", "không", "vi phạm", "kỷ luật"]

    /// Whether `note` names only such a status, without saying what the member did not meet.
    static func isOnlyStatus(_ note: String) -> Bool {
        let lower = note.lowercased()
        return phrases.contains { lower.contains($0) } && !shortfallWords.contains { lower.contains($0) }
    }
}
