import Diagnostics
import DocxTemplate
import Foundation
import FuzzSupport
import OOXML

/// libFuzzer entry point for the values the template engine writes: the input is split into
/// values (at each 0xFF byte, which UTF-8 never uses; invalid bytes become U+FFFD), which fill a
/// fixed template that prints them every way the engine can — in a run with formatting, through a
/// filter, in a hyperlink, in table rows and an inline loop, in a column loop (its table's grid
/// refitted) under a `{% hm %}` header and beside a `{% vm %}` cell, as paragraphs (`{{p }}`) and
/// after a `{%- %}` paragraph merge, as rich text in a header, and in the document title.
/// Either the render throws located diagnostics (and then some value holds a character no run can
/// carry), or the package it writes passes hoso's validator (the ISO/IEC 29500 schemas and Word's
/// rules). Anything else stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzValuesDriver.render(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// `fuzz` as a C function pointer, for `main.swift` (taken here: a reference from another file
/// would emit a second copy of the `@_cdecl` symbol).
let testOneInput: FuzzCallback = fuzz

/// The work behind `fuzz`, outside the C entry point. libFuzzer calls the target from one thread.
enum FuzzValuesDriver {
    nonisolated(unsafe) static let validator: PackageValidator = {
        guard let forms = FuzzerEntry.formsFolder else { fatalError("no Forms folder beside the executable: set HOSO_FORMS") }
        do {
            return try PackageValidator(schemaDirectory: forms.appendingPathComponent("schemas"))
        } catch {
            fatalError("the schemas of Forms/schemas do not compile: \(error)")
        }
    }()

    nonisolated(unsafe) static let template: Template = {
        do {
            return try Template(package: package, name: "fuzz.docx")
        } catch {
            fatalError("the fuzz template does not compile: \(error)")
        }
    }()

    /// Renders the values read from `bytes` and checks the outcome.
    static func render(_ bytes: [UInt8]) {
        let values = bytes.split(separator: 0xFF, omittingEmptySubsequences: false)
            .map { TemplateValue.string(String(decoding: $0, as: UTF8.self)) }
        let title = values.count > 1 ? values[1] : ""
        let context: TemplateValue = [
            "a": values[0], "b": title, "c": values.count > 2 ? values[2] : nil,
            "xs": .list(values), "flag": .bool(bytes.count % 2 == 0),
        ]
        // A run refuses control characters other than \t \n \r \a \f; the title (value `b`)
        // takes neither \a nor \f.
        func refused(_ value: TemplateValue, inTitle: Bool) -> Bool {
            guard case .string(let text) = value else { return false }
            return text.unicodeScalars.contains { scalar in
                switch scalar.value {
                case 0x09, 0x0A, 0x0D: false
                case 0x07, 0x0C: inTitle
                case 0..<0x20, 0xFFFE, 0xFFFF: true
                default: false
                }
            }
        }
        let expectFailure = values.contains { refused($0, inTitle: false) } || refused(title, inTitle: true)
        let output: OOXMLPackage
        do {
            output = try template.render(context)
        } catch {
            guard expectFailure, !error.diagnostics.isEmpty else {
                fatalError("values without a refused character failed: \(error.diagnostics.map { $0.rendered(in: .en) })")
            }
            return
        }
        guard !expectFailure else { fatalError("a refused character was written: \(values)") }
        let problems = validator.validate(output)
        guard problems.isEmpty else { fatalError("invalid package: \(problems.map { $0.rendered(in: .en) })") }
        guard (try? output.docxData()) != nil else { fatalError("the package cannot be written") }
    }

    static let body = """
        <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A {{ a }} B {{ b | upper }}</w:t></w:r></w:p>\
        <w:p><w:hyperlink w:anchor="dau"><w:r><w:t>{{ c }}</w:t></w:r></w:hyperlink><w:bookmarkStart w:id="0" w:name="dau"/><w:bookmarkEnd w:id="0"/></w:p>\
        <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tr for x in xs %}</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{{ loop.index }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tr endfor %}</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t xml:space="preserve">{% for x in xs %}{{ x }}; {% endfor %}</w:t></w:r></w:p>\
        <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tc for x in xs %}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{% hm %}{{ a }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{%tc endfor %}</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tc for x in xs %}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{%tc endfor %}</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tr for x in xs %}</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{% vm %}{{ c }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{% cellbg 'FFC000' %}{{ x }}</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{%tr endfor %}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t>{{p xs }}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{ b }}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">{%- if flag %} {{ a }}{% endif %}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{%p if flag %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ a | default("—") }}</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>\
        <w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>
        """

    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    static let package = OOXMLPackage(
        parts: [
            "[Content_Types].xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                </Types>
                """.utf8),
            "_rels/.rels": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>
                """.utf8),
            "word/_rels/document.xml.rels": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
                </Relationships>
                """.utf8),
            "word/document.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document \(namespaces)><w:body>\(body)</w:body></w:document>
                """.utf8),
            "word/header1.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:hdr \(namespaces)><w:p><w:r><w:t xml:space="preserve">{{ a }} – {{r b }} – {{r xs }}</w:t></w:r></w:p></w:hdr>
                """.utf8),
            "docProps/core.xml": Array(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{{ b }}</dc:title></cp:coreProperties>
                """.utf8),
        ], sourceName: "fuzz.docx")
}
