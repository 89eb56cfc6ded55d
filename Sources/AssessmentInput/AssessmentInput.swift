/// The AssessmentInput module. See STYLE.md for its place in the architecture.
public enum AssessmentInputModule {
    /// The module's name, for diagnostics.
    public static let name = "AssessmentInput"
}
