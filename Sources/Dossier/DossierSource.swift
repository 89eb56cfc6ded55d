package import AssessmentInput
import Foundation
import VietnameseText

/// The inputs a dossier is rendered from, as text: the data file (NFC) and the rubric file it
/// names. Embedded in every output so that anyone can later re-render and compare.
package struct DossierSource: Sendable, Codable, Hashable {
    /// The data file's name (no folder: the same data gives the same output wherever it lies).
    package var dataName: String
    /// The data file's text, normalised (NFC, Ð→Đ) as the loader reads it.
    package var dataText: String
    /// The value of `rubric:` (a built-in id or a path relative to the data file).
    package var rubricReference: String
    /// Whether `rubricReference` is a built-in id.
    package var rubricIsBuiltIn: Bool
    /// The rubric file's text.
    package var rubricText: String
    /// TT24: the `fallback:` value of the rubric (the lower level's rubric, a built-in id or a path
    /// relative to the rubric's file); nil when the rubric names none. Optional in the JSON, so
    /// provenance written before it decodes unchanged.
    package var fallbackRubricReference: String?
    /// Whether `fallbackRubricReference` is a built-in id.
    package var fallbackRubricIsBuiltIn: Bool?
    /// The lower level's rubric file's text.
    package var fallbackRubricText: String?

    /// A source given in full.
    package init(
        dataName: String, dataText: String, rubricReference: String, rubricIsBuiltIn: Bool, rubricText: String,
        fallbackRubricReference: String? = nil, fallbackRubricIsBuiltIn: Bool? = nil, fallbackRubricText: String? = nil
    ) {
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

    /// The source of data loaded from `text` with `rubric` and, for a TT24 level that falls back to a
    /// lower one, `fallback` (the texts as read, before normalising).
    init(dataName: String, text: String, rubric: RubricSource, fallback: RubricSource? = nil) {
        self.init(
            dataName: dataName, dataText: VietnameseNormalizer.normalize(text),
            rubricReference: rubric.reference, rubricIsBuiltIn: rubric.isBuiltIn,
            rubricText: VietnameseNormalizer.normalize(rubric.text),
            fallbackRubricReference: fallback?.reference, fallbackRubricIsBuiltIn: fallback?.isBuiltIn,
            fallbackRubricText: fallback.map { VietnameseNormalizer.normalize($0.text) })
    }

    /// Loads the assessment from the embedded texts alone: the rubric comes from `rubricText` (and the
    /// lower level's from `fallbackRubricText`), whatever the references say, and nothing is read from
    /// (or written to) the file system.
    package func load() -> LoadResult {
        var texts = [rubricReference: rubricText]
        if let fallbackRubricReference, let fallbackRubricText, texts[fallbackRubricReference] == nil {
            texts[fallbackRubricReference] = fallbackRubricText
        }
        return AssessmentLoader(catalog: .inMemory(texts)).parse(text: dataText, file: dataName)
    }
}
