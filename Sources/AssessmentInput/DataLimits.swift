/// Caps applied while reading a data or rubric file, so that a hostile or mistaken file (a 100 MB
/// scalar, `/dev/zero`, a YAML "alias bomb") fails at once with a clear message instead of
/// exhausting time or memory.
package struct DataLimits: Sendable, Equatable {
    /// Most bytes a file may have.
    package var maxFileSize: Int
    /// Most values (scalars, lists, mappings) the data may hold once its `*` aliases are expanded.
    package var maxValueCount: Int

    /// Custom limits.
    package init(maxFileSize: Int, maxValueCount: Int) {
        self.maxFileSize = maxFileSize
        self.maxValueCount = maxValueCount
    }

    /// 16 MiB and a million values: a unit's data takes tens of kilobytes, and 10,000 members
    /// under 1 MB and 100,000 values.
    package static let `default` = DataLimits(maxFileSize: 16 << 20, maxValueCount: 1_000_000)
}
