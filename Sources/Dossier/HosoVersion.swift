/// The version of hoso: printed by `hoso --version`, recorded in every manifest, archive and
/// embedded provenance. The one place it is written.
public enum HosoVersion {
    /// "0.1.0".
    public static let current = "0.1.0"
}
