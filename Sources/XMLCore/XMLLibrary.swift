internal import CLibXML2

/// libxml2's process-wide set-up: `xmlInitParser()` once and its own error printing silenced.
enum XMLLibrary {
    /// Evaluated once, thread-safely, before the first parse.
    static let initialized: Bool = {
        xmlInitParser()
        hoso_xml_silence()
        return true
    }()

    /// Makes sure the library is set up; cheap after the first call.
    static func ensureInitialized() {
        precondition(initialized)
    }
}

extension String {
    /// A Swift string from a libxml2 string, or nil for a null pointer.
    init?(xmlString pointer: UnsafePointer<xmlChar>?) {
        guard let pointer else { return nil }
        self = String(decoding: UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer))), as: UTF8.self)
    }

    /// A Swift string from a libxml2 string the caller owns; frees it.
    init?(ownedXMLString pointer: UnsafeMutablePointer<xmlChar>?) {
        guard let pointer else { return nil }
        defer { hoso_xml_free(pointer) }
        self.init(xmlString: UnsafePointer(pointer))
    }
}
