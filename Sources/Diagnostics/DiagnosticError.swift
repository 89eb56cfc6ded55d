/// Thrown when a stage found problems; carries all of them, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in the order they occur in the input.
    public var diagnostics: [Diagnostic]

    /// An error carrying `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One line per diagnostic, in `language`.
    public func rendered(in language: Language) -> String {
        diagnostics.map { $0.rendered(in: language) }.joined(separator: "\n")
    }

    public var description: String { rendered(in: .vi) }
}
