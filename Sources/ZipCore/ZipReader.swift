internal import CLibZip

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open zip archive read from memory: the single owner of libzip's handle.
/// Deliberately not `Sendable`.
package final class ZipReader {
    private let archive: OpaquePointer
    /// Every entry, in central-directory order.
    package let entries: [ZipEntry]

    /// Opens the archive held in `bytes` (copied; the caller's buffer is not kept). An empty file
    /// is refused: libzip would read it as an archive without entries (and not free the copy).
    package init(bytes: [UInt8]) throws(ZipError) {
        guard !bytes.isEmpty else { throw ZipError("not a zip archive: the file is empty") }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(bytes.count) else { throw ZipError("out of memory") }
        bytes.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress { copy.copyMemory(from: base, byteCount: buffer.count) }
        }
        // freep = 1: libzip frees the copy when the source goes away (STYLE.md).
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw ZipError("cannot read the archive: " + Self.text(&error))
        }
        guard let archive = zip_open_from_source(source, Int32(ZIP_RDONLY), &error) else {
            zip_source_free(source)
            throw ZipError(Self.openFailure(&error))
        }
        self.archive = archive
        let count = zip_get_num_entries(archive, 0)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(max(count, 0)))
        for index in 0..<max(count, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_ENC_GUESS), &stat) == 0,
                let name = stat.name
            else {
                zip_discard(archive)
                throw ZipError("cannot read entry \(index) of the archive")
            }
            entries.append(
                ZipEntry(
                    name: String(cString: name), index: Int(index),
                    uncompressedSize: stat.size, compressedSize: stat.comp_size))
        }
        self.entries = entries
    }

    deinit {
        zip_discard(archive)
    }

    /// The uncompressed bytes of `entry`; never more than its declared size (a lying header
    /// is an error, not an allocation bomb). The buffer grows with what is actually inflated, so
    /// a header declaring gigabytes over a few bytes of data costs those few bytes.
    package func read(_ entry: ZipEntry) throws(ZipError) -> [UInt8] {
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw ZipError("cannot open \(entry.name): " + String(cString: zip_strerror(archive)))
        }
        defer { zip_fclose(file) }
        let expected = entry.uncompressedSize
        if expected < 1 << 20 { return try readSmall(file, entry) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(expected, 64 << 20)))  // untouched until filled
        var chunk = [UInt8](repeating: 0, count: Int(min(expected + 1, 1 << 20)))
        while UInt64(bytes.count) <= expected {
            let count = chunk.withUnsafeMutableBytes { buffer in
                zip_fread(file, buffer.baseAddress!, zip_uint64_t(buffer.count))
            }
            if count < 0 {
                throw ZipError("cannot read \(entry.name): " + String(cString: zip_file_strerror(file)))
            }
            if count == 0 { break }
            bytes += chunk[0..<Int(count)]
        }
        guard UInt64(bytes.count) == expected else {
            throw ZipError("\(entry.name) does not have the size its header declares")
        }
        return bytes
    }

    /// `read(_:)` for an entry that declares less than 1 MB: inflated straight into the array,
    /// with room for one byte more than declared so that a longer entry is caught.
    private func readSmall(_ file: OpaquePointer, _ entry: ZipEntry) throws(ZipError) -> [UInt8] {
        let capacity = Int(entry.uncompressedSize) + 1
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let read = zip_fread(file, buffer.baseAddress! + count, zip_uint64_t(capacity - count))
                if read < 0 { failure = String(cString: zip_file_strerror(file)) }
                if read <= 0 { break }
                count += Int(read)
            }
        }
        if let failure { throw ZipError("cannot read \(entry.name): " + failure) }
        guard UInt64(bytes.count) == entry.uncompressedSize else {
            throw ZipError("\(entry.name) does not have the size its header declares")
        }
        return bytes
    }

    /// Why libzip could not open an archive, in words a user can act on.
    private static func openFailure(_ error: inout zip_error_t) -> String {
        switch zip_error_code_zip(&error) {
        case ZIP_ER_NOZIP:
            "not a zip archive (no zip directory at its end: another kind of file, or a zip cut short)"
        case ZIP_ER_INCONS:
            "a damaged zip archive (its directory and its entries disagree)"
        default:
            "not a zip archive: " + text(&error)
        }
    }

    static func text(_ error: inout zip_error_t) -> String {
        String(cString: zip_error_strerror(&error))
    }
}
