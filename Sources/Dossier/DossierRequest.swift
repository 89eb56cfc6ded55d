package import DocxTemplate
import Foundation

/// One job for `DossierPipeline`: where the data comes from, which forms replace the shipped ones,
/// which forms to render, and whether to bind the whole dossier.
package struct DossierRequest: Sendable {
    /// Where the data comes from.
    package enum Input: Sendable {
        /// A data file on disk, named in messages and in the manifest as given (read once).
        case file(path: String)
        /// A data file's bytes already in memory (a web upload); `name` names it in messages and
        /// `directory` resolves a relative `rubric:` path.
        case bytes([UInt8], name: String, directory: String = ".")
        /// The data and rubric embedded in a DOCX (`hoso verify`): nothing is read from disk.
        case embedded(DossierSource)
    }

    /// Where the data comes from.
    package var input: Input
    /// Forms replaced by the school's own `.docx` (`--form ID=FILE`).
    package var customForms: [CustomForm]
    /// The form ids to render (`--only M3,M4`); nil for the whole dossier.
    package var only: [String]?
    /// Whether to bind the whole dossier into `Ho-so.docx` (when more than one form is rendered).
    package var book: Bool
    /// Which renderers fill the forms (`hoso-bench --renderers` compares them; same bytes).
    package var renderers: Template.Renderers = .fastest

    /// A request; by default every form of the data's regime and the bound book.
    package init(input: Input, customForms: [CustomForm] = [], only: [String]? = nil, book: Bool = true) {
        self.input = input
        self.customForms = customForms
        self.only = only
        self.book = book
    }
}

/// A school's own version of a form (`--form M3=mau-M3.docx`): the form id and the `.docx` file
/// (or unpacked folder) that replaces the shipped form.
package struct CustomForm: Sendable, Hashable {
    /// The form id as the user typed it ("M3").
    package var id: String
    /// The `.docx` file or unpacked folder.
    package var file: String

    /// A custom form.
    package init(id: String, file: String) {
        self.id = id
        self.file = file
    }

    /// Parses `ID=FILE` as typed on the command line; nil when there is no `=`, no id or no file.
    package init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let id = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let file = String(argument[argument.index(after: equals)...])
        guard !id.isEmpty, !file.isEmpty else { return nil }
        self.init(id: id, file: file)
    }
}
