package import Assessment
import Foundation
package import Spreadsheet
import Yams

/// The `members:` block of a data file: written in block style from members, and put in place of the
/// old block so that every other byte and comment of the file stays as it was.
package enum MembersBlock {
    /// The block, starting with "members:", one key per line.
    package static func render(_ members: [Member]) -> String {
        var lines = ["members:"]
        for member in members {
            lines.append("  - name: " + StarterFile.quoted(member.name))
            lines.append("    position: " + StarterFile.quoted(member.position))
            if !member.selfStudyPlan { lines.append("    self_study_plan: false") }
            if !member.discipline { lines.append("    discipline: false") }
            if member.training != .hoanThanh { lines.append("    training: \(member.training.rawValue)") }
            lines.append("    emulation_title: " + StarterFile.quoted(member.emulationTitle.title))
            if !member.learningCitizen { lines.append("    learning_citizen: false") }
            if let result = member.result { lines.append("    result: " + StarterFile.quoted(result)) }
            if let notes = member.notes { lines.append("    notes: " + StarterFile.quoted(notes)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with its top-level `members:` block replaced by `block`: from the "members:" line to the
    /// next line that starts a top-level key or comment (blank lines before it stay outside). Appended
    /// at the end when the file has no such block.
    package static func replace(in text: String, with block: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("members:") }) else {
            let separator = text.isEmpty || endsWithNewline ? "" : "\n"
            return text + separator + (text.isEmpty ? "" : "\n") + block
        }
        var end = start + 1
        while end < lines.count,
            lines[end].isEmpty || lines[end].first == " " || lines[end].first == "\t"
                || lines[end].hasPrefix("- ")
        {
            end += 1
        }
        while end > start + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
        let replacement = block.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        lines.replaceSubrange(start..<end, with: replacement)
        return lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// The staff list sheet `hoso members export` writes: the members (or two example rows), "x" or
    /// "không" marks (never blank: a column blank for every member reads as unfilled), drop-down lists for the marks, the training results and the titles.
    package static func sheet(_ members: [Member]?) -> XLSXWriter.Sheet {
        func mark(_ value: Bool) -> String { value ? "x" : "không" }
        let examples = [
            Member(
                name: "Nguyễn Văn An", position: "Hiệu trưởng", selfStudyPlan: true, discipline: true,
                training: .hoanThanhTot, emulationTitle: .cstdcs, learningCitizen: true, notes: "Ví dụ: xóa dòng này"),
            Member(
                name: "Trần Thị Bình", position: "Giáo viên", selfStudyPlan: true, discipline: true,
                training: .hoanThanh, emulationTitle: .ldtt, learningCitizen: true, notes: "Ví dụ: xóa dòng này"),
        ]
        return sheet(
            rows: (members ?? examples).map { member in
                [
                    member.name, member.position, mark(member.selfStudyPlan), mark(member.discipline),
                    member.training.title, member.emulationTitle.title, mark(member.learningCitizen), member.notes ?? "",
                ]
            })
    }

    /// The staff list sheet of rows of cells after STT (name, position, the four results in the
    /// columns' order, notes); an empty cell is a result still to fill.
    package static func sheet(rows: [[String]]) -> XLSXWriter.Sheet {
        let columns = MemberColumn.allCases
        func column(_ kind: MemberColumn) -> Int { (columns.firstIndex(of: kind) ?? 0) + 1 }
        return XLSXWriter.Sheet(
            name: "DS CBGVNV", headers: columns.map(\.heading),
            rows: rows.enumerated().map { offset, cells in [String(offset + 1)] + cells },
            choices: [
                column(.selfStudyPlan): ["x", "không"], column(.discipline): ["x", "không"], column(.learningCitizen): ["x", "không"],
                column(.training): TrainingResult.allCases.map(\.title),
                column(.emulationTitle): EmulationTitle.allCases.map(\.title),
            ],
            notes: [
                column(.selfStudyPlan): ("Kế hoạch tự học", "x: có kế hoạch tự học được phê duyệt năm nay; không (hoặc để trống): không có."),
                column(.discipline): ("Kỷ luật lao động", "x: chấp hành kỷ luật lao động; không (hoặc để trống): vi phạm kỷ luật."),
                column(.learningCitizen): (
                    "Công dân học tập", "x: đạt danh hiệu/tiêu chí Công dân học tập năm nay; không (hoặc để trống): chưa đạt."
                ),
                column(.training): ("Bồi dưỡng bắt buộc", "Kết quả bồi dưỡng thường xuyên: chọn trong danh sách."),
                column(.emulationTitle): ("Danh hiệu thi đua", "Danh hiệu thi đua năm nay: chọn trong danh sách (Không: không có danh hiệu)."),
            ])
    }

    /// The rows of the members in `text` whose yearly results are still the placeholders `hoso init
    /// --from` leaves: names and positions kept, each placeholder an empty cell, every other value
    /// as the sheet writes it; members whose name is a placeholder too (a fresh starter's examples)
    /// are left out. Nil when the block cannot be read that way (then loading says why).
    package static func draftRows(in text: String) -> [[String]]? {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let top) = root,
            case .sequence(let items)? = top["members"], !items.isEmpty
        else { return nil }
        var rows: [[String]] = []
        for item in items {
            guard case .mapping(let fields) = item else { return nil }
            func scalar(_ key: String) -> String? {
                guard case .scalar(let value)? = fields[key] else { return nil }
                return NodeReader.isPlaceholder(value.string) ? nil : value.string
            }
            func mark(_ key: String) -> String {
                guard fields[key] != nil else { return "x" }
                guard let value = scalar(key) else { return "" }
                return ["true", "yes", "có", "x", "1"].contains(Keyword.fold(value)) || value.lowercased() == "true" ? "x" : "không"
            }
            func choice<Value>(_ key: String, _ choices: [(key: String, value: Value)], title: (Value) -> String, absent: String) -> String {
                guard fields[key] != nil else { return absent }
                guard let value = scalar(key) else { return "" }
                return choices.first { $0.key == Keyword.fold(value) }.map { title($0.value) } ?? value
            }
            // A fresh starter's example members have placeholder names: not rows.
            if case .scalar(let name)? = fields["name"], NodeReader.isPlaceholder(name.string) { continue }
            guard let name = scalar("name") else { return nil }
            rows.append([
                name, scalar("position") ?? "", mark("self_study_plan"), mark("discipline"),
                choice("training", AssessmentDecoder.trainingChoices, title: \.title, absent: TrainingResult.hoanThanh.title),
                choice("emulation_title", AssessmentDecoder.titleChoices, title: \.title, absent: ""),
                mark("learning_citizen"), scalar("notes") ?? "",
            ])
        }
        return rows
    }

    /// `text` with the lines `lines` (1-based, the `members_file:` entry as `LoadResult.membersFileLines`
    /// gives them) replaced by a `members:` block of `members` (the sheet's, as loading read it once),
    /// so that what is embedded in a dossier can be read again without the sheet.
    package static func inlining(_ members: [Member], at lines: ClosedRange<Int>, in text: String) -> String {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.lowerBound >= 1, lines.upperBound <= all.count else { return text }
        all.replaceSubrange((lines.lowerBound - 1)...(lines.upperBound - 1), with: [String(render(members).dropLast())])
        return all.joined(separator: "\n")
    }
}
