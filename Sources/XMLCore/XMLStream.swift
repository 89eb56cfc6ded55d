internal import CLibXML2

/// Reading an XML document as a stream of elements (libxml2's SAX2 parser), optionally validating
/// it against a schema on the way (`xmlSchemaSAXPlug`): memory stays small however large the
/// document (a 20 MB part takes a few megabytes instead of the 270 MB of its tree). The parser,
/// its options and its errors are `XMLDocument`'s: no network, no DTD loading, no entity
/// substitution, and a document type declaration stops the parse where it starts.
package enum XMLStream {
    /// One element's start tag.
    package struct Element: Sendable {
        /// The local name ("tbl" for `w:tbl`).
        package var localName: String
        /// The namespace URI, nil when the element has none.
        package var namespaceURI: String?
        /// Its line (where its start tag ends, as `XMLNode.line` counts).
        package var line: Int
        /// 0 for the root element.
        package var depth: Int
        /// Its attributes (namespace declarations are not attributes).
        package var attributes: [XMLAttribute]

        /// Whether this is the element `localName` in `namespaceURI`.
        package func `is`(_ localName: String, namespace namespaceURI: String) -> Bool {
            self.localName == localName && self.namespaceURI == namespaceURI
        }

        /// The value of attribute `localName` in `namespaceURI` (nil: no namespace).
        package func attribute(_ localName: String, namespace namespaceURI: String? = nil) -> String? {
            attributes.first { $0.localName == localName && $0.namespaceURI == namespaceURI }?.value
        }
    }

    /// What the stream meets, in document order; every start has its end.
    package enum Event: Sendable {
        case start(Element)
        case end
    }

    /// The root element's start tag, reading no further than it.
    package static func root(of bytes: [UInt8]) throws(XMLParseError) -> Element? {
        var root: Element?
        _ = try parse(bytes, schema: nil, stopAfterRoot: true) { event in
            if case .start(let element) = event, root == nil { root = element }
        }
        return root
    }

    /// Reads `bytes`, calling `visit` for each event, and returns the violations of `schema` in
    /// document order (none without a schema). Throws the error that makes the document not
    /// well-formed, or a DTD, located as `XMLDocument(bytes:)` locates it.
    package static func read(
        _ bytes: [UInt8], validatingAgainst schema: XMLSchema?,
        _ visit: (Event) -> Void
    ) throws(XMLParseError) -> [XMLParseError] {
        try parse(bytes, schema: schema, stopAfterRoot: false, visit)
    }

    private static func parse(
        _ bytes: [UInt8], schema: XMLSchema?, stopAfterRoot: Bool,
        _ visit: (Event) -> Void
    ) throws(XMLParseError) -> [XMLParseError] {
        XMLLibrary.ensureInitialized()
        let result = withoutActuallyEscaping(visit) { visit in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    run(chars, schema: schema, state: StreamState(visit: visit, stopAfterRoot: stopAfterRoot))
                }
            }
        }
        return try result.get()
    }

    private static func run(
        _ chars: UnsafeBufferPointer<CChar>, schema: XMLSchema?, state: StreamState
    )
        -> Result<[XMLParseError], XMLParseError>
    {
        guard let base = chars.baseAddress, !chars.isEmpty else {
            return .failure(XMLParseError(message: "Document is empty", line: 1, column: 1))
        }
        guard let context = xmlCreateMemoryParserCtxt(base, Int32(chars.count)) else {
            return .failure(XMLParseError(message: "out of memory", line: 0, column: 0))
        }
        defer { xmlFreeParserCtxt(context) }
        state.context = context
        let validation = schema.flatMap { xmlSchemaNewValidCtxt($0.schema) }
        defer { if let validation { xmlSchemaFreeValidCtxt(validation) } }
        let collector = ErrorCollector()
        let collectorBox = Unmanaged.passRetained(collector)
        defer { collectorBox.release() }
        let stateBox = Unmanaged.passRetained(state)
        defer { stateBox.release() }

        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { data, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let data else { return }
            Unmanaged<StreamState>.fromOpaque(data).takeUnretainedValue()
                .start(localName, uri, Int(attributeCount), attributes)
        }
        handler.endElementNs = { data, _, _, _ in
            guard let data else { return }
            Unmanaged<StreamState>.fromOpaque(data).takeUnretainedValue().end()
        }
        handler.internalSubset = { data, _, _, _ in
            guard let data else { return }
            Unmanaged<StreamState>.fromOpaque(data).takeUnretainedValue().stopAtDTD()
        }
        return withUnsafeMutablePointer(to: &handler) { handlerPointer in
            var sax: UnsafeMutablePointer<xmlSAXHandler>? = handlerPointer
            var userData: UnsafeMutableRawPointer? = stateBox.toOpaque()
            var plug: xmlSchemaSAXPlugPtr?
            if let validation {
                xmlSchemaSetValidStructuredErrors(
                    validation,
                    { data, error in
                        guard let data, let error else { return }
                        Unmanaged<ErrorCollector>.fromOpaque(data).takeUnretainedValue().add(error)
                    }, collectorBox.toOpaque())
                // The validator sits between the parser and our handler.
                plug = xmlSchemaSAXPlug(validation, &sax, &userData)
                guard plug != nil else { return .failure(XMLParseError(message: "cannot start schema validation", line: 0, column: 0)) }
            }
            defer { if let plug { xmlSchemaSAXUnplug(plug) } }
            // Our handler for the parse, the context's own back before it is freed.
            let ownHandler = context.pointee.sax
            context.pointee.sax = sax
            context.pointee.userData = userData
            defer {
                context.pointee.sax = ownHandler
                context.pointee.userData = UnsafeMutableRawPointer(context)
            }
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            xmlCtxtUseOptions(context, options)
            xmlParseDocument(context)

            if state.stoppedAtDTD {
                let input = context.pointee.input?.pointee
                return .failure(XMLParseError(message: XMLDocument.dtdRefused, line: Int(input?.line ?? 0), column: Int(input?.col ?? 0)))
            }
            if state.stoppedAfterRoot { return .success([]) }
            guard context.pointee.wellFormed != 0 else {
                guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
                    return .failure(XMLParseError(message: "not well-formed", line: 0, column: 0))
                }
                return .failure(XMLDocument.parseError(error))
            }
            return .success(collector.errors)
        }
    }
}

/// What the SAX callbacks share with the Swift caller during one parse.
private final class StreamState {
    let visit: (XMLStream.Event) -> Void
    let stopAfterRoot: Bool
    var context: xmlParserCtxtPtr?
    var depth = 0
    var stoppedAtDTD = false
    var stoppedAfterRoot = false

    init(visit: @escaping (XMLStream.Event) -> Void, stopAfterRoot: Bool) {
        self.visit = visit
        self.stopAfterRoot = stopAfterRoot
    }

    func start(
        _ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ attributeCount: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        var element = XMLStream.Element(
            localName: String(xmlString: localName) ?? "", namespaceURI: String(xmlString: uri),
            line: context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0, depth: depth, attributes: [])
        if let attributes {
            // Five pointers per attribute: local name, prefix, URI, value start, value end.
            for index in 0..<attributeCount {
                let fields = attributes + 5 * index
                guard let start = fields[3], let end = fields[4] else { continue }
                var value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                // Without entity substitution libxml2 hands an '&' on as "&#38;" (a DTD being
                // refused, no other reference can remain).
                if value.contains("&") { value = value.replacing("&#38;", with: "&") }
                element.attributes.append(
                    XMLAttribute(
                        namespaceURI: String(xmlString: fields[2]), localName: String(xmlString: fields[0]) ?? "", value: value))
            }
        }
        depth += 1
        visit(.start(element))
        if stopAfterRoot {
            stoppedAfterRoot = true
            if let context { xmlStopParser(context) }
        }
    }

    func end() {
        depth -= 1
        visit(.end)
    }

    func stopAtDTD() {
        stoppedAtDTD = true
        if let context { xmlStopParser(context) }
    }
}
