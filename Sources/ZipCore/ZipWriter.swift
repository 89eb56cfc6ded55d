internal import CLibZip
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes zip archives deterministically: entries in the order given, every entry stamped with
/// the same DOS time, no extra fields — the same entries always give byte-identical archives.
package enum ZipWriter {
    /// One entry to write.
    package struct Entry: Sendable {
        /// Slash-separated name inside the archive.
        package var name: String
        /// Uncompressed content.
        package var bytes: [UInt8]

        /// An entry named `name` holding `bytes`.
        package init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// 1980-01-01 00:00:00, the first instant DOS time can express.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    /// zlib's level 1 ("fastest"). libzip's default is level 9, which spends four to five times
    /// as long on a large table for an archive about half the size of this one: on repetitive
    /// WordprocessingML, level 1 still shrinks a part about fifty-fold.
    package static let deflateLevel: Int32 = 1

    /// The archive holding `entries`, deflated, in this order.
    /// `level` is zlib's (1 fastest … 9 smallest); hoso writes at `deflateLevel`.
    ///
    /// Laid out as libzip lays out a new archive (the layout `ZipLayout` reads): each entry's
    /// local header, then its deflated bytes; the central directory; the end record, no comment.
    /// Written here rather than through libzip, whose DOS-time conversions call `mktime` and
    /// `localtime`, each of which stats `/etc/localtime`, twice per entry.
    package static func archive(_ entries: [Entry], level: Int32 = deflateLevel) throws(ZipError) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        output.reserveCapacity(entries.reduce(0) { $0 + $1.bytes.count / 8 + $1.name.utf8.count + 64 } + 1024)
        for entry in entries {
            guard let (compressed, length, crc) = deflate(entry.bytes, level: level) else {
                throw ZipError("cannot compress \(entry.name)")
            }
            defer { free(compressed) }
            let name = Array(entry.name.utf8)
            let offset = output.count
            guard name.count <= Int(UInt16.max), entry.bytes.count < Int(UInt32.max), length < Int(UInt32.max),
                offset < Int(UInt32.max)
            else { throw ZipError("cannot add \(entry.name): the archive would need ZIP64") }
            let record = Record(
                flags: name.allSatisfy { $0 < 0x80 } ? 0 : utf8Flag, crc: UInt32(truncatingIfNeeded: crc),
                compressedSize: UInt32(length), size: UInt32(entry.bytes.count), nameLength: UInt16(name.count))
            output.appendLE(UInt32(0x0403_4B50))
            record.appendCommonFields(to: &output)
            output.appendLE(UInt16(0))  // extra field length
            output += name
            output.append(contentsOf: UnsafeBufferPointer(start: compressed, count: length))
            directory.appendLE(UInt32(0x0201_4B50))
            directory.appendLE(versionMadeBy)
            record.appendCommonFields(to: &directory)
            directory.appendLE(UInt16(0))  // extra field length
            directory.appendLE(UInt16(0))  // comment length
            directory.appendLE(UInt16(0))  // disk number
            directory.appendLE(UInt16(0))  // internal attributes
            directory.appendLE(externalAttributes)
            directory.appendLE(UInt32(offset))
            directory += name
        }
        let directoryOffset = output.count
        guard entries.count < Int(UInt16.max), directoryOffset < Int(UInt32.max) else {
            throw ZipError("cannot write the archive: it would need ZIP64")
        }
        output += directory
        output.appendLE(UInt32(0x0605_4B50))
        output.appendLE(UInt16(0))  // this disk
        output.appendLE(UInt16(0))  // the directory's disk
        output.appendLE(UInt16(entries.count))
        output.appendLE(UInt16(entries.count))
        output.appendLE(UInt32(directory.count))
        output.appendLE(UInt32(directoryOffset))
        output.appendLE(UInt16(0))  // comment length
        return output
    }

    /// Version 6.3 of the format, made on Unix (libzip's).
    static let versionMadeBy: UInt16 = 3 << 8 | 63
    /// A regular file, mode 0666 (libzip's default for a new entry).
    static let externalAttributes: UInt32 = 0o100666 << 16
    /// General-purpose flag 11: the name is UTF-8 (set, as libzip does, only for a name that is not ASCII).
    static let utf8Flag: UInt16 = 1 << 11

    /// The fields a local header and a central-directory entry share, from "version needed" to
    /// the name's length.
    private struct Record {
        var flags: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var nameLength: UInt16

        func appendCommonFields(to bytes: inout [UInt8]) {
            bytes.appendLE(UInt16(20))  // version needed: deflate
            bytes.appendLE(flags)
            bytes.appendLE(UInt16(8))  // deflated
            bytes.appendLE(dosTime)
            bytes.appendLE(dosDate)
            bytes.appendLE(crc)
            bytes.appendLE(compressedSize)
            bytes.appendLE(size)
            bytes.appendLE(nameLength)
        }
    }

    /// A part at least twice this size is deflated in pieces of at least this size, on all cores.
    static let pieceSize = 64 * 1024
    /// At most this many pieces (an 8 MB part: 16 pieces of 512 KB).
    static let maxPieces = 16
    /// How much of the previous piece primes each piece's window. zlib hashes every byte of it:
    /// 32 KiB costs as much as deflating 32 KiB, while on WordprocessingML, whose rows repeat
    /// every kilobyte or two, 4 KiB finds nearly the same matches (a 100-row table: 1.5% larger).
    static let primingLength = 4_096

    /// `bytes` raw-deflated into a malloc'd buffer (the caller owns it), with its length and the
    /// CRC-32 of `bytes`; nil when zlib fails. A large part is cut into pieces whose boundaries
    /// depend on its size alone, deflated in parallel (each primed with the bytes before it) and
    /// joined (see `hoso_deflate_piece`): the same bytes always give the same output, on any
    /// number of cores.
    static func deflate(_ bytes: [UInt8], level: Int32) -> (UnsafeMutablePointer<UInt8>, Int, UInt)? {
        let pieces = min(maxPieces, bytes.count / pieceSize)
        return bytes.withUnsafeBufferPointer { buffer -> (UnsafeMutablePointer<UInt8>, Int, UInt)? in
            guard pieces >= 2, let base = buffer.baseAddress else {
                var length = 0
                var crc: UInt = 0
                guard let output = hoso_deflate(buffer.baseAddress, buffer.count, level, &length, &crc) else { return nil }
                return (output, length, crc)
            }
            let count = buffer.count
            // Every output buffer is allocated here, on the calling thread, so it comes from the
            // same malloc arena as the rest of the part; worker threads allocate only zlib's state.
            let results = UnsafeMutableBufferPointer<DeflatedPiece>.allocate(capacity: pieces)
            results.initialize(repeating: DeflatedPiece())
            defer {
                for piece in results { free(piece.data) }
                results.deallocate()
            }
            for index in 0..<pieces {
                let size = count * (index + 1) / pieces - count * index / pieces
                results[index].size = size
                results[index].data = malloc(hoso_deflate_piece_bound(size))?.assumingMemoryBound(to: UInt8.self)
            }
            guard results.allSatisfy({ $0.data != nil }) else { return nil }
            nonisolated(unsafe) let input = base
            nonisolated(unsafe) let output = results
            DispatchQueue.concurrentPerform(iterations: pieces) { index in
                let start = count * index / pieces
                var piece = output[index]
                piece.failed =
                    hoso_deflate_piece(
                        input + start, piece.size, min(start, primingLength), index == pieces - 1 ? 1 : 0,
                        level, piece.data, &piece.length, &piece.crc) != 0
                output[index] = piece
            }
            guard !results.contains(where: \.failed) else { return nil }
            let total = results.reduce(0) { $0 + $1.length }
            guard let joined = malloc(max(total, 1))?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var offset = 0
            var crc = results[0].crc
            for (index, piece) in results.enumerated() {
                memcpy(joined + offset, piece.data!, piece.length)
                offset += piece.length
                if index > 0 { crc = hoso_crc32_combine(crc, piece.crc, piece.size) }
            }
            return (joined, total, crc)
        }
    }

    /// One piece of a part deflated on its own thread.
    struct DeflatedPiece {
        var data: UnsafeMutablePointer<UInt8>?
        var length = 0
        var crc: UInt = 0
        var size = 0
        var failed = false
    }
}

extension [UInt8] {
    /// Appends `value` little-endian, as every zip field is stored.
    fileprivate mutating func appendLE<Value: FixedWidthInteger>(_ value: Value) {
        for shift in stride(from: 0, to: Value.bitWidth, by: 8) { append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
