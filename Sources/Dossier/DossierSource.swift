import AssessmentInput
import Foundation
import VietnameseText

/// The inputs a dossier is rendered from, as text: the data file (NFC) and the rubric file it
/// names. Embedded in every output so that anyone can later re-render and compare.
public struct DossierSource: Sendable, Codable, Equatable {
    /// The data file's name (no folder: the same data gives the same output wherever it lies).
    public var dataName: String
    /// The data file's text, normalised (NFC, Ð→Đ) as the loader reads it.
    public var dataText: String
    /// The value of `rubric:` (a built-in id or a path relative to the data file).
    public var rubricReference: String
    /// Whether `rubricReference` is a built-in id.
    public var rubricIsBuiltIn: Bool
    /// The rubric file's text.
    public var rubricText: String
    /// TT24: the `fallback:` value of the rubric (the lower level's rubric, a built-in id or a path
    /// relative to the rubric's file); nil when the rubric names none. Optional in the JSON, so
    /// provenance written before it decodes unchanged.
    public var fallbackRubricReference: String?
    /// Whether `fallbackRubricReference` is a built-in id.
    public var fallbackRubricIsBuiltIn: Bool?
    /// The lower level's rubric file's text.
    public var fallbackRubricText: String?

    /// A source given in full.
    public init(dataName: String, dataText: String, rubricReference: String, rubricIsBuiltIn: Bool, rubricText: String,
                fallbackRubricReference: String? = nil, fallbackRubricIsBuiltIn: Bool? = nil, fallbackRubricText: String? = nil) {
        self.dataName = dataName
        self.dataText = dataText
        self.rubricReference = rubricReference
        self.rubricIsBuiltIn = rubricIsBuiltIn
        self.rubricText = rubricText
        self.fallbackRubricReference = fallbackRubricReference
        self.fallbackRubricIsBuiltIn = fallbackRubricIsBuiltIn
        self.fallbackRubricText = fallbackRubricText
    }

    enum CodingKeys: String, CodingKey {
        case dataName = "data_name"
        case dataText = "data_text"
        case rubricReference = "rubric_reference"
        case rubricIsBuiltIn = "rubric_is_built_in"
        case rubricText = "rubric_text"
        case fallbackRubricReference = "fallback_rubric_reference"
        case fallbackRubricIsBuiltIn = "fallback_rubric_is_built_in"
        case fallbackRubricText = "fallback_rubric_text"
    }

    /// Loads the data file at `path` with the rubrics of `formsRoot`; the source is nil when the
    /// data did not load (the result's diagnostics say why).
    public static func load(path: String, formsRoot: URL) -> (LoadResult, DossierSource?) {
        let loader = AssessmentLoader(catalog: RubricCatalog(directories: [formsRoot.appendingPathComponent("rubrics").path]))
        let result = loader.load(path: path)
        guard result.isValid, let rubric = result.rubricSource,
              let data = try? String(contentsOfFile: path, encoding: .utf8),
              let rubricText = try? String(contentsOfFile: rubric.path, encoding: .utf8) else {
            return (result, nil)
        }
        var source = DossierSource(
            dataName: (path as NSString).lastPathComponent, dataText: VietnameseNormalizer.normalize(data),
            rubricReference: rubric.reference, rubricIsBuiltIn: rubric.isBuiltIn,
            rubricText: VietnameseNormalizer.normalize(rubricText))
        if let fallback = result.fallbackRubricSource {
            guard let text = try? String(contentsOfFile: fallback.path, encoding: .utf8) else { return (result, nil) }
            source.fallbackRubricReference = fallback.reference
            source.fallbackRubricIsBuiltIn = fallback.isBuiltIn
            source.fallbackRubricText = VietnameseNormalizer.normalize(text)
        }
        return (result, source)
    }

    /// Loads the assessment again from the embedded texts alone (the rubric is written to a
    /// temporary folder where the data expects it).
    public func reload() throws -> LoadResult {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("hoso-source-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        var dataDirectory = root.appendingPathComponent("data")
        let catalogDirectory = root.appendingPathComponent("rubrics")
        try fm.createDirectory(at: catalogDirectory, withIntermediateDirectories: true)
        var rubricFile = catalogDirectory.appendingPathComponent("\(rubricReference).yaml")
        if rubricIsBuiltIn {
            try rubricText.write(to: rubricFile, atomically: false, encoding: .utf8)
        } else {
            guard !rubricReference.hasPrefix("/") else { throw DossierError.unverifiable(rubricReference) }
            // "../rubrics/x.yaml" climbs out of the data folder: nest the data folder deep enough.
            let climbs = rubricReference.split(separator: "/").filter { $0 == ".." }.count
            for level in 0..<climbs { dataDirectory.appendPathComponent("d\(level)") }
            rubricFile = dataDirectory.appendingPathComponent(rubricReference).standardizedFileURL
            guard rubricFile.path.hasPrefix(root.path + "/") else { throw DossierError.unverifiable(rubricReference) }
            try fm.createDirectory(at: rubricFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rubricText.write(to: rubricFile, atomically: false, encoding: .utf8)
        }
        try writeFallbackRubric(root: root, catalog: catalogDirectory, besideRubric: rubricFile.deletingLastPathComponent())
        try fm.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let loader = AssessmentLoader(catalog: RubricCatalog(directories: [catalogDirectory.path]))
        return loader.parse(text: dataText, file: dataName, directory: dataDirectory.path)
    }

    /// Writes the lower level's rubric where the rubric expects it: in the catalogue for a built-in
    /// id, else relative to the rubric's folder (never outside `root`).
    private func writeFallbackRubric(root: URL, catalog: URL, besideRubric folder: URL) throws {
        guard let reference = fallbackRubricReference, let text = fallbackRubricText else { return }
        let file: URL
        if fallbackRubricIsBuiltIn ?? true {
            file = catalog.appendingPathComponent("\(reference).yaml")
        } else {
            guard !reference.hasPrefix("/") else { throw DossierError.unverifiable(reference) }
            file = folder.appendingPathComponent(reference).standardizedFileURL
            guard file.path.hasPrefix(root.path + "/") else { throw DossierError.unverifiable(reference) }
        }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }
}
