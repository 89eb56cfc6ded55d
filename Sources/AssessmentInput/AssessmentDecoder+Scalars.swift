import Yams

extension AssessmentDecoder {
    /// Calls `body` with every scalar under `node` and its path in the data ("narrative.process[1]"):
    /// the walk the free-text checks share.
    func forEachScalar(in node: Node?, path: String, _ body: (Node, Node.Scalar, String) -> Void) {
        switch node {
        case .mapping(let mapping)?:
            for (key, value) in mapping { forEachScalar(in: value, path: "\(path).\(key.scalar?.string ?? "")", body) }
        case .sequence(let items)?:
            for (index, item) in items.enumerated() { forEachScalar(in: item, path: "\(path)[\(index)]", body) }
        case .scalar(let scalar)?:
            if let node { body(node, scalar, path) }
        default:
            return
        }
    }
}
