/// Why a byte buffer is not a well-formed XML document, with the 1-based line and column
/// where libxml2 stopped (0 when unknown).
package struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxml2's message, in English, without the trailing newline.
    package var message: String
    /// 1-based line; 0 when unknown.
    package var line: Int
    /// 1-based column; 0 when unknown.
    package var column: Int

    /// An error with a message and a position.
    package init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// "line:column: message".
    package var description: String { "\(line):\(column): \(message)" }
}
