import Foundation

/// A submitted HTML form (`application/x-www-form-urlencoded`), decoded once: the last value of
/// each name wins, and the grids' cells are read back as rows.
struct FormBody: Sendable {
    private(set) var values: [String: String] = [:]

    /// Decodes `text`; a malformed escape keeps its characters as typed.
    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name] = value
        }
    }

    /// Values given directly (tests, query strings already split).
    init(values: [String: String]) {
        self.values = values
    }

    /// Only the values of the fields named in `keyPaths` (a grid's cells and row count too).
    func restricted(to keyPaths: Set<String>) -> FormBody {
        FormBody(
            values: values.filter { name, _ in
                if keyPaths.contains(name) { return true }
                if name.hasSuffix(".rows"), keyPaths.contains(String(name.dropLast(5))) { return true }
                guard let bracket = name.firstIndex(of: "[") else { return false }
                return keyPaths.contains(String(name[..<bracket]))
            })
    }

    /// The value submitted under `name`, nil when the form did not send it.
    func value(_ name: String) -> String? {
        values[name]
    }

    /// The rows of the grid `name`: `name[1].column`, `name[2].column`, … up to `name.rows`.
    func rows(_ name: String, columns: [String]) -> [[String: String]] {
        let count = min(Int(values[name + ".rows"] ?? "") ?? 0, ServerLimits.maxGridRows)
        guard count > 0 else { return [] }
        return (1...count).map { index in
            var row: [String: String] = [:]
            for column in columns { row[column] = values["\(name)[\(index)].\(column)"] ?? "" }
            return row
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
