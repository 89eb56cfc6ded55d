import Diagnostics
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
        /// A font for every script (`"Arial"`), or for one (`"eastAsia:Microsoft YaHei"`, as docxtpl writes it).
        var font: String?
        /// The script `font` is for (`ascii`, `hAnsi`, `cs`, `eastAsia`); nil: all of them.
        var fontScript: String?
        /// A character style id (`w:rStyle`).
        var style: String?
        /// A background colour as 6 hex digits (docxtpl's `highlight: "#FFFF00"`), written as shading.
        var shading: String?
        /// Right-to-left text.
        var rightToLeft: Bool?
        /// The text's language tag (`vi-VN`).
        var language: String?
        var verticalAlignment: String?
        /// A hyperlink's address (`link`): the run goes inside a `w:hyperlink`.
        var link: String?
        /// A picture (`{"image": "logo.png", "width_mm": 40}` as an item): the run holds its drawing.
        var image: ImageValue?
    }

    /// The fields a run may set.
    static let fields = [
        "bold", "color", "font", "highlight", "italic", "lang", "link", "rtl", "size", "strike", "style", "subscript", "superscript", "text",
        "underline",
    ]

    /// ST_Underline's values.
    static let underlines: Set<String> = [
        "single", "words", "double", "thick", "dotted", "dottedHeavy", "dash", "dashedHeavy", "dashLong", "dashLongHeavy",
        "dotDash", "dashDotHeavy", "dotDotDash", "dashDotDotHeavy", "wave", "wavyHeavy", "wavyDouble", "none",
    ]

    /// The scripts a `font: "script:Name"` may name (the attributes of `w:rFonts`).
    static let fontScripts: Set<String> = ["ascii", "hAnsi", "cs", "eastAsia"]

    /// The highlight colours Word knows.
    static let highlights: Set<String> = [
        "black", "blue", "cyan", "green", "magenta", "red", "yellow", "white", "darkBlue", "darkCyan", "darkGreen",
        "darkMagenta", "darkRed", "darkYellow", "darkGray", "lightGray",
    ]

    /// Whether `address` is a web or mail address a hyperlink may point at.
    static func isLinkAddress(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) else { return false }
        return address.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0.properties.generalCategory != .spaceSeparator
        }
    }

    /// The paragraphs of a `{{p }}` value: a list whose items are each a rich text or
    /// `{"runs": rich text, "style": "Heading1"}`; any other value is one paragraph.
    static func paragraphs(of value: TemplateValue) throws(EvaluationFailure) -> [(segments: [Segment], style: String?)] {
        let items: [TemplateValue] =
            switch value {
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
                guard case .string(let name) = given, isStyleId(name) else {
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
            var problems: [LocalizedText] = []
            for (index, item) in items.enumerated() {
                do throws(EvaluationFailure) {
                    if case .list = item { throw EvaluationFailure(message: TemplateMessages.richTextShape) }
                    segments += try Self.segments(of: item)
                } catch {
                    problems += error.messages.map { TemplateMessages.richTextItem(index + 1, $0) }
                }
            }
            if let first = problems.first { throw EvaluationFailure(message: first, more: Array(problems.dropFirst())) }
            return segments
        case .object(let fields):
            if let image = try ImageValue.parse(value) { return [Segment(text: "", image: image)] }
            return [try segment(fields)]
        default: return [Segment(text: value.text)]
        }
    }

    /// One run from its fields; every bad field is reported, not only the first.
    private static func segment(_ fields: [String: TemplateValue]) throws(EvaluationFailure) -> Segment {
        var problems: [LocalizedText] = []
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            problems.append(TemplateMessages.richTextField(key, known: Self.fields))
        }
        var segment = Segment(text: fields["text"]?.text ?? "")
        func bad(_ name: String, _ value: TemplateValue) { problems.append(TemplateMessages.richTextValue(name, value.text)) }
        func flag(_ name: String) -> Bool? {
            guard let value = fields[name] else { return nil }
            guard case .bool(let flag) = value else { bad(name, value); return nil }
            return flag
        }
        segment.bold = flag("bold")
        segment.italic = flag("italic")
        segment.strike = flag("strike")
        segment.rightToLeft = flag("rtl")
        switch fields["underline"] {
        case nil: break
        case .bool(let flag)?: segment.underline = flag ? "single" : "none"
        case .string(let style)? where underlines.contains(style): segment.underline = style
        case let other?: bad("underline", other)
        }
        if let color = fields["color"] {
            if let hex = hexColour(color) { segment.color = hex } else { bad("color", color) }
        }
        if let highlight = fields["highlight"] {
            if case .string(let name) = highlight, highlights.contains(name) {
                segment.highlight = name
            } else if let hex = hexColour(highlight) {
                segment.shading = hex
            } else {
                bad("highlight", highlight)
            }
        }
        if let size = fields["size"] {
            if case .number(let points) = size, let halves = Arithmetic.whole(points * 2), (2...3276).contains(halves) {
                segment.halfPoints = halves
            } else {
                bad("size", size)
            }
        }
        if let font = fields["font"] {
            if case .string(let given) = font, !given.isEmpty {
                if let colon = given.firstIndex(of: ":"), fontScripts.contains(String(given[..<colon])), given.index(after: colon) < given.endIndex {
                    segment.fontScript = String(given[..<colon])
                    segment.font = String(given[given.index(after: colon)...])
                } else if given.contains(":") {
                    bad("font", font)
                } else {
                    segment.font = given
                }
            } else {
                bad("font", font)
            }
        }
        if let style = fields["style"] {
            if case .string(let id) = style, isStyleId(id) { segment.style = id } else { bad("style", style) }
        }
        if let language = fields["lang"] {
            if case .string(let tag) = language, isLanguageTag(tag) { segment.language = tag } else { bad("lang", language) }
        }
        if let link = fields["link"] {
            if case .string(let address) = link, Self.isLinkAddress(address) {
                segment.link = address
                // Shown as Word shows a hyperlink, unless the run says otherwise.
                if segment.color == nil { segment.color = "0563C1" }
                if segment.underline == nil { segment.underline = "single" }
            } else {
                problems.append(TemplateMessages.richTextLink(link.text))
            }
        }
        if flag("superscript") == true { segment.verticalAlignment = "superscript" }
        if flag("subscript") == true { segment.verticalAlignment = "subscript" }
        if let first = problems.first { throw EvaluationFailure(message: first, more: Array(problems.dropFirst())) }
        return segment
    }

    /// `value` as 6 upper-case hex digits, from `"C00000"` or `"#c00000"`.
    private static func hexColour(_ value: TemplateValue) -> String? {
        guard case .string(let text) = value else { return nil }
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        return hex.uppercased()
    }

    /// Whether `id` can be a Word style id (letters, digits, '-', '_').
    static func isStyleId(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Whether `tag` looks like a BCP 47 language tag (`vi-VN`, `zh-CN`, `ar-SA`).
    private static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
