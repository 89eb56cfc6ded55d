import OOXML
import XMLCore

/// Sets a rendered paragraph's style (`w:pPr/w:pStyle`, the first property, as the schema wants).
enum ParagraphStyle {
    /// Gives `paragraph` (a `w:p` of `document`) the paragraph style `id`.
    static func set(_ id: String, in paragraph: XMLNode, document: XMLDocument) {
        let properties =
            paragraph.firstChild("pPr", namespace: Namespace.w)
            ?? {
                let created = document.createElement("pPr", namespace: Namespace.wordprocessing)
                if let first = paragraph.firstChild { first.insertBefore(created) } else { paragraph.append(created) }
                return created
            }()
        let style = document.createElement("pStyle", namespace: Namespace.wordprocessing)
        style.setAttribute("val", namespace: Namespace.wordprocessing, to: id)
        if let old = properties.firstChild("pStyle", namespace: Namespace.w) {
            old.insertBefore(style)
            old.remove()
        } else if let first = properties.firstChild {
            first.insertBefore(style)
        } else {
            properties.append(style)
        }
    }
}
