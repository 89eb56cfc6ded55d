/// The OOXML module. See STYLE.md for its place in the architecture.
public enum OOXMLModule {
    /// The module's name, for diagnostics.
    public static let name = "OOXML"
}
