import OOXML
import Testing
import XMLCore

/// `PackageParts`: content types and relationships added as OPC wants them, exactly, and only the
/// parts that changed written back.
@Suite struct PackagePartsTests {
    static let types =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/main+xml"/></Types>"#
    static let rels =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="urn:main" Target="word/document.xml"/>"#
        + #"<Relationship Id="rIdB2" Type="urn:other" Target="docProps/app.xml"/></Relationships>"#

    static func package() -> OOXMLPackage {
        OOXMLPackage(parts: ["[Content_Types].xml": Array(types.utf8), "_rels/.rels": Array(rels.utf8)], sourceName: "test.docx")
    }

    static func text(_ package: OOXMLPackage, _ name: String) -> String {
        String(decoding: package.part(name) ?? [], as: UTF8.self)
    }

    @Test func aDefaultGoesFirstOrBeforeTheOverrides() throws {
        var package = Self.package()
        var parts = PackageParts(of: package)
        #expect(try parts.addDefault(extension: "json", contentType: "application/json", placement: .first))
        #expect(try parts.addDefault(extension: "png", contentType: "image/png", placement: .beforeOverrides))
        parts.write(into: &package)
        #expect(
            Self.text(package, "[Content_Types].xml")
                == #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                + #"<Default Extension="json" ContentType="application/json"/>"#
                + #"<Default Extension="xml" ContentType="application/xml"/>"#
                + #"<Default Extension="png" ContentType="image/png"/>"#
                + #"<Override PartName="/word/document.xml" ContentType="application/main+xml"/></Types>"# + "\n")
        #expect(Self.text(package, "_rels/.rels") == Self.rels)
    }

    @Test func aContentTypeThePackageHasIsNotAddedAgain() throws {
        var package = Self.package()
        var parts = PackageParts(of: package)
        #expect(try !parts.addDefault(extension: "XML", contentType: "text/xml", placement: .first))
        #expect(try !parts.addOverride(part: "word/document.xml", contentType: "text/xml"))
        #expect(try parts.addOverride(part: "docProps/custom.xml", contentType: "application/custom+xml"))
        #expect(try !parts.addOverride(part: "docProps/custom.xml", contentType: "application/custom+xml"))
        parts.write(into: &package)
        #expect(
            Self.text(package, "[Content_Types].xml")
                == #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                + #"<Default Extension="xml" ContentType="application/xml"/>"#
                + #"<Override PartName="/word/document.xml" ContentType="application/main+xml"/>"#
                + #"<Override PartName="/docProps/custom.xml" ContentType="application/custom+xml"/></Types>"# + "\n")
    }

    @Test func relationshipsGetAFixedOrTheFirstFreeNumberedId() throws {
        var package = Self.package()
        var parts = PackageParts(of: package)
        #expect(try parts.hasRelationship(from: "", type: "urn:other"))
        #expect(try !parts.hasRelationship(from: "", type: "urn:provenance"))
        #expect(try parts.addRelationship(from: "", id: .fixed("rIdHoso"), type: "urn:provenance", target: "hoso/p.json") == "rIdHoso")
        #expect(try parts.addRelationship(from: "", id: .numbered(prefix: "rIdB", from: 2), type: "urn:x", target: "a.xml") == "rIdB3")
        #expect(try parts.addRelationship(from: "", id: .numbered(prefix: "rIdB", from: 2), type: "urn:x", target: "b.xml") == "rIdB4")
        #expect(
            try parts.addRelationship(from: "", id: .numbered(prefix: "rIdLink", from: 1), type: "urn:link", target: "https://x.vn", external: true)
                == "rIdLink1")
        parts.write(into: &package)
        #expect(
            Self.text(package, "_rels/.rels")
                == #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId1" Type="urn:main" Target="word/document.xml"/>"#
                + #"<Relationship Id="rIdB2" Type="urn:other" Target="docProps/app.xml"/>"#
                + #"<Relationship Id="rIdHoso" Type="urn:provenance" Target="hoso/p.json"/>"#
                + #"<Relationship Id="rIdB3" Type="urn:x" Target="a.xml"/>"#
                + #"<Relationship Id="rIdB4" Type="urn:x" Target="b.xml"/>"#
                + #"<Relationship Id="rIdLink1" Type="urn:link" Target="https://x.vn" TargetMode="External"/></Relationships>"# + "\n")
        #expect(Self.text(package, "[Content_Types].xml") == Self.types)
    }

    /// A part without relationships gets its `.rels` part; a package without content types is left alone.
    @Test func aPartWithoutRelationshipsGetsItsRelsPart() throws {
        var package = OOXMLPackage(parts: ["word/header1.xml": Array("<hdr/>".utf8)], sourceName: "test.docx")
        var parts = PackageParts(of: package)
        #expect(try !parts.addDefault(extension: "png", contentType: "image/png", placement: .first))
        #expect(
            try parts.addRelationship(
                from: "word/header1.xml", id: .numbered(prefix: "rIdImage", from: 1), type: "urn:image", target: "media/image1.png") == "rIdImage1")
        parts.write(into: &package)
        #expect(package.partNames.sorted() == ["word/_rels/header1.xml.rels", "word/header1.xml"])
        #expect(
            Self.text(package, "word/_rels/header1.xml.rels")
                == #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rIdImage1" Type="urn:image" Target="media/image1.png"/></Relationships>"# + "\n")
    }

    /// A malformed part is an error located in it, never a silent skip.
    @Test func aMalformedPartIsAnError() {
        let package = OOXMLPackage(parts: ["[Content_Types].xml": Array("<Types".utf8)], sourceName: "test.docx")
        var parts = PackageParts(of: package)
        #expect(throws: XMLParseError.self) { try parts.addOverride(part: "a.xml", contentType: "x") }
    }
}
