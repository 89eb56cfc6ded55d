import Assessment
import Diagnostics

/// The text `hoso check` prints: the score table, the totals and band or level, the member percentages,
/// then every problem. Kept here so the command line stays thin and the text can be tested.
public struct CheckReport: Sendable {
    /// What was loaded.
    public var result: LoadResult
    /// The language of labels and messages.
    public var language: Language

    /// A report of `result` in `language`.
    public init(result: LoadResult, language: Language = .vi) {
        self.result = result
        self.language = language
    }

    /// The exit status `hoso check` returns: 0 when valid (warnings allowed), 1 otherwise.
    public var exitCode: Int32 { result.isValid ? 0 : 1 }

    /// The whole report, ending with a newline.
    public func rendered() -> String {
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
        return t("Dữ liệu chưa hợp lệ: \(errors) lỗi, \(warnings) cảnh báo.",
                 "The data is not valid: \(errors) error(s), \(warnings) warning(s).")
    }

    private func summary(_ assessment: Assessment) -> [String] {
        let evaluation = assessment.evaluation
        var lines = ["\(assessment.unit.name) — \(t("năm", "year")) \(assessment.year) — \(assessment.rubric.name)", ""]
        switch assessment.regime {
        case .tt22: lines += pointsTable(evaluation)
        case .tt24: lines += targetsTable(evaluation)
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
                rows.append([clip("  \(criterion.criterion.code)  \(criterion.criterion.text)"), p(criterion.criterion.maximum ?? .zero),
                             p(criterion.points ?? .zero), criterion.isFull ? "" : (criterion.score?.reason ?? "")])
            }
        }
        var lines = table(rows, rightAligned: [1, 2])
        if let total = evaluation.total, let maximum = evaluation.maximum {
            lines.append("")
            lines.append("\(t("Tổng điểm", "Total")): \(p(total))/\(p(maximum)) — \(t("Xếp loại", "Band")): \(evaluation.band?.name ?? "?")")
        }
        return lines
    }

    private func targetsTable(_ evaluation: Evaluation) -> [String] {
        var rows: [[String]] = [[t("Chỉ tiêu", "Target"), t("Kết quả", "Result"), t("Lý do", "Reason")]]
        for group in evaluation.groups {
            rows.append([clip("\(group.roman). \(group.group.title)"), "\(group.metCount)/\(group.criteria.count)", ""])
            for criterion in group.criteria {
                let mark = criterion.criterion.unconfirmed ? "*" : ""
                rows.append([clip("  \(criterion.criterion.code)\(mark)  \(criterion.criterion.text)"), criterion.met == true ? t("Đạt", "Met") : t("Chưa đạt", "Not met"),
                             criterion.met == true ? "" : (criterion.score?.reason ?? "")])
            }
        }
        var lines = table(rows, rightAligned: [])
        lines.append("")
        lines.append("\(t("Đạt", "Met")) \(evaluation.metCount)/\(evaluation.targetCount) \(t("chỉ tiêu", "targets")) — "
                     + "\(t("Mức độ đăng ký", "Level applied for")): \(evaluation.levelTarget ?? 0) — "
                     + "\(t("Kết quả", "Result")): \(evaluation.resultText)")
        if !evaluation.failed.isEmpty {
            lines.append("\(t("Chỉ tiêu chưa đạt", "Targets not met")): " + evaluation.failed.map(\.criterion.code).joined(separator: ", "))
        }
        if evaluation.criteria.contains(where: \.criterion.unconfirmed) {
            lines.append(t("* nội dung chỉ tiêu chưa được xác nhận với văn bản gốc (xem tệp bộ tiêu chí)",
                           "* target not yet confirmed against the regulation (see the rubric file)"))
        }
        return lines
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
