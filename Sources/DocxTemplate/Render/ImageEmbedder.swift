import OOXML
import XMLCore

/// The pictures image values add while a package renders: one media part per distinct
/// picture (`word/media/image1.png`, … in order of first use, skipping names the package
/// has), a relationship to it from each part that shows it (`rIdImage1`, …, avoiding the
/// part's ids), and an inline drawing per use. Everything is numbered in rendering order, so
/// the same data gives the same bytes.
struct ImageEmbedder {
    /// The relationship type of a picture.
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    /// Where pictures are read from; nil when there is no data file (then an image is an error).
    let folder: ImageFolder?
    /// The media parts added, with their bytes, extension and content type, in order of first use.
    private(set) var media: [(name: String, bytes: [UInt8], fileExtension: String, contentType: String)] = []
    private var mediaByBytes: [[UInt8]: Int] = [:]
    private var picturesByPath: [String: (bytes: [UInt8], header: ImageHeader)] = [:]
    private let package: OOXMLPackage
    /// The next `wp:docPr` id: above every id the package's parts already use (found at the first picture).
    private var nextDrawingID: Int?

    /// The part being rendered, the ids its relationships already use, and the pictures it gained.
    private var partName = ""
    private var taken: Set<String> = []
    private(set) var relationships: [(target: String, id: String)] = []
    private var relationshipByMedia: [Int: String] = [:]

    /// None yet, for `package`, reading pictures from `folder`.
    init(package: OOXMLPackage, folder: ImageFolder?) {
        self.folder = folder
        self.package = package
    }

    /// Starts part `name`, whose relationships use `taken`.
    mutating func startPart(_ name: String, taken: Set<String>) {
        partName = name
        self.taken = taken
        relationships = []
        relationshipByMedia = [:]
    }

    /// The `w:drawing` markup showing `image` in the current part (namespaces declared on it).
    mutating func drawing(for image: ImageValue) throws(EvaluationFailure) -> String {
        guard let folder else { throw EvaluationFailure(message: TemplateMessages.imageWithoutFolder) }
        let picture: (bytes: [UInt8], header: ImageHeader)
        if let known = picturesByPath[image.path] {
            picture = known
        } else {
            let bytes = try folder.read(image.path)
            guard let header = ImageHeader(bytes) else { throw EvaluationFailure(message: TemplateMessages.imageFormat(image.path)) }
            guard header.hasPixelData else {
                throw EvaluationFailure(message: TemplateMessages.imageWithoutPixels(image.path, jpeg: header.format == .jpeg))
            }
            picture = (bytes, header)
            picturesByPath[image.path] = picture
        }
        let (width, height) = image.extent(of: picture.header)
        // A picture larger than any page (a strip of pixels, a tiny DPI) is a mistake, and beyond
        // what DrawingML can hold; refused before it gains a media part.
        let largest = ImageValue.largestSide * 36_000
        guard width <= largest, height <= largest else {
            throw EvaluationFailure(
                message: TemplateMessages.imageExtent(image.path, width: (width + 18_000) / 36_000, height: (height + 18_000) / 36_000))
        }
        let mediaIndex = mediaPart(
            for: picture.bytes, fileExtension: picture.header.format.fileExtension, contentType: picture.header.format.contentType)
        let id = relationshipID(for: mediaIndex)
        let drawingID = newDrawingID()
        let fileName = PartName.fileName(of: media[mediaIndex].name)
        return """
            <w:drawing xmlns:w="\(Namespace.w)" xmlns:wp="\(Namespace.wp)" xmlns:a="\(Self.drawingML)" xmlns:pic="\(Self.picture)" xmlns:r="\(Namespace.r)">\
            <wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(width)" cy="\(height)"/>\
            <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(drawingID)" name="Picture \(drawingID)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="\(Self.picture)"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="\(fileName)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(width)" cy="\(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>
            """
    }

    /// The package with the media parts added and a content type default for each format used.
    func addMedia(to package: inout OOXMLPackage) throws(XMLParseError) {
        guard !media.isEmpty else { return }
        for part in media { package.setPart(part.name, part.bytes) }
        // Defaults before overrides, as Word writes them.
        var parts = PackageParts(of: package)
        for part in media {
            try parts.addDefault(extension: part.fileExtension, contentType: part.contentType, placement: .beforeOverrides)
        }
        parts.write(into: &package)
    }

    /// The relationship id, in the current part, of a media part holding `bytes` (a picture of a
    /// sub-document: any format, with its extension and content type), added on first use.
    mutating func relationshipID(forMedia bytes: [UInt8], fileExtension: String, contentType: String) -> String {
        relationshipID(for: mediaPart(for: bytes, fileExtension: fileExtension, contentType: contentType))
    }

    /// A `wp:docPr` id no drawing of the package uses yet.
    mutating func newDrawingID() -> Int {
        let drawingID = nextDrawingID ?? Self.largestDrawingID(in: package) + 1
        nextDrawingID = drawingID + 1
        return drawingID
    }

    private mutating func mediaPart(for bytes: [UInt8], fileExtension: String, contentType: String) -> Int {
        if let index = mediaByBytes[bytes] { return index }
        var number = media.count + 1
        var name = "word/media/image\(number).\(fileExtension)"
        while package.part(name) != nil || media.contains(where: { $0.name == name }) {
            number += 1
            name = "word/media/image\(number).\(fileExtension)"
        }
        media.append((name, bytes, fileExtension, contentType))
        mediaByBytes[bytes] = media.count - 1
        return media.count - 1
    }

    private mutating func relationshipID(for mediaIndex: Int) -> String {
        if let id = relationshipByMedia[mediaIndex] { return id }
        var number = relationships.count + 1
        while taken.contains("rIdImage\(number)") || relationships.contains(where: { $0.id == "rIdImage\(number)" }) { number += 1 }
        let id = "rIdImage\(number)"
        relationshipByMedia[mediaIndex] = id
        relationships.append((Self.target(of: media[mediaIndex].name, from: partName), id))
        return id
    }

    /// `name` as a relationship target from part `source`: relative within the same folder, else absolute.
    static func target(of name: String, from source: String) -> String {
        let folder = source.lastIndex(of: "/").map { String(source[...$0]) } ?? ""
        return !folder.isEmpty && name.hasPrefix(folder) ? String(name.dropFirst(folder.count)) : "/" + name
    }

    private static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    /// The largest `id` of a `wp:docPr` (or any drawing object's `id` after `docPr`) in the
    /// package's XML parts under `word/`; 0 when none.
    private static func largestDrawingID(in package: OOXMLPackage) -> Int {
        var largest = 0
        let marker = Array("docPr ".utf8)
        let idStart = Array(" id=\"".utf8)
        for name in package.partNames where name.hasPrefix("word/") && name.hasSuffix(".xml") {
            guard let bytes = package.part(name) else { continue }
            var index = 0
            while let found = find(marker, in: bytes, from: index) {
                index = found + marker.count
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                guard let attribute = find(idStart, in: bytes, from: found + marker.count - 1), attribute < end else { continue }
                var value = 0
                var position = attribute + idStart.count
                while position < bytes.count, (48...57).contains(bytes[position]), value < 1_000_000_000 {
                    value = value * 10 + Int(bytes[position] - 48)
                    position += 1
                }
                largest = max(largest, value)
            }
        }
        return largest
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
