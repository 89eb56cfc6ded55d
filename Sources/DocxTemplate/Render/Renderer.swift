import Diagnostics
import OOXML
import XMLCore

/// Renders compiled blocks into a new document, collecting every problem (each once).
struct Renderer {
    private let output: XMLDocument
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// After how many iterations of a loop over table rows the rows rendered so far become markup.
    private var rowsPerMarkup: Int
    /// The hyperlinks rich text added, each with its relationship id.
    private(set) var links: HyperlinkRelationships
    /// The pictures image values added.
    private(set) var images: ImageEmbedder?
    /// The sub-documents `{{p }}` inserted (shared by every part's renderer).
    private let subdocuments: Subdocuments?
    /// Where values asked for a new paragraph (docxtpl's `\a`), not yet split (see `ParagraphSplitter`).
    private var paragraphBreaks: [XMLNode] = []
    /// The paragraph `.openParagraph` started in each container, until `.closeParagraph`.
    private var openParagraphs: [XMLNode: XMLNode] = [:]

    init(
        output: XMLDocument, rowsPerMarkup: Int, links: HyperlinkRelationships = HyperlinkRelationships(taken: []), images: ImageEmbedder? = nil,
        subdocuments: Subdocuments? = nil
    ) {
        self.output = output
        self.rowsPerMarkup = rowsPerMarkup
        self.links = links
        self.images = images
        self.subdocuments = subdocuments
    }

    /// Renders `part` with `scope` into fresh bytes, repaired by `WordRepair`. Loops over table
    /// rows turn their rows into markup every `rowsPerMarkup` iterations (the bytes are the same).
    /// Hyperlinks that rich text added go to `links` (whose ids avoid those the part has), pictures
    /// that image values added to `images` (an image is an error without it).
    static func render(
        _ part: PartTemplate, scope: Scope, diagnostics: inout [Diagnostic],
        rowsPerMarkup: Int = MarkupBatches.defaultRowsPerBatch, links: inout HyperlinkRelationships,
        images: inout ImageEmbedder?, subdocuments: Subdocuments? = nil
    ) -> [UInt8] {
        let output = XMLDocument(declarationOf: part.document)
        let root = output.importNode(part.document.root!, deep: false)
        output.setRoot(root)
        var renderer = Renderer(output: output, rowsPerMarkup: rowsPerMarkup, links: links, images: images, subdocuments: subdocuments)
        var partScope = scope
        renderer.render(part.blocks, into: root, scope: &partScope)
        renderer.splitParagraphs()
        diagnostics += renderer.diagnostics
        links = renderer.links
        images = renderer.images
        WordRepair.repair(output)
        return output.serialized()
    }

    /// Renders the text properties of `docProps/core.xml` (title, author, …).
    static func render(_ properties: CorePropertiesTemplate, scope: Scope, diagnostics: inout [Diagnostic]) -> [UInt8] {
        let output = properties.document.copy()
        let elements = output.root?.elementChildren ?? []
        for field in properties.fields {
            var text = ""
            for segment in field.segments {
                switch segment {
                case .text(let literal): text += literal
                case .output(let expression, let site):
                    do {
                        let value = try Evaluator.printed(Evaluator.value(expression, in: scope), of: expression)
                        if let invalid = RunText.firstCharacterXMLCannotCarry(in: value) {
                            diagnostics.append(
                                site.diagnostic(
                                    TemplateMessages.unwritableInProperty(
                                        invalid, in: value, of: expression, place: CorePropertiesTemplate.place(of: field.localName))))
                        } else {
                            text += value
                        }
                    } catch {
                        diagnostics.append(site.diagnostic(error.message))
                    }
                }
            }
            elements.first { $0.localName == field.localName && $0.namespaceURI == field.namespace }?.setText(text)
        }
        return output.serialized()
    }

    /// Renders `blocks` into `parent`; a `set` among them (or in a branch or element below)
    /// changes `scope` for the blocks after it.
    mutating func render(_ blocks: [Block], into container: XMLNode, scope: inout Scope) {
        for block in blocks {
            // Inside a paragraph a block spanning paragraphs opened, runs go into it.
            let parent = openParagraphs.isEmpty ? container : openParagraphs[container] ?? container
            switch block {
            case .copy(let node):
                parent.append(output.importNode(node, deep: true))
            case .element(let node, let children):
                let copy = parent.append(output.importNode(node, deep: false))
                render(children, into: copy, scope: &scope)
            case .output(let run, let expression, let site):
                do throws(EvaluationFailure) {
                    let value = try Evaluator.value(expression, in: scope)
                    if let image = try ImageValue.parse(value) {
                        let copy = parent.append(makeRun(like: run, text: ""))
                        try appendDrawing(image, to: copy)
                    } else if let subdocument = try SubdocumentValue.parse(value) {
                        throw EvaluationFailure(message: TemplateMessages.subdocumentNeedsParagraphTag(subdocument.path))
                    } else {
                        let text = try writable(Evaluator.printed(value, of: expression), of: expression)
                        parent.append(makeRun(like: run, text: text))
                    }
                } catch {
                    report(site.diagnostic(error.message))
                }
            case .patched(let node, let patches):
                // One deep copy, then the values written into the copied tag runs.
                let copy = output.importNode(node, deep: true)
                for patch in patches {
                    var target: XMLNode? = copy
                    for index in patch.path { target = target?.child(at: index) }
                    guard let run = target else { continue }
                    do throws(EvaluationFailure) {
                        let value = try Evaluator.value(patch.expression, in: scope)
                        if let image = try ImageValue.parse(value) {
                            fill(run, with: "")
                            try appendDrawing(image, to: run)
                        } else if let subdocument = try SubdocumentValue.parse(value) {
                            throw EvaluationFailure(message: TemplateMessages.subdocumentNeedsParagraphTag(subdocument.path))
                        } else {
                            fill(run, with: try writable(Evaluator.printed(value, of: patch.expression), of: patch.expression))
                        }
                    } catch {
                        fill(run, with: "")
                        report(patch.site.diagnostic(error.message))
                    }
                }
                parent.append(copy)
            case .richOutput(let run, let expression, let site):
                do {
                    let segments = try RichText.segments(of: Evaluator.value(expression, in: scope))
                    try appendRuns(segments, like: run, to: parent, of: expression)
                } catch {
                    for message in error.messages { report(site.diagnostic(message)) }
                }
            case .paragraphOutput(let paragraph, let run, let expression, let site):
                do throws(EvaluationFailure) {
                    let value = try Evaluator.value(expression, in: scope)
                    if let subdocument = try SubdocumentValue.parse(value) {
                        guard let subdocuments else { throw EvaluationFailure(message: TemplateMessages.subdocumentWithoutFolder) }
                        for block in try subdocuments.blocks(of: subdocument, into: output, images: &images, links: &links) {
                            parent.append(block)
                        }
                        continue
                    }
                    for (segments, style) in try RichText.paragraphs(of: value) {
                        let copy = parent.append(output.importNode(paragraph, deep: false))
                        if let properties = paragraph.firstChild("pPr", namespace: Namespace.w) {
                            copy.append(output.importNode(properties, deep: true))
                        }
                        if let style { ParagraphStyle.set(style, in: copy, document: output) }
                        try appendRuns(segments, like: run, to: copy, of: expression)
                    }
                } catch {
                    for message in error.messages { report(site.diagnostic(message)) }
                }
            case .conditional(let branches):
                do {
                    if let chosen = try ControlFlow.chosenBranch(branches.lazy.map { ($0.condition, $0.site) }, in: scope) {
                        render(branches[chosen].blocks, into: container, scope: &scope)
                    }
                } catch {
                    report(error.diagnostic)
                }
            case .loop(let variables, let sequence, let body, let empty, let site):
                do {
                    let items = try ControlFlow.items(of: sequence, in: scope, site: site)
                    // Rows a long loop renders into a table are repaired and replaced by their
                    // markup as it goes, so a 10,000-row table never exists as a tree all at once.
                    var markup = MarkupBatches(table: container, rowsPerBatch: rowsPerMarkup)
                    ControlFlow.forEachItem(items, variables: variables, in: scope) { inner in
                        var itemScope = inner
                        render(body, into: container, scope: &itemScope)
                        if markup.isOverTable { splitParagraphs() }
                        markup.iterationRendered(in: output)
                    }
                    if items.isEmpty {
                        var emptyScope = scope
                        render(empty, into: container, scope: &emptyScope)
                    }
                } catch {
                    report(error.diagnostic)
                }
            case .set(let name, let expression, let site):
                do {
                    scope = scope.adding(name, try Evaluator.value(expression, in: scope))
                } catch {
                    report(site.diagnostic(error.message))
                }
            case .cell(let node, let tags, let children):
                var changes = CellChanges()
                do { changes = try CellChanges(tags, in: scope) } catch { report(error.diagnostic) }
                guard !changes.dropped else { continue }
                let copy = parent.append(output.importNode(node, deep: false))
                render(children, into: copy, scope: &scope)
                TableCellEditor.apply(changes, to: copy, in: output)
            case .fittedTable(let node, let children):
                // Its rows stay a tree until the grid is fitted to them.
                let copy = parent.append(output.importNode(node, deep: false))
                let batching = rowsPerMarkup
                rowsPerMarkup = .max
                render(children, into: copy, scope: &scope)
                rowsPerMarkup = batching
                TableGrid.fit(copy, in: output)
            case .openParagraph(let node):
                openParagraphs[container] = container.append(output.importNode(node, deep: false))
            case .closeParagraph:
                openParagraphs[container] = nil
            }
        }
    }

    /// Appends one copy of `run` per segment, each with the segment's formatting and text (a
    /// segment with a link goes inside a `w:hyperlink` whose relationship the part gains; a
    /// picture segment holds its drawing).
    private mutating func appendRuns(
        _ segments: [RichText.Segment], like run: XMLNode, to parent: XMLNode, of expression: Expression
    ) throws(EvaluationFailure) {
        for segment in segments {
            let text = try writable(segment.text, of: expression)
            let copy = output.importNode(run, deep: false)
            let properties =
                run.firstChild("rPr", namespace: Namespace.w).map { output.importNode($0, deep: true) }
                ?? output.createElement("rPr", namespace: Namespace.wordprocessing)
            copy.append(properties)
            RunProperties.apply(segment, to: properties, in: output)
            if properties.firstChild == nil { properties.remove() }
            if let image = segment.image {
                try appendDrawing(image, to: copy)
                parent.append(copy)
                continue
            }
            appendText(text, to: copy)
            if let link = segment.link {
                guard output.root?.namespaceDeclarations.contains(where: { $0.uri == Namespace.r.description }) == true else {
                    throw EvaluationFailure(message: TemplateMessages.linkWithoutRelationshipNamespace)
                }
                let hyperlink = parent.append(output.createElement("hyperlink", namespace: Namespace.wordprocessing))
                hyperlink.setAttribute("id", namespace: Namespace.r.description, to: links.id(for: link))
                hyperlink.append(copy)
            } else {
                parent.append(copy)
            }
        }
    }

    /// Appends the inline drawing of `image` to `run`.
    private mutating func appendDrawing(_ image: ImageValue, to run: XMLNode) throws(EvaluationFailure) {
        guard var embedder = images else { throw EvaluationFailure(message: TemplateMessages.imageWithoutFolder) }
        let markup = try embedder.drawing(for: image)
        images = embedder
        // The markup is built by `ImageEmbedder` from numbers and part names: it always parses.
        guard let fragment = try? XMLDocument(bytes: Array(markup.utf8), url: "drawing"), let drawing = fragment.root else { return }
        run.append(output.importNode(drawing, deep: true))
    }

    /// `text` when every character of it can be written into a run; else the failure naming
    /// the character and the value's path.
    private func writable(_ text: String, of expression: Expression) throws(EvaluationFailure) -> String {
        guard let invalid = RunText.firstInvalidCharacter(in: text) else { return text }
        throw EvaluationFailure(message: TemplateMessages.unwritableCharacter(invalid, in: text, of: expression))
    }

    /// Splits the paragraphs where values asked for a new one.
    private mutating func splitParagraphs() {
        for marker in paragraphBreaks { ParagraphSplitter.split(at: marker) }
        paragraphBreaks.removeAll()
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// Replaces the content of a copied tag run (its `w:rPr` stays) with `text`.
    private mutating func fill(_ run: XMLNode, with text: String) {
        var child = run.firstChild
        while let current = child {
            child = current.nextSibling
            if !current.isElement("rPr", namespace: Namespace.w) { current.remove() }
        }
        appendText(text, to: run)
    }

    /// A copy of `run` (attributes and `w:rPr`) holding `text`.
    private mutating func makeRun(like run: XMLNode, text: String) -> XMLNode {
        let copy = output.importNode(run, deep: false)
        if let properties = run.firstChild("rPr", namespace: Namespace.w) {
            copy.append(output.importNode(properties, deep: true))
        }
        appendText(text, to: copy)
        return copy
    }

    /// Appends `text` to `copy` as `w:t`, `w:br` and `w:tab` elements (see `RunText`); a new
    /// paragraph is a marker split later, once the paragraph is whole.
    private mutating func appendText(_ text: String, to copy: XMLNode) {
        RunText.forEachPiece(of: text) { piece in
            switch piece {
            case .text(let characters):
                let textNode = copy.append(output.createElement("t", namespace: Namespace.wordprocessing))
                textNode.setAttribute("space", namespace: Self.xmlNamespace, to: "preserve")
                textNode.setText(String(characters))
            case .lineBreak:
                copy.append(output.createElement("br", namespace: Namespace.wordprocessing))
            case .tab:
                copy.append(output.createElement("tab", namespace: Namespace.wordprocessing))
            case .pageBreak:
                let pageBreak = copy.append(output.createElement("br", namespace: Namespace.wordprocessing))
                pageBreak.setAttribute("type", namespace: Namespace.wordprocessing, to: "page")
            case .paragraphBreak:
                paragraphBreaks.append(copy.append(ParagraphSplitter.marker(in: output)))
            }
        }
    }
}
