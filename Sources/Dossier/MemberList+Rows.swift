import AssessmentInput
package import Diagnostics

extension MemberList {
    /// The members of the sheet (.xlsx or .csv) at `path` as rows of the data file's `members:`
    /// block (by key: "name", "position", …), as `hoso members import` would write them; nil with
    /// the sheet's problems (named `displayName`, located by sheet and cell).
    package static func rows(ofSheetAt path: String, displayName: String) -> (rows: [[String: String]]?, diagnostics: [Diagnostic]) {
        let read = MemberSheet.read(path: path, displayName: displayName)
        guard let members = read.members, !read.diagnostics.hasErrors else { return (nil, read.diagnostics) }
        return (DataDocument(text: MembersBlock.render(members))?.rows(["members"]) ?? [], read.diagnostics)
    }
}
