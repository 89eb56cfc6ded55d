internal import CLibXML2

/// A handle to one node of an `XMLDocument`. It keeps its document alive, and no public call frees a
/// node while the document lives: removed nodes (by `remove()`, or children replaced by `setText`)
/// stay owned by the document, and a text node inserted next to another text node is linked beside
/// it, not merged into it (libxml2 would free one of the two), so every handle stays safe to use.
/// The one exception is `XMLDocument.replaceWithMarkup`, which frees the nodes it replaces: a
/// handle to them (or to anything inside them) is stale afterwards. Debug builds (every test run)
/// check each use of a handle and stop the program at a stale one, naming the call; release builds
/// skip the check.
package struct XMLNode {
    /// The document that owns this node.
    package let document: XMLDocument
    private let storedPointer: xmlNodePtr
    #if DEBUG
    /// `document.markupGeneration` when this handle was made: a node freed by a later
    /// `replaceWithMarkup` is stale for it.
    private let generation: Int
    #endif

    init(document: XMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.storedPointer = pointer
        #if DEBUG
        self.generation = document.markupGeneration
        #endif
    }

    /// libxml2's node; in debug builds, first checked not to have been freed since this handle was made.
    var pointer: xmlNodePtr {
        #if DEBUG
        if let freed = document.freedByMarkup[storedPointer], freed > generation {
            preconditionFailure("XMLNode: a handle to a node that replaceWithMarkup freed was used")
        }
        #endif
        return storedPointer
    }

    private func handle(_ other: xmlNodePtr?) -> XMLNode? {
        other.map { XMLNode(document: document, pointer: $0) }
    }

    // MARK: Kind and name

    /// Whether this is an element (as opposed to text, a comment, a processing instruction…).
    package var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether this is a text or CDATA node.
    package var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// Whether this node holds serialized markup written verbatim (see `XMLDocument.replaceWithMarkup`).
    package var isMarkup: Bool { hoso_xml_is_verbatim(pointer) != 0 }

    /// The local name ("p" for `w:p`).
    package var localName: String { String(xmlString: pointer.pointee.name) ?? "" }

    /// The namespace URI of an element, if it has one.
    package var namespaceURI: String? { String(xmlString: pointer.pointee.ns?.pointee.href) }

    /// Whether this is the element `localName` in the namespace `namespaceURI`, compared without
    /// making Swift strings (fast enough for walking large trees).
    package func isElement(_ localName: StaticString, namespace namespaceURI: StaticString) -> Bool {
        // The name first: most differ at its first byte, and the namespace is another pointer away.
        guard pointer.pointee.type == XML_ELEMENT_NODE,
            let name = pointer.pointee.name, Self.equal(name, localName),
            let href = pointer.pointee.ns?.pointee.href
        else { return false }
        return Self.equal(href, namespaceURI)
    }

    private static func equal(_ cString: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        if expected.hasPointerRepresentation {
            // Compared here rather than through xmlStrEqual: most names differ at the first byte.
            // A literal's bytes end with a NUL, like libxml2's strings.
            var actual = cString
            var wanted = expected.utf8Start
            while actual.pointee == wanted.pointee {
                if actual.pointee == 0 { return true }
                actual += 1
                wanted += 1
            }
            return false
        }
        return String(xmlString: cString) == expected.description
    }

    /// 1-based line of the node in the source it was parsed from (0 for created nodes).
    package var line: Int { Int(xmlGetLineNo(pointer)) }

    // MARK: Navigation

    /// The parent node (an element, or nil for the root and detached nodes).
    package var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return handle(parent)
    }

    /// The first child of any kind.
    package var firstChild: XMLNode? { handle(pointer.pointee.children) }

    /// The last child of any kind.
    package var lastChild: XMLNode? { handle(pointer.pointee.last) }

    /// The next sibling of any kind.
    package var nextSibling: XMLNode? { handle(pointer.pointee.next) }

    /// The previous sibling of any kind.
    package var previousSibling: XMLNode? { handle(pointer.pointee.prev) }

    /// All children, in order.
    package var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(XMLNode(document: document, pointer: current))
            child = current.pointee.next
        }
        return result
    }

    /// The element children, in order.
    package var elementChildren: [XMLNode] { children.filter(\.isElement) }

    /// The first element child with this name.
    package func firstChild(_ localName: StaticString, namespace: StaticString) -> XMLNode? {
        var child = pointer.pointee.children
        while let current = child {
            let node = XMLNode(document: document, pointer: current)
            if node.isElement(localName, namespace: namespace) { return node }
            child = current.pointee.next
        }
        return nil
    }

    /// Every descendant element with this name, in document order.
    package func descendants(_ localName: StaticString, namespace: StaticString) -> [XMLNode] {
        var result: [XMLNode] = []
        forEachDescendant { node in
            if node.isElement(localName, namespace: namespace) { result.append(node) }
        }
        return result
    }

    /// Calls `body` for every descendant, in document order (not for this node itself).
    package func forEachDescendant(_ body: (XMLNode) -> Void) {
        var child = pointer.pointee.children
        while let current = child {
            let node = XMLNode(document: document, pointer: current)
            body(node)
            node.forEachDescendant(body)
            child = current.pointee.next
        }
    }

    /// The child at `index` among all children (of any kind), if there is one.
    package func child(at index: Int) -> XMLNode? {
        var child = pointer.pointee.children
        var remaining = index
        while let current = child, remaining > 0 {
            child = current.pointee.next
            remaining -= 1
        }
        return handle(child)
    }

    /// Calls `visit` for every descendant element in document order; when it returns false the
    /// element's own descendants are skipped.
    package func walkElements(_ visit: (XMLNode) -> Bool) {
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let node = XMLNode(document: document, pointer: current)
                if visit(node) { node.walkElements(visit) }
            }
            child = current.pointee.next
        }
    }

    /// The nearest ancestor (not this node) with this name.
    package func ancestor(_ localName: StaticString, namespace: StaticString) -> XMLNode? {
        var current = parent
        while let node = current {
            if node.isElement(localName, namespace: namespace) { return node }
            current = node.parent
        }
        return nil
    }

    // MARK: Attributes

    /// The value of attribute `localName` in `namespaceURI` (nil: no namespace).
    package func attribute(_ localName: String, namespace namespaceURI: String? = nil) -> String? {
        if let namespaceURI {
            String(ownedXMLString: xmlGetNsProp(pointer, localName, namespaceURI))
        } else {
            String(ownedXMLString: xmlGetNoNsProp(pointer, localName))
        }
    }

    /// Sets attribute `localName` in `namespaceURI`, whose declaration must be in scope
    /// (as it is for every namespace a Word part uses; "xml:" always is).
    package func setAttribute(_ localName: String, namespace namespaceURI: String? = nil, to value: String) {
        guard let namespaceURI else {
            xmlSetNsProp(pointer, nil, localName, value)
            return
        }
        let scope = pointer.pointee.parent == nil ? xmlDocGetRootElement(document.pointer) ?? pointer : pointer
        let namespace = xmlSearchNsByHref(document.pointer, scope, namespaceURI)
        precondition(namespace != nil, "namespace \(namespaceURI) is not declared")
        xmlSetNsProp(pointer, namespace, localName, value)
    }

    /// Removes attribute `localName` in `namespaceURI`, if present.
    package func removeAttribute(_ localName: String, namespace namespaceURI: String? = nil) {
        let attribute =
            if let namespaceURI {
                xmlHasNsProp(pointer, localName, namespaceURI)
            } else {
                xmlHasNsProp(pointer, localName, nil)
            }
        if let attribute { xmlRemoveProp(attribute) }
    }

    // MARK: Text

    /// The text of this node and all its descendants.
    package var textContent: String { String(ownedXMLString: xmlNodeGetContent(pointer)) ?? "" }

    /// Whether the text of this node or of any node below it (text and CDATA) holds `byte`,
    /// read in place without building a string.
    package func textContains(_ byte: UInt8) -> Bool {
        Self.textContains(byte, in: pointer)
    }

    private static func textContains(_ byte: UInt8, in node: xmlNodePtr) -> Bool {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            guard let content = node.pointee.content else { return false }
            return xmlStrchr(content, byte) != nil
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type != XML_ATTRIBUTE_NODE, textContains(byte, in: current) { return true }
            child = current.pointee.next
        }
        return false
    }

    /// Replaces the content with `text`, taken literally (`&` stays `&`; escaping happens when
    /// the document is serialized). For an element, its children are replaced by one text node; the
    /// old children are removed (as by `remove()`), not freed, so handles to them stay valid.
    package func setText(_ text: String) {
        if pointer.pointee.type == XML_ELEMENT_NODE {
            for child in children { child.remove() }
            xmlNodeAddContent(pointer, text)
        } else {
            xmlNodeSetContent(pointer, nil)
            xmlNodeAddContent(pointer, text)
        }
    }

    // MARK: Changing the tree

    /// Appends `child` (detached, or moved from elsewhere in this document) as the last child.
    @discardableResult
    package func append(_ child: XMLNode) -> XMLNode {
        precondition(child.document === document, "import the node first")
        document.detached.remove(child.pointer)
        // libxml2 2.9's xmlAddChild, unlike xmlAddPrevSibling and xmlAddNextSibling, does not
        // unlink a node that is still in the tree: its old parent and siblings would keep
        // pointing at it, and the node would be freed twice. Unlinking a detached node is a no-op.
        xmlUnlinkNode(child.pointer)
        if Self.isText(child.pointer) {
            precondition(pointer.pointee.type == XML_ELEMENT_NODE, "text goes into an element")
            return linkText(child, parent: pointer, after: pointer.pointee.last, before: nil)
        }
        return link(child, xmlAddChild(pointer, child.pointer))
    }

    /// Inserts `sibling` right before this node.
    @discardableResult
    package func insertBefore(_ sibling: XMLNode) -> XMLNode {
        precondition(sibling.document === document, "import the node first")
        document.detached.remove(sibling.pointer)
        if Self.isText(sibling.pointer), sibling != self {
            xmlUnlinkNode(sibling.pointer)
            return linkText(sibling, parent: pointer.pointee.parent, after: pointer.pointee.prev, before: pointer)
        }
        return link(sibling, xmlAddPrevSibling(pointer, sibling.pointer))
    }

    /// Inserts `sibling` right after this node.
    @discardableResult
    package func insertAfter(_ sibling: XMLNode) -> XMLNode {
        precondition(sibling.document === document, "import the node first")
        document.detached.remove(sibling.pointer)
        if Self.isText(sibling.pointer), sibling != self {
            xmlUnlinkNode(sibling.pointer)
            return linkText(sibling, parent: pointer.pointee.parent, after: pointer, before: pointer.pointee.next)
        }
        return link(sibling, xmlAddNextSibling(pointer, sibling.pointer))
    }

    /// Whether libxml2 would merge this node into a neighbouring text node when linking it.
    private static func isText(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_TEXT_NODE }

    /// Links the unlinked text node `added` between `prev` and `next` under `parent` by hand:
    /// libxml2's own calls would merge it into a neighbouring text node and free one of the two,
    /// leaving a caller's handle dangling. Adjacent text nodes serialize as their joined text.
    private func linkText(_ added: XMLNode, parent: xmlNodePtr?, after prev: xmlNodePtr?, before next: xmlNodePtr?) -> XMLNode {
        let node = added.pointer
        node.pointee.parent = parent
        node.pointee.prev = prev
        node.pointee.next = next
        if let prev { prev.pointee.next = node } else { parent?.pointee.children = node }
        if let next { next.pointee.prev = node } else { parent?.pointee.last = node }
        return added
    }

    /// The node libxml2 linked in place of `added` (itself, as only non-text nodes reach here),
    /// with its namespace declarations tidied.
    private func link(_ added: XMLNode, _ result: xmlNodePtr?) -> XMLNode {
        guard let result else {
            document.detached.insert(added.pointer)
            return added
        }
        // A copy made while detached declares its namespaces on itself; now that it has
        // ancestors, drop the declarations they already make. (1 is XML_DOM_RECONNS_REMOVEREDUND.)
        if result.pointee.type == XML_ELEMENT_NODE, result.pointee.nsDef != nil {
            xmlDOMWrapReconcileNamespaces(nil, result, 1)
        }
        return XMLNode(document: document, pointer: result)
    }

    /// Takes this node (and its subtree) out of the tree; the document keeps owning it, so any
    /// handle to it stays valid.
    package func remove() {
        guard pointer.pointee.parent != nil || pointer.pointee.prev != nil || pointer.pointee.next != nil else { return }
        xmlUnlinkNode(pointer)
        document.detached.insert(pointer)
    }

    /// A deep copy in the same document, detached until inserted.
    package func clone() -> XMLNode {
        document.importNode(self, deep: true)
    }

    /// A copy of this element with its attributes but no children, detached until inserted.
    package func shallowClone() -> XMLNode {
        document.importNode(self, deep: false)
    }

    /// A copy of this node (with its descendants when `deep`), detached until inserted, to be
    /// inserted only where this node's namespace declarations are in scope: beside it, or into
    /// a copy of its parent. Cheaper than `clone()`, which declares every namespace the copy uses
    /// on the copy itself and removes those declarations again when it is inserted; where a node
    /// of the subtree declares namespaces of its own, it is `clone()`.
    package func cloneInScope(deep: Bool) -> XMLNode {
        guard hoso_xml_copyable_in_scope(pointer, deep ? 1 : 0) != 0, let copy = hoso_xml_copy_in_scope(pointer, deep ? 1 : 0) else {
            return document.importNode(self, deep: deep)
        }
        document.detached.insert(copy)
        return XMLNode(document: document, pointer: copy)
    }
}

extension XMLNode: Equatable, Hashable {
    /// Two handles are equal when they point at the same node.
    package static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }

    /// Hashes the node's identity.
    package func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}
