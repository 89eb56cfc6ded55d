package import Assessment
package import Diagnostics
import Foundation
import Spreadsheet
import VietnameseText

/// Reads the members from a staff list kept in Excel or Calc (.xlsx) or saved as CSV: finds the header
/// row by its headings (any order, case or accents, below a merged title row), reads each row into a
/// `Member`, and reports every problem at its cell: `danh-sach.xlsx:DS CBGVNV!C7: lỗi: …`.
package struct MemberSheet: Sendable {
    /// The members read, in the sheet's order; nil when any row has an error.
    package var members: [Member]?
    /// Every problem found, in sheet order.
    package var diagnostics: [Diagnostic]

    /// Reads the file at `path` (`sheet`: the sheet's name, else the first sheet with a staff list);
    /// messages name it `displayName`.
    package static func read(
        path: String, displayName: String? = nil, sheet: String? = nil,
        limits: DataLimits = .default
    ) -> MemberSheet {
        let name = displayName ?? path
        func failure(_ message: LocalizedText) -> MemberSheet {
            MemberSheet(members: nil, diagnostics: [Diagnostic(.error, at: SourceLocation(file: name), message)])
        }
        let data: Data
        switch YAMLSource.contents(atPath: path, limit: limits.maxFileSize) {
        case .success(let bytes): data = bytes
        case .failure(.unreadable): return failure(Messages.fileUnreadable(path))
        case .failure(.tooLarge(let size)): return failure(Messages.fileTooLarge(size: size, limit: limits.maxFileSize))
        case .failure(.notRegular(let sentence)): return failure(sentence)
        }
        let bytes = [UInt8](data)
        let sheets: [Worksheet]
        do {
            if ForeignFile.recognize(data, path: path) == .word, !["xls", "xlsx", "xlsm"].contains((path as NSString).pathExtension.lowercased()) {
                return failure(Messages.sheetIsWord())
            } else if bytes.starts(with: [0x50, 0x4B]) {
                sheets = try XLSXReader.read(bytes)
            } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                return failure(Messages.sheetOldOrWord())
            } else {
                sheets = [try CSVReader.read(bytes, name: (path as NSString).lastPathComponent)]
            }
        } catch {
            return failure(Messages.sheetUnreadable(error))
        }
        let isCSV = !bytes.starts(with: [0x50, 0x4B])
        if let sheet, !isCSV {
            guard let chosen = sheets.first(where: { $0.name == sheet }) else {
                return failure(
                    Messages.noSuchSheet(
                        sheet, available: sheets.map(\.name),
                        suggestion: Suggestion.closest(to: sheet, among: sheets.map(\.name))))
            }
            return MemberSheetDecoder(sheet: chosen, file: name, isCSV: false).decode()
        }
        for candidate in sheets where MemberSheetDecoder.headerRow(in: candidate) != nil {
            return MemberSheetDecoder(sheet: candidate, file: name, isCSV: isCSV).decode()
        }
        let first = sheets.first ?? Worksheet(name: "")
        return MemberSheetDecoder(sheet: first, file: name, isCSV: isCSV).decode()
    }
}

/// Reads one sheet's rows into members, cell by cell.
struct MemberSheetDecoder {
    let sheet: Worksheet
    let file: String
    let isCSV: Bool

    /// The header row (among the first 30) and where each column is; `lastRow` is the heading's last
    /// row when it spans two (a group heading "Kết quả" merged above "Kế hoạch tự học", "Kỷ luật…",
    /// or "Họ và" above "tên"): the list starts below it.
    static func headerRow(in sheet: Worksheet) -> (row: Int, columns: [MemberColumn: Int], lastRow: Int)? {
        func columns(_ texts: [Int: String]) -> [MemberColumn: Int] {
            var found: [MemberColumn: Int] = [:]
            for (column, text) in texts.sorted(by: { $0.key < $1.key }) {
                let folded = Keyword.fold(text)
                for kind in MemberColumn.allCases where found[kind] == nil && kind.matches(folded) {
                    found[kind] = column
                    break
                }
            }
            return found
        }
        let rows = sheet.rowNumbers.prefix(30)
        for (offset, row) in rows.enumerated() {
            let upper = sheet.rows[row] ?? [:]
            let single = columns(upper)
            guard single[.name] != nil || single.count >= 2 || upper.count >= 2 else { continue }
            // The row below may hold the rest of the heading: its cells, or each column's two cells joined.
            if offset + 1 < rows.count {
                let below = rows[rows.index(rows.startIndex, offsetBy: offset + 1)]
                let lower = sheet.rows[below] ?? [:]
                var joined = upper
                for (column, text) in lower { joined[column] = (upper[column].map { $0 + " " } ?? "") + text }
                var combined = columns(joined)
                for (kind, column) in columns(lower) where combined[kind] == nil { combined[kind] = column }
                for (kind, column) in single where combined[kind] == nil { combined[kind] = column }
                // A heading row holds heading words and no numbers (a data row has its STT).
                let lowerIsHeading =
                    !columns(lower).isEmpty
                    && !lower.values.contains { Int($0.trimmingCharacters(in: .whitespaces)) != nil }
                if combined[.name] != nil, combined.count >= 3, combined.count > single.count, lowerIsHeading || single[.name] == nil {
                    return (row, combined, below)
                }
            }
            if single[.name] != nil, single.count >= 3 { return (row, single, row) }
        }
        return nil
    }

    func location(row: Int, column: Int, lastRow: Int? = nil) -> SourceLocation {
        let last = lastRow.map { $0 > row ? $0 : nil } ?? nil
        if isCSV {
            return SourceLocation(file: "\(file):\(row)\(last.map { "-\($0)" } ?? ""):\(column)")
        }
        let range = Worksheet.address(row: row, column: column) + (last.map { ":" + Worksheet.address(row: $0, column: column) } ?? "")
        return SourceLocation(file: "\(file):\(sheet.name)!\(range)")
    }

    /// One problem at one cell, before identical ones in a column are grouped.
    struct CellProblem {
        var row: Int
        var column: Int
        var severity: Severity
        var message: LocalizedText
    }

    /// The same problem in consecutive cells of one column ("x" in a results column, 25 rows) is one
    /// message with the range (`C5:C29`), not 25 identical lines.
    func grouped(_ problems: [CellProblem]) -> [Diagnostic] {
        var runs: [(first: CellProblem, lastRow: Int)] = []
        var open: [String: Int] = [:]  // column + message → index of the run that can grow
        for problem in problems {
            let key = "\(problem.column)\u{1}\(problem.severity)\u{1}\(problem.message.vi)"
            if let index = open[key], runs[index].lastRow == previousRow(before: problem.row) {
                runs[index].lastRow = problem.row
            } else {
                open[key] = runs.count
                runs.append((problem, problem.row))
            }
        }
        return runs.map { run in
            Diagnostic(
                run.first.severity, at: location(row: run.first.row, column: run.first.column, lastRow: run.lastRow),
                run.first.message)
        }
    }

    /// The row above `row` that holds data (blank rows inside the list do not break a run).
    private func previousRow(before row: Int) -> Int {
        sheet.rowNumbers.last { $0 < row } ?? row - 1
    }

    func decode() -> MemberSheet {
        var diagnostics: [Diagnostic] = []
        var problems: [CellProblem] = []
        func error(_ row: Int, _ column: Int, _ message: LocalizedText) {
            problems.append(CellProblem(row: row, column: column, severity: .error, message: message))
        }
        guard let (headerRow, columns, lastHeaderRow) = Self.headerRow(in: sheet) else {
            return MemberSheet(
                members: nil,
                diagnostics: [
                    Diagnostic(
                        .error, at: SourceLocation(file: isCSV ? file : "\(file):\(sheet.name)"),
                        Messages.noHeaderRow(MemberColumn.allCases.map(\.heading)))
                ])
        }
        for kind in MemberColumn.required where columns[kind] == nil {
            error(headerRow, 1, Messages.missingColumn(kind.heading))
        }
        guard problems.isEmpty else { return MemberSheet(members: nil, diagnostics: grouped(problems)) }
        var members: [Member] = []
        var failed = false
        var repeats = MemberRepeats()
        var memberCount = 0
        var memberRows: [Int] = []
        var ignored: (first: Int, text: String, count: Int)?
        for row in sheet.rowNumbers where row > lastHeaderRow {
            let cells = MemberCells(decoder: self, row: row, columns: columns)
            if ignored != nil {
                ignored?.count += 1
                continue
            }
            if cells.isFooter { continue }
            // "1 2 3 …" or "(1) (2) (3) …" under the headings, as Vietnamese tables number their columns.
            if memberCount == 0, cells.isColumnNumbers { continue }
            // The list ends at the first row that is not a member: no number and no name (a blank row,
            // a signature block, "Người lập biểu"). What follows is said, not read.
            if cells.endsTheList {
                ignored = (row, cells.firstText, 1)
                continue
            }
            memberCount += 1
            memberRows.append(row)
            var rowProblems: [(column: Int, message: LocalizedText)] = []
            let member = cells.member(report: { rowProblems.append(($0, $1)) })
            // In the order a person reads the row, left to right.
            for problem in rowProblems.enumerated().sorted(by: { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }) {
                error(row, problem.element.column, problem.element.message)
            }
            guard let member else {
                failed = true
                continue
            }
            // The same rules as a list typed in the data file, located at the name's cell.
            if let finding = repeats.add(
                name: member.name, position: member.position, hasNotes: member.notes != nil,
                index: memberCount, line: row)
            {
                problems.append(
                    CellProblem(
                        row: row, column: columns[.name] ?? 1, severity: finding.severity,
                        message: finding.message))
                if finding.severity == .error { failed = true }
            }
            members.append(member)
        }
        if members.isEmpty, !failed {
            error(headerRow, columns[.name] ?? 1, Messages.noMembersInSheet())
        }
        diagnostics = grouped(problems)
        // Blank means "no", but a yes/no column blank for every member is a column left unfilled, not
        // a unit where nobody has a plan: said once, over the whole column.
        if memberRows.count >= 2, let first = memberRows.first, let last = memberRows.last {
            for kind in [MemberColumn.selfStudyPlan, .discipline, .learningCitizen] {
                guard let column = columns[kind],
                    memberRows.allSatisfy({ CellText.clean(sheet[$0, column]).text.isEmpty })
                else { continue }
                // The heading as typed: the lowest line of a heading over two rows.
                let heading =
                    (headerRow...max(headerRow, lastHeaderRow)).reversed()
                    .map { CellText.clean(sheet[$0, column]).text }.first { !$0.isEmpty } ?? kind.heading
                diagnostics.append(
                    Diagnostic(
                        .error, at: location(row: first, column: column, lastRow: last),
                        Messages.markColumnAllBlank(heading, members: memberRows.count)))
            }
        }
        if let ignored {
            diagnostics.append(
                Diagnostic(
                    .note, at: location(row: ignored.first, column: 1),
                    Messages.rowsBelowListIgnored(count: ignored.count, firstText: ignored.text)))
        }
        return MemberSheet(members: failed || diagnostics.hasErrors ? nil : members, diagnostics: diagnostics)
    }
}

/// One row of the staff list.
struct MemberCells {
    let decoder: MemberSheetDecoder
    let row: Int
    let columns: [MemberColumn: Int]

    func raw(_ kind: MemberColumn) -> String {
        columns[kind].map { decoder.sheet[row, $0] } ?? ""
    }

    /// A totals row under the list ("Tổng cộng", "Cộng: 28 người") with no name in the name column.
    var isFooter: Bool {
        let folded = Keyword.fold(raw(.name).isEmpty ? raw(.index) : raw(.name))
        return raw(.index).allSatisfy { !$0.isNumber } && (folded.hasPrefix("tong") || folded.hasPrefix("cong"))
    }

    /// A row whose cells are just the column numbers, "1 2 3 …" or "(1) (2) (3) …", counting up one
    /// per column from its first filled cell (at least three of them).
    var isColumnNumbers: Bool {
        var numbers: [(column: Int, number: Int)] = []
        for (column, value) in decoder.sheet.rows[row] ?? [:] {
            var text = value.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
            guard let number = Int(text) else { return false }
            numbers.append((column, number))
        }
        guard numbers.count >= 3 else { return false }
        let offset = numbers[0].number - numbers[0].column
        return numbers.allSatisfy { $0.number - $0.column == offset }
    }

    /// A row with no number and no name: the list is over (a signature block, a date line, a note).
    var endsTheList: Bool {
        let index = raw(.index).trimmingCharacters(in: .whitespaces)
        let name = raw(.name).trimmingCharacters(in: .whitespaces)
        guard index.isEmpty || Int(index) == nil else { return false }
        if name.isEmpty { return true }
        let folded = Keyword.fold(name)
        return index.isEmpty && Self.signatureWords.contains { folded.hasPrefix($0) }
    }

    /// How a signature block or a closing line under a list starts (folded).
    static let signatureWords = [
        "nguoi_lap", "hieu_truong", "thu_truong", "xac_nhan", "ky_ten", "ky_ghi_ro", "ngay_",
        "tm_", "kt_", "pho_hieu_truong", "ke_toan", "truong_",
    ]

    /// The row's first non-blank cell, to quote what was ignored.
    var firstText: String {
        let cells = decoder.sheet.rows[row] ?? [:]
        return cells.sorted { $0.key < $1.key }.map(\.value).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    /// The member of this row, or nil after reporting its problems.
    func member(report: (Int, LocalizedText) -> Void) -> Member? {
        var ok = true
        func text(_ kind: MemberColumn) -> String? {
            guard let column = columns[kind] else { return nil }
            let value = CellText.clean(decoder.sheet[row, column])
            for problem in value.problems { report(column, problem); ok = false }
            return value.text.isEmpty ? nil : value.text
        }
        func mark(_ kind: MemberColumn) -> Bool {
            guard let column = columns[kind] else { return true }
            let value = CellText.clean(decoder.sheet[row, column]).text
            if ["✓", "✔", "☑", "√", "☒", "✗"].contains(value) { return value != "☒" && value != "✗" }
            switch Keyword.fold(value) {
            case "" where value.isEmpty: return false
            case "khong", "no", "false", "0", "chua", "chua_dat": return false
            case "x", "co", "yes", "true", "1", "dat": return true
            default:
                report(column, Messages.invalidMark(value))
                ok = false
                return false
            }
        }
        let name = text(.name)
        let position = text(.position)
        if name == nil { report(columns[.name] ?? 1, Messages.missingCell(MemberColumn.name.heading)); ok = false }
        if position == nil { report(columns[.position] ?? 1, Messages.missingCell(MemberColumn.position.heading)); ok = false }
        let plan = mark(.selfStudyPlan), discipline = mark(.discipline), citizen = mark(.learningCitizen)
        var training = TrainingResult.hoanThanh
        if let value = text(.training) {
            if let match = AssessmentDecoder.trainingChoices.first(where: { $0.key == Keyword.fold(value) }) {
                training = match.value
            } else {
                report(columns[.training] ?? 1, Messages.invalidCellChoice(value, choices: TrainingResult.allCases.map(\.title)))
                ok = false
            }
        } else if let column = columns[.training] {
            // A blank result is not a pass: the sheet must say whether the training was completed.
            report(column, Messages.missingCell(MemberColumn.training.heading))
            ok = false
        }
        var title: EmulationTitle?
        if let value = text(.emulationTitle) {
            title = AssessmentDecoder.titleChoices.first { $0.key == Keyword.fold(value) }?.value
            if title == nil {
                report(columns[.emulationTitle] ?? 1, Messages.invalidCellChoice(value, choices: EmulationTitle.allCases.map(\.title)))
                ok = false
            }
        } else {
            report(columns[.emulationTitle] ?? 1, Messages.missingCell(MemberColumn.emulationTitle.heading))
            ok = false
        }
        let notes = text(.notes)
        guard ok, let name, let position, let title else { return nil }
        return Member(
            name: name, position: position, selfStudyPlan: plan, discipline: discipline, training: training,
            emulationTitle: title, learningCitizen: citizen, result: nil, notes: notes)
    }
}

/// A cell's text as a document wants it, and what was wrong with it.
enum CellText {
    static func clean(_ raw: String) -> (text: String, problems: [LocalizedText]) {
        var problems: [LocalizedText] = []
        var text = VietnameseNormalizer.normalize(raw)
        let controls = TextHygiene.invisibleControls(in: text)
        for control in controls {
            problems.append(control.isSeparator ? Messages.lineSeparator(control.codePoint) : Messages.directionControl(control.codePoint))
        }
        text = TextHygiene.removingInvisibleControls(text)
        if let halves = TextHygiene.tabSplit(text) {
            problems.append(Messages.tabInValue(before: halves.before, after: halves.after))
        }
        text = text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
        text = String(String.UnicodeScalarView(text.unicodeScalars.filter(VietnameseNormalizer.isAllowedInXML)))
        text = TextHygiene.normalizingSpaces(text).trimmingCharacters(in: .whitespaces)
        if TextHygiene.isOnlyMarks(text) { problems.append(Messages.onlyMarks(text)) }
        if let detection = LegacyEncodingDetector.detect(text) {
            problems.append(Messages.mojibake(encoding: detection.encoding.displayName, words: detection.words))
        }
        return (text, problems)
    }
}
