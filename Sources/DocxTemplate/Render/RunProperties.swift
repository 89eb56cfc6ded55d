import OOXML
import XMLCore

/// Writes a rich-text segment's formatting into a run's `w:rPr`, each element where the schema
/// wants it (CT_RPr is a sequence) and replacing one already there.
enum RunProperties {
    /// The order of CT_RPr's children.
    private static let order = [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath",
    ]
    private static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

    /// Sets `segment`'s formatting in `properties` (a `w:rPr` of `document`).
    static func apply(_ segment: RichText.Segment, to properties: XMLNode, in document: XMLDocument) {
        func set(_ name: String, _ attributes: [(String, String)]) {
            let element = document.createElement(name, namespace: Namespace.wordprocessing)
            for (attribute, value) in attributes { element.setAttribute(attribute, namespace: Namespace.wordprocessing, to: value) }
            let position = rank[name] ?? order.count
            var child = properties.firstChild
            while let current = child {
                if current.isElement, current.namespaceURI == Namespace.wordprocessing {
                    if current.localName == name {
                        current.insertBefore(element)
                        current.remove()
                        return
                    }
                    if (rank[current.localName] ?? order.count) > position {
                        current.insertBefore(element)
                        return
                    }
                }
                child = current.nextSibling
            }
            properties.append(element)
        }
        if let style = segment.style { set("rStyle", [("val", style)]) }
        if let font = segment.font {
            if let script = segment.fontScript {
                // One script's font: the tag's fonts for the other scripts stay.
                if let fonts = properties.firstChild("rFonts", namespace: Namespace.w) {
                    fonts.setAttribute(script, namespace: Namespace.wordprocessing, to: font)
                } else {
                    set("rFonts", [(script, font)])
                }
            } else {
                set("rFonts", [("ascii", font), ("hAnsi", font), ("cs", font), ("eastAsia", font)])
            }
        }
        if let bold = segment.bold {
            set("b", bold ? [] : [("val", "0")])
            set("bCs", bold ? [] : [("val", "0")])
        }
        if let italic = segment.italic {
            set("i", italic ? [] : [("val", "0")])
            set("iCs", italic ? [] : [("val", "0")])
        }
        if let strike = segment.strike { set("strike", strike ? [] : [("val", "0")]) }
        if let color = segment.color { set("color", [("val", color)]) }
        if let halfPoints = segment.halfPoints {
            set("sz", [("val", String(halfPoints))])
            set("szCs", [("val", String(halfPoints))])
        }
        if let highlight = segment.highlight { set("highlight", [("val", highlight)]) }
        if let underline = segment.underline { set("u", [("val", underline)]) }
        if let shading = segment.shading { set("shd", [("val", "clear"), ("color", "auto"), ("fill", shading)]) }
        if let alignment = segment.verticalAlignment { set("vertAlign", [("val", alignment)]) }
        if let rightToLeft = segment.rightToLeft { set("rtl", rightToLeft ? [] : [("val", "0")]) }
        if let language = segment.language { set("lang", [("val", language)]) }
    }
}
