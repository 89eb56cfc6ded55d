/// The version of hoso: printed by `hoso --version`, recorded in every manifest, archive and
/// embedded provenance. The one place it is written.
package enum HosoVersion {
    /// "0.1.0".
    package static let current = "0.1.0"
}
