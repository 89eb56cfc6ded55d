/// A sub-document given as data, printed by `{{p x }}`: `{"docx": "annex.docx"}` — the path
/// relative to the data file's folder, read like a picture (confined to it, size-limited).
struct SubdocumentValue: Equatable {
    /// The path as written.
    var path: String

    /// The sub-document `value` describes; nil when it is not an object with a `docx` field.
    static func parse(_ value: TemplateValue) throws(EvaluationFailure) -> SubdocumentValue? {
        guard case .object(let fields) = value, let path = fields["docx"] else { return nil }
        for key in fields.keys.sorted() where key != "docx" {
            throw EvaluationFailure(message: TemplateMessages.subdocumentField(key))
        }
        guard case .string(let text) = path, !text.isEmpty else { throw EvaluationFailure(message: TemplateMessages.subdocumentPathValue(path.text)) }
        return SubdocumentValue(path: text)
    }
}
