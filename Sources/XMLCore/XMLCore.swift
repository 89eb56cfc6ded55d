/// The XMLCore module. See STYLE.md for its place in the architecture.
public enum XMLCoreModule {
    /// The module's name, for diagnostics.
    public static let name = "XMLCore"
}
