import XMLCore

/// The font size and weight of a paragraph's runs, as `word/styles.xml` and the runs' own
/// properties set them (paragraph styles followed through `w:basedOn`): what `ColumnFit` measures.
struct FontStyles {
    private struct Font {
        var halfPoints: Int?
        var bold: Bool?
        var basedOn: String?
    }

    private var styles: [String: Font] = [:]
    private var defaultHalfPoints = 24

    init(package: OOXMLPackage) {
        guard let document = try? package.xmlPart("word/styles.xml"), let root = document.root else { return }
        if let size = root.firstChild("docDefaults", namespace: Namespace.w)?
            .firstChild("rPrDefault", namespace: Namespace.w)?.firstChild("rPr", namespace: Namespace.w)
            .flatMap(Self.halfPoints)
        {
            defaultHalfPoints = size
        }
        for style in root.elementChildren where style.isElement("style", namespace: Namespace.w) {
            guard style.attribute("type", namespace: Namespace.wordprocessing) == "paragraph",
                let id = style.attribute("styleId", namespace: Namespace.wordprocessing)
            else { continue }
            let properties = style.firstChild("rPr", namespace: Namespace.w)
            styles[id] = Font(
                halfPoints: properties.flatMap(Self.halfPoints), bold: properties.flatMap(Self.bold),
                basedOn: style.firstChild("basedOn", namespace: Namespace.w)?.attribute("val", namespace: Namespace.wordprocessing))
        }
    }

    /// The text of `paragraph`'s runs, each with its font.
    func pieces(of paragraph: XMLNode) -> [ColumnFit.Piece] {
        let styleID = paragraph.firstChild("pPr", namespace: Namespace.w)?.firstChild("pStyle", namespace: Namespace.w)?
            .attribute("val", namespace: Namespace.wordprocessing)
        let base = resolved(styleID)
        var pieces: [ColumnFit.Piece] = []
        for run in paragraph.descendants("r", namespace: Namespace.w) {
            let text = run.elementChildren.filter { $0.isElement("t", namespace: Namespace.w) }.map(\.textContent).joined()
            guard !text.isEmpty else { continue }
            let own = run.firstChild("rPr", namespace: Namespace.w)
            pieces.append(
                ColumnFit.Piece(
                    text: text, halfPoints: own.flatMap(Self.halfPoints) ?? base.halfPoints,
                    bold: own.flatMap(Self.bold) ?? base.bold))
        }
        return pieces
    }

    private func resolved(_ id: String?) -> (halfPoints: Int, bold: Bool) {
        var halfPoints: Int?
        var bold: Bool?
        var next = id
        var seen: Set<String> = []
        while let current = next, let font = styles[current], seen.insert(current).inserted {
            halfPoints = halfPoints ?? font.halfPoints
            bold = bold ?? font.bold
            next = font.basedOn
        }
        return (halfPoints ?? defaultHalfPoints, bold ?? false)
    }

    private static func halfPoints(_ properties: XMLNode) -> Int? {
        properties.firstChild("sz", namespace: Namespace.w)?.attribute("val", namespace: Namespace.wordprocessing).flatMap { Int($0) }
    }

    private static func bold(_ properties: XMLNode) -> Bool? {
        guard let element = properties.firstChild("b", namespace: Namespace.w) else { return nil }
        let value = element.attribute("val", namespace: Namespace.wordprocessing)
        return value != "0" && value != "false"
    }
}
