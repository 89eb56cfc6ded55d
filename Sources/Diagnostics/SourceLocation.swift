/// A place in a file the user can open: 1-based line and column, like a compiler prints it.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (a path, or "Forms/M3:word/document.xml" for a template part).
    package var file: String
    /// 1-based line; 0 when unknown.
    package var line: Int
    /// 1-based column; 0 when unknown.
    package var column: Int

    /// A location in `file`.
    package init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:col", leaving out what is unknown.
    package var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
