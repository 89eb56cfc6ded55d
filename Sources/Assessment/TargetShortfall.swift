/// TT24: a target of a level that is not met, with what decided it — the member list's figures
/// ("27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu") or the council's reason.
package struct TargetShortfall: Sendable, Hashable {
    /// The target.
    package var criterion: Criterion
    /// The share of members reached, when the member list decided it.
    package var share: MemberShare?
    /// The share the target requires, when the member list decided it.
    package var threshold: MemberThreshold?
    /// The council's reason, when one was written.
    package var reason: String?

    /// A shortfall.
    package init(criterion: Criterion, share: MemberShare? = nil, threshold: MemberThreshold? = nil, reason: String? = nil) {
        self.criterion = criterion
        self.share = share
        self.threshold = threshold
        self.reason = reason
    }

    /// What decided it, as documents print it — without brackets, so it can stand inside a bracket:
    /// "27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu", else the reason.
    package var figures: String {
        if let share, let threshold {
            return "\(share.count)/\(share.total) thành viên, tỉ lệ \(share.percentText)%, chưa đạt mức \(threshold.percent)% theo yêu cầu"
        }
        return reason ?? "chưa đạt"
    }

    /// "chỉ tiêu 2.3: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu".
    package var line: String { "chỉ tiêu \(criterion.code): \(figures)" }

    /// The shortfalls of `evaluation`: every target not met, decided by the member list when the
    /// figures fall short of the threshold, else by the council's reason.
    package static func of(_ evaluation: Evaluation, statistics: MemberStatistics) -> [TargetShortfall] {
        evaluation.failed.map { result in
            let criterion = result.criterion
            if let threshold = criterion.threshold {
                let share = statistics.share(threshold.measure)
                if !threshold.isReached(count: share.count, of: share.total) {
                    return TargetShortfall(criterion: criterion, share: share, threshold: threshold, reason: result.score?.reason)
                }
            }
            return TargetShortfall(criterion: criterion, reason: result.score?.reason)
        }
    }
}
