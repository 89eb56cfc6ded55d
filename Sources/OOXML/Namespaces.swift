/// The namespace URIs hoso reads and writes, as static strings for fast name comparisons.
package enum Namespace {
    /// WordprocessingML main (`w:`).
    package static let w: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// Office relationships in markup (`r:id`).
    package static let r: StaticString = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// DrawingML in WordprocessingML (`wp:docPr`).
    package static let wp: StaticString = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    /// OPC package relationships (`.rels` parts).
    package static let packageRelationships: StaticString = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// OPC content types (`[Content_Types].xml`).
    package static let contentTypes: StaticString = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// Dublin Core elements (`dc:title` in `docProps/core.xml`).
    package static let dublinCore: StaticString = "http://purl.org/dc/elements/1.1/"

    /// `w:` as a `String`, for attribute calls.
    package static var wordprocessing: String { w.description }
}

/// Relationship types hoso follows from the main document part.
package enum RelationshipType {
    /// The main document part, from the package's `_rels/.rels`.
    package static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    /// Core properties (`docProps/core.xml`).
    package static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    /// A header part.
    package static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    /// A footer part.
    package static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    /// The footnotes part.
    package static let footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    /// The endnotes part.
    package static let endnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
}
