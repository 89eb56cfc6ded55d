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

    /// The relationships part of `partName` (`word/_rels/document.xml.rels`).
    static func relationshipsPart(of partName: String) -> String {
        let slash = partName.lastIndex(of: "/")
        let folder = slash.map { String(partName[..<$0]) + "/" } ?? ""
        let file = slash.map { String(partName[partName.index(after: $0)...]) } ?? partName
        return folder + "_rels/" + file + ".rels"
    }

    /// `existing` (a `.rels` part's bytes, or nil when the part has none) with the added
    /// hyperlinks appended as external relationships, then `images` (target and id) as pictures.
    func relationshipsPart(extending existing: [UInt8]?, images: [(target: String, id: String)] = []) throws(XMLParseError) -> [UInt8] {
        let document = try XMLDocument(bytes: existing ?? Array(Self.emptyRelationships.utf8), url: "rels")
        guard let root = document.root else { return existing ?? [] }
        for (address, id) in added {
            let element = root.append(document.createElement("Relationship", namespace: Namespace.packageRelationships.description))
            element.setAttribute("Id", to: id)
            element.setAttribute("Type", to: Self.type)
            element.setAttribute("Target", to: address)
            element.setAttribute("TargetMode", to: "External")
        }
        for (target, id) in images {
            let element = root.append(document.createElement("Relationship", namespace: Namespace.packageRelationships.description))
            element.setAttribute("Id", to: id)
            element.setAttribute("Type", to: ImageEmbedder.relationshipType)
            element.setAttribute("Target", to: target)
        }
        return document.serialized()
    }

    private static let emptyRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>
        """
}
