import Diagnostics
import Foundation
import Yams

/// A data file as an editable tree, for callers that change some fields and write the file back
/// (the web form of `hoso serve`): values are read and set by key path ("documents.plan.date"),
/// every key the caller does not touch is kept in its place, and the file is written in block style
/// with keys in their existing order (new keys after them). Whether the result is valid is
/// `AssessmentLoader`'s question, asked of the written text as `hoso check` asks it.
package struct DataDocument: @unchecked Sendable {
    private var root: Node

    /// A document with an empty mapping at its root.
    package init() {
        root = .mapping(Node.Mapping([]))
    }

    /// Parses `text`; nil when it is not YAML whose root is a mapping (the loader says why).
    package init?(text: String) {
        guard let node = try? Yams.compose(yaml: text), case .mapping = node else { return nil }
        root = node
    }

    // MARK: Reading

    /// The text of the scalar at `path`; nil when absent, null or not a scalar.
    package func text(_ path: [String]) -> String? {
        guard let node = node(at: path), case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// The scalar items of the list at `path` (a single scalar is a list of one).
    package func texts(_ path: [String]) -> [String] {
        guard let node = node(at: path) else { return [] }
        switch node {
        case .sequence(let sequence): return sequence.compactMap { $0.scalar?.string }
        case .scalar: return text(path).map { [$0] } ?? []
        default: return []
        }
    }

    /// The rows of the list of mappings at `path`: for each item, its scalar fields by key (a list
    /// of scalars as its items, one per line).
    package func rows(_ path: [String]) -> [[String: String]] {
        guard case .sequence(let sequence)? = node(at: path) else { return [] }
        return sequence.map { item in
            guard case .mapping(let mapping) = item else { return [:] }
            var row: [String: String] = [:]
            for (key, value) in mapping {
                guard let key = key.scalar?.string else { continue }
                if let value = value.scalar?.string {
                    row[key] = value
                } else if case .sequence(let items) = value {
                    row[key] = items.compactMap { $0.scalar?.string }.joined(separator: "\n")
                }
            }
            return row
        }
    }

    /// The keys of the mapping at `path`, in file order.
    package func keys(_ path: [String]) -> [String] {
        guard case .mapping(let mapping)? = node(at: path) else { return [] }
        return mapping.keys.compactMap { $0.scalar?.string }
    }

    /// Whether the scalar at `path` is a starter file's unfilled "<…>".
    package func isPlaceholder(_ path: [String]) -> Bool {
        text(path).map(NodeReader.isPlaceholder) ?? false
    }

    // MARK: Writing

    /// Sets the scalar at `path` (creating the mappings on the way); nil or blank removes the key.
    package mutating func set(_ path: [String], text: String?) {
        let value = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        replace(path, with: value.isEmpty ? nil : Self.scalar(value))
    }

    /// Sets the list of texts at `path`; blank items are dropped, an empty list removes the key.
    package mutating func set(_ path: [String], texts: [String]) {
        let items = texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        replace(path, with: items.isEmpty ? nil : .sequence(Node.Sequence(items.map(Self.scalar), .implicit, .block)))
    }

    /// Sets the list of mappings at `path`, each row's fields in `columns` order; blank fields are
    /// left out, rows with no field are dropped, and fields of an existing row that are not among
    /// `columns` are kept (row by row, in order).
    /// A column in `listColumns` is a list, one item per line of its cell.
    package mutating func set(_ path: [String], rows: [[String: String]], columns: [String], listColumns: Set<String> = []) {
        let previous: [Node]
        if case .sequence(let sequence)? = node(at: path) { previous = Array(sequence) } else { previous = [] }
        var items: [Node] = []
        for (index, row) in rows.enumerated() {
            var pairs: [(Node, Node)] = []
            for column in columns {
                let value = (row[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !value.isEmpty else { continue }
                if listColumns.contains(column) {
                    let items = value.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    pairs.append((Self.key(column), .sequence(Node.Sequence(items.map(Self.scalar), .implicit, .block))))
                } else {
                    pairs.append((Self.key(column), Self.scalar(value)))
                }
            }
            guard !pairs.isEmpty else { continue }
            if index < previous.count, case .mapping(let old) = previous[index] {
                for (key, value) in old where !columns.contains(key.scalar?.string ?? "") { pairs.append((key, value)) }
            }
            items.append(.mapping(Node.Mapping(pairs, .implicit, .block)))
        }
        replace(path, with: items.isEmpty ? nil : .sequence(Node.Sequence(items, .implicit, .block)))
    }

    /// The file's text: block style throughout, keys in order, texts quoted only where YAML would
    /// read them as something else ("14:00", "yes", "null").
    package func yaml() -> String {
        (try? Yams.serialize(node: Self.blockStyled(root), width: -1, allowUnicode: true)) ?? ""
    }

    // MARK: Tree

    private func node(at path: [String]) -> Node? {
        var current: Node? = root
        for key in path {
            guard case .mapping(let mapping)? = current else { return nil }
            current = Self.value(of: key, in: mapping)
        }
        return current
    }

    private mutating func replace(_ path: [String], with value: Node?) {
        guard !path.isEmpty else { return }
        root = Self.replacing(in: root, path[...], with: value) ?? root
    }

    private static func replacing(in node: Node, _ path: ArraySlice<String>, with value: Node?) -> Node? {
        guard let key = path.first else { return value }
        let mapping: Node.Mapping
        if case .mapping(let existing) = node { mapping = existing } else { mapping = Node.Mapping([], .implicit, .block) }
        let existing = Self.value(of: key, in: mapping)
        let child = existing ?? .mapping(Node.Mapping([], .implicit, .block))
        var updated = path.count == 1 ? value : replacing(in: child, path.dropFirst(), with: value)
        if let inner = updated, case .mapping(let innerMapping) = inner, innerMapping.isEmpty, path.count > 1 { updated = nil }
        var pairs = mapping.map { ($0.key, $0.value) }
        if let index = pairs.firstIndex(where: { $0.0.scalar?.string == key }) {
            if let updated { pairs[index].1 = updated } else { pairs.remove(at: index) }
        } else if let updated {
            pairs.append((Self.key(key), updated))
        } else {
            return node
        }
        return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style))
    }

    /// The value under the key whose text is `key` (compared as text: a quoted "1.1" is the key 1.1).
    private static func value(of key: String, in mapping: Node.Mapping) -> Node? {
        mapping.first { $0.key.scalar?.string == key }?.value
    }

    /// A new key, quoted when YAML would read it as something other than text ("1.1").
    static func key(_ text: String) -> Node {
        let plain = Node.Scalar(text, .implicit, .plain)
        let quoted = Resolver.default.resolveTag(of: .scalar(plain)) != .str
        return .scalar(Node.Scalar(text, .implicit, quoted ? .doubleQuoted : .plain))
    }

    /// A scalar written plainly when YAML reads it back as the same text, single-quoted otherwise;
    /// digits and decimals stay plain (points, numbers, years are read as numbers or as text alike).
    static func scalar(_ text: String) -> Node {
        let plain = Node.Scalar(text, .implicit, .plain)
        let resolved = Resolver.default.resolveTag(of: .scalar(plain))
        let isNumber = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.first?.isNumber == true
        let isBoolean = text == "true" || text == "false"
        let quoted = !isNumber && !isBoolean && (resolved != .str || text.contains(":") || text.hasPrefix("<"))
        return .scalar(Node.Scalar(text, .implicit, quoted ? .singleQuoted : .plain))
    }

    private static func blockStyled(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { ($0.key, blockStyled($0.value)) }, mapping.tag, .block))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(blockStyled), sequence.tag, .block))
        case .scalar(var scalar):
            if scalar.string.contains("\n") { scalar.style = .literal }
            return .scalar(scalar)
        case .alias:
            return node
        }
    }
}
