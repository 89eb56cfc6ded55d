import Diagnostics

/// The pieces of hoso that turn a staff sheet into member rows and last year's data file into this
/// year's (`hoso members import`, `hoso init --from`). The server calls them through this seam so
/// it never re-implements them; a build without them reports, in Vietnamese, that they are missing.
public struct WorkspaceTools: Sendable {
    /// The member rows of an uploaded `.xlsx` or `.csv` (`fileName` tells which), by data-file key
    /// ("name", "position", …), or the problems found; nil when this build cannot import sheets.
    public var importMembers: @Sendable (_ bytes: [UInt8], _ fileName: String) -> Result<[[String: String]], DiagnosticError>?
    /// This year's data file made from last year's text; nil when this build cannot.
    public var nextYear: @Sendable (_ previous: String, _ fileName: String) -> Result<String, DiagnosticError>?

    /// Tools from the given functions.
    public init(importMembers: @escaping @Sendable ([UInt8], String) -> Result<[[String: String]], DiagnosticError>?,
                nextYear: @escaping @Sendable (String, String) -> Result<String, DiagnosticError>?) {
        self.importMembers = importMembers
        self.nextYear = nextYear
    }

    /// Neither tool: uploads and "from last year" answer that this build lacks them.
    public static let unavailable = WorkspaceTools(importMembers: { _, _ in nil }, nextYear: { _, _ in nil })
}
