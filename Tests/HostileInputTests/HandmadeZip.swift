/// Zip archives written byte by byte, for what a well-behaved writer never makes: headers that
/// lie about sizes, and a deflate stream squeezed a thousand to one.
enum HandmadeZip {
    /// One entry as it lies in the archive.
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated.
        var method: UInt16
        var crc: UInt32
        var data: [UInt8]
        /// What the headers declare the entry expands to.
        var uncompressedSize: UInt32
    }

    /// An entry stored as it is.
    static func stored(_ name: String, _ bytes: [UInt8]) -> Entry {
        Entry(name: name, method: 0, crc: crc32(bytes), data: bytes, uncompressedSize: UInt32(bytes.count))
    }

    /// The archive holding `entries`, in this order.
    static func archive(_ entries: [Entry]) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let common = le16(20) + le16(0) + le16(Int(entry.method)) + le16(0) + le16(0x21) + le32(entry.crc)
                + le32(UInt32(entry.data.count)) + le32(entry.uncompressedSize) + le16(name.count) + le16(0)
            directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(UInt32(body.count)) + name
            body += le32(0x0403_4B50) + common + name + entry.data
        }
        return body + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
    }

    /// A real deflate stream (one block, dynamic Huffman codes) of `1 + 258 × matches` zero bytes:
    /// a literal zero, then `matches` copies of 258 bytes at distance 1, each in two bits — about
    /// 1,030 to 1.
    static func deflatedZeros(matches: Int) -> (data: [UInt8], size: Int) {
        var bits = BitWriter()
        bits.write(1, count: 1)  // final block
        bits.write(2, count: 2)  // dynamic Huffman codes
        bits.write(29, count: 5)  // 286 literal/length codes
        bits.write(0, count: 5)  // 1 distance code
        bits.write(14, count: 4)  // 18 code-length codes
        // Code-length code lengths, in the format's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
        // 18 → 1 bit ("0"), 1 → 2 bits ("10"), 2 → 2 bits ("11").
        for length in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] { bits.write(length, count: 3) }
        func codeLength(_ symbol: Int) {
            switch symbol {
            case 1: bits.writeCode(0b10, length: 2)
            case 2: bits.writeCode(0b11, length: 2)
            default: preconditionFailure()
            }
        }
        func zeros(_ count: Int) {  // symbol 18: 11 to 138 zeros, 7 extra bits
            bits.writeCode(0, length: 1)
            bits.write(count - 11, count: 7)
        }
        // Literal/length lengths: 0 → 2, 1…255 → 0, 256 → 2, 257…284 → 0, 285 → 1; distance 0 → 1.
        codeLength(2); zeros(138); zeros(117); codeLength(2); zeros(28); codeLength(1); codeLength(1)
        // Codes: 285 → "0", 0 → "10", 256 → "11"; distance 0 → "0".
        bits.writeCode(0b10, length: 2)
        for _ in 0..<matches {
            bits.writeCode(0, length: 1)  // length 258
            bits.writeCode(0, length: 1)  // distance 1
        }
        bits.writeCode(0b11, length: 2)  // end of block
        return (bits.bytes, 1 + 258 * matches)
    }

    /// CRC-32 as zip uses it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// Deflate's bit order: fields least significant bit first, Huffman codes most significant first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        private var used = 8

        mutating func write(_ value: Int, count: Int) {
            for index in 0..<count { append(value >> index & 1) }
        }

        mutating func writeCode(_ code: Int, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { append(code >> index & 1) }
        }

        private mutating func append(_ bit: Int) {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            bytes[bytes.count - 1] |= UInt8(bit) << used
            used += 1
        }
    }
}
