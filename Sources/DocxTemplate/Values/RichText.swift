import Foundation

/// A value printed by `{{r x }}`: runs of text with their own formatting, given as data — a
/// text, an object `{"text": "…", "bold": true, "color": "C00000", "size": 14, …}`, a picture
/// `{"image": "logo.png", "width_mm": 40}`, or a list of those. Each run starts from the tag's
/// own formatting; the fields change it.
struct RichText {
    /// One run's text and the formatting it sets (nil: the tag's).
    struct Segment: Equatable {
        var text: String
        var bold: Bool?
        var italic: Bool?
        var underline: String?
        var strike: Bool?
        var color: String?
        var highlight: String?
        /// Half-points, as WordprocessingML counts (`size` 14 is 28).
        var halfPoints: Int?
        var font: String?
        var verticalAlignment: String?
        /// A hyperlink's address (`link`): the run goes inside a `w:hyperlink`.
        var link: String?
        /// A picture (`{"image": "logo.png", "width_mm": 40}` as an item): the run holds its drawing.
        var image: ImageValue?
    }

    /// The fields a run may set.
    static let fields = ["bold", "color", "font", "highlight", "italic", "link", "size", "strike", "subscript", "superscript", "text", "underline"]

    /// The highlight colours Word knows.
    static let highlights: Set<String> = [
        "black", "blue", "cyan", "green", "magenta", "red", "yellow", "white", "darkBlue", "darkCyan", "darkGreen",
        "darkMagenta", "darkRed", "darkYellow", "darkGray", "lightGray",
    ]

    /// Whether `address` is a web or mail address a hyperlink may point at.
    static func isLinkAddress(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) else { return false }
        return address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0.properties.generalCategory != .spaceSeparator }
    }

    /// The paragraphs of a `{{p }}` value: a list whose items are each a rich text or
    /// `{"runs": rich text, "style": "Heading1"}`; any other value is one paragraph.
    static func paragraphs(of value: TemplateValue) throws(EvaluationFailure) -> [(segments: [Segment], style: String?)] {
        let items: [TemplateValue] = switch value {
        case .null: []
        case .list(let items): items
        default: [value]
        }
        var paragraphs: [(segments: [Segment], style: String?)] = []
        for item in items {
            guard case .object(let fields) = item, fields["runs"] != nil else {
                paragraphs.append((try segments(of: item), nil))
                continue
            }
            for key in fields.keys.sorted() where key != "runs" && key != "style" {
                throw EvaluationFailure(message: TemplateMessages.paragraphField(key))
            }
            var style: String?
            if let given = fields["style"] {
                guard case .string(let name) = given, !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
                    throw EvaluationFailure(message: TemplateMessages.paragraphStyle(given.text))
                }
                style = name
            }
            paragraphs.append((try segments(of: fields["runs"] ?? .null), style))
        }
        return paragraphs
    }

    /// The runs of `value`.
    static func segments(of value: TemplateValue) throws(EvaluationFailure) -> [Segment] {
        switch value {
        case .null: return []
        case .list(let items):
            var segments: [Segment] = []
            for item in items {
                if case .list = item { throw EvaluationFailure(message: TemplateMessages.richTextShape) }
                segments += try Self.segments(of: item)
            }
            return segments
        case .object(let fields):
            if let image = try ImageValue.parse(value) { return [Segment(text: "", image: image)] }
            return [try segment(fields)]
        default: return [Segment(text: value.text)]
        }
    }

    private static func segment(_ fields: [String: TemplateValue]) throws(EvaluationFailure) -> Segment {
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            throw EvaluationFailure(message: TemplateMessages.richTextField(key, known: Self.fields))
        }
        var segment = Segment(text: fields["text"]?.text ?? "")
        func flag(_ name: String) throws(EvaluationFailure) -> Bool? {
            guard let value = fields[name] else { return nil }
            guard case .bool(let flag) = value else { throw EvaluationFailure(message: TemplateMessages.richTextValue(name, value.text)) }
            return flag
        }
        segment.bold = try flag("bold")
        segment.italic = try flag("italic")
        segment.strike = try flag("strike")
        switch fields["underline"] {
        case nil: break
        case .bool(let flag)?: segment.underline = flag ? "single" : "none"
        case .string(let style)? where ["single", "double", "thick", "dotted", "dash", "wave", "words", "none"].contains(style):
            segment.underline = style
        case let other?: throw EvaluationFailure(message: TemplateMessages.richTextValue("underline", other.text))
        }
        if let color = fields["color"] {
            let hex = color.text.hasPrefix("#") ? String(color.text.dropFirst()) : color.text
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { throw EvaluationFailure(message: TemplateMessages.richTextValue("color", color.text)) }
            segment.color = hex.uppercased()
        }
        if let highlight = fields["highlight"] {
            guard case .string(let name) = highlight, highlights.contains(name) else {
                throw EvaluationFailure(message: TemplateMessages.richTextValue("highlight", highlight.text))
            }
            segment.highlight = name
        }
        if let size = fields["size"] {
            guard case .number(let points) = size, let halves = Arithmetic.whole(points * 2), (2...3276).contains(halves) else {
                throw EvaluationFailure(message: TemplateMessages.richTextValue("size", size.text))
            }
            segment.halfPoints = halves
        }
        if let font = fields["font"] {
            guard case .string(let name) = font, !name.isEmpty else { throw EvaluationFailure(message: TemplateMessages.richTextValue("font", font.text)) }
            segment.font = name
        }
        if let link = fields["link"] {
            guard case .string(let address) = link, Self.isLinkAddress(address) else { throw EvaluationFailure(message: TemplateMessages.richTextLink(link.text)) }
            segment.link = address
            // Shown as Word shows a hyperlink, unless the run says otherwise.
            if segment.color == nil { segment.color = "0563C1" }
            if segment.underline == nil { segment.underline = "single" }
        }
        if try flag("superscript") == true { segment.verticalAlignment = "superscript" }
        if try flag("subscript") == true { segment.verticalAlignment = "subscript" }
        return segment
    }
}
