import Diagnostics
import XMLCore

/// Writes a `PartProgram` with a scope straight to bytes, collecting every problem (each once).
struct ChunkRenderer {
    private var output: [UInt8] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    /// The part's bytes, as the tree renderer would serialize them.
    static func render(_ program: PartProgram, scope: Scope, diagnostics: inout [Diagnostic]) -> [UInt8] {
        var renderer = ChunkRenderer()
        renderer.output = program.prologue
        renderer.render(program.chunks, scope: scope)
        diagnostics += renderer.diagnostics
        return renderer.output
    }

    private mutating func render(_ chunks: [Chunk], scope: Scope) {
        for chunk in chunks {
            switch chunk {
            case .bytes(let bytes):
                output.append(contentsOf: bytes)
            case .value(let expression, _):
                // The site is bound only on failure: copying it for every value costs more than
                // the value's lookup.
                do {
                    writeRunContent(try Evaluator.evaluate(expression, in: scope).required().text)
                } catch {
                    if case .value(_, let site) = chunk { report(site.diagnostic(error.message)) }
                }
            case .element(let open, let close, let content):
                output.append(contentsOf: open)
                output.append(UInt8(ascii: ">"))
                let start = output.count
                render(content, scope: scope)
                if output.count == start {
                    output.removeLast()
                    output.append(contentsOf: Self.emptyElementEnd)
                } else {
                    output.append(contentsOf: close)
                }
            case .conditional(let branches):
                do {
                    if let chosen = try ControlFlow.chosenBranch(branches.lazy.map { ($0.condition, $0.site) }, in: scope) {
                        render(branches[chosen].body, scope: scope)
                    }
                } catch {
                    report(error.diagnostic)
                }
            case .loop(let variable, let sequence, let body, let exposesLoop, let site):
                do {
                    let items = try ControlFlow.items(of: sequence, in: scope, site: site)
                    ControlFlow.forEachItem(items, variable: variable, exposingLoop: exposesLoop, in: scope) { inner in
                        render(body, scope: inner)
                    }
                } catch {
                    report(error.diagnostic)
                }
            }
        }
    }

    /// The bytes below "?" that need a `w:br`, a `w:tab` or escaping: "\t", "\n", "\r", "&", "<", ">".
    private static let isSpecial: [Bool] = (0..<0x3F).map { [0x09, 0x0A, 0x0D, 0x26, 0x3C, 0x3E].contains($0) }
    private static let emptyElementEnd = Array("/>".utf8)
    private static let textStart = Array(#"<w:t xml:space="preserve">"#.utf8)
    private static let textEnd = Array("</w:t>".utf8)
    private static let lineBreak = Array("<w:br/>".utf8)
    private static let tab = Array("<w:tab/>".utf8)

    /// `text` as `w:t`, `w:br` and `w:tab` elements (see `RunText`).
    private mutating func writeRunContent(_ text: String) {
        guard !text.isEmpty else { return }
        // Most values are one line of text with nothing to escape: copy their bytes at once.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x3F && Self.isSpecial[Int($0)] }
        }
        if plain == true {
            output.append(contentsOf: Self.textStart)
            output.append(contentsOf: text.utf8)
            output.append(contentsOf: Self.textEnd)
            return
        }
        RunText.forEachPiece(of: text) { piece in
            switch piece {
            case .text(let characters):
                output.append(contentsOf: Self.textStart)
                XMLText.appendEscaped(characters.utf8, to: &output)
                output.append(contentsOf: Self.textEnd)
            case .lineBreak:
                output.append(contentsOf: Self.lineBreak)
            case .tab:
                output.append(contentsOf: Self.tab)
            }
        }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}
