import Assessment
import Diagnostics
import Foundation
import Spreadsheet
import VietnameseText

/// Reads the members from a staff list kept in Excel or Calc (.xlsx) or saved as CSV: finds the header
/// row by its headings (any order, case or accents, below a merged title row), reads each row into a
/// `Member`, and reports every problem at its cell: `danh-sach.xlsx:DS CBGVNV!C7: lỗi: …`.
public struct MemberSheet: Sendable {
    /// The members read, in the sheet's order; nil when any row has an error.
    public var members: [Member]?
    /// Every problem found, in sheet order.
    public var diagnostics: [Diagnostic]

    /// Reads the file at `path` (`sheet`: the sheet's name, else the first sheet with a staff list);
    /// messages name it `displayName`.
    public static func read(path: String, displayName: String? = nil, sheet: String? = nil,
                            limits: DataLimits = .default) -> MemberSheet {
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
            if bytes.starts(with: [0x50, 0x4B]) {
                sheets = try XLSXReader.read(bytes)
            } else if ForeignFile.recognize(data, path: path) == .word || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
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
                return failure(Messages.noSuchSheet(sheet, available: sheets.map(\.name),
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

    /// The header row (among the first 30) and where each column is.
    static func headerRow(in sheet: Worksheet) -> (row: Int, columns: [MemberColumn: Int])? {
        for row in sheet.rowNumbers.prefix(30) {
            var columns: [MemberColumn: Int] = [:]
            for (column, text) in sheet.rows[row] ?? [:] {
                let folded = Keyword.fold(text)
                for kind in MemberColumn.allCases where columns[kind] == nil && kind.matches(folded) {
                    columns[kind] = column
                    break
                }
            }
            if columns[.name] != nil, columns.count >= 3 { return (row, columns) }
        }
        return nil
    }

    func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: isCSV ? "\(file):\(row):\(column)" : "\(file):\(sheet.name)!\(Worksheet.address(row: row, column: column))")
    }

    func decode() -> MemberSheet {
        var diagnostics: [Diagnostic] = []
        func error(_ row: Int, _ column: Int, _ message: LocalizedText) {
            diagnostics.append(Diagnostic(.error, at: location(row: row, column: column), message))
        }
        guard let (headerRow, columns) = Self.headerRow(in: sheet) else {
            return MemberSheet(members: nil, diagnostics: [Diagnostic(
                .error, at: SourceLocation(file: isCSV ? file : "\(file):\(sheet.name)"),
                Messages.noHeaderRow(MemberColumn.allCases.map(\.heading)))])
        }
        for kind in MemberColumn.required where columns[kind] == nil {
            error(headerRow, 1, Messages.missingColumn(kind.heading))
        }
        guard !diagnostics.hasErrors else { return MemberSheet(members: nil, diagnostics: diagnostics) }
        var members: [Member] = []
        var failed = false
        for row in sheet.rowNumbers where row > headerRow {
            let cells = MemberCells(decoder: self, row: row, columns: columns)
            if cells.isFooter { continue }
            var problems: [(column: Int, message: LocalizedText)] = []
            let member = cells.member(report: { problems.append(($0, $1)) })
            // In the order a person reads the row, left to right.
            for problem in problems.enumerated().sorted(by: { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }) {
                error(row, problem.element.column, problem.element.message)
            }
            if let member { members.append(member) } else { failed = true }
        }
        if members.isEmpty, !failed {
            error(headerRow, columns[.name] ?? 1, Messages.noMembersInSheet())
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
        return Member(name: name, position: position, selfStudyPlan: plan, discipline: discipline, training: training,
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
