internal import CLibXML2

/// A compiled W3C XML Schema (XSD) — the single owner of libxml2's schema, freed in `deinit`.
/// Compile once and validate many documents; deliberately not `Sendable`.
package final class XMLSchema {
    let schema: xmlSchemaPtr

    /// Compiles the schema at `path` (its imports and includes are resolved next to it, never on
    /// the network).
    package init(path: String) throws(XMLParseError) {
        XMLLibrary.ensureInitialized()
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw XMLParseError(message: "cannot read schema \(path)", line: 0, column: 0)
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetParserStructuredErrors(
            parser,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error)
            }, box.toOpaque())
        guard let compiled = xmlSchemaParse(parser) else {
            throw collector.errors.first ?? XMLParseError(message: "cannot compile schema \(path)", line: 0, column: 0)
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Every violation of the schema in `document`, in document order (empty when it is valid).
    /// For a large document, `XMLStream.read(_:url:validatingAgainst:_:)` validates without a tree.
    package func validate(_ document: XMLDocument) -> [XMLParseError] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLParseError(message: "out of memory", line: 0, column: 0)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error)
            }, box.toOpaque())
        let status = xmlSchemaValidateDoc(context, document.pointer)
        if status != 0 && collector.errors.isEmpty {
            return [XMLParseError(message: "the document does not validate (status \(status))", line: 0, column: 0)]
        }
        return collector.errors
    }
}

/// Gathers libxml2's structured errors as Swift values while a C call runs.
final class ErrorCollector {
    var errors: [XMLParseError] = []

    func add(_ error: UnsafePointer<xmlError>) {
        var message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
        while message.last?.isNewline == true { message.removeLast() }
        errors.append(XMLParseError(message: message, line: Int(error.pointee.line), column: Int(error.pointee.int2)))
    }

    func add(_ error: UnsafeMutablePointer<xmlError>) {
        add(UnsafePointer(error))
    }
}
