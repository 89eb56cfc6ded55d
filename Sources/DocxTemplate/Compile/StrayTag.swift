import Diagnostics

/// An inline `if`/`for` tag left open, or a closer without its opener, in one container (a body,
/// a table cell, a header, a footer). Inline blocks may span the paragraphs of one container;
/// across containers they are an error naming both ends.
struct StrayTag {
    /// Where the tag is.
    var site: TemplateSite
    /// The closer it needs (an opener) or is (a closer), as `{% endif %}`.
    var tag: String
    var isLoop: Bool
    /// An opener left open (else a closer without an opener).
    var opens: Bool
    /// The opener it needs (a closer), or is (an opener).
    var opener: String

    /// One diagnostic per stray tag: an opener and a closer of the same kind that follow one
    /// another in document order name each other's place.
    static func diagnostics(_ strays: [StrayTag]) -> [Diagnostic] {
        let ordered = strays.enumerated().sorted {
            let (a, b) = ($0.element.site.location, $1.element.site.location)
            return (a.line, a.column, $0.offset) < (b.line, b.column, $1.offset)
        }.map(\.element)
        var diagnostics: [Diagnostic] = []
        var open: [StrayTag] = []
        for stray in ordered {
            if stray.opens {
                open.append(stray)
            } else if stray.tag.hasPrefix("{% end"), let opener = open.last, opener.isLoop == stray.isLoop {
                open.removeLast()
                diagnostics.append(opener.site.diagnostic(TemplateMessages.inlineAcrossContainers(closer: stray.tag, at: stray.site.place)))
                diagnostics.append(
                    stray.site.diagnostic(TemplateMessages.inlineClosedAcrossContainers(opener: opener.site.tag, at: opener.site.place)))
            } else {
                diagnostics.append(stray.site.diagnostic(TemplateMessages.inlineUnmatched(stray.tag, opener: stray.opener)))
            }
        }
        for opener in open { diagnostics.append(opener.site.diagnostic(TemplateMessages.inlineUnclosed(isLoop: opener.isLoop))) }
        return diagnostics
    }
}
