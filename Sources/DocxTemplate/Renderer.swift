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
    private let rowsPerMarkup: Int

    init(output: XMLDocument, rowsPerMarkup: Int) {
        self.output = output
        self.rowsPerMarkup = rowsPerMarkup
    }

    /// Renders `part` with `scope` into fresh bytes, repaired by `WordRepair`. Loops over table
    /// rows turn their rows into markup every `rowsPerMarkup` iterations (the bytes are the same).
    static func render(_ part: PartTemplate, scope: Scope, diagnostics: inout [Diagnostic],
                       rowsPerMarkup: Int = MarkupBatches.defaultRowsPerBatch) -> [UInt8] {
        let output = XMLDocument(declarationOf: part.document)
        let root = output.importNode(part.document.root!, deep: false)
        output.setRoot(root)
        var renderer = Renderer(output: output, rowsPerMarkup: rowsPerMarkup)
        renderer.render(part.blocks, into: root, scope: scope)
        diagnostics += renderer.diagnostics
        WordRepair.repair(output)
        return output.serialized()
    }

    /// Renders the document title.
    static func render(_ title: TitleTemplate, scope: Scope, diagnostics: inout [Diagnostic]) -> [UInt8] {
        var text = ""
        for segment in title.segments {
            switch segment {
            case .text(let literal): text += literal
            case .output(let expression, let site):
                do {
                    text += try Evaluator.evaluate(expression, in: scope).required().text
                } catch {
                    diagnostics.append(site.diagnostic(error.message))
                }
            }
        }
        let output = title.document.copy()
        output.root?.firstChild("title", namespace: Namespace.dublinCore)?.setText(text)
        return output.serialized()
    }

    mutating func render(_ blocks: [Block], into parent: XMLNode, scope: Scope) {
        for block in blocks {
            switch block {
            case .copy(let node):
                parent.append(output.importNode(node, deep: true))
            case .element(let node, let children):
                let copy = parent.append(output.importNode(node, deep: false))
                render(children, into: copy, scope: scope)
            case .output(let run, let expression, let site):
                do {
                    let value = try Evaluator.evaluate(expression, in: scope).required()
                    parent.append(makeRun(like: run, text: value.text))
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
                    do {
                        let value = try Evaluator.evaluate(patch.expression, in: scope).required()
                        fill(run, with: value.text)
                    } catch {
                        fill(run, with: "")
                        report(patch.site.diagnostic(error.message))
                    }
                }
                parent.append(copy)
            case .conditional(let branches):
                for branch in branches {
                    guard let condition = branch.condition else {
                        render(branch.blocks, into: parent, scope: scope)
                        break
                    }
                    do {
                        if try Evaluator.condition(condition, in: scope) {
                            render(branch.blocks, into: parent, scope: scope)
                            break
                        }
                    } catch {
                        report(branch.site.diagnostic(error.message))
                        break
                    }
                }
            case .loop(let variable, let sequence, let body, let site):
                let items: [TemplateValue]
                do {
                    let value = try Evaluator.evaluate(sequence, in: scope).required()
                    switch value {
                    case .list(let list): items = list
                    case .null: items = []
                    default:
                        report(site.diagnostic(TemplateMessages.notAList(Self.describe(sequence), kind: value.kindName)))
                        continue
                    }
                } catch {
                    report(site.diagnostic(error.message))
                    continue
                }
                // Rows a long loop renders into a table are repaired and replaced by their markup
                // as it goes, so a 10,000-row table never exists as a tree all at once.
                var markup = MarkupBatches(table: parent, rowsPerBatch: rowsPerMarkup)
                for (index, item) in items.enumerated() {
                    let loop: TemplateValue = .object([
                        "index": .number(.init(index + 1)), "index0": .number(.init(index)),
                        "first": .bool(index == 0), "last": .bool(index == items.count - 1),
                        "length": .number(.init(items.count)), "revindex": .number(.init(items.count - index)),
                    ])
                    render(body, into: parent, scope: scope.adding("loop", loop).adding(variable, item))
                    markup.iterationRendered(in: output)
                }
            }
        }
    }

    private static func describe(_ expression: Expression) -> String {
        if case .variable(let path) = expression { return path.joined(separator: ".") }
        return "…"
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// Replaces the text of a copied tag run (its `w:rPr` stays) with `text`.
    private func fill(_ run: XMLNode, with text: String) {
        if !text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" }),
           let textNode = run.firstChild("t", namespace: Namespace.w) {
            textNode.setText(text)
            return
        }
        for child in run.children where !child.isElement("rPr", namespace: Namespace.w) { child.remove() }
        appendText(text, to: run)
    }

    /// A copy of `run` (attributes and `w:rPr`) holding `text`; "\n" becomes `<w:br/>`,
    /// "\t" becomes `<w:tab/>`.
    private func makeRun(like run: XMLNode, text: String) -> XMLNode {
        let copy = output.importNode(run, deep: false)
        if let properties = run.firstChild("rPr", namespace: Namespace.w) {
            copy.append(output.importNode(properties, deep: true))
        }
        appendText(text, to: copy)
        return copy
    }

    /// Appends `text` to `copy` as `w:t`, `w:br` and `w:tab` elements.
    private func appendText(_ text: String, to copy: XMLNode) {
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let textNode = copy.append(output.createElement("t", namespace: Namespace.wordprocessing))
            textNode.setAttribute("space", namespace: Self.xmlNamespace, to: "preserve")
            textNode.setText(current)
            current = ""
        }
        for character in text {
            switch character {
            case "\n", "\r\n", "\r":
                flush()
                copy.append(output.createElement("br", namespace: Namespace.wordprocessing))
            case "\t":
                flush()
                copy.append(output.createElement("tab", namespace: Namespace.wordprocessing))
            default:
                current.append(character)
            }
        }
        flush()
    }
}
