package import Assessment
import Diagnostics
import Foundation

/// Reads a data file (YAML, or JSON, which is YAML) into a validated `Assessment`, collecting every
/// problem with `file:line:col`, the key path and the offending value.
///
/// ```swift
/// let result = AssessmentLoader().load(path: "Fixtures/an-son-2023.yaml")
/// if let assessment = result.assessment { … }
/// print(result.diagnostics.map { $0.rendered(in: .vi) })
/// ```
package struct AssessmentLoader: Sendable {
    /// Where built-in rubrics are looked up.
    package var catalog: RubricCatalog
    /// Caps on the data file's size and on its values once aliases are expanded.
    package var limits: DataLimits

    /// A loader using `catalog` (the standard search by default) and `limits`.
    package init(catalog: RubricCatalog = .standard, limits: DataLimits = .default) {
        self.catalog = catalog
        self.limits = limits
    }

    /// Reads the file at `path`; messages name it `displayName` (the path as given by default).
    package func load(path: String, displayName: String? = nil) -> LoadResult {
        let name = displayName ?? path
        let source = YAMLSource.read(path: path, displayName: name, limits: limits)
        let directory = (path as NSString).deletingLastPathComponent
        return decode(source, file: name, directory: directory.isEmpty ? "." : directory)
    }

    /// Reads data given as a file's bytes (UTF-8 checked first, as `load(path:)` does);
    /// `directory` resolves a relative rubric path.
    package func parse(bytes: [UInt8], file: String, directory: String = ".") -> LoadResult {
        decode(YAMLSource.parse(bytes: bytes, file: file, limits: limits), file: file, directory: directory)
    }

    /// Reads data given as text; `directory` resolves a relative rubric path.
    package func parse(text: String, file: String, directory: String = ".") -> LoadResult {
        decode(YAMLSource.parse(text: text, file: file, limits: limits), file: file, directory: directory)
    }

    /// The built-in rubric `id` of the catalogue (held in memory, else `<id>.yaml` in its folder),
    /// read; nil when there is no such rubric or it has errors.
    package func builtInRubric(_ id: String) -> Rubric? {
        if let text = catalog.texts[id] { return RubricLoader.parse(text: text, file: "Forms/rubrics/\(id).yaml", id: id).rubric }
        guard let path = catalog.path(ofBuiltIn: id) else { return nil }
        return RubricLoader.load(path: path, displayName: "Forms/rubrics/\(id).yaml", id: id).rubric
    }

    private func decode(_ source: YAMLSource, file: String, directory: String) -> LoadResult {
        guard let root = source.root else { return LoadResult(assessment: nil, diagnostics: source.diagnostics) }
        let reader = NodeReader(file: file)
        reader.append(source.diagnostics)
        let decoder = AssessmentDecoder(reader: reader, dataDirectory: directory, catalog: catalog)
        decoder.sourceLines = source.lines
        let assessment = decoder.decode(root)
        let ordered = reader.diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.location, r = rhs.element.location
            let lKey = (l?.file == file ? 0 : 1, l?.file ?? "", l?.line ?? 0, l?.column ?? 0, lhs.offset)
            let rKey = (r?.file == file ? 0 : 1, r?.file ?? "", r?.line ?? 0, r?.column ?? 0, rhs.offset)
            return lKey < rKey
        }.map(\.element)
        var result = LoadResult(
            assessment: ordered.hasErrors ? nil : assessment, diagnostics: ordered,
            rubricSource: decoder.rubricSource, fallbackRubricSource: decoder.fallbackRubricSource)
        result.members = decoder.decodedMembers
        result.regime = decoder.decodedRegime
        result.rubricReference = decoder.rubricReference
        result.rubric = decoder.namedRubric
        result.membersFileLines = decoder.membersFileLines
        result.lines = source.lines
        return result
    }
}
