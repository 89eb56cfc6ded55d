import Diagnostics
import OOXML
import XMLCore

/// Finds the tags of one paragraph on the XML tree and gives each tag a run of its own.
///
/// Word splits what the user typed as `{{ unit.name }}` over several runs (editing sessions,
/// spell-check marks, bookmarks, a `w:lang` change when the keyboard switches). The paragraph's
/// text is read as the concatenation of its `w:t` nodes, remembering which node each character
/// came from. Each tag's text is then moved into one new run that copies the formatting
/// (`w:rPr`) of the run where the tag starts; the other characters stay in their runs, and
/// everything that is not text (bookmarks, tabs, drawings) is left where it was.
/// A tag whose characters lie on both sides of a hyperlink, field or content-control edge is an
/// error.
struct ParagraphTagger {
    /// A tag found in the paragraph, now alone in `run`.
    struct Found {
        /// The run holding exactly the tag's text.
        var run: XMLNode
        /// The tag as written.
        var source: String
    }

    /// A `w:t` and where it lives.
    private struct Piece {
        var text: XMLNode
        var scalars: [Unicode.Scalar]
        var start: Int
        var containers: [XMLNode]
        var field: Int
        var end: Int { start + scalars.count }
    }

    private enum Segment {
        case text([Unicode.Scalar])
        case tag(String)
    }

    /// Isolates every tag of `paragraph`; problems go to `problems` as (message, tag text).
    static func isolateTags(in paragraph: XMLNode, problems: inout [(LocalizedText, String)]) -> [Found] {
        // Every tag starts with "{", every escaped delimiter holds "_": a paragraph without
        // either anywhere in its text has none.
        guard paragraph.textContains(UInt8(ascii: "{")) || paragraph.textContains(UInt8(ascii: "_")) else { return [] }
        var pieces: [Piece] = []
        var field = 0
        var offset = 0
        var skipped: [XMLNode] = []
        collect(paragraph, containers: [], pieces: &pieces, field: &field, offset: &offset, skipped: &skipped)
        reportUnreadTags(in: skipped, of: paragraph, problems: &problems)
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(offset)
        for piece in pieces { text += piece.scalars }
        guard TagScanner.mayContainTag(text) else { return [] }
        let scan = TagScanner.scan(text)
        if let unclosed = scan.unclosed {
            let snippet = String(scalars: text[unclosed.start..<min(text.count, unclosed.start + 40)])
            problems.append((TemplateMessages.unclosedTag(unclosed.opening), snippet))
        }
        var valid: [TagScanner.Occurrence] = []
        for occurrence in scan.occurrences {
            let source = String(scalars: text[occurrence.start..<occurrence.end])
            let touched = pieces.filter { $0.end > occurrence.start && $0.start < occurrence.end }
            if let boundary = crossedBoundary(touched) {
                problems.append((TemplateMessages.crossesBoundary(boundary), source))
            } else {
                valid.append(occurrence)
            }
        }
        guard !valid.isEmpty else { return [] }
        var found: [Found] = []
        for piece in pieces {
            var segments: [Segment] = []
            var cursor = piece.start
            var startsTag = false
            for occurrence in valid where occurrence.end > piece.start && occurrence.start < piece.end {
                if occurrence.start >= piece.start {
                    segments.append(.text(Array(text[cursor..<occurrence.start])))
                    segments.append(.tag(String(scalars: text[occurrence.start..<occurrence.end])))
                    startsTag = true
                }
                cursor = min(occurrence.end, piece.end)
            }
            if cursor == piece.start && !startsTag { continue }  // untouched piece
            segments.append(.text(Array(text[cursor..<piece.end])))
            if startsTag {
                found += split(piece, into: segments)
            } else {
                let remaining = segments.flatMap { segment -> [Unicode.Scalar] in
                    if case .text(let scalars) = segment { return scalars }
                    return []
                }
                setText(piece.text, remaining)
            }
        }
        return found
    }

    // MARK: Reading

    private static func collect(
        _ node: XMLNode, containers: [XMLNode], pieces: inout [Piece], field: inout Int, offset: inout Int, skipped: inout [XMLNode]
    ) {
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            guard current.isElement, current.namespaceURI == Namespace.wordprocessing else { continue }
            switch current.localName {
            case "r":
                for part in current.children {
                    if part.isElement("t", namespace: Namespace.w) {
                        let scalars = Array(part.textContent.unicodeScalars)
                        pieces.append(Piece(text: part, scalars: scalars, start: offset, containers: containers, field: field))
                        offset += scalars.count
                    } else if part.isElement("fldChar", namespace: Namespace.w) {
                        field += 1
                    } else if part.isElement("ruby", namespace: Namespace.w) {
                        skipped.append(part)
                    }
                }
            case "hyperlink", "fldSimple", "sdt":
                collect(current, containers: containers + [current], pieces: &pieces, field: &field, offset: &offset, skipped: &skipped)
            case "sdtContent", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo":
                collect(current, containers: containers, pieces: &pieces, field: &field, offset: &offset, skipped: &skipped)
            case "moveFrom", "del":
                skipped.append(current)  // text moved away or deleted: not filled, but a tag there is said
            default:
                continue  // pPr, bookmarks, proofErr, nested paragraphs, math…
            }
        }
    }

    /// A tag in the `w:t` text of ruby, a tracked move or a deletion (`skipped`) of `paragraph`
    /// itself is a problem: it would be left as typed.
    private static func reportUnreadTags(in skipped: [XMLNode], of paragraph: XMLNode, problems: inout [(LocalizedText, String)]) {
        for element in skipped {
            var found: String?
            element.walkElements { node in
                guard found == nil else { return false }
                if node.isElement("p", namespace: Namespace.w) { return false }  // a nested paragraph is read on its own
                if node.isElement("t", namespace: Namespace.w), TagScanner.mayContainTag(Array(node.textContent.unicodeScalars)) {
                    found = node.textContent
                }
                return true
            }
            if let found { problems.append((TemplateMessages.tagInUnreadElement(element.localName), found)) }
        }
    }

    private static func crossedBoundary(_ pieces: [Piece]) -> TemplateMessages.Boundary? {
        guard let first = pieces.first else { return nil }
        for piece in pieces.dropFirst() {
            if piece.containers != first.containers {
                let differing =
                    zip(piece.containers, first.containers).first { $0 != $1 }.map { $0.0 }
                    ?? (piece.containers.count > first.containers.count ? piece.containers.last : first.containers.last)
                switch differing?.localName {
                case "hyperlink": return .hyperlink
                case "fldSimple": return .field
                case "sdt": return .contentControl
                default: return .other
                }
            }
            if piece.field != first.field { return .field }
        }
        return nil
    }

    // MARK: Rewriting

    private static func setText(_ textNode: XMLNode, _ scalars: [Unicode.Scalar]) {
        let text = String(scalars: scalars)
        guard text.isEmpty, let run = textNode.parent else {
            textNode.setText(text)
            preserveSpaces(textNode)
            return
        }
        // The run lost all its text to a tag that started earlier: drop it if nothing else is left.
        textNode.remove()
        if run.elementChildren.allSatisfy({ $0.isElement("rPr", namespace: Namespace.w) }) { run.remove() }
    }

    private static func preserveSpaces(_ textNode: XMLNode) {
        textNode.setAttribute("space", namespace: "http://www.w3.org/XML/1998/namespace", to: "preserve")
    }

    /// Replaces the piece's run by runs holding: the text before the first tag (with the run's
    /// content before the `w:t`), each tag alone, the text between, and the text after the last
    /// tag (with the run's content after the `w:t`).
    private static func split(_ piece: Piece, into segments: [Segment]) -> [Found] {
        guard let run = piece.text.parent else { return [] }
        let properties = run.firstChild("rPr", namespace: Namespace.w)
        let children = run.children
        let textIndex = children.firstIndex(of: piece.text) ?? 0
        let before = children[..<textIndex].filter { $0 != properties }
        let after = Array(children[(textIndex + 1)...])
        // The usual case, a run holding the tag and nothing else, is already what we want.
        if segments.count == 3, before.isEmpty, after.isEmpty, case .text(let leading) = segments[0], leading.isEmpty,
            case .tag(let source) = segments[1], case .text(let trailing) = segments[2], trailing.isEmpty
        {
            return [Found(run: run, source: source)]
        }
        var found: [Found] = []

        func newRun(text: String, carrying moved: [XMLNode], movedFirst: Bool) -> XMLNode {
            // The copies go beside the run: the namespaces in scope there are the run's.
            let copy = run.cloneInScope(deep: false)
            if let properties { copy.append(properties.cloneInScope(deep: true)) }
            if movedFirst { for node in moved { copy.append(node) } }
            if !text.isEmpty || moved.isEmpty {
                let textNode = piece.text.cloneInScope(deep: false)
                copy.append(textNode)
                textNode.setText(text)
                preserveSpaces(textNode)
            }
            if !movedFirst { for node in moved { copy.append(node) } }
            run.insertBefore(copy)
            return copy
        }

        for (index, segment) in segments.enumerated() {
            let isFirst = index == 0
            let isLast = index == segments.count - 1
            switch segment {
            case .tag(let source):
                found.append(Found(run: newRun(text: source, carrying: [], movedFirst: true), source: source))
            case .text(let scalars):
                let text = String(scalars: scalars)
                let moved = isFirst ? Array(before) : isLast ? after : []
                if !text.isEmpty || !moved.isEmpty {
                    _ = newRun(text: text, carrying: moved, movedFirst: isFirst)
                }
            }
        }
        run.remove()
        return found
    }
}
