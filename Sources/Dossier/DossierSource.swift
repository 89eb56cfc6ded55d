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

    /// A source given in full.
    public init(dataName: String, dataText: String, rubricReference: String, rubricIsBuiltIn: Bool, rubricText: String) {
        self.dataName = dataName
        self.dataText = dataText
        self.rubricReference = rubricReference
        self.rubricIsBuiltIn = rubricIsBuiltIn
        self.rubricText = rubricText
    }

    enum CodingKeys: String, CodingKey {
        case dataName = "data_name"
        case dataText = "data_text"
        case rubricReference = "rubric_reference"
        case rubricIsBuiltIn = "rubric_is_built_in"
        case rubricText = "rubric_text"
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
        let source = DossierSource(
            dataName: (path as NSString).lastPathComponent,
            dataText: VietnameseNormalizer.normalize(MembersBlock.inliningMembersFile(
                data, directory: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)),
            rubricReference: rubric.reference, rubricIsBuiltIn: rubric.isBuiltIn,
            rubricText: VietnameseNormalizer.normalize(rubricText))
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
        if rubricIsBuiltIn {
            try fm.createDirectory(at: catalogDirectory, withIntermediateDirectories: true)
            try rubricText.write(to: catalogDirectory.appendingPathComponent("\(rubricReference).yaml"), atomically: false, encoding: .utf8)
        } else {
            guard !rubricReference.hasPrefix("/") else { throw DossierError.unverifiable(rubricReference) }
            // "../rubrics/x.yaml" climbs out of the data folder: nest the data folder deep enough.
            let climbs = rubricReference.split(separator: "/").filter { $0 == ".." }.count
            for level in 0..<climbs { dataDirectory.appendPathComponent("d\(level)") }
            let rubricFile = dataDirectory.appendingPathComponent(rubricReference).standardizedFileURL
            guard rubricFile.path.hasPrefix(root.path + "/") else { throw DossierError.unverifiable(rubricReference) }
            try fm.createDirectory(at: rubricFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rubricText.write(to: rubricFile, atomically: false, encoding: .utf8)
        }
        try fm.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let loader = AssessmentLoader(catalog: RubricCatalog(directories: [catalogDirectory.path]))
        return loader.parse(text: dataText, file: dataName, directory: dataDirectory.path)
    }
}
