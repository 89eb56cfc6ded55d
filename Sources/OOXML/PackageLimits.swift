/// Caps applied while reading an untrusted package, so a hostile file fails with a clear
/// message instead of exhausting memory.
package struct PackageLimits: Sendable, Equatable {
    /// Most entries (parts) a package may have.
    package var maxEntryCount: Int
    /// Most bytes all parts may take once uncompressed.
    package var maxTotalUncompressedSize: UInt64
    /// Largest uncompressed/compressed ratio allowed for an entry bigger than `ratioThreshold`.
    package var maxCompressionRatio: UInt64
    /// Entries up to this uncompressed size are not ratio-checked (tiny parts compress wildly).
    package var ratioThreshold: UInt64

    /// Custom limits.
    package init(maxEntryCount: Int, maxTotalUncompressedSize: UInt64, maxCompressionRatio: UInt64, ratioThreshold: UInt64) {
        self.maxEntryCount = maxEntryCount
        self.maxTotalUncompressedSize = maxTotalUncompressedSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
    }

    /// 2,000 parts, 256 MiB uncompressed, ratio 500:1 above 1 MiB — far beyond any real form.
    package static let `default` = PackageLimits(
        maxEntryCount: 2_000, maxTotalUncompressedSize: 256 << 20, maxCompressionRatio: 500, ratioThreshold: 1 << 20)
}
