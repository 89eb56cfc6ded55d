package import Diagnostics

/// Where a tag sits in a template: the part and line for tools, the place in Word's terms for
/// people ("đoạn 12", "bảng 1, hàng 2, ô 3"), and the tag itself as written.
package struct TemplateSite: Sendable, Hashable {
    /// `template:part:line` (column unknown: libxml2 records lines only).
    package var location: SourceLocation
    /// The place, as Word shows it.
    package var place: LocalizedText
    /// The tag as written, delimiters included.
    package var tag: String

    /// A site.
    package init(location: SourceLocation, place: LocalizedText, tag: String) {
        self.location = location
        self.place = place
        self.tag = tag
    }

    /// An error at this site quoting the tag.
    func diagnostic(_ message: LocalizedText) -> Diagnostic {
        Diagnostic(.error, at: location, path: place, TemplateMessages.inTag(tag, message))
    }
}
