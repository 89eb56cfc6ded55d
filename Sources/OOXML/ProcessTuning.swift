import XMLCore

/// Process-wide tuning for a program that opens and writes many documents in one process.
package enum ProcessTuning {
    /// Keeps freed memory on the heap for the next document instead of returning it to the kernel
    /// (see `XMLAllocator.preferThroughput`). Call once at program start.
    package static func preferThroughput() {
        XMLAllocator.preferThroughput()
    }
}
