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

    /// The source of data loaded from `text` with `rubric` (the text as read, before normalising).
    init(dataName: String, text: String, rubric: RubricSource) {
        self.init(
            dataName: dataName, dataText: VietnameseNormalizer.normalize(text),
            rubricReference: rubric.reference, rubricIsBuiltIn: rubric.isBuiltIn,
            rubricText: VietnameseNormalizer.normalize(rubric.text))
    }

    /// Loads the assessment from the embedded texts alone: the rubric comes from `rubricText`,
    /// whatever `rubricReference` says, and nothing is read from (or written to) the file system.
    public func load() -> LoadResult {
        AssessmentLoader(catalog: .inMemory([rubricReference: rubricText])).parse(text: dataText, file: dataName)
    }
}
