import OOXML
import XMLCore

/// The rows a loop renders into a table, turned into markup batch by batch
/// (`XMLDocument.replaceWithMarkup`) once `WordRepair` has repaired them: memory then grows with
/// the table's bytes, not with its tree (a rendered row takes about 20 KB as a libxml2 tree and
/// 2 KB as markup). The serialized document is byte for byte the same.
struct MarkupBatches {
    /// Iterations per batch: small enough to keep the tree small, large enough to be cheap.
    static let defaultRowsPerBatch = 64

    /// The table the loop renders into; nil when the loop is not over table rows.
    private let table: XMLNode?
    private let rowsPerBatch: Int
    /// The last node before the rows not yet turned into markup (nil: from the table's start).
    private var boundary: XMLNode?
    private var pending = 0

    /// Batches for a loop rendering into `parent`.
    init(table parent: XMLNode, rowsPerBatch: Int) {
        table = parent.isElement("tbl", namespace: Namespace.w) ? parent : nil
        self.rowsPerBatch = rowsPerBatch
        boundary = parent.lastChild
    }

    /// Whether the loop renders table rows (whose iterations may become markup).
    var isOverTable: Bool { table != nil }

    /// Counts one more iteration; every `rowsPerBatch` of them, the rows rendered since the last
    /// batch become markup — unless `WordRepair` must see them in the finished document (they
    /// are then left as they are).
    mutating func iterationRendered(in document: XMLDocument) {
        guard let table else { return }
        pending += 1
        guard pending >= rowsPerBatch else { return }
        pending = 0
        var nodes: [XMLNode] = []
        var node = boundary.map(\.nextSibling) ?? table.firstChild
        while let current = node {
            if !nodes.isEmpty || current.isElement { nodes.append(current) }
            node = current.nextSibling
        }
        defer { boundary = table.lastChild }
        guard !nodes.isEmpty, WordRepair.repairRowsForMarkup(nodes, in: document) else { return }
        document.replaceWithMarkup(nodes)
    }
}
