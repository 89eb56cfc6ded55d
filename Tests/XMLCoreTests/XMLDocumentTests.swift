import Testing
import XMLCore

private let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

@Test func parseEditAndSerializeKeepsWordsDeclaration() throws {
    let source = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)"><w:body><w:p><w:r><w:t>a</w:t></w:r></w:p></w:body></w:document>
        """
    let document = try XMLDocument(bytes: Array(source.utf8))
    let t = try #require(document.root?.descendants("t", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main").first)
    t.setText("A & <B>")
    t.setAttribute("space", namespace: "http://www.w3.org/XML/1998/namespace", to: "preserve")
    let paragraph = try #require(t.parent?.parent)
    #expect(paragraph.localName == "p" && paragraph.namespaceURI == w && paragraph.line == 2)
    let copy = paragraph.clone()
    paragraph.insertAfter(copy)
    copy.firstChild?.firstChild?.setText("c")
    let element = document.createElement("tab", namespace: w)
    copy.firstChild?.append(element)
    #expect(
        String(decoding: document.serialized(), as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(w)"><w:body><w:p><w:r><w:t xml:space="preserve">A &amp; &lt;B&gt;</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">c</w:t><w:tab/></w:r></w:p></w:body></w:document>

            """)
}

@Test func removedNodesStayValidAndAttributesRoundTrip() throws {
    let document = try XMLDocument(bytes: Array(#"<a x="1"><b/><c/></a>"#.utf8))
    let root = try #require(document.root)
    let b = try #require(root.firstChild)
    b.remove()
    #expect(b.localName == "b" && b.parent == nil)
    #expect(root.attribute("x") == "1")
    root.setAttribute("y", to: "2")
    root.removeAttribute("x")
    root.append(b)
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a y=\"2\"><c/><b/></a>\n")
}

@Test func appendMovesANodeThatIsStillInTheTree() throws {
    // libxml2 2.9's xmlAddChild leaves a linked node in its old parent's list too: the node was
    // then written twice and freed twice (a "double free" when the document went away).
    let document = try XMLDocument(bytes: Array(#"<a><b><x/><y k="1"/></b><c/></a>"#.utf8))
    let root = try #require(document.root)
    let b = try #require(root.firstChild)
    let c = try #require(b.nextSibling)
    let x = try #require(b.firstChild)
    c.append(x)
    c.append(try #require(b.firstChild))
    #expect(b.children.isEmpty && x.parent == c && x.previousSibling == nil)
    b.remove()
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><c><x/><y k=\"1\"/></c></a>\n")
}

@Test func malformedXMLReportsLineAndColumn() {
    #expect(throws: XMLParseError.self) { try XMLDocument(bytes: Array("<a>\n  <b></a>".utf8)) }
    do {
        _ = try XMLDocument(bytes: Array("<a>\n  <b></a>".utf8))
    } catch {
        #expect(error.line == 2)
        #expect(!error.message.isEmpty)
    }
}

/// Namespace errors leave libxml2's document well-formed, but Word refuses such a file: refused.
@Test func namespaceErrorsAreRefused() {
    for (text, message) in [
        ("<a>\n<x:b/></a>", "Namespace prefix x on b is not defined"),
        (#"<a xmlns:x="u" xmlns:y="u"><b x:v="1" y:v="2"/></a>"#, "Namespaced Attribute v in 'u' redefined"),
        (#"<a><b x:v="1"/></a>"#, "Namespace prefix x for v on b is not defined"),
    ] {
        do {
            _ = try XMLDocument(bytes: Array(text.utf8))
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.message == message, "\(text)")
        }
    }
    #expect((try? XMLDocument(bytes: Array(#"<a xmlns:x="u"><x:b x:v="1"/></a>"#.utf8))) != nil)
}

@Test func entitiesAreNotExpandedAndDTDsAreRefused() {
    let bomb = """
        <?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><a>&lol2;</a>
        """
    // The parse stops at the declaration, before its first entity is read.
    #expect(throws: XMLParseError(message: "a document type declaration (DTD) is not allowed", line: 1, column: 36)) {
        try XMLDocument(bytes: Array(bomb.utf8))
    }
}

@Test func fragmentsSerializeAsTheWholeDocumentDoes() throws {
    let source = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)"><w:body><w:p w:rsidR="00A1" xmlns:x="urn:x" x:a="&lt;&quot;&amp;&#10;ă"><w:r><w:t>Ấn &amp; &lt;</w:t><!-- c --><w:br/><![CDATA[x<y]]><?pi z?><w:t></w:t></w:r></w:p></w:body></w:document>
        """
    let document = try XMLDocument(bytes: Array(source.utf8))
    let paragraph = try #require(document.root?.firstChild?.firstChild)
    var whole: [UInt8] = []
    paragraph.appendXML(to: &whole)
    var pieces: [UInt8] = []
    paragraph.appendOpenStartTag(to: &pieces)
    pieces.append(UInt8(ascii: ">"))
    paragraph.firstChild?.appendXML(to: &pieces)
    paragraph.appendEndTag(to: &pieces)
    #expect(String(decoding: pieces, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    let serialized = String(decoding: document.serialized(), as: UTF8.self)
    #expect(serialized.contains(String(decoding: whole, as: UTF8.self)))
    #expect(
        String(decoding: whole, as: UTF8.self) == """
            <w:p xmlns:x="urn:x" w:rsidR="00A1" x:a="&lt;&quot;&amp;&#10;ă"><w:r><w:t>Ấn &amp; &lt;</w:t><!-- c --><w:br/>\
            <![CDATA[x<y]]><?pi z?><w:t/></w:r></w:p>
            """)
    #expect(serialized.hasPrefix(String(decoding: document.prologue, as: UTF8.self)))
    #expect(String(decoding: document.prologue, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    var escaped: [UInt8] = []
    XMLText.appendEscaped("a & <b> \r ằ"[...].utf8, to: &escaped)
    #expect(String(decoding: escaped, as: UTF8.self) == "a &amp; &lt;b&gt; &#13; ằ")
}

@Test(arguments: [
    #"<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#,
    #"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#,
    #"<!DOCTYPE a PUBLIC "-//x//y" "http://example.com/a.dtd"><a/>"#,
])
func externalDeclarationsAreRefusedBeforeAnythingIsFetched(_ text: String) {
    #expect(throws: XMLParseError.self) { try XMLDocument(bytes: Array(text.utf8)) }
    do {
        _ = try XMLDocument(bytes: Array(text.utf8))
    } catch {
        #expect(error.message == "a document type declaration (DTD) is not allowed")
        #expect(error.line == 1)
    }
}

@Test func tenThousandNestedElementsAreRefusedWithAPlainMessage() {
    let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
    do {
        _ = try XMLDocument(bytes: Array(deep.utf8))
        Issue.record("a 10,000-deep document was accepted")
    } catch {
        #expect(error.message == "elements nested more than 256 levels deep (a real document needs a few dozen)")
        #expect(error.line == 1)
    }
}

@Test func textContainsLooksAtTextBelowANodeOnly() throws {
    let source =
        #"<w:p xmlns:w="\#(w)" w:rsidR="{x}"><w:r><w:t>Số: </w:t></w:r><w:r><w:t>{{ n }}</w:t></w:r><w:r><w:t><![CDATA[a%b]]></w:t></w:r></w:p>"#
    let document = try XMLDocument(bytes: Array(source.utf8))
    let paragraph = try #require(document.root)
    let runs = paragraph.elementChildren
    #expect(paragraph.textContains(UInt8(ascii: "{")))
    #expect(!runs[0].textContains(UInt8(ascii: "{")))
    // An attribute's "{" is not text.
    let attributeOnly = try XMLDocument(bytes: Array(#"<w:p xmlns:w="\#(w)" w:rsidR="{x}"><w:r><w:t>Số</w:t></w:r></w:p>"#.utf8))
    #expect(attributeOnly.root?.textContains(UInt8(ascii: "{")) == false)
    #expect(runs[1].textContains(UInt8(ascii: "{")))
    #expect(runs[2].textContains(UInt8(ascii: "%")))  // CDATA counts as text
    #expect(!paragraph.textContains(UInt8(ascii: "#")))
}

/// No public call frees a node a handle points to: text inserted next to text is linked beside it
/// (libxml2 would merge and free one), and `setText` removes the old children instead of freeing them.
@Test func textBesideTextAndReplacedChildrenKeepTheirHandles() throws {
    let document = try XMLDocument(bytes: Array("<a>x<b>1</b>y</a>".utf8))
    let root = try #require(document.root)
    let x = try #require(root.firstChild), b = try #require(x.nextSibling), y = try #require(root.lastChild)
    b.remove()
    x.insertAfter(y)
    #expect(x.nextSibling == y && y.previousSibling == x && y.parent == root && root.lastChild == y)
    #expect(x.textContent == "x" && y.textContent == "y")
    let copy = x.clone()
    #expect(root.append(copy) == copy && copy.parent == root && root.lastChild == copy && y.nextSibling == copy)
    let before = y.clone()
    #expect(x.insertBefore(before) == before && root.firstChild == before && before.nextSibling == x)
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>yxyx</a>\n")

    root.append(b)
    let one = try #require(b.firstChild)
    b.setText("2")
    #expect(one.parent == nil && one.textContent == "1" && b.textContent == "2")
    root.setText("z")
    #expect(b.parent == nil && x.parent == nil && root.children.count == 1 && root.textContent == "z")
    root.append(b)
    b.append(one)
    #expect(String(decoding: document.serialized(), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>z<b>21</b></a>\n")
}

/// `cloneInScope` copies share the namespace declarations in scope instead of declaring them on
/// themselves: beside their original they serialize exactly as `clone()` copies do, and a
/// subtree declaring a namespace of its own is copied by `clone()`.
@Test func copiesInScopeSerializeAsClonesDo() throws {
    let source = """
        <w:document xmlns:w="\(w)"><w:body><w:p><w:r w:rsidR="1"><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>\
        <w:t xml:space="preserve"> a &amp; b </w:t></w:r><w:r><w:t xmlns:x="urn:x" x:y="1">c</w:t></w:r></w:p></w:body></w:document>
        """
    func serializedWithCopies(inScope: Bool) throws -> String {
        let document = try XMLDocument(bytes: Array(source.utf8))
        let runs = try #require(document.root?.firstChild?.firstChild).children
        for run in runs {
            for deep in [false, true] {
                let copy = inScope ? run.cloneInScope(deep: deep) : (deep ? run.clone() : run.shallowClone())
                run.insertBefore(copy)
                if !deep, let text = run.lastChild { copy.append(inScope ? text.cloneInScope(deep: true) : text.clone()) }
            }
        }
        return String(decoding: document.serialized(), as: UTF8.self)
    }
    let inScope = try serializedWithCopies(inScope: true)
    #expect(inScope == (try serializedWithCopies(inScope: false)))
    #expect(occurrences(of: "xmlns:w=", in: inScope) == 1)
    #expect(occurrences(of: #"<w:t xml:space="preserve"> a &amp; b </w:t>"#, in: inScope) == 3)
    #expect(occurrences(of: #"<w:t xmlns:x="urn:x" x:y="1">c</w:t>"#, in: inScope) == 3)
}

/// How many times `needle` occurs in `text`.
private func occurrences(of needle: String, in text: String) -> Int {
    let (wanted, bytes) = (Array(needle.utf8), Array(text.utf8))
    guard wanted.count <= bytes.count else { return 0 }
    return (0...(bytes.count - wanted.count)).filter { bytes[$0..<$0 + wanted.count].elementsEqual(wanted) }.count
}
