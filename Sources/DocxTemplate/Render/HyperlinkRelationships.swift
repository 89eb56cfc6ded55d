import OOXML
import XMLCore

/// The external hyperlinks rich text adds to one part, in order of first use, each with a
/// relationship id the part does not already use (`rIdLink1`, `rIdLink2`, …: deterministic).
struct HyperlinkRelationships {
    /// The relationship type of a hyperlink.
    static let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    /// Ids the part's relationships already use.
    private let taken: Set<String>
    /// Addresses with their ids, in order of first use.
    private(set) var added: [(address: String, id: String)] = []
    private var ids: [String: String] = [:]

    /// None yet, for a part whose relationships use `taken`.
    init(taken: Set<String>) {
        self.taken = taken
    }

    /// The id of the relationship to `address`, added on first use.
    mutating func id(for address: String) -> String {
        if let id = ids[address] { return id }
        var number = added.count + 1
        while taken.contains("rIdLink\(number)") { number += 1 }
        var id = "rIdLink\(number)"
        while ids.values.contains(id) || taken.contains(id) {
            number += 1
            id = "rIdLink\(number)"
        }
        ids[address] = id
        added.append((address, id))
        return id
    }

    /// Adds the hyperlinks (external) then `images` (target and id, as pictures) to the
    /// relationships of `partName` through `parts`, under the ids given out.
    func add(to parts: inout PackageParts, from partName: String, images: [(target: String, id: String)] = []) throws(XMLParseError) {
        for (address, id) in added {
            try parts.addRelationship(from: partName, id: .fixed(id), type: Self.type, target: address, external: true)
        }
        for (target, id) in images {
            try parts.addRelationship(from: partName, id: .fixed(id), type: ImageEmbedder.relationshipType, target: target)
        }
    }
}
