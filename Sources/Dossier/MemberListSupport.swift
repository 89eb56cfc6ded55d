package import Assessment
import AssessmentInput
package import Diagnostics
package import Foundation
import Spreadsheet

/// `hoso init --from LAST-YEAR.yaml`: the next year's starter, carrying the unit, council and members.
package enum ContinuedStarter {
    /// The starter text and last year's data it carries, or nil with the problems of last year's file;
    /// in `regime` when given, else in last year's. Rubrics as `render` finds them
    /// (`FormCatalog.rubrics`).
    package static func text(
        from path: String, regime: Regime? = nil, formsRoot: URL? = nil
    )
        -> (text: String?, previous: Assessment?, diagnostics: [Diagnostic])
    {
        let loaded = DataInput(formsRoot: formsRoot).read(.file(path: path))
        guard let previous = loaded.assessment, let rubric = loaded.rubricSource else { return (nil, nil, loaded.diagnostics) }
        return (StarterFile(continuing: previous, rubricReference: rubric.reference, regime: regime).text, previous, loaded.diagnostics)
    }

    /// What `hoso init --from` writes and says, worked out here so the command line needs no domain
    /// module: the starter text (nil when last year's file cannot carry over), last year's problems
    /// worth printing, and, when the regime changes, what moved.
    package struct Outcome: Sendable {
        package var text: String?
        package var diagnostics: [Diagnostic]
        /// Last year's year, council size and member count, when it carried over.
        package var carried: (year: Int, council: Int, members: Int)?
        /// What changed with the regime, when `--regime` differs from last year's; nil otherwise.
        package var regimeSwitch: LocalizedText?
        /// Whether last year's file is a Word file, sheet or PDF (already said in `diagnostics`).
        package var isForeignFile: Bool
    }

    /// `hoso init --from path [--regime R]`.
    package static func outcome(from path: String, regime chosen: Regime? = nil, formsRoot: URL? = nil) -> Outcome {
        let continued = text(from: path, regime: chosen, formsRoot: formsRoot)
        // Moving to TT24 is what the old file's "from 2024, assess under TT24" warning advises.
        // Last year's minutes number is not carried: the new file asks for this year's.
        let shown = continued.diagnostics.filter { !(chosen == .tt24 && $0.isTT24Advice) && $0.path?.vi != "documents.minutes.number" }
        let carried = continued.previous.map { ($0.year, $0.council.members.count, $0.members.count) }
        var regimeSwitch: LocalizedText?
        if let previous = continued.previous, let chosen, chosen != previous.regime {
            regimeSwitch = carriedAcrossRegimes(
                year: previous.year, council: previous.council.members.count,
                members: previous.members.count, from: previous.regime, to: chosen)
        }
        return Outcome(
            text: continued.text, diagnostics: shown, carried: carried, regimeSwitch: regimeSwitch,
            isForeignFile: continued.diagnostics.contains(where: \.isForeignFile))
    }

    static func carriedAcrossRegimes(year: Int, council: Int, members: Int, from old: Regime, to new: Regime) -> LocalizedText {
        let (oldCouncil, newCouncil) = (Council.defaultShortName(for: old), Council.defaultShortName(for: new))
        return LocalizedText(
            vi:
                "Giữ từ năm \(year): đơn vị, người ký, các căn cứ khác, thành viên \(oldCouncil) (\(council) người, nay là \(newCouncil)), họ tên và chức vụ của \(members) thành viên.\nChuyển từ \(old.rawValue) sang \(new.rawValue): căn cứ Thông tư \(old.circularNumber) đã thay bằng Thông tư \(new.circularNumber); bộ tiêu chí là của \(new.rawValue); vai trò trong \(newCouncil) đổi theo \(new.rawValue); nhiệm vụ của \(newCouncil) là mẫu mới (nhiệm vụ năm trước để ở dòng chú thích).\nĐể trống cần điền (<…>): năm, số và ngày văn bản, cuộc họp và biểu quyết, chỉ tiêu và minh chứng, khen thưởng, các đoạn báo cáo, và kết quả năm \(year + 1) của từng thành viên (kế hoạch tự học, kỷ luật, bồi dưỡng, danh hiệu thi đua, công dân học tập); ghi chú năm trước chỉ còn là dòng chú thích.",
            en:
                "Kept from \(year): the unit, the signers, the other legal bases, the \(oldCouncil) members (\(council) people, now the \(newCouncil)), the names and positions of \(members) members.\nMoved from \(old.rawValue) to \(new.rawValue): the legal basis Thông tư \(old.circularNumber) is replaced by Thông tư \(new.circularNumber); the rubric is \(new.rawValue)'s; the council roles follow \(new.rawValue); the council's tasks are the new starter's (last year's are kept as comments).\nLeft to fill (<…>): the year, document numbers and dates, the meeting and vote, targets and evidence, awards, the report texts, and each member's \(year + 1) results (self-study plan, discipline, training, emulation title, learning citizen); last year's notes are kept only as comments."
        )
    }
}

/// `hoso members export` and `hoso members import`: the member list between a data file and the
/// spreadsheet a school keeps.
package enum MemberList {
    /// The staff list sheet (.xlsx bytes) of the data file at `path`, or an empty one with two example
    /// rows when `path` is nil; nil with the data's problems when it does not load.
    /// Only the members matter: problems elsewhere in the file (placeholders `init --from` leaves)
    /// do not block it; they are counted in `otherErrors` and not printed. Rubrics as `render` finds
    /// them (`FormCatalog.rubrics`).
    package static func export(
        dataAt path: String?, formsRoot: URL? = nil
    ) throws
        -> (bytes: [UInt8]?, count: Int?, diagnostics: [Diagnostic], otherErrors: Int)
    {
        guard let path else { return (try XLSXWriter.write(MembersBlock.sheet(nil)), nil, [], 0) }
        let loaded = DataInput(formsRoot: formsRoot).read(.file(path: path))
        let aboutMembers = loaded.diagnostics.filter { diagnostic in
            diagnostic.path?.vi.hasPrefix("members") == true
                || (diagnostic.location.map { $0.file != path } ?? false)
        }
        let otherErrors = loaded.diagnostics.filter { $0.severity == .error }.count - aboutMembers.filter { $0.severity == .error }.count
        guard let members = loaded.members else {
            // Results still to fill (`init --from` leaves placeholders): those cells are left empty.
            let memberErrors = aboutMembers.filter { $0.severity == .error }
            // The text the loader read, not the file read again.
            if !memberErrors.isEmpty, memberErrors.allSatisfy(\.isPlaceholder), !loaded.lines.isEmpty,
                let rows = MembersBlock.draftRows(in: loaded.lines.joined(separator: "\n"))
            {
                // No member filled in yet (a fresh `hoso init`): the empty sheet with its two examples.
                if rows.isEmpty { return (try XLSXWriter.write(MembersBlock.sheet(nil)), nil, [], otherErrors) }
                return (try XLSXWriter.write(MembersBlock.sheet(rows: rows)), rows.count, [], otherErrors)
            }
            // The members could not be read: their problems, or everything when none is about them.
            return (nil, nil, aboutMembers.isEmpty ? loaded.diagnostics : aboutMembers, aboutMembers.isEmpty ? 0 : otherErrors)
        }
        return (try XLSXWriter.write(MembersBlock.sheet(members)), members.count, aboutMembers, otherErrors)
    }

    /// Reads the sheet at `sheetPath` and writes its members into the `members:` block of the data
    /// file at `dataPath` (created when missing), keeping every other byte. The count written, or nil
    /// with the sheet's problems, or the data file's when it cannot be read as text (left untouched).
    package static func importSheet(
        at sheetPath: String, sheet: String?, into dataPath: String
    ) throws
        -> (count: Int?, diagnostics: [Diagnostic])
    {
        let read = MemberSheet.read(path: sheetPath, sheet: sheet)
        guard let members = read.members else { return (nil, read.diagnostics) }
        // Read once, as the loader reads a data file (size cap, regular file, UTF-8), with its
        // located errors: a file that cannot be read is reported, never overwritten.
        var original = ""
        if FileManager.default.fileExists(atPath: dataPath) {
            do throws(DiagnosticError) {
                original = try YAMLSource.text(of: YAMLSource.contents(atPath: dataPath, displayName: dataPath), file: dataPath)
            } catch {
                return (nil, read.diagnostics + error.diagnostics)
            }
        }
        try AtomicFile.write(MembersBlock.replace(in: original, with: MembersBlock.render(members)), to: dataPath)
        return (members.count, read.diagnostics)
    }
}
