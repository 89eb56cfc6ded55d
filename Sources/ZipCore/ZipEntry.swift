/// One entry of a zip archive, as its central directory declares it.
package struct ZipEntry: Sendable, Equatable {
    /// The entry's name, a slash-separated path as stored ("word/document.xml").
    package var name: String
    /// Position in the central directory.
    package var index: Int
    /// Declared uncompressed size in bytes (reading never returns more).
    package var uncompressedSize: UInt64
    /// Compressed size in bytes.
    package var compressedSize: UInt64

    /// Whether the entry is a folder (its name ends with "/").
    package var isDirectory: Bool { name.hasSuffix("/") }
}
