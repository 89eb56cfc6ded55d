import XMLCore

/// What a person reads in a WordprocessingML package, as plain text: the paragraphs of the body,
/// headers and footers, or the body's text in one piece.
package enum DocumentText {
    /// The paragraphs of one text part.
    package struct Part: Sendable, Equatable {
        /// The part's name ("word/document.xml", "word/header1.xml").
        package var name: String
        /// Each paragraph's text, in order (a tab as `\t`; page-number field results left out).
        package var paragraphs: [String]

        /// Part `name` with `paragraphs`.
        package init(name: String, paragraphs: [String]) {
            self.name = name
            self.paragraphs = paragraphs
        }
    }

    private static let w = Namespace.w
    private static var wURI: String { Namespace.wordprocessing }

    /// The paragraph texts of each text part (body, then headers and footers, by part name); nil
    /// when a part cannot be read.
    package static func paragraphs(of package: OOXMLPackage) -> [Part]? {
        let names =
            ["word/document.xml"]
            + package.partNames.filter {
                ($0.hasPrefix("word/header") || $0.hasPrefix("word/footer")) && $0.hasSuffix(".xml")
            }.sorted()
        var result: [Part] = []
        for name in names where package.part(name) != nil {
            guard let document = try? package.xmlPart(name), let root = document.root else { return nil }
            result.append(Part(name: name, paragraphs: root.descendants("p", namespace: w).map(text(of:))))
        }
        return result
    }

    /// The text of one paragraph.
    private static func text(of paragraph: XMLNode) -> String {
        var text = ""
        // A page-number field's shown result is the application's, not the writer's: Word
        // and LibreOffice store whatever they last counted ("2", "0"), so it is not read.
        var instruction = "", inPageNumber = false
        paragraph.walkElements { element in
            if element.isElement("fldChar", namespace: w) {
                switch element.attribute("fldCharType", namespace: wURI) {
                case "begin": instruction = ""
                case "separate": inPageNumber = isPageNumber(instruction)
                default: inPageNumber = false
                }
            }
            if element.isElement("instrText", namespace: w) { instruction += element.textContent }
            if element.isElement("fldSimple", namespace: w), isPageNumber(element.attribute("instr", namespace: wURI) ?? "") {
                return false
            }
            if inPageNumber { return true }
            if element.isElement("t", namespace: w) { text += element.textContent }
            if element.isElement("tab", namespace: w) { text += "\t" }
            // A nested paragraph (a text box) is counted on its own.
            return !element.isElement("txbxContent", namespace: w)
        }
        return text
    }

    /// Whether a field instruction (" PAGE ", "NUMPAGES \\* Arabic") counts pages.
    private static func isPageNumber(_ instruction: String) -> Bool {
        let name = instruction.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() } ?? ""
        return ["PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"].contains(name)
    }

    /// The text of a DOCX's body (every text node of `word/document.xml`, in order); nil when the
    /// bytes do not open as a package or it has no readable body.
    package static func body(ofDocx bytes: [UInt8]) -> String? {
        guard let package = try? OOXMLPackage.open(docx: bytes, name: "docx"),
            let document = try? package.xmlPart("word/document.xml"), let root = document.root
        else { return nil }
        return root.textContent
    }
}
