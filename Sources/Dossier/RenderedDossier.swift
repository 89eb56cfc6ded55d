package import Assessment
package import Diagnostics

/// A data file read and validated by `DossierPipeline.load`: the assessment, the texts to embed,
/// and the input as the manifest records it (its name and the SHA-256 of the very bytes parsed).
package struct LoadedDossier: Sendable {
    /// The validated assessment.
    package var assessment: Assessment
    /// The data and rubric texts embedded in every output.
    package var source: DossierSource
    /// The input as the user named it ("Fixtures/an-son-2023.yaml").
    package var inputName: String
    /// SHA-256 of the input's bytes, as read once.
    package var inputSHA256: String
    /// The warnings of the data (a loaded dossier has no errors).
    package var diagnostics: [Diagnostic]
}

/// What `DossierPipeline.render` returns: every document in binding order and the bound book,
/// as bytes ready to be written, with what the manifest needs.
package struct RenderedDossier: Sendable {
    /// The data the documents were rendered from.
    package var loaded: LoadedDossier
    /// The rendered forms, in binding order.
    package var documents: [RenderedDocument]
    /// `Ho-so.docx`: the whole dossier bound in one document, when asked for and more than one form.
    package var book: [UInt8]?

    /// The assessment.
    package var assessment: Assessment { loaded.assessment }

    /// Every file to write, in order: the forms, then `Ho-so.docx`.
    package var files: [(name: String, bytes: [UInt8])] {
        documents.map { ($0.fileName, $0.bytes) } + (book.map { [(DossierPipeline.bookFileName, $0)] } ?? [])
    }
}
