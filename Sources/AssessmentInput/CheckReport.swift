import Assessment
package import Diagnostics
import VietnameseText

/// The text `hoso check` prints: the score table, the totals and band or level, the member percentages,
/// then every problem. Kept here so the command line stays thin and the text can be tested.
package struct CheckReport: Sendable {
    /// What was loaded.
    package var result: LoadResult
    /// The language of labels and messages.
    package var language: Language

    /// A report of `result` in `language`.
    package init(result: LoadResult, language: Language = .vi) {
        self.result = result
        self.language = language
    }

    /// The exit status `hoso check` returns: 0 when valid (warnings allowed), 1 otherwise.
    package var exitCode: Int32 { result.isValid ? 0 : 1 }

    /// The whole report, ending with a newline.
    package func rendered() -> String {
        var lines: [String] = []
        if let assessment = result.assessment {
            lines += summary(assessment)
            lines.append("")
        }
        lines += result.diagnostics.map { $0.rendered(in: language) }
        lines.append(closingLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private func t(_ vi: String, _ en: String) -> String {
        language == .vi ? vi : en
    }

    private func p(_ points: Points) -> String {
        points.text(decimalSeparator: language == .vi ? "," : ".")
    }

    private var closingLine: String {
        let errors = result.errors.count, warnings = result.warnings.count
        if result.isValid {
            return warnings == 0
                ? t("Dữ liệu hợp lệ.", "The data is valid.")
                : t("Dữ liệu hợp lệ, \(warnings) cảnh báo.", "The data is valid, \(warnings) warning(s).")
        }
        return t(
            "Dữ liệu chưa hợp lệ: \(errors) lỗi, \(warnings) cảnh báo.",
            "The data is not valid: \(errors) error(s), \(warnings) warning(s).")
    }

    private func summary(_ assessment: Assessment) -> [String] {
        let evaluation = assessment.evaluation
        var lines = ["\(assessment.unit.name) — \(t("năm", "year")) \(assessment.year) — \(assessment.rubric.name)", ""]
        switch assessment.regime {
        case .tt22: lines += pointsTable(evaluation)
        case .tt24: lines += levelLines(assessment)
        }
        lines.append("")
        lines += memberLines(assessment.memberStatistics)
        return lines
    }

    private func pointsTable(_ evaluation: Evaluation) -> [String] {
        var rows: [[String]] = [[t("Tiêu chí", "Criterion"), t("Tối đa", "Max"), t("Điểm", "Score"), t("Lý do trừ điểm", "Reason")]]
        for group in evaluation.groups {
            rows.append([clip("\(group.roman). \(group.group.title)"), p(group.maximum), p(group.points), ""])
            for criterion in group.criteria {
                rows.append([
                    clip("  \(criterion.criterion.code)  \(criterion.criterion.text)"), p(criterion.criterion.maximum ?? .zero),
                    p(criterion.points ?? .zero), criterion.isFull ? "" : (criterion.score?.reason ?? ""),
                ])
            }
        }
        var lines = table(rows, rightAligned: [1, 2])
        if let total = evaluation.total, let maximum = evaluation.maximum {
            lines.append("")
            lines.append("\(t("Tổng điểm", "Total")): \(p(total))/\(p(maximum)) — \(t("Xếp loại", "Band")): \(evaluation.band?.name ?? "?")")
        }
        return lines
    }

    /// TT24: the table of the level applied for and, when it is not reached, the lower level's
    /// evaluated from the same facts; then the level reached with the targets missed and their figures.
    private func levelLines(_ assessment: Assessment) -> [String] {
        guard let outcome = assessment.levelOutcome else { return [] }
        var lines = targetsTable(outcome.applied, shortfalls: outcome.appliedShortfalls)
        if let fallback = outcome.fallback {
            lines.append("")
            lines.append(
                t(
                    "Đánh giá theo Mức độ \(fallback.rubric.level ?? 1) (\(fallback.rubric.id)), từ cùng dữ liệu:",
                    "Evaluated against level \(fallback.rubric.level ?? 1) (\(fallback.rubric.id)) from the same facts:"))
            lines += targetsTable(fallback, shortfalls: outcome.fallbackShortfalls)
        }
        lines.append("")
        let figures = Dictionary(outcome.appliedShortfalls.map { ($0.criterion.code, $0) }, uniquingKeysWith: { first, _ in first })
        for result in outcome.applied.criteria {
            guard let score = result.score, score.contradictedClaim, let kept = score.keptReason else { continue }
            let measured = figures[score.code].map { shortfallText($0) } ?? ""
            let keep = String(kept.reversed().drop { $0 == "." || $0.isWhitespace }.reversed())
            lines.append(
                t(
                    "Chỉ tiêu \(score.code): Tổ đánh giá ghi “Đạt” (lý do: \(keep)); mức độ tính theo danh sách thành viên (\(measured)): chưa đạt",
                    "Target \(score.code): the council marks it met (reason: \(keep)); the level is computed from the member list (\(measured)): not met"
                ))
        }
        lines.append(
            "\(t("Mức độ đăng ký", "Level applied for")): \(outcome.appliedLevel) — \(t("Kết quả", "Result")): "
                + (language == .vi ? outcome.summary : englishSummary(outcome)))
        let all = [outcome.applied] + (outcome.fallback.map { [$0] } ?? [])
        if all.contains(where: { $0.criteria.contains(where: \.criterion.unconfirmed) }) {
            lines.append(
                t(
                    "* nội dung chỉ tiêu chưa được xác nhận với văn bản gốc (xem tệp bộ tiêu chí)",
                    "* target not yet confirmed against the regulation (see the rubric file)"))
        }
        return lines
    }

    private func targetsTable(_ evaluation: Evaluation, shortfalls: [TargetShortfall]) -> [String] {
        var rows: [[String]] = [[t("Chỉ tiêu", "Target"), t("Kết quả", "Result"), t("Lý do", "Reason")]]
        let figures = Dictionary(shortfalls.map { ($0.criterion.code, $0) }, uniquingKeysWith: { first, _ in first })
        for group in evaluation.groups {
            rows.append([clip("\(group.roman). \(group.group.title)"), "\(group.metCount)/\(group.criteria.count)", ""])
            for criterion in group.criteria {
                let mark = criterion.criterion.unconfirmed ? "*" : ""
                let why = figures[criterion.criterion.code].map { shortfallText($0) } ?? ""
                rows.append([
                    clip("  \(criterion.criterion.code)\(mark)  \(criterion.criterion.text)"),
                    criterion.met == true ? t("Đạt", "Met") : t("Chưa đạt", "Not met"), why,
                ])
            }
        }
        var lines = table(rows, rightAligned: [])
        lines.append("")
        lines.append(
            "\(t("Đạt", "Met")) \(evaluation.metCount)/\(evaluation.targetCount) \(t("chỉ tiêu Mức độ", "targets of level")) \(evaluation.rubric.level ?? 1)"
                + (evaluation.failed.isEmpty
                    ? "" : " — \(t("chưa đạt", "not met")): " + evaluation.failed.map(\.criterion.code).joined(separator: ", ")))
        return lines
    }

    private func shortfallText(_ shortfall: TargetShortfall) -> String {
        guard language == .en else { return shortfall.figures }
        if let share = shortfall.share, let threshold = shortfall.threshold {
            return "\(share.count)/\(share.total) = \(share.percentText.replacingOccurrences(",", "."))%, \(threshold.percent)% required"
        }
        return shortfall.reason ?? "not met"
    }

    private func englishSummary(_ outcome: LevelOutcome) -> String {
        var misses = outcome.appliedShortfalls.map { "target \($0.criterion.code): \(shortfallText($0))" }
        if let until = outcome.heldTooShortUntil, let months = outcome.requiredMonths {
            misses.append("the lower level held under \(months) months (until \(until.iso))")
        }
        let missed = "not level \(outcome.appliedLevel) (\(misses.joined(separator: "; ")))"
        if outcome.reachesAppliedLevel { return "reaches level \(outcome.appliedLevel)" }
        if outcome.reachedLevel > 0 { return "reaches level \(outcome.reachedLevel); \(missed)" }
        var text = "reaches no level; \(missed)"
        if let fallback = outcome.fallback {
            let lower = outcome.fallbackShortfalls.map { "target \($0.criterion.code): \(shortfallText($0))" }
            text += "; not level \(fallback.rubric.level ?? 1) (\(lower.joined(separator: "; ")))"
        }
        return text
    }

    private func memberLines(_ statistics: MemberStatistics) -> [String] {
        var rows: [[String]] = []
        for measure in MemberMeasure.allCases {
            let share = statistics.share(measure)
            let percent = language == .vi ? share.percentText : share.percentText.replacingOccurrences(",", ".")
            rows.append(["  " + (language == .vi ? measure.label : measure.englishLabel), "\(share.count)/\(share.total)", "\(percent)%"])
        }
        return ["\(t("Thành viên", "Members")): \(statistics.total)"] + table(rows, rightAligned: [1, 2])
    }

    /// Cuts long criterion texts so the table fits a terminal: "  1a  Đơn vị có chủ trương hoặc kế…".
    private func clip(_ text: String, width: Int = 52) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == row.count - 1 && !rightAligned.contains(column) { return cell }
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
