import Testing
import XMLCore

@Test func parsesAndSerializesWithEscapedText() throws {
    let doc = try XMLDocument(bytes: Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a><b>x</b></a>"#.utf8))
    let b = try #require(doc.root?.firstChild)
    b.setText("Tom & Jerry <Đ>")
    let text = String(decoding: doc.serialized(), as: UTF8.self)
    #expect(text.contains("<b>Tom &amp; Jerry &lt;Đ&gt;</b>"))
}
