internal import CLibXML2

/// Process-wide allocator tuning for programs that render many documents in one process.
package enum XMLAllocator {
    /// glibc returns freed memory to the kernel as soon as a few hundred kilobytes are free and
    /// serves every block over 128 KB with its own `mmap`, so each document (its output buffer,
    /// zlib's 256 KB of deflate state per zip entry) pays again for fresh zeroed pages: about a
    /// fifth of a 100-row document's time. This keeps blocks under 32 MB on the heap and trims
    /// the heap only past 128 MB free. Call once at program start (`hoso` and `hoso-bench` do);
    /// on other C libraries it does nothing.
    package static func preferThroughput() {
        hoso_malloc_prefer_throughput()
    }
}
