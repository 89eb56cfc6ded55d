/// A growing run of bytes for `ChunkRenderer`, appended to with plain `memcpy`s: `Array`'s
/// `append(contentsOf:)` costs more than copying the few dozen bytes of a typical step. The
/// bytes live in an array kept longer than what is written, so `finish()` hands that array over
/// without copying a part that may be tens of megabytes. The tail past `count` is left as the
/// allocator gave it until bytes are appended there, and never read: bytes need no initialising.
struct ByteBuffer {
    private var storage: [UInt8]
    /// The bytes written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        storage = Self.uninitialized(max(capacity, 256), copying: [])
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > storage.count { grow(to: count + bytes.count) }
        let offset = count
        storage.withUnsafeMutableBufferPointer { buffer in
            (buffer.baseAddress! + offset).update(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String.UTF8View) {
        if text.withContiguousStorageIfAvailable({ append($0) }) == nil {
            append(Array(text))
        }
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    /// Removes the last byte.
    mutating func removeLast() {
        precondition(count > 0, "nothing to remove")
        count -= 1
    }

    /// The bytes written; the buffer is left empty.
    mutating func finish() -> [UInt8] {
        storage.removeSubrange(count...)
        count = 0
        defer { storage = [] }
        return storage
    }

    private mutating func grow(to needed: Int) {
        var capacity = storage.count * 2
        while capacity < needed { capacity *= 2 }
        storage = Self.uninitialized(capacity, copying: storage[..<count])
    }

    /// An array of `capacity` bytes starting with `prefix`, the rest left as the allocator gave it.
    private static func uninitialized(_ capacity: Int, copying prefix: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            prefix.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.baseAddress!.update(from: base, count: source.count) }
            }
            initialized = capacity
        }
    }
}
