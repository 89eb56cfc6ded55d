import Diagnostics
import DocxTemplate
import Foundation
import Yams

/// Reads a JSON or YAML data file into the template engine's `TemplateValue`, for `hoso fill`.
/// Numbers stay exact decimals (read from their text, never through `Double`); dates stay the
/// ISO text the `date` filter expects.
public enum TemplateData {
    /// The data in the file at `url`.
    public static func load(from url: URL) throws(DiagnosticError) -> TemplateValue {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw failure(url.path, 0, 0, LocalizedText(
                vi: "không đọc được tệp dữ liệu (cần UTF-8): \(error.localizedDescription)",
                en: "cannot read the data file (UTF-8 needed): \(error.localizedDescription)"))
        }
        return try parse(text, file: url.path)
    }

    /// The data in `text` (JSON is YAML too); `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> TemplateValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw failure(file, 0, 0, LocalizedText(vi: "dữ liệu YAML/JSON không hợp lệ: \(error)", en: "invalid YAML/JSON data: \(error)"))
        } catch {
            throw failure(file, 0, 0, LocalizedText(vi: "dữ liệu không hợp lệ: \(error)", en: "invalid data: \(error)"))
        }
        guard let node else { return .object([:]) }
        return value(of: node)
    }

    private static func value(of node: Node) -> TemplateValue {
        switch node {
        case .scalar(let scalar):
            switch scalar.tag.rawValue {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(TemplateValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                let cleaned = scalar.string.replacingOccurrences(of: "_", with: "")
                if let number = Decimal(string: cleaned, locale: Locale(identifier: "en_US_POSIX")),
                   cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) {
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

    private static func failure(_ file: String, _ line: Int, _ column: Int, _ message: LocalizedText) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message)])
    }
}
