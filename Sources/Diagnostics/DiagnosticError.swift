/// Thrown when a stage found problems; carries all of them, not just the first.
package struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in the order they occur in the input.
    package var diagnostics: [Diagnostic]

    /// An error carrying `diagnostics`.
    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One line per diagnostic, in `language`.
    package func rendered(in language: Language) -> String {
        diagnostics.map { $0.rendered(in: language) }.joined(separator: "\n")
    }

    package var description: String { rendered(in: .vi) }
}
