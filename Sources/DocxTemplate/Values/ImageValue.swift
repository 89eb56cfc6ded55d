import Foundation

/// An image given as data, printed by `{{ x }}`: `{"image": "logo.png", "width_mm": 40}`.
/// With one of `width_mm` / `height_mm` the other keeps the picture's aspect ratio; with
/// neither, the picture has its natural size (pixels at the file's DPI, 96 when it has none).
struct ImageValue: Equatable {
    /// The path as written, relative to the data file's folder.
    var path: String
    var widthMillimetres: Decimal?
    var heightMillimetres: Decimal?

    /// The fields an image value may have.
    static let fields = ["height_mm", "image", "width_mm"]
    /// The largest side a picture may be given, in millimetres (a page is far smaller).
    static let largestSide = 2000

    /// The image `value` describes; nil when it is not an object with an `image` field.
    static func parse(_ value: TemplateValue) throws(EvaluationFailure) -> ImageValue? {
        guard case .object(let fields) = value, let path = fields["image"] else { return nil }
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            throw EvaluationFailure(message: TemplateMessages.imageField(key, known: Self.fields))
        }
        guard case .string(let text) = path, !text.isEmpty else { throw EvaluationFailure(message: TemplateMessages.imagePathValue(path.text)) }
        var image = ImageValue(path: text)
        func side(_ name: String) throws(EvaluationFailure) -> Decimal? {
            guard let given = fields[name] else { return nil }
            guard case .number(let millimetres) = given, millimetres > 0, millimetres <= Decimal(largestSide) else {
                throw EvaluationFailure(message: TemplateMessages.imageSide(name, given.text))
            }
            return millimetres
        }
        image.widthMillimetres = try side("width_mm")
        image.heightMillimetres = try side("height_mm")
        return image
    }

    /// The drawn size in EMU (English Metric Units: 36,000 a millimetre, 914,400 an inch) of a
    /// picture of `header`'s pixels and DPI.
    func extent(of header: ImageHeader) -> (width: Int, height: Int) {
        let naturalWidth = Decimal(header.width) * 914_400 / Decimal(header.horizontalDPI)
        let naturalHeight = Decimal(header.height) * 914_400 / Decimal(header.verticalDPI)
        var width = naturalWidth
        var height = naturalHeight
        switch (widthMillimetres, heightMillimetres) {
        case let (given?, nil):
            width = given * 36_000
            height = width * naturalHeight / naturalWidth
        case let (nil, given?):
            height = given * 36_000
            width = height * naturalWidth / naturalHeight
        case let (givenWidth?, givenHeight?):
            width = givenWidth * 36_000
            height = givenHeight * 36_000
        case (nil, nil): break
        }
        return (Self.whole(width), Self.whole(height))
    }

    private static func whole(_ value: Decimal) -> Int {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        // Clamped far above any page (`ImageEmbedder` refuses beyond 2 m) so it stays an Int.
        return max(1, NSDecimalNumber(decimal: min(rounded, 1_000_000_000_000)).intValue)
    }
}

/// A picture's format, pixel size and DPI, read from its PNG `IHDR`/`pHYs` chunks or its
/// JPEG `SOFn`/JFIF `APP0` segments.
struct ImageHeader: Equatable {
    enum Format: Equatable {
        case png, jpeg

        /// The media part's extension.
        var fileExtension: String { self == .png ? "png" : "jpeg" }
        /// The content type of that extension.
        var contentType: String { self == .png ? "image/png" : "image/jpeg" }
    }

    var format: Format
    var width: Int
    var height: Int
    var horizontalDPI: Int = 96
    var verticalDPI: Int = 96
    /// False for a PNG that ends before its first `IDAT` chunk (a header and no pixels): a cut or
    /// broken file that Word shows as a red cross.
    var hasPixelData = true

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The header of `bytes`; nil when they are not a PNG or JPEG whose size can be read.
    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: Self.pngSignature) {
            guard let header = Self.png(bytes) else { return nil }
            self = header
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            guard let header = Self.jpeg(bytes) else { return nil }
            self = header
        } else {
            return nil
        }
    }

    private init(format: Format, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func png(_ bytes: [UInt8]) -> ImageHeader? {
        // IHDR comes first: length 13, "IHDR", width, height.
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8),
            let width = bigEndian(bytes, 16, count: 4), let height = bigEndian(bytes, 20, count: 4),
            width > 0, height > 0
        else { return nil }
        var header = ImageHeader(format: .png, width: width, height: height)
        // pHYs (pixels per metre, unit 1) comes before the first IDAT, which must come.
        var offset = 8
        header.hasPixelData = false
        while let length = bigEndian(bytes, offset, count: 4), offset + 12 + length <= bytes.count {
            let type = Array(bytes[(offset + 4)..<(offset + 8)])
            if type == Array("IDAT".utf8) { header.hasPixelData = true }
            if type == Array("IDAT".utf8) || type == Array("IEND".utf8) { break }
            if type == Array("pHYs".utf8), length == 9, bytes[offset + 16] == 1,
                let x = bigEndian(bytes, offset + 8, count: 4), let y = bigEndian(bytes, offset + 12, count: 4), x > 0, y > 0
            {
                header.horizontalDPI = max(1, Int((Double(x) * 0.0254).rounded()))
                header.verticalDPI = max(1, Int((Double(y) * 0.0254).rounded()))
            }
            offset += 12 + length
        }
        return header
    }

    private static func jpeg(_ bytes: [UInt8]) -> ImageHeader? {
        var offset = 2
        var dpi: (Int, Int)?
        // The frame header (SOFn) gives the size; the scan (SOS, then its data) must follow it.
        var frame: ImageHeader?
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { offset += 2; continue }
            guard let length = bigEndian(bytes, offset + 2, count: 2), length >= 2 else { return nil }
            let body = offset + 4
            if marker == 0xE0, length >= 14, Array(bytes[body..<min(body + 5, bytes.count)]) == Array("JFIF\0".utf8),
                let x = bigEndian(bytes, body + 8, count: 2), let y = bigEndian(bytes, body + 10, count: 2), x > 0, y > 0
            {
                switch bytes[body + 7] {
                case 1: dpi = (x, y)
                case 2: dpi = (Int((Double(x) * 2.54).rounded()), Int((Double(y) * 2.54).rounded()))
                default: break
                }
            }
            // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard let height = bigEndian(bytes, body + 1, count: 2), let width = bigEndian(bytes, body + 3, count: 2),
                    width > 0, height > 0
                else { return nil }
                var header = ImageHeader(format: .jpeg, width: width, height: height)
                if let dpi { (header.horizontalDPI, header.verticalDPI) = (max(1, dpi.0), max(1, dpi.1)) }
                header.hasPixelData = false
                frame = header
            }
            if marker == 0xDA {
                // A scan with data after its header (an end marker alone is not data).
                guard var header = frame else { return nil }
                let data = offset + 2 + length
                header.hasPixelData = data + 2 < bytes.count || (data < bytes.count && bytes[data] != 0xFF)
                return header
            }
            if marker == 0xD9 { return frame }
            offset += 2 + length
        }
        return frame
    }
}
