/// A failure reported by libzip, translated to text at the call that failed.
public struct ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libzip's message (English), prefixed with what was being done.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
