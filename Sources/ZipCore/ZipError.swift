/// A failure reported by libzip, translated to text at the call that failed.
package struct ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libzip's message (English), prefixed with what was being done.
    package var message: String

    /// An error with `message`.
    package init(_ message: String) {
        self.message = message
    }

    /// The message.
    package var description: String { message }
}
