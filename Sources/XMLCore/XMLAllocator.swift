internal import CLibXML2

/// Process-wide allocator tuning for programs that build large XML trees.
public enum XMLAllocator {
    /// libxml2 allocates every node and string separately; on glibc, freeing a large tree fills
    /// the "fast bins", which later large allocations consolidate chunk by chunk — over a third
    /// of the time of a 5,000-row render. Turning fast bins off (`M_MXFAST` = 0) removes that
    /// cost. Call once at program start (the `hoso` and `hoso-bench` executables do); on other
    /// C libraries it does nothing.
    public static func preferThroughput() {
        hoso_malloc_prefer_throughput()
    }
}
