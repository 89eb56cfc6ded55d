/// The Dossier module. See STYLE.md for its place in the architecture.
public enum DossierModule {
    /// The module's name, for diagnostics.
    public static let name = "Dossier"
}
