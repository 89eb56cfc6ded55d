/// The namespace URIs hoso reads and writes, as static strings for fast name comparisons.
public enum Namespace {
    /// WordprocessingML main (`w:`).
    public static let w: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// Office relationships in markup (`r:id`).
    public static let r: StaticString = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// DrawingML in WordprocessingML (`wp:docPr`).
    public static let wp: StaticString = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    /// OPC package relationships (`.rels` parts).
    public static let packageRelationships: StaticString = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// OPC content types (`[Content_Types].xml`).
    public static let contentTypes: StaticString = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// Dublin Core elements (`dc:title` in `docProps/core.xml`).
    public static let dublinCore: StaticString = "http://purl.org/dc/elements/1.1/"

    /// `w:` as a `String`, for attribute calls.
    public static var wordprocessing: String { w.description }
}

/// Relationship types hoso follows from the main document part.
public enum RelationshipType {
    /// The main document part, from the package's `_rels/.rels`.
    public static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    /// Core properties (`docProps/core.xml`).
    public static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    /// A header part.
    public static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    /// A footer part.
    public static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    /// The footnotes part.
    public static let footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    /// The endnotes part.
    public static let endnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
}
