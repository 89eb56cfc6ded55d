/// One entry of a zip archive, as its central directory declares it.
public struct ZipEntry: Sendable, Equatable {
    /// The entry's name, a slash-separated path as stored ("word/document.xml").
    public var name: String
    /// Position in the central directory.
    public var index: Int
    /// Declared uncompressed size in bytes (reading never returns more).
    public var uncompressedSize: UInt64
    /// Compressed size in bytes.
    public var compressedSize: UInt64

    /// Whether the entry is a folder (its name ends with "/").
    public var isDirectory: Bool { name.hasSuffix("/") }
}
