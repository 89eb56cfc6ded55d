/// The name of a unit's data file in the workspace, without `.yaml` ("an-son-2023"): letters of
/// ASCII, digits, `-` and `_`, at most 80 characters, so that no name can leave the workspace
/// (`../`, `/`, `\`), hide a file (a leading dot) or collide with the server's own folders.
struct UnitName: Sendable, Hashable, CustomStringConvertible {
    let value: String

    /// Nil for anything but a plain name.
    init?(_ text: String) {
        guard (1...80).contains(text.count),
            text.unicodeScalars.allSatisfy({ $0.isASCII && (($0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }),
            let first = text.unicodeScalars.first, first != "-", first != "_"
        else { return nil }
        value = text
    }

    /// "an-son-2023.yaml".
    var fileName: String { value + ".yaml" }

    var description: String { value }
}
