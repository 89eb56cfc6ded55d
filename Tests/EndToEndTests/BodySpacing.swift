import Foundation

/// Decree 30 §5: body paragraphs are at least 6 pt apart (`spacing after=120`). Checks the shared
/// styles and every form's paragraphs, as faults named "FORM: style/text: after=N".
enum BodySpacing {
    static let minimumAfter = 120

    /// A paragraph style: its parent and its own spacing after, when it sets one.
    struct Style { var basedOn: String?; var after: Int? }

    /// The paragraph styles of a styles.xml, by id.
    static func styles(_ xml: String) -> [String: Style] {
        var styles: [String: Style] = [:]
        for match in xml.matches(of: #/<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>/#.dotMatchesNewlines()) {
            let body = String(match.output.2)
            styles[String(match.output.1)] = Style(
                basedOn: body.firstMatch(of: #/<w:basedOn w:val="([^"]+)"/#).map { String($0.output.1) },
                after: body.firstMatch(of: #/<w:pPr>.*?<w:spacing [^>]*w:after="(\d+)"/#.dotMatchesNewlines()).flatMap { Int($0.output.1) })
        }
        return styles
    }

    /// Whether `id` is body text: "Body" or a style based on it.
    static func isBody(_ id: String, _ styles: [String: Style]) -> Bool {
        var current: String? = id
        var seen: Set<String> = []
        while let name = current, seen.insert(name).inserted {
            if name == "Body" { return true }
            current = styles[name]?.basedOn
        }
        return false
    }

    /// The spacing after a style gives, through its parents; 0 when none sets it.
    static func after(_ id: String, _ styles: [String: Style]) -> Int {
        var current: String? = id
        var seen: Set<String> = []
        while let name = current, seen.insert(name).inserted {
            if let after = styles[name]?.after { return after }
            current = styles[name]?.basedOn
        }
        return 0
    }

    /// Every body style below the minimum, then every body paragraph of a form with text that sets
    /// less (a paragraph just before a table or at the end of the section may close up to it;
    /// comments between them do not count).
    static func faults(styles xml: String, forms: [(name: String, document: String)]) -> [String] {
        let styles = styles(xml)
        var faults = styles.keys.sorted().filter { isBody($0, styles) && after($0, styles) < minimumAfter }
            .map { "styles.xml: \($0): after=\(after($0, styles))" }
        for form in forms {
            for match in form.document.matches(of: #/<w:p>(.*?)</w:p>\s*(?:<!--.*?-->\s*)*(<[a-zA-Z:]+)?/#.dotMatchesNewlines()) {
                let paragraph = String(match.output.1)
                guard let style = paragraph.firstMatch(of: #/<w:pStyle w:val="([^"]+)"/#).map({ String($0.output.1) }),
                    isBody(style, styles)
                else { continue }
                let text = paragraph.matches(of: #/<w:t(?: [^>]*)?>([^<]*)</w:t>/#).map { String($0.output.1) }.joined()
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                if let next = match.output.2, next == "<w:tbl" || next == "<w:sectPr" { continue }
                let direct = paragraph.firstMatch(of: #/<w:pPr>.*?<w:spacing [^>]*w:after="(\d+)"/#.dotMatchesNewlines())
                    .flatMap { Int($0.output.1) }
                let effective = direct ?? after(style, styles)
                if effective < minimumAfter {
                    faults.append("\(form.name): \(style) “\(text.prefix(40))”: after=\(effective)")
                }
            }
        }
        return faults
    }
}
