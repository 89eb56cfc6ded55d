/// Which rubric a data file was scored with: what its `rubric:` key says, where the text came from
/// and the text itself, exactly as it was parsed.
package struct RubricSource: Sendable, Hashable {
    /// The value of `rubric:` ("tt22", or a path relative to the data file); the regime's default when absent.
    package var reference: String
    /// The file that was read, or the name given to a rubric held in memory.
    package var path: String
    /// Whether `reference` is a built-in id (as opposed to a path).
    package var isBuiltIn: Bool
    /// The rubric's text as read (not normalised).
    package var text: String

    /// A rubric source.
    package init(reference: String, path: String, isBuiltIn: Bool, text: String) {
        self.reference = reference
        self.path = path
        self.isBuiltIn = isBuiltIn
        self.text = text
    }
}
