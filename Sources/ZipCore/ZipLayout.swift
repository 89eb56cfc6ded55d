/// The byte layout of a zip as `ZipWriter` lays it out: local entries from the first byte, the
/// central directory, and the end record as the last 22 bytes, with no comment. Readers accept
/// bytes before, between or after those (and a comment); hoso never writes any, so a file of
/// hoso's that has them was changed after it was written.
package enum ZipLayout {
    /// Whether `bytes` holds anything outside the zip's own records: bytes appended after the end
    /// record or put before the first entry, a zip comment, or a gap before the central directory.
    package static func hasStrayBytes(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        guard count >= 22, bytes[0..<4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) else { return true }
        let end = count - 22
        guard bytes[end..<end + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) else { return true }
        func le(_ offset: Int, _ width: Int) -> Int {
            (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let directorySize = le(end + 12, 4)
        let directoryOffset = le(end + 16, 4)
        let commentLength = le(end + 20, 2)
        return commentLength != 0 || directoryOffset + directorySize != end
    }
}
