import Diagnostics
import XMLCore

/// Writes a `PartProgram` with a scope straight to bytes, collecting every problem (each once):
/// one pass over its flattened `ChunkCode`, copying ranges of the byte pool and evaluating the
/// values and statements in between.
struct ChunkRenderer {
    private var output: ByteBuffer
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []
    /// Set when a value asks for a new paragraph (docxtpl's `\a`): splitting the paragraph
    /// needs the tree, so rendering stops and the tree renderer writes the part.
    private var needsTree = false

    /// The part's bytes, as the tree renderer would serialize them; nil when a value splits its
    /// paragraph (then only the tree renderer can write the part, and nothing is reported).
    static func render(_ program: PartProgram, scope: Scope, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        // Room for the part as written once; a loop of many rows doubles it a few times.
        var renderer = ChunkRenderer(output: ByteBuffer(capacity: 2 * (program.prologue.count + program.code.pool.count)))
        renderer.output.append(program.prologue)
        renderer.run(program.code, scope: scope)
        guard !renderer.needsTree else { return nil }
        diagnostics += renderer.diagnostics
        return renderer.output.finish()
    }

    /// A loop being run: its items, the item bound now, and the scope outside it.
    private struct Frame {
        var items: [TemplateValue]
        var index: Int
        var outer: Scope
        var variables: Int
        var exposesLoop: Bool
    }

    private mutating func run(_ code: ChunkCode, scope start: Scope) {
        var scope = start
        var frames: [Frame] = []
        var openings: [Int] = []  // where the content of each open element starts in `output`
        code.pool.withUnsafeBufferPointer { pool in
            code.operations.withUnsafeBufferPointer { operations in
                var position = 0
                while position < operations.count, !needsTree {
                    switch operations[position] {
                    case .bytes(let start, let count):
                        output.append(UnsafeBufferPointer(rebasing: pool[start..<(start + count)]))
                    case .value(let expression):
                        do throws(EvaluationFailure) {
                            // Taken out of the arrays once; the site only for a problem (copying
                            // an expression or a site retains and releases what it holds).
                            let written = code.expressions[expression]
                            let value = try Evaluator.value(written, in: scope)
                            // A picture is a drawing with relationships: the tree renderer writes the part.
                            if case .object(let fields) = value, fields["image"] != nil {
                                needsTree = true
                                break
                            }
                            let text = try Evaluator.printed(value, of: written)
                            writeRunContent(text, expression: expression, of: code)
                        } catch {
                            report(code.sites[expression].diagnostic(error.message))
                        }
                    case .open(let start, let count):
                        output.append(UnsafeBufferPointer(rebasing: pool[start..<(start + count)]))
                        openings.append(output.count)
                    case .close(let start, let count):
                        if output.count == openings.removeLast() {
                            output.removeLast()
                            output.append(Self.emptyElementEnd)
                        } else {
                            output.append(UnsafeBufferPointer(rebasing: pool[start..<(start + count)]))
                        }
                    case .branch(let expression, let next, let end):
                        do throws(EvaluationFailure) {
                            if !(try Evaluator.condition(code.expressions[expression], in: scope)) {
                                position = next
                                continue
                            }
                        } catch {
                            report(code.sites[expression].diagnostic(error.message))
                            position = end
                            continue
                        }
                    case .jump(let target):
                        position = target
                        continue
                    case .loopStart(let loop, let expression, let end):
                        let items: [TemplateValue]
                        do throws(ControlFlow.Failure) {
                            items = try ControlFlow.items(of: code.expressions[expression], in: scope, site: code.sites[expression])
                        } catch {
                            report(error.diagnostic)
                            position = end
                            continue
                        }
                        guard !items.isEmpty else {
                            position = end
                            continue
                        }
                        let variables = code.loops[loop].variables
                        let frame = Frame(items: items, index: 0, outer: scope, variables: variables.count, exposesLoop: code.loops[loop].exposesLoop)
                        scope = ControlFlow.loopScope(frame.outer, variables: variables)
                        ControlFlow.bind(items, at: 0, into: &scope, from: frame.outer, variables: frame.variables, exposingLoop: frame.exposesLoop)
                        frames.append(frame)
                    case .loopEnd(let start):
                        let last = frames.count - 1
                        frames[last].index += 1
                        if frames[last].index < frames[last].items.count {
                            ControlFlow.bind(
                                frames[last].items, at: frames[last].index, into: &scope, from: frames[last].outer,
                                variables: frames[last].variables, exposingLoop: frames[last].exposesLoop)
                            position = start + 1
                            continue
                        }
                        scope = frames.removeLast().outer
                    case .set(let expression, let name):
                        do throws(EvaluationFailure) {
                            scope = scope.adding(code.names[name], try Evaluator.value(code.expressions[expression], in: scope))
                        } catch {
                            report(code.sites[expression].diagnostic(error.message))
                        }
                    }
                    position += 1
                }
            }
        }
    }

    private static let emptyElementEnd = Array("/>".utf8)
    private static let textStart = Array(#"<w:t xml:space="preserve">"#.utf8)
    private static let textEnd = Array("</w:t>".utf8)
    private static let lineBreak = Array("<w:br/>".utf8)
    private static let tab = Array("<w:tab/>".utf8)
    private static let pageBreak = Array(#"<w:br w:type="page"/>"#.utf8)

    /// `text` as `w:t`, `w:br` and `w:tab` elements (see `RunText`); a character no run can
    /// carry is reported at the site of `code`'s expression number `expression`, naming it.
    private mutating func writeRunContent(_ text: String, expression: Int, of code: ChunkCode) {
        guard !text.isEmpty else { return }
        // Most values are one line of text with nothing to escape: copy their bytes at once.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains(where: RunText.isSpecial)
        }
        if plain == true {
            output.append(Self.textStart)
            output.append(text.utf8)
            output.append(Self.textEnd)
            return
        }
        if let invalid = RunText.firstInvalidCharacter(in: text) {
            let message = TemplateMessages.unwritableCharacter(invalid, in: text, of: code.expressions[expression])
            return report(code.sites[expression].diagnostic(message))
        }
        if RunText.breaksParagraph(text) {
            needsTree = true
            return
        }
        RunText.forEachPiece(of: text) { piece in
            switch piece {
            case .text(let characters):
                var escaped: [UInt8] = []
                XMLText.appendEscaped(characters.utf8, to: &escaped)
                output.append(Self.textStart)
                output.append(escaped)
                output.append(Self.textEnd)
            case .lineBreak:
                output.append(Self.lineBreak)
            case .tab:
                output.append(Self.tab)
            case .pageBreak:
                output.append(Self.pageBreak)
            case .paragraphBreak:
                break  // never reached: such text goes to the tree renderer
            }
        }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}
