import OOXML

/// One rendered form: its descriptor, the package and its `.docx` bytes.
public struct RenderedDocument: Sendable {
    /// The form.
    public var form: FormDescriptor
    /// The form's id and template fingerprint, as recorded in the provenance.
    public var stamp: Provenance.FormStamp
    /// The rendered package, kept only when the whole dossier is bound from it (a large form's
    /// XML tree is several times its bytes: it is not held while the bytes are checked otherwise).
    public var package: OOXMLPackage?
    /// The `.docx` bytes written to disk.
    public var bytes: [UInt8]

    /// The file name: "5-M3-Bao-cao.docx".
    public var fileName: String { form.file + ".docx" }
}
