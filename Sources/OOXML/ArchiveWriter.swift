import ZipCore

/// A plain zip of named files (not an OOXML package: no content types, entries kept in the order
/// given), written deterministically like a package: the same entries always give the same bytes.
package enum ArchiveWriter {
    /// One file of the archive.
    package struct Entry: Sendable, Equatable {
        /// Its name in the archive ("ho-so/M1.docx").
        package var name: String
        /// Its contents.
        package var bytes: [UInt8]

        /// An entry `name` holding `bytes`.
        package init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Why the archive could not be made: the zip library's message.
    package struct Failure: Error, Sendable, Equatable {
        /// The message (English, from libzip).
        package var message: String
    }

    /// `entries`, in their order, as zip bytes.
    package static func bytes(of entries: [Entry]) throws(Failure) -> [UInt8] {
        do {
            return try ZipWriter.archive(entries.map { ZipWriter.Entry(name: $0.name, bytes: $0.bytes) })
        } catch {
            throw Failure(message: error.message)
        }
    }
}

extension OOXMLPackage {
    /// Whether zip `bytes` hold anything outside the zip's own records (bytes before, between or
    /// after them, or a comment): hoso writes none, so a file of hoso's with them was changed.
    package static func hasStrayBytes(_ bytes: [UInt8]) -> Bool {
        ZipLayout.hasStrayBytes(bytes)
    }
}
