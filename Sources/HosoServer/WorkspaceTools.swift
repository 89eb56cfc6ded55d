package import Diagnostics
import Dossier
import Foundation

/// The pieces of hoso that turn a staff sheet into member rows and last year's data file into this
/// year's — the same as `hoso members import` and `hoso init --from`, through the `Dossier` facade.
/// A seam, so the tests can put a failing tool in their place.
package struct WorkspaceTools: Sendable {
    /// The member rows of an uploaded `.xlsx` or `.csv` (`fileName` tells which), by data-file key
    /// ("name", "position", …), or the problems found; nil when this build cannot import sheets.
    package var importMembers: @Sendable (_ bytes: [UInt8], _ fileName: String) -> Result<[[String: String]], DiagnosticError>?
    /// This year's data file made from last year's file at `path`; nil when this build cannot.
    package var nextYear: @Sendable (_ path: String) -> Result<String, DiagnosticError>?

    /// Tools from the given functions.
    package init(
        importMembers: @escaping @Sendable ([UInt8], String) -> Result<[[String: String]], DiagnosticError>?,
        nextYear: @escaping @Sendable (String) -> Result<String, DiagnosticError>?
    ) {
        self.importMembers = importMembers
        self.nextYear = nextYear
    }

    /// Neither tool: uploads and "from last year" answer that they are missing.
    package static let unavailable = WorkspaceTools(importMembers: { _, _ in nil }, nextYear: { _ in nil })

    /// hoso's own: `MemberList.rows` and `ContinuedStarter`.
    package static let standard = WorkspaceTools(
        importMembers: { bytes, fileName in
            let lower = fileName.lowercased()
            guard lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") else {
                return .failure(
                    DiagnosticError([
                        Diagnostic(
                            .error, at: SourceLocation(file: fileName),
                            ServerMessages.notASheet(fileName))
                    ]))
            }
            // The sheet reader reads a file: the upload goes to a private temporary folder, removed after.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-tai-len-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let url = folder.appendingPathComponent(lower.hasSuffix(".csv") ? "danh-sach.csv" : "danh-sach.xlsx")
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: false,
                    attributes: [.posixPermissions: 0o700])
                try Data(bytes).write(to: url)
            } catch {
                return .failure(
                    DiagnosticError([
                        Diagnostic(
                            .error, at: SourceLocation(file: fileName),
                            ServerMessages.uploadNotStored(error.localizedDescription))
                    ]))
            }
            let read = MemberList.rows(ofSheetAt: url.path, displayName: fileName)
            guard let rows = read.rows else { return .failure(DiagnosticError(read.diagnostics)) }
            return .success(rows)
        },
        nextYear: { path in
            let continued = ContinuedStarter.text(from: path)
            guard let text = continued.text else { return .failure(DiagnosticError(continued.diagnostics)) }
            return .success(text)
        })
}
