import Assessment
import AssessmentInput
import Diagnostics
import Foundation
import Spreadsheet

/// `hoso init --from LAST-YEAR.yaml`: the next year's starter, carrying the unit, council and members.
public enum ContinuedStarter {
    /// The starter text and last year's data it carries, or nil with the problems of last year's file;
    /// in `regime` ("TT24", any case) when given, else in last year's. Rubrics as `render` finds them
    /// (`FormCatalog.rubrics`).
    public static func text(from path: String, regime: String? = nil, formsRoot: URL? = nil)
        -> (text: String?, previous: Assessment?, diagnostics: [Diagnostic]) {
        let loaded = AssessmentLoader(catalog: FormCatalog.rubrics(formsRoot: formsRoot)).load(path: path)
        guard let previous = loaded.assessment, let rubric = loaded.rubricSource else { return (nil, nil, loaded.diagnostics) }
        let chosen = regime.flatMap { Regime(rawValue: $0.uppercased()) }
        return (StarterFile(continuing: previous, rubricReference: rubric.reference, regime: chosen).text, previous, loaded.diagnostics)
    }
}

/// `hoso members export` and `hoso members import`: the member list between a data file and the
/// spreadsheet a school keeps.
public enum MemberList {
    /// The staff list sheet (.xlsx bytes) of the data file at `path`, or an empty one with two example
    /// rows when `path` is nil; nil with the data's problems when it does not load.
    /// Only the members matter: problems elsewhere in the file (placeholders `init --from` leaves)
    /// do not block it; they are counted in `otherErrors` and not printed. Rubrics as `render` finds
    /// them (`FormCatalog.rubrics`).
    public static func export(dataAt path: String?, formsRoot: URL? = nil) throws
        -> (bytes: [UInt8]?, count: Int?, diagnostics: [Diagnostic], otherErrors: Int) {
        guard let path else { return (try XLSXWriter.write(MembersBlock.sheet(nil)), nil, [], 0) }
        let loaded = AssessmentLoader(catalog: FormCatalog.rubrics(formsRoot: formsRoot)).load(path: path)
        let aboutMembers = loaded.diagnostics.filter { diagnostic in
            diagnostic.path?.vi.hasPrefix("members") == true
                || (diagnostic.location.map { $0.file != path } ?? false)
        }
        let otherErrors = loaded.diagnostics.filter { $0.severity == .error }.count - aboutMembers.filter { $0.severity == .error }.count
        guard let members = loaded.members else {
            // Results still to fill (`init --from` leaves placeholders): those cells are left empty.
            let memberErrors = aboutMembers.filter { $0.severity == .error }
            if !memberErrors.isEmpty, memberErrors.allSatisfy(\.isPlaceholder),
               let text = try? String(contentsOfFile: path, encoding: .utf8), let rows = MembersBlock.draftRows(in: text) {
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
    /// with the sheet's problems.
    public static func importSheet(at sheetPath: String, sheet: String?, into dataPath: String) throws
        -> (count: Int?, diagnostics: [Diagnostic]) {
        let read = MemberSheet.read(path: sheetPath, sheet: sheet)
        guard let members = read.members else { return (nil, read.diagnostics) }
        let original = FileManager.default.fileExists(atPath: dataPath) ? try String(contentsOfFile: dataPath, encoding: .utf8) : ""
        try AtomicFile.write(MembersBlock.replace(in: original, with: MembersBlock.render(members)), to: dataPath)
        return (members.count, read.diagnostics)
    }
}
