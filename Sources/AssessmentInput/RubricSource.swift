/// Which rubric file a data file was scored with: what its `rubric:` key says and the file read.
public struct RubricSource: Sendable, Hashable {
    /// The value of `rubric:` ("tt22", or a path relative to the data file); the regime's default when absent.
    public var reference: String
    /// The file that was read.
    public var path: String
    /// Whether `reference` is a built-in id (as opposed to a path).
    public var isBuiltIn: Bool

    /// A rubric source.
    public init(reference: String, path: String, isBuiltIn: Bool) {
        self.reference = reference
        self.path = path
        self.isBuiltIn = isBuiltIn
    }
}
