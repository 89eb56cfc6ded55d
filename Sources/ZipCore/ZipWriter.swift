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
    package static func archive(_ entries: [Entry], level: Int32 = deflateLevel) throws(ZipError) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError("cannot create an archive in memory: " + ZipReader.text(&error))
        }
        guard let archive = zip_open_from_source(source, Int32(ZIP_TRUNCATE), &error) else {
            zip_source_free(source)
            throw ZipError("cannot create an archive in memory: " + ZipReader.text(&error))
        }
        // Keep the in-memory source alive past zip_close, to read the result back.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        do throws(ZipError) {
            for entry in entries { try add(entry, to: archive, level: level) }
        } catch {
            zip_discard(archive)
            throw error
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw ZipError("cannot write the archive: " + message)
        }
        return try contents(of: source)
    }

    private static func add(_ entry: Entry, to archive: OpaquePointer, level: Int32) throws(ZipError) {
        // Deflated here (see hoso_deflate) and handed to libzip, which copies compressed data
        // whose size and CRC it is told as it is, and frees it with the source.
        guard let (compressed, compressedLength, crc) = deflate(entry.bytes, level: level),
            let source = hoso_deflated_source(
                archive, compressed, zip_uint64_t(compressedLength),
                zip_uint64_t(entry.bytes.count), zip_uint32_t(truncatingIfNeeded: crc))
        else { throw ZipError("cannot compress \(entry.name)") }
        let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        guard index >= 0 else {
            zip_source_free(source)
            throw ZipError("cannot add \(entry.name): " + String(cString: zip_strerror(archive)))
        }
        // zip_file_set_mtime would shift with the time zone; the DOS fields are written as given.
        guard zip_file_set_dostime(archive, zip_uint64_t(index), dosTime, dosDate, 0) == 0 else {
            throw ZipError("cannot set \(entry.name)'s attributes: " + String(cString: zip_strerror(archive)))
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

    private static func contents(of source: OpaquePointer) throws(ZipError) -> [UInt8] {
        guard zip_source_open(source) == 0 else { throw ZipError("cannot read the archive back") }
        defer { zip_source_close(source) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0 else { throw ZipError("cannot read the archive back") }
        let size = Int(stat.size)
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                zip_source_read(source, buffer.baseAddress! + total, zip_uint64_t(size - total))
            }
            guard count > 0 else { throw ZipError("cannot read the archive back") }
            total += Int(count)
        }
        return bytes
    }
}
