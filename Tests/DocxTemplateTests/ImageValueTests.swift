import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Tiny pictures built byte by byte: a PNG (stored deflate, real CRCs) and a baseline JPEG
/// (one-code Huffman tables, every block flat grey).
enum TinyPicture {
    static func png(width: Int, height: Int, pixelsPerMetre: Int? = nil) -> [UInt8] {
        var raw: [UInt8] = []
        for _ in 0..<height { raw += [0] + Array(repeating: [0xC0, 0x00, 0x00], count: width).flatMap { $0 } }
        var zlib: [UInt8] = [0x78, 0x01, 0x01] + le16(raw.count) + le16(raw.count ^ 0xFFFF) + raw
        zlib += be32(adler32(raw))
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += chunk("IHDR", be32(width) + be32(height) + [8, 2, 0, 0, 0])
        if let pixelsPerMetre { bytes += chunk("pHYs", be32(pixelsPerMetre) + be32(pixelsPerMetre) + [1]) }
        return bytes + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    static func jpeg(width: Int, height: Int, dotsPerInch: Int? = nil) -> [UInt8] {
        func segment(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] { [0xFF, marker] + be16(body.count + 2) + body }
        var bytes: [UInt8] = [0xFF, 0xD8]
        if let dotsPerInch { bytes += segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 1] + be16(dotsPerInch) + be16(dotsPerInch) + [0, 0]) }
        bytes += segment(0xDB, [0] + Array(repeating: 1, count: 64))
        bytes += segment(0xC0, [8] + be16(height) + be16(width) + [1, 1, 0x11, 0])
        bytes += segment(0xC4, [0x00, 1] + Array(repeating: 0, count: 15) + [0])
        bytes += segment(0xC4, [0x10, 1] + Array(repeating: 0, count: 15) + [0])
        bytes += segment(0xDA, [1, 1, 0, 0, 63, 0])
        // Each 8×8 block: DC difference 0 ("0"), then end of block ("0"); padded with ones.
        var bits = String(repeating: "00", count: ((width + 7) / 8) * ((height + 7) / 8))
        bits += String(repeating: "1", count: (8 - bits.count % 8) % 8)
        var index = bits.startIndex
        while index < bits.endIndex {
            let next = bits.index(index, offsetBy: 8)
            bytes.append(UInt8(bits[index..<next], radix: 2)!)
            index = next
        }
        return bytes + [0xFF, 0xD9]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        be32(data.count) + Array(type.utf8) + data + be32(Int(crc32(Array(type.utf8) + data)))
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func adler32(_ bytes: [UInt8]) -> Int {
        var a = 1, b = 0
        for byte in bytes { a = (a + Int(byte)) % 65521; b = (b + a) % 65521 }
        return b << 16 | a
    }

    private static func be32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
    private static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    private static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
}

/// Image values (`{"image": "logo.png", "width_mm": 40}`) printed by `{{ x }}` in the body,
/// tables, headers and footers, read from the data file's folder only.
@Suite struct ImageValueTests {
    /// A fresh folder with `files`, removed after `body` runs.
    private func withFolder<T>(_ files: [String: [UInt8]], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return try body(folder)
    }

    private let logo = TinyPicture.png(width: 4, height: 2, pixelsPerMetre: 3780)
    private let photo = TinyPicture.jpeg(width: 16, height: 8, dotsPerInch: 72)

    private static func drawing(_ id: String, cx: Int, cy: Int, docPr: Int, file: String) -> String {
        #"<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\#(cx)" cy="\#(cy)"/>"#
            + #"<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\#(docPr)" name="Picture \#(docPr)"/>"#
            + #"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#
            + #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="\#(file)"/><pic:cNvPicPr/></pic:nvPicPr>"#
            + #"<pic:blipFill><a:blip r:embed="\#(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#
            + #"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\#(cx)" cy="\#(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>"#
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    }

    @Test func picturesAreInlineDrawingsInBodyTablesHeadersAndFooters() throws {
        let body =
            #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Logo: {{ logo }} hết</w:t></w:r></w:p>"#
            + #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>"#
            + #"<w:tr><w:tc><w:p><w:r><w:t>{%tr for r in rows %}</w:t></w:r></w:p></w:tc></w:tr>"#
            + #"<w:tr><w:tc><w:p><w:r><w:t>{{ r }}</w:t></w:r></w:p></w:tc></w:tr>"#
            + #"<w:tr><w:tc><w:p><w:r><w:t>{%tr endfor %}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        let package = TestPackage.make(
            body: body, header: #"<w:p><w:r><w:t>{{ logo }}</w:t></w:r></w:p>"#,
            footer: #"<w:p><w:r><w:t>{{ photo }}</w:t></w:r></w:p>"#)
        let template = try Template(package: package, name: "t")
        let data: TemplateValue = [
            "logo": ["image": "logo.png", "width_mm": 40],
            "photo": ["image": "photo.jpg", "height_mm": 10],
            // The same bytes under another name share the logo's media part.
            "rows": [["image": "sub/copy.png", "width_mm": 20, "height_mm": 5], ["image": "photo.jpg"], "chữ"],
        ]
        #expect(template.check(against: data).isEmpty)
        let (output, again) = try withFolder(["logo.png": logo, "sub/copy.png": logo, "photo.jpg": photo]) { folder in
            (try template.render(data, images: ImageFolder(url: folder)), try template.render(data, images: ImageFolder(url: folder)))
        }
        // 4×2 px: 40 mm wide keeps 2:1; 16×8 px at 72 DPI is 5.644 × 2.822 mm; 10 mm high is 20 mm wide.
        #expect(
            TestPackage.body(of: output) == #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Logo: </w:t></w:r>"#
                + #"<w:r><w:rPr><w:b/></w:rPr>"# + Self.drawing("rIdImage1", cx: 1_440_000, cy: 720_000, docPr: 1, file: "image1.png") + "</w:r>"
                + #"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> hết</w:t></w:r></w:p>"#
                + #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>"#
                + "<w:tr><w:tc><w:p><w:r>" + Self.drawing("rIdImage1", cx: 720_000, cy: 180_000, docPr: 2, file: "image1.png")
                + "</w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r>" + Self.drawing("rIdImage2", cx: 203_200, cy: 101_600, docPr: 3, file: "image2.jpeg")
                + "</w:r></w:p></w:tc></w:tr>"
                + #"<w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">chữ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#)
        #expect(
            TestPackage.body(of: output, part: "word/header1.xml").contains(
                Self.drawing("rIdImage1", cx: 1_440_000, cy: 720_000, docPr: 4, file: "image1.png")))
        #expect(
            TestPackage.body(of: output, part: "word/footer1.xml").contains(
                Self.drawing("rIdImage1", cx: 720_000, cy: 360_000, docPr: 5, file: "image2.jpeg")))
        // One media part per distinct picture; each part its own relationships.
        #expect(output.partNames.filter { $0.hasPrefix("word/media/") } == ["word/media/image1.png", "word/media/image2.jpeg"])
        #expect(output.part("word/media/image1.png") == logo)
        #expect(output.part("word/media/image2.jpeg") == photo)
        let image = ImageEmbedder.relationshipType
        #expect(
            try Relationship.parse(output.part("word/_rels/document.xml.rels") ?? []).filter { $0.type == image } == [
                Relationship(id: "rIdImage1", type: image, target: "media/image1.png", isExternal: false),
                Relationship(id: "rIdImage2", type: image, target: "media/image2.jpeg", isExternal: false),
            ])
        #expect(
            try Relationship.parse(output.part("word/_rels/header1.xml.rels") ?? []) == [
                Relationship(id: "rIdImage1", type: image, target: "media/image1.png", isExternal: false)
            ])
        #expect(
            try Relationship.parse(output.part("word/_rels/footer1.xml.rels") ?? []) == [
                Relationship(id: "rIdImage1", type: image, target: "media/image2.jpeg", isExternal: false)
            ])
        let types = try ContentTypes(bytes: output.part("[Content_Types].xml") ?? [])
        #expect(types.defaults["png"] == "image/png" && types.defaults["jpeg"] == "image/jpeg")
        #expect(
            String(decoding: output.part("[Content_Types].xml") ?? [], as: UTF8.self).contains(
                #"<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override"#
            ))
        // Deterministic: the same data gives the same bytes.
        #expect(try output.docxData() == again.docxData())
        try IndependentChecker.expectAccepted(["images": output])
    }

    @Test func picturesPrintInsideRichTextAndParagraphValues() throws {
        let body =
            #"<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>{{r line }}</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{{p rows }}</w:t></w:r></w:p>"#
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let data: TemplateValue = [
            "line": [["text": "Ký tên ", "bold": true], ["image": "logo.png", "width_mm": 20], " hết"],
            "rows": [["Logo: ", ["image": "logo.png", "height_mm": 5]], ["runs": ["image": "photo.jpg"], "style": "Caption"]],
        ]
        #expect(template.check(against: data).isEmpty)
        let output = try withFolder(["logo.png": logo, "photo.jpg": photo]) { folder in
            try template.render(data, images: ImageFolder(url: folder))
        }
        // In the run sequence, each picture a run of its own with the tag's formatting.
        #expect(
            TestPackage.body(of: output) == #"<w:p><w:r><w:rPr><w:b/><w:bCs/><w:i/></w:rPr><w:t xml:space="preserve">Ký tên </w:t></w:r>"#
                + #"<w:r><w:rPr><w:i/></w:rPr>"# + Self.drawing("rIdImage1", cx: 720_000, cy: 360_000, docPr: 1, file: "image1.png") + "</w:r>"
                + #"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> hết</w:t></w:r></w:p>"#
                + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Logo: </w:t></w:r>"#
                + "<w:r>" + Self.drawing("rIdImage1", cx: 360_000, cy: 180_000, docPr: 2, file: "image1.png") + "</w:r></w:p>"
                + #"<w:p><w:pPr><w:pStyle w:val="Caption"/><w:jc w:val="center"/></w:pPr>"#
                + "<w:r>" + Self.drawing("rIdImage2", cx: 203_200, cy: 101_600, docPr: 3, file: "image2.jpeg") + "</w:r></w:p>")
        #expect(output.partNames.filter { $0.hasPrefix("word/media/") } == ["word/media/image1.png", "word/media/image2.jpeg"])
        try IndependentChecker.expectAccepted(["rich-pictures": output])
        // A bad picture among runs is located at its tag, as anywhere else.
        let bad = try withFolder([:]) { folder -> [String] in
            do throws(DiagnosticError) {
                _ = try template.render(
                    ["line": ["a", ["image": "missing.png"]], "rows": [["image": "x.png", "widht_mm": 3]]], images: ImageFolder(url: folder))
                return []
            } catch {
                return error.diagnostics.map { $0.rendered(in: .en) }
            }
        }
        #expect(
            bad == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{r line }}': cannot read the picture file 'missing.png' (paths are relative to the data file's folder); check the file name",
                "t:word/document.xml:2:450: error: paragraph 2: tag '{{p rows }}': an image value has no field 'widht_mm'. Did you mean 'width_mm'?",
            ])
    }

    @Test func idsAndNamesAvoidWhatThePackageHas() throws {
        var package = TestPackage.make(
            body: #"<w:p><w:r><w:t>{{ logo }}</w:t></w:r></w:p>"#
                + #"<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="41" name="Old"/></wp:inline></w:drawing></w:r></w:p>"#)
        package.setPart("word/media/image1.png", [1, 2, 3])
        package.setPart(
            "word/_rels/document.xml.rels",
            Array(
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"#
                    .utf8))
        let template = try Template(package: package, name: "t")
        let output = try withFolder(["logo.png": logo]) { folder in
            try template.render(["logo": ["image": "logo.png"]], images: ImageFolder(url: folder))
        }
        // Natural size: 4×2 px at 96 DPI (3780 px/m) is 38,100 × 19,050 EMU.
        #expect(
            TestPackage.body(of: output).hasPrefix("<w:p><w:r>" + Self.drawing("rIdImage2", cx: 38_100, cy: 19_050, docPr: 42, file: "image2.png")))
        #expect(output.part("word/media/image1.png") == [1, 2, 3])
        #expect(output.part("word/media/image2.png") == logo)
    }

    @Test func sizesComeFromTheFilesPixelsAndDPI() throws {
        #expect(ImageHeader(TinyPicture.png(width: 300, height: 150, pixelsPerMetre: 11811)) == ImageHeader(pngWidth: 300, height: 150, dpi: 300))
        #expect(ImageHeader(TinyPicture.png(width: 3, height: 5)) == ImageHeader(pngWidth: 3, height: 5, dpi: 96))
        let jpeg = try #require(ImageHeader(TinyPicture.jpeg(width: 640, height: 480, dotsPerInch: 150)))
        #expect((jpeg.format, jpeg.width, jpeg.height, jpeg.horizontalDPI) == (.jpeg, 640, 480, 150))
        #expect(ImageHeader(TinyPicture.jpeg(width: 9, height: 17))?.verticalDPI == 96)
        #expect(ImageHeader(Array("GIF89a".utf8) + [1, 0, 1, 0]) == nil)
        #expect(ImageHeader(Array(TinyPicture.png(width: 1, height: 1).prefix(20))) == nil, "a cut IHDR")
        #expect(ImageHeader([0xFF, 0xD8, 0xFF, 0xDA, 0, 2]) == nil, "a JPEG without SOF")
        let header = try #require(ImageHeader(TinyPicture.png(width: 300, height: 150, pixelsPerMetre: 11811)))
        // 300 px at 300 DPI is one inch (914,400 EMU); 30 mm is 1,080,000.
        #expect(ImageValue(path: "a").extent(of: header) == (914_400, 457_200))
        #expect(ImageValue(path: "a", widthMillimetres: 30).extent(of: header) == (1_080_000, 540_000))
        #expect(ImageValue(path: "a", heightMillimetres: 30).extent(of: header) == (2_160_000, 1_080_000))
        #expect(ImageValue(path: "a", widthMillimetres: 10, heightMillimetres: 12.5).extent(of: header) == (360_000, 450_000))
    }

    /// Every problem of one render, in `language`, without the location prefix.
    private func problems(
        _ data: TemplateValue, files: [String: [UInt8]], language: Language, sizeLimit: Int = 10 * 1024 * 1024,
        links: [String: String] = [:]
    ) throws -> [String] {
        var body = ""
        for name in data.objectKeys { body += #"<w:p><w:r><w:t>{{ \#(name) }}</w:t></w:r></w:p>"# }
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        return try withFolder(files) { folder in
            for (name, target) in links {
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
            }
            do throws(DiagnosticError) {
                _ = try template.render(data, images: ImageFolder(url: folder, sizeLimit: sizeLimit))
                return []
            } catch {
                return error.diagnostics.map { $0.rendered(in: language) }
            }
        }
    }

    /// A PNG cut after its header (no IDAT chunk) is no picture: a located error, in both languages.
    @Test func aPNGWithoutPixelDataIsRefused() throws {
        let whole = TinyPicture.png(width: 2, height: 2)
        let headerOnly = Array(whole.prefix(33)) + Array(whole.suffix(12))  // signature, IHDR, IEND
        #expect(ImageHeader(headerOnly)?.hasPixelData == false)
        #expect(ImageHeader(Array(whole.prefix(33)))?.hasPixelData == false, "cut after IHDR")
        #expect(ImageHeader(whole)?.hasPixelData == true)
        let data: TemplateValue = ["a": ["image": "cut.png"], "b": ["image": "whole.png"]]
        let files = ["cut.png": headerOnly, "whole.png": whole]
        #expect(
            try problems(data, files: files, language: .vi) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ a }}': ảnh PNG 'cut.png' chỉ có phần đầu, không có dữ liệu điểm ảnh (IDAT): tệp bị cắt hoặc hỏng; hãy mở ảnh gốc và lưu lại dưới dạng PNG"
            ])
        #expect(
            try problems(["a": ["image": "cut.png"]], files: files, language: .en) == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{ a }}': PNG picture 'cut.png' has its header but no pixel data (IDAT): the file is cut short or broken; open the original and save it again as PNG"
            ])
    }

    /// A JPEG cut before its scan (SOS) or right after the scan's header is no picture either.
    @Test func aJPEGWithoutScanDataIsRefused() throws {
        let whole = TinyPicture.jpeg(width: 16, height: 8)
        let scan = try #require(whole.indices.first { whole[$0] == 0xFF && whole[$0 + 1] == 0xDA })
        let beforeScan = Array(whole[..<scan]) + [0xFF, 0xD9]
        let scanHeaderOnly = Array(whole[..<(scan + 10)]) + [0xFF, 0xD9]
        #expect(ImageHeader(whole)?.hasPixelData == true)
        #expect(ImageHeader(beforeScan)?.hasPixelData == false)
        #expect(ImageHeader(Array(whole[..<scan]))?.hasPixelData == false, "cut before the scan")
        #expect(ImageHeader(scanHeaderOnly)?.hasPixelData == false)
        #expect(ImageHeader(beforeScan)?.width == 16)
        let files = ["cut.jpg": beforeScan, "whole.jpg": whole]
        #expect(
            try problems(["a": ["image": "cut.jpg"], "b": ["image": "whole.jpg"]], files: files, language: .vi) == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ a }}': ảnh JPEG 'cut.jpg' chỉ có phần đầu, không có dữ liệu điểm ảnh (SOS): tệp bị cắt hoặc hỏng; hãy mở ảnh gốc và lưu lại dưới dạng JPEG"
            ])
        #expect(
            try problems(["a": ["image": "cut.jpg"]], files: files, language: .en) == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{ a }}': JPEG picture 'cut.jpg' has its header but no pixel data (SOS): the file is cut short or broken; open the original and save it again as JPEG"
            ])
    }

    @Test func everyBadPictureIsReportedInOneRunWithItsTag() throws {
        let data: TemplateValue = [
            "a": ["image": "../logo.png"], "b": ["image": "/etc/hostname"], "c": ["image": "outside.png"],
            "d": ["image": "missing.png"], "e": ["image": "anim.gif"], "f": ["image": "logo.png", "widht_mm": 40],
            "g": ["image": "logo.png", "width_mm": 0], "h": ["image": 5], "i": ["image": "big.png"],
            // A strip of pixels drawn 1 m wide would be 3 m high: refused, though each side given is allowed.
            "j": ["image": "strip.png", "width_mm": 1000],
        ]
        let files = [
            "logo.png": logo, "anim.gif": Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0], "big.png": logo,
            "strip.png": TinyPicture.png(width: 1, height: 3),
        ]
        let vietnamese = try problems(data, files: files, language: .vi, sizeLimit: logo.count - 1, links: ["outside.png": "/etc/hostname"])
        #expect(
            vietnamese == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ a }}': ảnh '../logo.png': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu (không bắt đầu bằng '/', không có '..'); hãy chép ảnh vào thư mục đó",
                "t:word/document.xml:2:425: lỗi: đoạn 2: thẻ '{{ b }}': ảnh '/etc/hostname': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu (không bắt đầu bằng '/', không có '..'); hãy chép ảnh vào thư mục đó",
                "t:word/document.xml:2:465: lỗi: đoạn 3: thẻ '{{ c }}': ảnh 'outside.png' là liên kết trỏ ra ngoài thư mục của tệp dữ liệu; hãy chép chính tệp ảnh vào thư mục đó",
                "t:word/document.xml:2:505: lỗi: đoạn 4: thẻ '{{ d }}': không đọc được tệp ảnh 'missing.png' (đường dẫn tính từ thư mục của tệp dữ liệu); hãy kiểm tra tên tệp",
                "t:word/document.xml:2:545: lỗi: đoạn 5: thẻ '{{ e }}': tệp 'anim.gif' không phải ảnh PNG hay JPEG đọc được; hãy lưu ảnh dưới dạng PNG hoặc JPEG",
                "t:word/document.xml:2:585: lỗi: đoạn 6: thẻ '{{ f }}': giá trị ảnh không có trường 'widht_mm'. Có phải ý bạn là 'width_mm'?",
                "t:word/document.xml:2:625: lỗi: đoạn 7: thẻ '{{ g }}': 'width_mm' phải là số milimét lớn hơn 0 và không quá 2000, không phải '0'",
                "t:word/document.xml:2:665: lỗi: đoạn 8: thẻ '{{ h }}': trường 'image' phải là đường dẫn tệp ảnh (chuỗi), không phải '5'; ví dụ {\"image\": \"logo.png\", \"width_mm\": 40}",
                "t:word/document.xml:2:705: lỗi: đoạn 9: thẻ '{{ i }}': ảnh 'big.png' nặng \(logo.count) byte, quá giới hạn \(logo.count - 1) byte; hãy thu nhỏ ảnh",
                "t:word/document.xml:2:745: lỗi: đoạn 10: thẻ '{{ j }}': ảnh 'strip.png' sẽ rộng 1000 mm, cao 3000 mm, quá 2000 mm; hãy ghi 'width_mm' hoặc 'height_mm' nhỏ hơn",
            ])
        let english = try problems(["a": ["image": "sub/../../x.png"], "d": ["image": "sub"]], files: [:], language: .en)
        #expect(
            english == [
                "t:word/document.xml:2:385: error: paragraph 1: tag '{{ a }}': picture 'sub/../../x.png': the path must be relative and stay inside the data file's folder (no leading '/', no '..'); copy the picture into that folder",
                "t:word/document.xml:2:425: error: paragraph 2: tag '{{ d }}': cannot read the picture file 'sub' (paths are relative to the data file's folder); check the file name",
            ])
    }

    @Test func theTenMegabyteLimitHolds() throws {
        let template = try Template(package: TestPackage.make(body: #"<w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p>"#), name: "t")
        let message = try withFolder(["huge.png": logo]) { folder -> String? in
            // A sparse file one byte over 10 MB: its size is checked before anything is read.
            let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("huge.png"))
            try handle.truncate(atOffset: 10 * 1024 * 1024 + 1)
            try handle.close()
            do throws(DiagnosticError) {
                _ = try template.render(["x": ["image": "huge.png"]], images: ImageFolder(url: folder))
                return nil
            } catch {
                return error.diagnostics.first?.rendered(in: .en)
            }
        }
        #expect(
            message
                == "t:word/document.xml:2:385: error: paragraph 1: tag '{{ x }}': picture 'huge.png' is 10485761 bytes, over the limit of 10485760 bytes (10 MB); make it smaller"
        )
    }

    @Test func withoutADataFileAPictureIsAnError() throws {
        let template = try Template(package: TestPackage.make(body: #"<w:p><w:r><w:t>{{ x }}</w:t></w:r></w:p>"#), name: "t")
        #expect(throws: DiagnosticError.self) { try template.render(["x": ["image": "a.png"]]) }
        do {
            _ = try template.render(["x": ["image": "a.png"]])
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered(in: .vi) } == [
                    "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{{ x }}': giá trị ảnh chỉ dùng được khi điền từ một tệp dữ liệu (hoso fill mẫu.docx dữ-liệu.json); ảnh được đọc từ thư mục của tệp đó"
                ])
        }
    }
}

extension ImageHeader {
    /// A PNG header, for comparisons.
    init?(pngWidth: Int, height: Int, dpi: Int) {
        var bytes = TinyPicture.png(width: pngWidth, height: height)
        bytes = Array(bytes.prefix(33))
        guard var header = ImageHeader(bytes) else { return nil }
        (header.horizontalDPI, header.verticalDPI, header.hasPixelData) = (dpi, dpi, true)
        self = header
    }
}

extension TemplateValue {
    /// An object's field names, sorted.
    var objectKeys: [String] {
        if case .object(let fields) = self { return fields.keys.sorted() }
        return []
    }
}
