import OOXML
import XMLCore

/// Ends a paragraph where a value asked for a new one (docxtpl's `\a`): everything after the
/// point moves into a new paragraph right after it, with the same paragraph and run formatting
/// and the same enclosing elements (hyperlink, content control…), as docxtpl does.
enum ParagraphSplitter {
    /// The name of the marker element the tree renderer writes where a value holds `\a`.
    private static let markerName = "hoso-paragraph-break"
    /// Word 2010's namespace (`w14:paraId`, `w14:textId`).
    private static let word2010 = "http://schemas.microsoft.com/office/word/2010/wordml"

    /// A new marker, detached, in `document`.
    static func marker(in document: XMLDocument) -> XMLNode {
        document.createElement(markerName, namespace: nil)
    }

    /// Splits every element from the marker's parent up to its paragraph at the marker, then
    /// removes the marker. A marker outside any paragraph is only removed.
    static func split(at marker: XMLNode) {
        defer { marker.remove() }
        guard marker.ancestor("p", namespace: Namespace.w) != nil else { return }
        var point = marker
        while let container = point.parent {
            let copy = container.shallowClone()
            if container.isElement("r", namespace: Namespace.w),
                let properties = container.firstChild("rPr", namespace: Namespace.w)
            {
                copy.append(properties.clone())
            }
            let isParagraph = container.isElement("p", namespace: Namespace.w)
            if isParagraph {
                // Word wants these identifiers unique; the new paragraph goes without.
                copy.removeAttribute("paraId", namespace: word2010)
                copy.removeAttribute("textId", namespace: word2010)
                if let properties = container.firstChild("pPr", namespace: Namespace.w) {
                    copy.append(properties.clone())
                    // The section now ends with the second paragraph, which carries its properties.
                    properties.firstChild("sectPr", namespace: Namespace.w)?.remove()
                }
            }
            var next = point.nextSibling
            while let sibling = next {
                next = sibling.nextSibling
                sibling.remove()
                copy.append(sibling)
            }
            container.insertAfter(copy)
            if isParagraph { return }
            point = container
        }
    }
}
