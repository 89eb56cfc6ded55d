import Diagnostics
import OOXML
import XMLCore

/// Compiles a body, header or footer straight from its source bytes to the `ChunkCode` that
/// `PartTemplate` and `ChunkCompiler` would build on a libxml2 tree, without building the tree —
/// for the templates most are: the source in Word's plain form (`PlainMarkup`), each tag inside
/// one `w:t` or split over runs, only `{{ }}` values and statements (`if`, `elif`, `else`,
/// `for`, `set`) — `{%p %}`, `{%tr %}`, or inline ones paired within their paragraph — and
/// nothing the uncorrupt pass (`WordRepair`) could have work to do on.
///
/// It mirrors the tree path step by step — `ParagraphTagger` (a tag sharing its `w:t` gets runs
/// of its own), `PlaceNamer` and `StartTagLocator` (where each tag is), `BlockBuilder` and
/// `ChunkCompiler` (the code), `RepairAnalysis` (where statements may go) — so both write the same
/// bytes (`SourceCompilerTests` renders every case both ways). Anything else, and any problem in
/// the template, is declined (nil): the part is then compiled on the tree, which reports every problem.
struct SourceCompiler {
    /// What `compile` made of a part.
    enum Outcome {
        /// The part holds no tag: it is written as it is.
        case untouched
        /// The part's code.
        case program(PartProgram)
    }

    /// What a run or an element becomes.
    private enum Replacement {
        /// A run holding tags: the runs `ParagraphTagger` would split it into.
        case runs([RunPiece])
        /// A paragraph (`{%p %}`) or row (`{%tr %}`) holding a statement: removed, the statement in its place.
        case statement(Statement, StatementScope, TemplateSite)
    }

    private enum RunPiece {
        /// A run of text (and what the tagged run held beside its text), written as it is.
        case bytes([UInt8])
        /// A run whose text is a value: the tagged run's start tag and formatting, then the value.
        case value(run: Int, properties: Int?, Expression, TemplateSite)
        /// An inline `{% %}` statement's run: removed, the statement in its place.
        case statement(Statement, TemplateSite)
    }

    /// An open `if` or `for` among a container's children.
    private struct Frame {
        var scope: StatementScope
        var isLoop: Bool
        /// The loop's first step, or the branch being compiled (nil after `else`).
        var test: Int?
        var tests: [Int] = []
        var exits: [Int] = []
    }

    private let source: [UInt8]
    private let markup: PlainMarkup
    private var replacements: [Int: Replacement] = [:]
    /// Elements with a replacement below them.
    private var hot: [Bool]
    /// Elements that are, or hold, a table, section properties or a "repeat as header row" mark
    /// (the repaired elements that `PlainMarkup` lets through): a statement must not repeat or drop them.
    private var holdsRepaired: [Bool]
    /// Elements that are, or hold, a "repeat as header row" mark.
    private var holdsHeaderMark: [Bool]
    private var code = ChunkCode()

    private init(source: [UInt8], markup: PlainMarkup) {
        self.source = source
        self.markup = markup
        hot = Array(repeating: false, count: markup.elements.count)
        holdsRepaired = hot
        holdsHeaderMark = hot
    }

    /// The part compiled from `source`, or nil when it must be compiled on the tree.
    static func compile(_ source: [UInt8], part: ContentPart, templateName: String) -> Outcome? {
        guard let markup = PlainMarkup.read(source), markup.rootDeclaresWord, let root = markup.elements.first else { return nil }
        switch (part.kind, root.name) {
        case (.body, .document), (.header, .hdr), (.footer, .ftr): break
        default: return nil
        }
        var compiler = SourceCompiler(source: source, markup: markup)
        guard compiler.templateNeedsNoRepair(),
            compiler.findTags(file: "\(templateName):\(part.name)", prefix: PlaceNamer.prefix(partName: part.name, kind: part.kind))
        else { return nil }
        if compiler.replacements.isEmpty { return .untouched }
        for index in compiler.replacements.keys {
            var parent = markup.elements[index].parent
            while parent >= 0, !compiler.hot[parent] {
                compiler.hot[parent] = true
                parent = markup.elements[parent].parent
            }
        }
        guard compiler.element(0, insideStatement: false) else { return nil }
        compiler.code.addBytes([UInt8(ascii: "\n")])
        return .program(PartProgram(prologue: markup.prologue, code: compiler.code))
    }

    // MARK: The template as it is

    /// `WordRepair.needsRepair` on the template, for what `PlainMarkup` lets through: every table
    /// has a row and every row a cell; header rows lead their table; every cell, header and
    /// footer ends with a paragraph; the body holds something besides its one `w:sectPr`, which
    /// comes last. Also marks what holds a table, section properties or a header-row mark, and
    /// refuses the shapes `PlaceNamer` and `ParagraphTagger` are mirrored for only in part (a
    /// paragraph in a paragraph, a cell outside a row, a header-row mark with a value).
    private mutating func templateNeedsNoRepair() -> Bool {
        let elements = markup.elements
        for index in elements.indices.reversed() {
            let element = elements[index]
            if element.name == .tbl || element.name == .sectPr || element.name == .tblHeader { holdsRepaired[index] = true }
            if element.name == .tblHeader { holdsHeaderMark[index] = true }
            if element.parent >= 0 {
                holdsRepaired[element.parent] = holdsRepaired[element.parent] || holdsRepaired[index]
                holdsHeaderMark[element.parent] = holdsHeaderMark[element.parent] || holdsHeaderMark[index]
            }
            let parentName = element.parent >= 0 ? elements[element.parent].name : nil
            switch element.name {
            case .tbl:
                // `keepHeaderRowsLeading`: no header row after a row that is not one.
                var rows = 0
                var leading = true
                for row in markup.children(of: index) where elements[row].name == .tr {
                    rows += 1
                    if !isHeaderRow(row) {
                        leading = false
                    } else if !leading {
                        return false
                    }
                }
                guard rows > 0 else { return false }
            case .tblHeader:
                // `<w:tblHeader/>` is on; a value (`w:val="0"`…) is read on the tree.
                guard element.end - element.start == "<w:tblHeader/>".utf8.count else { return false }
            case .tr:
                guard parentName == .tbl, markup.children(of: index).contains(where: { elements[$0].name == .tc }) else { return false }
            case .tc:
                guard parentName == .tr, lastChildIsParagraph(index) else { return false }
            case .hdr, .ftr:
                guard lastChildIsParagraph(index) else { return false }
            case .body:
                let children = Array(markup.children(of: index))
                let sections = children.filter { elements[$0].name == .sectPr }
                guard children.contains(where: { elements[$0].name != .sectPr }), sections.count <= 1,
                    sections.first.map({ $0 == children.last }) ?? true
                else { return false }
            case .p:
                guard ancestor(of: index, named: .p) == nil else { return false }
            default:
                break
            }
        }
        return true
    }

    /// Whether row `index` is marked "repeat as header row" (`w:trPr/w:tblHeader`).
    private func isHeaderRow(_ index: Int) -> Bool {
        markup.children(of: index).contains { properties in
            markup.elements[properties].name == .trPr && markup.children(of: properties).contains { markup.elements[$0].name == .tblHeader }
        }
    }

    private func lastChildIsParagraph(_ index: Int) -> Bool {
        var last = -1
        for child in markup.children(of: index) { last = child }
        return last >= 0 && markup.elements[last].name == .p
    }

    // MARK: Tags

    /// A `w:t` of a paragraph and its place in the paragraph's text.
    private struct Piece {
        var text: Int
        var run: Int
        var start: Int
        var end: Int
    }

    /// Finds, parses and places every tag, paragraph by paragraph; false at the first one this
    /// compiler does not take (or that has a problem).
    private mutating func findTags(file: String, prefix: (vi: String, en: String)) -> Bool {
        let elements = markup.elements
        var places = Places(prefix: prefix)
        var locator = SourcePositions()
        var tagsPerRow: [Int: Int] = [:]
        for index in elements.indices {
            places.note(index, in: markup)
            guard elements[index].name == .p, holdsTagCharacter(elements[index]) else { continue }
            var pieces: [Piece] = []
            var text: [Unicode.Scalar] = []
            var crossesBoundary = false
            for child in markup.children(of: index) {
                switch elements[child].name {
                case .r:
                    for part in markup.children(of: child) {
                        if elements[part].name == .t {
                            let start = text.count
                            text += unescapedText(of: elements[part])
                            pieces.append(Piece(text: part, run: child, start: start, end: text.count))
                        } else if elements[part].name == .runWrapper {
                            crossesBoundary = true
                        }
                    }
                case .runWrapper: crossesBoundary = true
                default: break
                }
            }
            // Text inside hyperlinks, fields and other wrappers is read by the tree path only.
            guard !crossesBoundary else { return false }
            guard TagScanner.mayContainTag(text) else { continue }
            let scan = TagScanner.scan(text)
            guard scan.unclosed == nil, !scan.occurrences.isEmpty else { return false }
            let position = source.withUnsafeBufferPointer { locator.position(of: elements[index].start, in: $0) }
            let location = SourceLocation(file: file, line: position.line, column: position.column)
            let place = places.place(ofParagraph: index, in: markup)
            var tags: [(occurrence: TagScanner.Occurrence, tag: Tag, site: TemplateSite)] = []
            for occurrence in scan.occurrences {
                let tagSource = String(scalars: text[occurrence.start..<occurrence.end])
                guard let tag = try? TagParser.parse(tagSource), tag.filterNames.allSatisfy({ Filters.usage[$0] != nil }) else { return false }
                tags.append((occurrence, tag, TemplateSite(location: location, place: place, tag: tagSource)))
            }
            var row = elements[index].parent
            while row >= 0 {
                if elements[row].name == .tr { tagsPerRow[row, default: 0] += tags.count }
                row = elements[row].parent
            }
            if case .statement(let statement, let scope) = tags[0].tag, scope == .paragraph || scope == .row {
                // Its paragraph or row goes: it must hold nothing else.
                guard tags.count == 1 else { return false }
                switch (statement, scope) {
                case (.if, _), (.elif, _), (.else, _), (.endif, _), (.for, _), (.endfor, _), (.set, _): break
                case (.cell, _): return false
                }
                switch scope {
                case .paragraph:
                    replacements[index] = .statement(statement, scope, tags[0].site)
                case .row:
                    guard let row = ancestor(of: index, named: .tr), replacements[row] == nil else { return false }
                    replacements[row] = .statement(statement, scope, tags[0].site)
                case .inline, .cell:
                    return false
                }
                continue
            }
            for piece in pieces {
                // The tags in this `w:t`: starting in it, or begun in an earlier one (Word splits
                // what was typed as one tag over runs).
                // An empty `w:t`, even inside a tag, is left as it is (`ParagraphTagger` too).
                let touching = tags.filter { $0.occurrence.end > piece.start && $0.occurrence.start < piece.end }
                guard !touching.isEmpty, piece.start < piece.end else { continue }
                let runs =
                    touching.contains { $0.occurrence.start >= piece.start }
                    ? splitRun(piece, text: text, tags: touching) : trimmedRun(piece, text: text, after: touching[0].occurrence.end)
                guard let runs, replacements[piece.run] == nil else { return false }
                replacements[piece.run] = .runs(runs)
            }
        }
        // A row holding a `{%tr %}` statement holds no other tag.
        for (row, replacement) in replacements {
            if case .statement(_, .row, _) = replacement, tagsPerRow[row] != 1 { return false }
        }
        return true
    }

    /// Whether the paragraph's source has a `{` or `_` (every tag and escaped delimiter does).
    private func holdsTagCharacter(_ paragraph: PlainMarkup.Element) -> Bool {
        source[paragraph.contentStart..<paragraph.contentEnd].contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "_") }
    }

    /// The text of a `w:t`, its three entities read.
    private func unescapedText(of text: PlainMarkup.Element) -> [Unicode.Scalar] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.contentEnd - text.contentStart)
        var index = text.contentStart
        while index < text.contentEnd {
            let byte = source[index]
            guard byte == UInt8(ascii: "&") else {
                bytes.append(byte)
                index += 1
                continue
            }
            // `PlainMarkup` lets only `&amp;`, `&lt;` and `&gt;` through.
            let entity: (byte: UInt8, length: Int) =
                switch source[index + 1] {
                case UInt8(ascii: "a"): (UInt8(ascii: "&"), 5)
                case UInt8(ascii: "l"): (UInt8(ascii: "<"), 4)
                default: (UInt8(ascii: ">"), 4)
                }
            bytes.append(entity.byte)
            index += entity.length
        }
        return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    private func ancestor(of index: Int, named name: PlainMarkup.Name) -> Int? {
        var current = markup.elements[index].parent
        while current >= 0 {
            if markup.elements[current].name == name { return current }
            current = markup.elements[current].parent
        }
        return nil
    }

    /// What `ParagraphTagger.split` makes of the run holding `piece`, in which `tags` (values and
    /// inline statements) start or end: the run itself when it holds one tag from its start, else
    /// a run per text segment and per tag starting in it (the end of a tag begun in an earlier run
    /// goes). Nil for a run this compiler does not mirror: text between its children, formatting
    /// not first, more than one `w:t`, a tag that is neither a value nor a plain inline statement.
    private func splitRun(
        _ piece: Piece, text: [Unicode.Scalar], tags: [(occurrence: TagScanner.Occurrence, tag: Tag, site: TemplateSite)]
    )
        -> [RunPiece]?
    {
        let elements = markup.elements
        let run = elements[piece.run]
        guard let children = childrenOfRunWithOneText(piece.run) else { return nil }
        var cursor = run.contentStart
        for child in children {
            guard elements[child].start == cursor else { return nil }
            cursor = elements[child].end
        }
        guard cursor == run.contentEnd, let textIndex = children.firstIndex(of: piece.text) else { return nil }
        let properties = children.first { elements[$0].name == .rPr }
        if let properties, properties != children.first { return nil }
        var values: [(occurrence: TagScanner.Occurrence, piece: RunPiece)] = []
        var position = piece.start
        for (occurrence, tag, site) in tags {
            let tagPiece: RunPiece
            switch tag {
            case .output(let expression):
                tagPiece = .value(run: piece.run, properties: properties, expression, site)
            case .statement(let statement, .inline) where Self.isPlainInline(statement, site.tag):
                tagPiece = .statement(statement, site)
            default:
                return nil
            }
            if occurrence.start < piece.start {
                position = min(occurrence.end, piece.end)  // the end of a tag begun earlier
            } else {
                values.append((occurrence, tagPiece))
            }
        }
        let before = children[..<textIndex].filter { $0 != properties }
        let after = Array(children[(textIndex + 1)...])
        if values.count == 1, before.isEmpty, after.isEmpty, values[0].occurrence.start == position,
            values[0].occurrence.end >= piece.end
        {
            return [values[0].piece]
        }
        // Each text segment becomes a run of its own: the run's start tag and formatting, what
        // stood before the `w:t` (first segment) or after it (last), and a `w:t` kept with spaces.
        let startTag = source[run.start..<run.contentStart]
        let endTag = source[run.contentEnd..<run.end]
        var formatting: [UInt8] = []
        if let properties { markup.appendWritten(elements[properties].start..<elements[properties].end, of: source, to: &formatting) }
        let textStart = preservingStartTag(of: elements[piece.text])
        func textRun(_ scalars: ArraySlice<Unicode.Scalar>, moved: [Int], movedFirst: Bool) -> RunPiece? {
            guard !scalars.isEmpty || !moved.isEmpty else { return nil }
            var bytes: [UInt8] = Array(startTag)
            bytes += formatting
            var movedBytes: [UInt8] = []
            for node in moved { markup.appendWritten(elements[node].start..<elements[node].end, of: source, to: &movedBytes) }
            if movedFirst { bytes += movedBytes }
            if !scalars.isEmpty || moved.isEmpty {
                bytes += textStart
                XMLText.appendEscaped(Array(String(scalars: scalars).utf8), to: &bytes)
                bytes += "</w:t>".utf8
            }
            if !movedFirst { bytes += movedBytes }
            return .bytes(bytes + endTag)
        }
        var pieces: [RunPiece] = []
        for (index, value) in values.enumerated() {
            if let run = textRun(text[position..<value.occurrence.start], moved: index == 0 ? Array(before) : [], movedFirst: true) {
                pieces.append(run)
            }
            pieces.append(value.piece)
            position = min(value.occurrence.end, piece.end)
        }
        if let run = textRun(text[position..<piece.end], moved: after, movedFirst: false) { pieces.append(run) }
        return pieces
    }

    /// Whether an inline statement is one this compiler pairs: `if`, `elif`, `else`, `endif`,
    /// `for`, `endfor`, `set`, without docxtpl's `{%-`/`-%}` paragraph merging.
    private static func isPlainInline(_ statement: Statement, _ source: String) -> Bool {
        if case .cell = statement { return false }
        let merging = TagParser.mergeMarks(of: source)
        return !merging.previous && !merging.next
    }

    /// What `ParagraphTagger.setText` makes of the run holding `piece`, where only the end of a
    /// tag begun in an earlier run lies (up to `end`): the run with the rest of its text, or
    /// without its `w:t` when none is left (and gone when only formatting is left). Nil when the
    /// run has more than one `w:t`.
    private func trimmedRun(_ piece: Piece, text: [Unicode.Scalar], after end: Int) -> [RunPiece]? {
        let elements = markup.elements
        let run = elements[piece.run]
        let t = elements[piece.text]
        guard let children = childrenOfRunWithOneText(piece.run) else { return nil }
        let rest = text[min(end, piece.end)..<piece.end]
        var bytes: [UInt8] = []
        markup.appendWritten(run.start..<t.start, of: source, to: &bytes)
        if !rest.isEmpty {
            bytes += preservingStartTag(of: t)
            XMLText.appendEscaped(Array(String(scalars: rest).utf8), to: &bytes)
            markup.appendWritten(t.contentEnd..<run.end, of: source, to: &bytes)
        } else if children.allSatisfy({ $0 == piece.text || elements[$0].name == .rPr }) {
            return []
        } else {
            markup.appendWritten(t.end..<run.end, of: source, to: &bytes)
        }
        return [.bytes(bytes)]
    }

    /// The children of `run` when it holds one `w:t` (the only runs this compiler splits or trims:
    /// `ParagraphTagger` moves a second `w:t` into the runs it makes of the first).
    private func childrenOfRunWithOneText(_ run: Int) -> [Int]? {
        let children = Array(markup.children(of: run))
        return children.filter { markup.elements[$0].name == .t }.count == 1 ? children : nil
    }

    /// The start tag of a `w:t` with `xml:space="preserve"` (`ParagraphTagger.preserveSpaces`):
    /// an `xml:space` it has takes that value in place; else the attribute comes last.
    private func preservingStartTag(of text: PlainMarkup.Element) -> [UInt8] {
        let tag = Array(source[text.start..<text.contentStart])
        let attribute = Array(#" xml:space=""#.utf8)
        // Attribute values hold no `"` (`PlainMarkup`): outside quotes, a space starts an attribute.
        var quoted = false
        for index in tag.indices {
            if tag[index] == UInt8(ascii: "\"") { quoted.toggle() }
            guard !quoted, tag[index] == UInt8(ascii: " "), tag[index...].starts(with: attribute) else { continue }
            let valueStart = index + attribute.count
            let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? valueStart
            return Array(tag[..<valueStart]) + Array("preserve".utf8) + Array(tag[valueEnd...])
        }
        return Array(tag.dropLast()) + Array(#" xml:space="preserve">"#.utf8)
    }

    // MARK: Code

    /// Writes element `index` as `ChunkCompiler` writes it: itself as it is, or its start tag, its
    /// children and its end tag (a replaced paragraph, row or run is written by `children(of:)`).
    /// False when a statement would repeat or drop a table, section properties or a header-row
    /// mark, or a container's statements break `RepairAnalysis`'s rules.
    private mutating func element(_ index: Int, insideStatement: Bool) -> Bool {
        let element = markup.elements[index]
        if insideStatement && holdsRepaired[index] { return false }
        guard hot[index] else {
            copy(element.start..<element.end)
            return true
        }
        let open = openElement(index)
        guard children(of: index, insideStatement: insideStatement) else { return false }
        closeElement(index, open)
        return true
    }

    /// The children of a hot element, their statements paired as `BlockBuilder` pairs them.
    private mutating func children(of index: Int, insideStatement: Bool) -> Bool {
        let elements = markup.elements
        var frames: [Frame] = []
        var statements = false
        // What `WordRepair.allowsStatements` looks at: the elements outside every statement.
        var fixedRow = false
        var fixedBlock = false
        var headerMarkAfterStatement = false
        var lastIsFixedParagraph = false
        var cursor = elements[index].contentStart
        for child in markup.children(of: index) {
            copy(cursor..<elements[child].start)
            cursor = elements[child].end
            if case .statement(let statement, let scope, let site) = replacements[child] {
                statements = true
                lastIsFixedParagraph = false
                guard handle(statement, scope, site, frames: &frames) else { return false }
                continue
            }
            if case .runs(let pieces) = replacements[child] {
                // A tagged run of this paragraph: its text runs, values and inline statements.
                for piece in pieces {
                    switch piece {
                    case .bytes(let bytes):
                        code.addBytes(bytes)
                    case .value(let run, let properties, let expression, let site):
                        let open = openElement(run)
                        if let properties { copy(markup.elements[properties].start..<markup.elements[properties].end) }
                        code.addValue(expression, site)
                        closeElement(run, open)
                    case .statement(let statement, let site):
                        statements = true
                        guard handle(statement, .inline, site, frames: &frames) else { return false }
                    }
                }
                continue
            }
            guard element(child, insideStatement: insideStatement || !frames.isEmpty) else { return false }
            if frames.isEmpty {
                let name = elements[child].name
                headerMarkAfterStatement = headerMarkAfterStatement || (statements && holdsHeaderMark[child])
                fixedRow = fixedRow || name == .tr
                fixedBlock = fixedBlock || name != .sectPr
                lastIsFixedParagraph = name == .p
            } else {
                lastIsFixedParagraph = false
            }
        }
        copy(cursor..<elements[index].contentEnd)
        guard frames.isEmpty else { return false }
        guard statements else { return true }
        switch elements[index].name {
        case .tbl: return fixedRow && !headerMarkAfterStatement
        case .body: return fixedBlock
        case .tc, .hdr, .ftr: return lastIsFixedParagraph
        case .p: return true  // inline statements, paired within their paragraph
        default: return false
        }
    }

    /// One `{%p %}` or `{%tr %}` statement: `BlockBuilder.handle` and `ChunkCompiler.compile` in
    /// one step. False where the tree path reports a problem, and for a loop's `else`.
    private mutating func handle(_ statement: Statement, _ scope: StatementScope, _ site: TemplateSite, frames: inout [Frame]) -> Bool {
        switch statement {
        case .if(let condition):
            frames.append(Frame(scope: scope, isLoop: false, test: code.openBranch(condition, site)))
        case .for(let variables, let sequence):
            frames.append(Frame(scope: scope, isLoop: true, test: code.openLoop(variables, sequence, site)))
        case .set(let name, let value):
            code.addSet(name, value, site)
        case .elif(let condition):
            guard var frame = frames.popLast(), !frame.isLoop, frame.scope == scope, let test = frame.test else { return false }
            frame.exits.append(code.closeBranch(at: test))
            frame.tests.append(test)
            frame.test = code.openBranch(condition, site)
            frames.append(frame)
        case .else:
            guard var frame = frames.popLast(), !frame.isLoop, frame.scope == scope, let test = frame.test else { return false }
            frame.exits.append(code.closeBranch(at: test))
            frame.tests.append(test)
            frame.test = nil
            frames.append(frame)
        case .endif:
            guard var frame = frames.popLast(), !frame.isLoop, frame.scope == scope else { return false }
            if let test = frame.test {
                frame.exits.append(code.closeBranch(at: test))
                frame.tests.append(test)
            }
            code.closeConditional(branches: frame.tests, exits: frame.exits)
        case .endfor:
            guard let frame = frames.popLast(), frame.isLoop, frame.scope == scope, let start = frame.test else { return false }
            code.closeLoop(at: start)
        case .cell:
            return false
        }
        return true
    }

    private mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = code.pool.count
        markup.appendWritten(range, of: source, to: &code.pool)
        code.addBytes(from: start)
    }

    private mutating func openElement(_ index: Int) -> ChunkCode.OpenElement {
        let start = code.pool.count
        code.pool += source[markup.elements[index].start..<markup.elements[index].contentStart]
        return code.openElement(from: start)
    }

    private mutating func closeElement(_ index: Int, _ open: ChunkCode.OpenElement) {
        let start = code.pool.count
        code.pool += source[markup.elements[index].contentEnd..<markup.elements[index].end]
        code.closeElement(open, endTagFrom: start)
    }
}

/// `PlaceNamer`'s numbering, kept while reading elements in document order.
private struct Places {
    let prefix: (vi: String, en: String)
    private var paragraphs = 0
    private var tables = 0
    private var insideTable: [Bool] = []
    /// A paragraph's number, a table's, a row's or cell's position, by element (0: none).
    private var numbers: [Int] = []
    /// The rows met so far in each table, the cells in each row, by the table's or row's index.
    private var positions: [Int: Int] = [:]

    init(prefix: (vi: String, en: String)) {
        self.prefix = prefix
    }

    /// Numbers element `index`, met in document order.
    mutating func note(_ index: Int, in markup: PlainMarkup) {
        let element = markup.elements[index]
        let parentInside = element.parent >= 0 ? insideTable[element.parent] : false
        insideTable.append(parentInside || element.name == .tbl)
        var number = 0
        switch element.name {
        case .p where !parentInside:
            paragraphs += 1
            number = paragraphs
        case .tbl:
            tables += 1
            number = tables
        case .tr, .tc:
            // A row's parent is a table and a cell's a row (`templateNeedsNoRepair`).
            positions[element.parent, default: 0] += 1
            number = positions[element.parent] ?? 0
        default:
            break
        }
        numbers.append(number)
    }

    /// Where paragraph `index` is, as `PlaceNamer.place(of:)` says it.
    func place(ofParagraph index: Int, in markup: PlainMarkup) -> LocalizedText {
        var current = markup.elements[index].parent
        while current >= 0, markup.elements[current].name != .tc { current = markup.elements[current].parent }
        guard current >= 0 else { return PlaceNamer.paragraph(numbers[index], prefix: prefix) }
        let row = markup.elements[current].parent
        let table = markup.elements[row].parent
        return PlaceNamer.cell(numbers[table], numbers[row], numbers[current], prefix: prefix)
    }
}
