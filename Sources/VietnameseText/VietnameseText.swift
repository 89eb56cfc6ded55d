/// The VietnameseText module. See STYLE.md for its place in the architecture.
public enum VietnameseTextModule {
    /// The module's name, for diagnostics.
    public static let name = "VietnameseText"
}
