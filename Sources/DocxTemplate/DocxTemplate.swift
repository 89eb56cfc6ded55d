/// The DocxTemplate module. See STYLE.md for its place in the architecture.
public enum DocxTemplateModule {
    /// The module's name, for diagnostics.
    public static let name = "DocxTemplate"
}
