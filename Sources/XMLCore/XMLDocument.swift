internal import CLibXML2

/// One parsed XML document: the single owner of libxml2's tree, freed when the last reference
/// (the document itself or any `XMLNode` handle into it) goes away.
///
/// Parsing never touches the network, never loads a DTD and never substitutes entities; a
/// document type declaration is refused outright, the parse stopping where it starts (OOXML parts
/// never have one), so no entity is ever declared, expanded or fetched.
/// Deliberately not `Sendable`: libxml2 trees are not safe to share between threads.
package final class XMLDocument {
    let pointer: xmlDocPtr
    /// Unlinked subtrees this document still owns (removed nodes, clones not yet inserted).
    var detached: Set<xmlNodePtr> = []
    #if DEBUG
    /// How many `replaceWithMarkup` calls freed nodes, and the count at which each node was freed:
    /// how a handle made before that knows it is stale (libxml2 may give the address to a new node).
    var markupGeneration = 0
    var freedByMarkup: [xmlNodePtr: Int] = [:]
    #endif

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        for node in detached { xmlFreeNode(node) }
        xmlFreeDoc(pointer)
    }

    /// Parses `bytes`; `url` only names the document in libxml2's own bookkeeping.
    package convenience init(bytes: [UInt8], url: String = "part.xml") throws(XMLParseError) {
        XMLLibrary.ensureInitialized()
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseError(message: "out of memory", line: 0, column: 0)
        }
        defer { xmlFreeParserCtxt(context) }
        hoso_xml_refuse_dtd(context)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), url, nil, options)
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            // Stopped by `hoso_xml_refuse_dtd`, at the declaration.
            if let parsed { xmlFreeDoc(parsed) }
            let input = context.pointee.input?.pointee
            throw XMLParseError(message: Self.dtdRefused, line: Int(input?.line ?? 0), column: Int(input?.col ?? 0))
        }
        // A namespace error (an undeclared prefix, an attribute given twice under two prefixes
        // of one namespace, a name with two colons) leaves libxml2's document well-formed, but
        // Word refuses the file: refused here too.
        guard let document = parsed, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw Self.lastError(of: context)
        }
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw XMLParseError(message: Self.dtdRefused, line: 0, column: 0)
        }
        self.init(pointer: document)
    }

    /// An empty document whose root will be set with `setRoot`, copying the XML declaration
    /// (version, encoding, standalone) of `template`.
    package convenience init(declarationOf template: XMLDocument) {
        XMLLibrary.ensureInitialized()
        let document = xmlCopyDoc(template.pointer, 0)!
        self.init(pointer: document)
    }

    static let dtdRefused = "a document type declaration (DTD) is not allowed"

    private static func lastError(of context: xmlParserCtxtPtr) -> XMLParseError {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
            return XMLParseError(message: "not well-formed", line: 0, column: 0)
        }
        return parseError(error)
    }

    /// libxml2's error as a value, its message made plain where libxml2's is not.
    static func parseError(_ error: UnsafeMutablePointer<xmlError>) -> XMLParseError {
        var message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed"
        while message.last?.isNewline == true { message.removeLast() }
        // "Excessive depth in document: 256 use XML_PARSE_HUGE option" names a C option the user
        // cannot set: say what it means instead.
        if message.hasPrefix("Excessive depth in document") {
            let limit = message.split(whereSeparator: { !$0.isNumber }).first.map(String.init) ?? "256"
            message = "elements nested more than \(limit) levels deep (a real document needs a few dozen)"
        }
        return XMLParseError(message: message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
    }

    /// The root element, if any.
    package var root: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(document: self, pointer: $0) }
    }

    /// Makes `node` (a shallow or deep copy made for this document) the root element.
    package func setRoot(_ node: XMLNode) {
        precondition(node.document === self, "the root must belong to this document")
        detached.remove(node.pointer)
        xmlDocSetRootElement(pointer, node.pointer)
    }

    /// A deep copy of the whole document, independent of this one.
    package func copy() -> XMLDocument {
        XMLDocument(pointer: xmlCopyDoc(pointer, 1)!)
    }

    /// A new element in the namespace `namespaceURI` (declared somewhere on the root), detached
    /// until inserted.
    package func createElement(_ localName: String, namespace namespaceURI: String?) -> XMLNode {
        var namespace: xmlNsPtr?
        if let namespaceURI, let root = xmlDocGetRootElement(pointer) {
            namespace = xmlSearchNsByHref(pointer, root, namespaceURI)
        }
        let node = xmlNewDocNode(pointer, namespace, localName, nil)!
        detached.insert(node)
        return XMLNode(document: self, pointer: node)
    }

    /// Copies `node` (of any document) into this one: deep with its descendants, or only the
    /// element with its attributes. The copy is detached until inserted.
    package func importNode(_ node: XMLNode, deep: Bool) -> XMLNode {
        let copy = xmlDocCopyNode(node.pointer, pointer, deep ? 1 : 2)!
        detached.insert(copy)
        return XMLNode(document: self, pointer: copy)
    }

    /// Removes namespace declarations that repeat one already in scope (copies made by
    /// `importNode` declare their namespaces on themselves).
    package func removeRedundantNamespaceDeclarations() {
        guard let root = xmlDocGetRootElement(pointer) else { return }
        // 1 is XML_DOM_RECONNS_REMOVEREDUND, which tree.c defines but no header exports.
        xmlDOMWrapReconcileNamespaces(nil, root, 1)
    }

    /// What `serialized()` writes before the root element: the XML declaration and a newline
    /// (empty when the source had no declaration and none is needed).
    package var prologue: [UInt8] {
        XMLDocument(declarationOf: self).serialized()
    }

    /// Replaces `nodes` — consecutive siblings, the first an element — by one node holding their
    /// serialized markup, which `serialized()` later writes verbatim, byte for byte as it would
    /// have written the nodes. The nodes are freed at once (a long rendered table then costs its
    /// bytes, not its tree): a handle to them, or to anything inside them, is stale afterwards, and
    /// using one stops a debug build (see `XMLNode`). The one caller is the renderer's table batches
    /// (`MarkupBatches`), which hold no other handle to the rows it replaces.
    @discardableResult
    package func replaceWithMarkup(_ nodes: [XMLNode]) -> XMLNode? {
        guard let first = nodes.first else { return nil }
        precondition(first.isElement, "the first node replaced by markup must be an element")
        precondition(
            Self.areConsecutiveSiblings(nodes.map(\.pointer)),
            "replaceWithMarkup: the nodes must be consecutive siblings under one parent (a node and its own child would be freed twice)")
        guard let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        // The same serializer, options and encoding as `serialized()`.
        guard let writer = xmlSaveToBuffer(buffer, "UTF-8", 0) else { return nil }
        for node in nodes {
            precondition(node.document === self, "only nodes of this document can be replaced")
            xmlSaveTree(writer, node.pointer)
        }
        xmlSaveClose(writer)
        guard let markup = xmlNewDocTextLen(pointer, xmlBufferContent(buffer), xmlBufferLength(buffer)) else { return nil }
        hoso_xml_mark_verbatim(markup)
        // Before an element, libxml2 never merges the new text node with a neighbour.
        xmlAddPrevSibling(first.pointer, markup)
        let replaced = nodes.map(\.pointer)
        #if DEBUG
        markupGeneration += 1
        for node in replaced { forget(node) }
        #endif
        for node in replaced {
            xmlUnlinkNode(node)
            detached.remove(node)
            xmlFreeNode(node)
        }
        return XMLNode(document: self, pointer: markup)
    }

    /// Whether `nodes` are distinct siblings with a parent, each one the next sibling of the one
    /// before it: then no node lies inside another, and freeing each once is sound.
    static func areConsecutiveSiblings(_ nodes: [xmlNodePtr]) -> Bool {
        guard let parent = nodes.first?.pointee.parent else { return false }
        for (node, next) in zip(nodes, nodes.dropFirst()) where node.pointee.next != next || next.pointee.parent != parent {
            return false
        }
        return true
    }

    #if DEBUG
    /// Records `node` and everything inside it as freed at `markupGeneration`.
    private func forget(_ node: xmlNodePtr) {
        freedByMarkup[node] = markupGeneration
        var child = node.pointee.children
        while let current = child {
            forget(current)
            child = current.pointee.next
        }
    }
    #endif

    /// The document as bytes, with the XML declaration Word writes
    /// (`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` when the source had it).
    package func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { hoso_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}
