import Yams

/// The checked keys of one mapping in a data file, with the key path that leads to it.
struct Fields {
    /// The mapping node.
    let node: Node
    /// Its key path ("meeting").
    let path: String
    /// Values by key (unknown keys left out).
    let values: [String: Node]
    /// The key nodes, for locating a problem on the key itself.
    let keyNodes: [String: Node]
    /// Keys in file order.
    let order: [String]

    subscript(key: String) -> Node? { values[key] }

    /// The key path of `key` in this mapping.
    func path(_ key: String) -> String {
        NodeReader.join(path, key)
    }
}
