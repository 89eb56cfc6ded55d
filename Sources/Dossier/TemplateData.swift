import AssessmentInput
package import Diagnostics
package import DocxTemplate
package import Foundation
import Yams

/// Reads a JSON or YAML data file into the template engine's `TemplateValue`, for `hoso fill`.
/// Numbers stay exact decimals (read from their text, never through `Double`); dates stay the
/// ISO text the `date` filter expects.
package enum TemplateData {
    /// The data in the file at `url`, read once within `DataLimits.default`: every problem of
    /// the text is located (`file:line:col`) as in `hoso check`. JSON (text opening with `{` or
    /// `[`) is read by `JSONReader`, about ten times faster than through the YAML parser.
    package static func load(from url: URL) throws(DiagnosticError) -> TemplateValue {
        let limits = DataLimits.default
        if let bytes = contents(of: url, limit: limits.maxFileSize), let text = String(validating: bytes, as: UTF8.self) {
            if JSONReader.looksLikeJSON(bytes) {
                return try JSONReader.parse(bytes, file: url.path, maxValues: limits.maxValueCount)
            }
            return try value(of: YAMLSource.parse(text: text, file: url.path, requiringData: false))
        }
        // Unreadable, too large or not UTF-8: the YAML reader says which, and where.
        return try value(of: YAMLSource.read(path: url.path, displayName: url.path, requiringData: false))
    }

    /// The bytes of the file at `url` when it can be read and holds at most `limit` of them.
    /// A FIFO or device is refused before it is opened (the YAML reader then says so).
    private static func contents(of url: URL, limit: Int) -> [UInt8]? {
        try? InputFile.read(url.path, limit: limit)
    }

    /// The data in `text` (JSON is YAML too); `file` names it in errors.
    package static func parse(_ text: String, file: String) throws(DiagnosticError) -> TemplateValue {
        try value(of: YAMLSource.parse(text: text, file: file, requiringData: false))
    }

    /// The source's tree as a value; an empty file is an empty object.
    private static func value(of source: YAMLSource) throws(DiagnosticError) -> TemplateValue {
        guard !source.diagnostics.hasErrors else { throw DiagnosticError(source.diagnostics) }
        return source.root.map(value(of:)) ?? .object([:])
    }

    private static func value(of node: Node) -> TemplateValue {
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {  // resolved: a plain 95 is an int, a plain 0.1 a float
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(TemplateValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                let cleaned = scalar.string.replacingOccurrences(of: "_", with: "")
                // Beyond what `Decimal` holds (1e400, 1e-400): printed as written, never a silent 0.
                if let number = TemplateValue.number(reading: cleaned),
                    cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" })
                {
                    return .number(number)
                }
                return .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .mapping(let mapping):
            var fields: [String: TemplateValue] = [:]
            for (key, item) in mapping { fields[key.string ?? ""] = value(of: item) }
            return .object(fields)
        case .sequence(let sequence):
            return .list(sequence.map(value(of:)))
        case .alias:
            return .null
        }
    }
}
