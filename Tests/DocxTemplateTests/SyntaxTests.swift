import Testing

@testable import DocxTemplate

@Test func lexerTokens() throws {
    let tokens = try Lexer.tokens(#"m.score | number(1) >= 8.5 and name != “Bình”"#)
    #expect(
        tokens.map(\.description) == [
            "name(m)", "symbol(.)", "name(score)", "symbol(|)", "name(number)", "symbol(()", "number(1)", "symbol())",
            "symbol(>=)", "number(8.5)", "name(and)", "name(name)", "symbol(!=)", "string(Bình)",
        ])
    #expect(tokens[2].offset == 2)
}

@Test func lexerRejectsWhatItCannotRead() {
    #expect(throws: Lexer.Failure(reason: .unterminatedString, offset: 8)) { try Lexer.tokens(#"default("x"#) }
    #expect(throws: Lexer.Failure(reason: .unexpectedCharacter("@"), offset: 2)) { try Lexer.tokens("a @ b") }
}

@Test func parserBuildsTheTree() throws {
    #expect(
        try TagParser.parse("{{ unit.name | default(\"—\") | upper }}")
            == .output(.filter(.filter(.variable(["unit", "name"]), name: "default", arguments: [.literal("—")]), name: "upper", arguments: [])))
    #expect(try TagParser.parse("{%tr for c in g.criteria %}") == .statement(.for(variables: ["c"], sequence: .variable(["g", "criteria"])), .row))
    #expect(
        try TagParser.parse("{%p if not a or b and c %}")
            == .statement(.if(.binary(.or, .not(.variable(["a"])), .binary(.and, .variable(["b"]), .variable(["c"])))), .paragraph))
    #expect(
        try TagParser.parse("{% if (x | length) > 2 and 'a' not in xs %}")
            == .statement(
                .if(
                    .binary(
                        .and,
                        .binary(.greater, .filter(.variable(["x"]), name: "length", arguments: []), .literal(2)),
                        .binary(.notIn, .literal("a"), .variable(["xs"])))), .inline))
    #expect(try TagParser.parse("{%p endfor %}") == .statement(.endfor, .paragraph))
    #expect(try TagParser.parse("{# ghi chú #}") == .comment(.inline))
}

@Test func parserErrorsAreBilingual() {
    #expect(throws: TagParser.Failure(message: TemplateMessages.unknownStatement("while"))) { try TagParser.parse("{% while x %}") }
    #expect(throws: TagParser.Failure(message: TemplateMessages.expected(")"))) { try TagParser.parse("{{ x | default(\"a\" }}") }
    #expect(throws: TagParser.Failure(message: TemplateMessages.emptyTag)) { try TagParser.parse("{{ }}") }
}

@Test func scannerRespectsQuotes() {
    let text = Array(#"a {{ x | default("}}") }} b {% if y %}"#.unicodeScalars)
    #expect(TagScanner.scan(text).occurrences == [.init(start: 2, end: 25), .init(start: 28, end: 38)])
    #expect(TagScanner.scan(Array("xin {{ chào".unicodeScalars)).unclosed?.start == 4)
}

@Test(
    arguments: [
        ("{{ x | upper }}", ["x": "đơn vị học tập"], "ĐƠN VỊ HỌC TẬP"),
        ("{{ x | lower }}", ["x": "TỐT"], "tốt"),
        ("{{ x | capitalize }}", ["x": "tốt LẮM"], "Tốt lắm"),
        ("{{ x | default(\"—\") }}", ["x": nil], "—"),
        ("{{ o.missing | default(\"không có\") }}", ["o": [:]], "không có"),
        ("{{ d | date }}", ["d": "2024-01-05"], "ngày 05 tháng 01 năm 2024"),
        ("{{ d | date }}", ["d": "2024-03-15"], "ngày 15 tháng 3 năm 2024"),
        ("{{ d | date(\"short\") }}", ["d": "2024-01-05"], "05/01/2024"),
        ("{{ n | number }}", ["n": 8.5], "8,5"),
        ("{{ n | number }}", ["n": 1234567], "1.234.567"),
        ("{{ n | words }}", ["n": 95], "chín mươi lăm"),
        ("{{ n | words }}", ["n": 8.5], "tám phẩy năm"),
        ("{{ n | percent }}", ["n": 0.9], "90%"),
        ("{{ xs | length }}", ["xs": [1, 2, 3]], "3"),
        ("{{ xs | join(\", \") }}", ["xs": ["An", "Bình"]], "An, Bình"),
        ("{{ n }}", ["n": 8.50], "8.5"),
    ] as [(String, TemplateValue, String)])
func filters(tag: String, context: TemplateValue, expected: String) throws {
    let template = try Template(package: TestPackage.make(body: "<w:p><w:r><w:t>\(tag)</w:t></w:r></w:p>"), name: "t")
    #expect(try TestPackage.text(of: template.render(context)) == expected)
}

@Test func startTagsAreLocatedByLineAndCharacterColumn() {
    let source = """
        <?xml version="1.0"?>
        <w:document xmlns:w="urn:w"><!-- <w:p> in a comment --><w:body><w:p><w:pPr/></w:p>
        <![CDATA[<w:p>]]><w:p w:rsidR="1">Đoạn một</w:p><w:p/>
          <?pi <w:p> ?><w:p\t/></w:body></w:document>
        """
    let locator = StartTagLocator(source: Array(source.utf8), qualifiedName: "w:p")
    #expect(locator.location(ofOccurrence: 0).map { [$0.line, $0.column] } == [2, 64])
    #expect(locator.location(ofOccurrence: 1).map { [$0.line, $0.column] } == [3, 18])
    // "Đoạn một" counts 8 characters, though its UTF-8 takes 12 bytes.
    #expect(locator.location(ofOccurrence: 2).map { [$0.line, $0.column] } == [3, 49])
    #expect(locator.location(ofOccurrence: 3).map { [$0.line, $0.column] } == [4, 16])
    #expect(locator.location(ofOccurrence: 4) == nil)
}
