/// The ZipCore module. See STYLE.md for its place in the architecture.
public enum ZipCoreModule {
    /// The module's name, for diagnostics.
    public static let name = "ZipCore"
}
