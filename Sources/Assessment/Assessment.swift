/// The Assessment module. See STYLE.md for its place in the architecture.
public enum AssessmentModule {
    /// The module's name, for diagnostics.
    public static let name = "Assessment"
}
