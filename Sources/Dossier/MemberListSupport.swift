import Assessment
import AssessmentInput
import Diagnostics
import Foundation
import Spreadsheet

/// `hoso init --from LAST-YEAR.yaml`: the next year's starter, carrying the unit, council and members.
public enum ContinuedStarter {
    /// The starter text and last year's data it carries, or nil with the problems of last year's file.
    public static func text(from path: String) -> (text: String?, previous: Assessment?, diagnostics: [Diagnostic]) {
        let loaded = AssessmentLoader().load(path: path)
        guard let previous = loaded.assessment, let rubric = loaded.rubricSource else { return (nil, nil, loaded.diagnostics) }
        return (StarterFile(continuing: previous, rubricReference: rubric.reference).text, previous, loaded.diagnostics)
    }
}

/// `hoso members export` and `hoso members import`: the member list between a data file and the
/// spreadsheet a school keeps.
public enum MemberList {
    /// The staff list sheet (.xlsx bytes) of the data file at `path`, or an empty one with two example
    /// rows when `path` is nil; nil with the data's problems when it does not load.
    public static func export(dataAt path: String?) throws -> (bytes: [UInt8]?, count: Int?, diagnostics: [Diagnostic]) {
        guard let path else { return (try XLSXWriter.write(MembersBlock.sheet(nil)), nil, []) }
        let loaded = AssessmentLoader().load(path: path)
        guard let members = loaded.assessment?.members else { return (nil, nil, loaded.diagnostics) }
        return (try XLSXWriter.write(MembersBlock.sheet(members)), members.count, loaded.diagnostics)
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
