package import OOXML

/// One rendered form: its descriptor, the package and its `.docx` bytes.
package struct RenderedDocument: Sendable {
    /// The form.
    package var form: FormDescriptor
    /// The form's id and template fingerprint, as recorded in the provenance.
    package var stamp: Provenance.FormStamp
    /// The rendered package, kept only when the whole dossier is bound from it (a large form's
    /// XML tree is several times its bytes: it is not held while the bytes are checked otherwise).
    package var package: OOXMLPackage?
    /// The `.docx` bytes written to disk.
    package var bytes: [UInt8]

    /// The file name: "5-M3-Bao-cao.docx".
    package var fileName: String { form.file + ".docx" }
}
