import XMLCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide tuning for a program that opens and writes many documents in one process.
package enum ProcessTuning {
    /// Keeps freed memory on the heap for the next document instead of returning it to the kernel
    /// (see `XMLAllocator.preferThroughput`). Call once at program start.
    package static func preferThroughput() {
        XMLAllocator.preferThroughput()
    }

    /// libzip turns every entry's DOS time into a `time_t` and back (`mktime`, `localtime`), and
    /// with `TZ` unset glibc checks `/etc/localtime` (a `stat`) on each call: about 20 µs of a
    /// one-page letter's 0.4 ms. Naming that same file in `TZ` (when `TZ` is unset) keeps the time
    /// zone and lets glibc read it once. Call first thing in `main`, before any thread starts
    /// (`setenv` is not safe beside other threads).
    package static func readTimeZoneOnce() {
        setenv("TZ", ":/etc/localtime", 0)
    }
}
