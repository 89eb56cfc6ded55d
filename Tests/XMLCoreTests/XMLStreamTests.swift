import Testing
import XMLCore

/// The stream reader gives the elements, lines and errors a tree would, without the tree.
@Suite struct XMLStreamTests {
    static let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <a xmlns="urn:x" xmlns:y="urn:y" y:k="1">
          <b y:id="&amp;2"/>
          <c>text</c>
        </a>
        """

    @Test func eventsCarryNamesLinesDepthsAndAttributes() throws {
        var log: [String] = []
        let errors = try XMLStream.read(Array(Self.text.utf8), validatingAgainst: nil) { event in
            switch event {
            case .start(let element):
                let attributes = element.attributes.map { "\($0.namespaceURI ?? "")|\($0.localName)=\($0.value)" }
                log.append("<\(element.localName) \(element.namespaceURI ?? "") line \(element.line) depth \(element.depth) \(attributes)")
            case .end:
                log.append(">")
            }
        }
        #expect(errors.isEmpty)
        #expect(
            log == [
                "<a urn:x line 2 depth 0 [\"urn:y|k=1\"]",
                "<b urn:x line 3 depth 1 [\"urn:y|id=&2\"]", ">",
                "<c urn:x line 4 depth 1 []", ">",
                ">",
            ])
        let tree = try XMLDocument(bytes: Array(Self.text.utf8))
        #expect(tree.root?.elementChildren.map(\.line) == [3, 4])
    }

    @Test func theRootIsReadWithoutTheRest() throws {
        let root = try XMLStream.root(of: Array("<r xmlns='urn:r'><unclosed></r>".utf8))
        #expect(root?.localName == "r" && root?.namespaceURI == "urn:r")
    }

    /// Whatever the input, the stream fails exactly as `XMLDocument` does.
    @Test(arguments: [
        "<a>\n  <b></a>",
        "",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"lol\"><!ENTITY y \"&x;&x;\">]><a>&y;</a>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>",
        String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000),
        "<a>&undefined;</a>",
    ])
    func errorsAreTheTreesErrors(_ text: String) {
        var treeError: XMLParseError?
        do { _ = try XMLDocument(bytes: Array(text.utf8)) } catch { treeError = error }
        var streamError: XMLParseError?
        do { _ = try XMLStream.read(Array(text.utf8), validatingAgainst: nil) { _ in } } catch { streamError = error }
        #expect(treeError != nil)
        #expect(streamError == treeError)
    }
}

/// Subtrees replaced by their markup serialize byte for byte as before, and are gone from the tree.
@Test func markupReplacesNodesWithTheSameBytes() throws {
    let text = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:tbl xmlns:w="urn:w"><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">Nguyễn &amp; "Văn" &lt;A&gt;</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc/></w:tr></w:tbl>
        """
    let document = try XMLDocument(bytes: Array(text.utf8))
    let before = document.serialized()
    let rows = Array(try #require(document.root).children.prefix(3))  // row, line break, row
    let markup = try #require(document.replaceWithMarkup(rows))
    #expect(markup.isMarkup && !markup.isElement)
    #expect(document.root?.elementChildren.count == 1)
    #expect(document.serialized() == before)
    // Markup written again next to the first keeps its place.
    let last = try #require(document.root?.elementChildren.last)
    document.replaceWithMarkup([last])
    #expect(document.serialized() == before)
    #expect(document.root?.children.allSatisfy(\.isMarkup) == true)
}

/// A handle to a node that markup replaced is stale: a debug build stops at its first use, while
/// handles made afterwards, and handles to nodes outside the replaced ones, stay good.
@Test func aStaleHandleStopsADebugBuild() async throws {
    #if DEBUG
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        let document = try XMLDocument(bytes: Array(#"<t><r><c/></r><r/></t>"#.utf8))
        let row = try #require(document.root?.elementChildren.first)
        let cell = try #require(row.elementChildren.first)
        document.replaceWithMarkup([row])
        _ = cell.isElement
    }
    let said = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(said.contains("XMLNode: a handle to a node that replaceWithMarkup freed was used"))
    #endif
    let document = try XMLDocument(bytes: Array(#"<t><r><c/></r><r/></t>"#.utf8))
    let root = try #require(document.root)
    let rows = root.elementChildren
    document.replaceWithMarkup([rows[0]])
    #expect(rows[1].localName == "r")
    #expect(root.localName == "t")
    #expect(root.children.first?.isMarkup == true)
    // A node made after the replacement may reuse a freed address: its handle is good.
    let added = document.createElement("n", namespace: nil)
    root.append(added)
    #expect(added.localName == "n")
    #expect(String(decoding: document.serialized(), as: UTF8.self).hasSuffix("<t><r><c/></r><r/><n/></t>\n"))
}

/// Nodes that are not consecutive siblings under one parent (a node with its own child, which
/// would be freed twice; siblings with a gap; a node given twice) are refused before anything is
/// freed or changed.
@Test func markupRefusesNodesThatAreNotConsecutiveSiblings() async throws {
    let said = "replaceWithMarkup: the nodes must be consecutive siblings under one parent (a node and its own child would be freed twice)"
    let parentAndChild = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        let document = try XMLDocument(bytes: Array(#"<t><r><c/></r><r/></t>"#.utf8))
        let row = try #require(document.root?.elementChildren.first)
        document.replaceWithMarkup([row, try #require(row.elementChildren.first)])
    }
    let parentAndChildSaid = String(decoding: parentAndChild?.standardErrorContent ?? [], as: UTF8.self)
    #expect(parentAndChildSaid.contains(said))
    let gap = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        let document = try XMLDocument(bytes: Array(#"<t><r/><s/><r/></t>"#.utf8))
        let rows = try #require(document.root?.elementChildren)
        document.replaceWithMarkup([rows[0], rows[2]])
    }
    let gapSaid = String(decoding: gap?.standardErrorContent ?? [], as: UTF8.self)
    #expect(gapSaid.contains(said))
    let twice = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        let document = try XMLDocument(bytes: Array(#"<t><r/></t>"#.utf8))
        let row = try #require(document.root?.elementChildren.first)
        document.replaceWithMarkup([row, row])
    }
    let twiceSaid = String(decoding: twice?.standardErrorContent ?? [], as: UTF8.self)
    #expect(twiceSaid.contains(said))
}
