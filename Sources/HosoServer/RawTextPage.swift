import AssessmentInput
import Diagnostics
import Foundation

/// The page of a data file the form cannot show because it is not YAML (a quote left open, a
/// tab, a stray bracket) or its root is not the sections `unit:`, `year:` …: each problem located
/// as `hoso check` prints it (file:line:col), the offending line shown with a mark under the column,
/// how to fix it, and the file's whole text in an editor that saves it back ("Lưu văn bản") with
/// the same version check and backup as the form.
struct RawTextPage {
    var status: UnitStatus
    var token: String
    /// The data file's full path, for the fix on disk.
    var path: String
    /// The text to edit: the file's, or what the user sent when it could not be saved.
    var text: String
    var notice: UnitPage.Notice?

    var html: String {
        let name = status.name.value, file = status.name.fileName
        var body = "<h1>\(HTML.escape(ServerMessages.rawTitle(file)))</h1>\n"
        if let notice {
            body += notice.html
        }
        let problems = status.errors.isEmpty ? status.result.diagnostics : status.errors
        body += "<section class=\"check\"><ul class=\"diagnostics\" id=\"raw-problems\">"
        for problem in problems {
            body += "<li class=\"error\">\(HTML.escape(problem.rendered(in: .vi)))"
            if let location = problem.location, location.line > 0 { body += excerpt(at: location) }
            body += "</li>"
        }
        if problems.isEmpty { body += "<li class=\"error\">\(HTML.escape(ServerMessages.unreadable(file)))</li>" }
        body += "</ul>\n"
        if problems.count <= 1 { body += "<p id=\"raw-first-only\">\(HTML.escape(ServerMessages.rawFirstErrorOnly))</p>" }
        body += "<p>\(HTML.escape(ServerMessages.rawHowToFix(file, path: path)))</p></section>\n"
        body += """
            <form method="post" action="/don-vi/\(name)/luu-van-ban" id="raw-form">
            \(HTML.tokenField(token))
            <input type="hidden" name="_version" value="\(status.snapshot.version)">
            <label for="raw-text">\(HTML.escape(ServerMessages.rawEditorLabel(file)))</label>
            <textarea id="raw-text" name="text" class="raw" spellcheck="false" rows="\(min(max(text.split(separator: "\n", omittingEmptySubsequences: false).count + 2, 12), 40))">\(HTML.escape(text))</textarea>
            <p><button type="submit">\(HTML.escape(ServerMessages.rawSaveButton))</button> <a href="/don-vi/\(name)">\(HTML.escape(ServerMessages.openOnDisk))</a> · <a href="/">\(HTML.escape(ServerMessages.backHome))</a></p>
            </form>

            """
        return HTML.page(title: ServerMessages.rawPageTitle(file), token: token, body: body)
    }

    /// The line of `location` with the one before it, numbered, and a mark under its column.
    private func excerpt(at location: SourceLocation) -> String {
        let lines = status.snapshot.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return "" }
        let width = String(location.line).count
        func numbered(_ number: Int) -> String {
            let digits = String(number)
            return String(repeating: " ", count: width - digits.count) + digits + " | "
                + String(lines[number - 1]).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\t", with: "→")
        }
        var shown: [String] = []
        if location.line > 1 { shown.append(numbered(location.line - 1)) }
        shown.append(numbered(location.line))
        if location.column > 0 {
            shown.append(String(repeating: " ", count: width + 3 + location.column - 1) + "^")
        }
        return "<pre class=\"excerpt\">" + shown.map(HTML.escape).joined(separator: "\n") + "</pre>"
    }
}
