import Assessment
import Diagnostics
import Foundation
import VietnameseText
import Yams

/// Reads a composed YAML tree into values, recording every problem with its location and key path.
///
/// Not Sendable: one reader serves one file on one task and is thrown away.
final class NodeReader {
    /// The file as the user named it.
    let file: String
    /// Everything found so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    // MARK: Reporting

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ node: Node?, _ path: String, _ message: LocalizedText) {
        diagnostics.append(Diagnostic(.error, at: location(node), keyPath: path, message))
    }

    func warning(_ node: Node?, _ path: String, _ message: LocalizedText) {
        diagnostics.append(Diagnostic(.warning, at: location(node), keyPath: path, message))
    }

    func append(_ diagnostics: [Diagnostic]) {
        self.diagnostics += diagnostics
    }

    // MARK: Structure

    /// The mapping at `node` with its keys checked against `keys`: unknown keys (with a suggestion) and
    /// missing `required` keys are reported. Nil when `node` is not a mapping.
    func fields(_ node: Node, path: String, keys: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let mapping) = node else {
            if !isNull(node) || !required.isEmpty {
                error(node, path, isNull(node) ? Messages.emptyValue() : Messages.expectedMapping(found: describe(node)))
            }
            return nil
        }
        var values: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        var order: [String] = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard keys.contains(key) else {
                let suggestion = Suggestion.closest(to: key, among: keys.filter { values[$0] == nil })
                error(keyNode, Self.join(path, key), Messages.unknownKey(key, suggestion: suggestion))
                continue
            }
            values[key] = value
            keyNodes[key] = keyNode
            order.append(key)
        }
        for key in required where values[key] == nil {
            error(node, Self.join(path, key), Messages.missingKey(key))
        }
        return Fields(node: node, path: path, values: values, keyNodes: keyNodes, order: order)
    }

    /// The items of the sequence at `node`; nil (and an error) when it is not one. Null is an empty list.
    func items(_ node: Node, path: String) -> [(node: Node, path: String)]? {
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, path, Messages.expectedList(found: describe(node)))
            return nil
        }
        return sequence.enumerated().map { ($0.element, "\(path)[\($0.offset + 1)]") }
    }

    // MARK: Scalars

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The raw scalar text, or nil (and an error) for a mapping or sequence or an unfilled "<…>".
    func rawScalar(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            // "- Kết quả: tốt" is read as 'key: value' because of the ": " in the sentence.
            if case .mapping(let mapping) = node, mapping.count == 1, let pair = mapping.first,
                case .scalar(let key) = pair.key, case .scalar(let value) = pair.value
            {
                error(node, path, Messages.colonInText("\(key.string): \(value.string)"))
            } else {
                error(node, path, Messages.expectedText(found: describe(node)))
            }
            return nil
        }
        if Self.isPlaceholder(scalar.string) {
            error(node, path, Messages.placeholder(scalar.string))
            return nil
        }
        return scalar.string
    }

    /// Whether `text` is an unfilled placeholder of the starter file: "<Tên đơn vị …>".
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 2 && trimmed.hasPrefix("<") && trimmed.hasSuffix(">")
    }

    /// A text value: NFC, Ð→Đ, trimmed; control characters, TCVN3/VNI mojibake and unfilled placeholders
    /// reported. Nil when absent, null or empty (an error when `required`).
    func text(_ node: Node, path: String, required: Bool = true) -> String? {
        if isNull(node) {
            if required { error(node, path, Messages.emptyValue()) }
            return nil
        }
        guard let raw = rawScalar(node, path: path) else { return nil }
        var value = VietnameseNormalizer.normalize(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        let forbidden = VietnameseNormalizer.forbiddenCharacters(in: value)
        if !forbidden.isEmpty {
            for character in forbidden { error(node, path, Messages.controlCharacter(character.codePoint)) }
            value = String(String.UnicodeScalarView(value.unicodeScalars.filter(VietnameseNormalizer.isAllowedInXML)))
        }
        value = checkPasteArtefacts(value, node: node, path: path)
        if let detection = LegacyEncodingDetector.detect(value) {
            error(node, path, Messages.mojibake(encoding: detection.encoding.displayName, words: detection.words))
        }
        if value.isEmpty {
            if required { error(node, path, Messages.emptyValue()) }
            return nil
        }
        return value
    }

    /// What copying from Excel, Word or the web leaves in a value: direction controls and Unicode line
    /// separators (errors, removed), a tab between two cells (an error, turned into a space), a value of
    /// marks with no letter (an error), non-breaking and doubled spaces (a note, normalised).
    private func checkPasteArtefacts(_ text: String, node: Node, path: String) -> String {
        var value = text
        let controls = TextHygiene.invisibleControls(in: value)
        if !controls.isEmpty {
            for control in controls {
                error(
                    node, path,
                    control.isSeparator
                        ? Messages.lineSeparator(control.codePoint)
                        : Messages.directionControl(control.codePoint))
            }
            value = TextHygiene.removingInvisibleControls(value).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let halves = TextHygiene.tabSplit(value) {
            error(node, path, Messages.tabInValue(before: halves.before, after: halves.after))
            value = value.replacingOccurrences(of: "\t", with: " ")
        }
        if TextHygiene.isOnlyMarks(value) {
            error(node, path, Messages.onlyMarks(value))
        }
        let spaced = TextHygiene.normalizingSpaces(value)
        if spaced != value {
            diagnostics.append(
                Diagnostic(
                    .note, at: location(node), keyPath: path,
                    Messages.spacesNormalized(
                        value, result: spaced, nonBreaking: TextHygiene.hasFixedSpace(value))))
            value = spaced
        }
        return value
    }

    /// A list of paragraphs or items: a list of texts, or a single text taken as a list of one.
    func texts(_ node: Node, path: String) -> [String] {
        if case .scalar = node {
            return text(node, path: path, required: false).map { [$0] } ?? []
        }
        guard let items = items(node, path: path) else { return [] }
        return items.compactMap { text($0.node, path: $0.path) }
    }

    func integer(_ node: Node, path: String, range: ClosedRange<Int>) -> Int? {
        if isNull(node) {
            error(node, path, Messages.emptyValue())
            return nil
        }
        guard let raw = rawScalar(node, path: path) else { return nil }
        guard let value = Int(raw.trimmingCharacters(in: .whitespaces)) else {
            error(node, path, Messages.expectedInteger(raw, example: Self.integerExample(for: raw, in: range)))
            return nil
        }
        guard range.contains(value) else {
            error(node, path, Messages.outOfRange(value, range))
            return nil
        }
        return value
    }

    /// Vietnamese number words a value may be written in ("năm phiếu" is 5).
    static let numberWords = [
        "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
        "tám": 8, "chín": 9, "mười": 10,
    ]

    /// The whole number to show as an example for `raw`: its leading digits ('3 phiếu' → 3), its number
    /// word ('năm' → 5), else a number in `range` (a year for a year).
    static func integerExample(for raw: String, in range: ClosedRange<Int>) -> Int {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if let digits = Int(trimmed.prefix { $0.isASCII && $0.isNumber }), range.contains(digits) { return digits }
        let firstWord = trimmed.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if let word = numberWords[firstWord], range.contains(word) { return word }
        if range.contains(2024), range.lowerBound > 100 { return 2024 }
        return range.contains(3) ? 3 : range.lowerBound
    }

    func boolean(_ node: Node, path: String) -> Bool? {
        if isNull(node) {
            error(node, path, Messages.emptyValue())
            return nil
        }
        guard let raw = rawScalar(node, path: path) else { return nil }
        switch Keyword.fold(raw) {
        case "true", "yes", "co", "x", "dat": return true
        case "false", "no", "khong", "chua_dat": return false
        default:
            error(node, path, Messages.expectedBoolean(raw))
            return nil
        }
    }

    func points(_ node: Node, path: String) -> Points? {
        if isNull(node) {
            error(node, path, Messages.emptyValue())
            return nil
        }
        guard let raw = rawScalar(node, path: path) else { return nil }
        guard let points = Points(parsing: raw.trimmingCharacters(in: .whitespaces)) else {
            error(node, path, Messages.expectedPoints(raw))
            return nil
        }
        return points
    }

    /// A date as people write it, day first (see `DateReading`); a two-digit year, a day not on the
    /// calendar or unreadable text is an error quoting what was typed.
    func date(_ node: Node, path: String) -> VietnameseDate? {
        guard let raw = text(node, path: path) else { return nil }
        switch DateReading(raw) {
        case .date(let date):
            return date
        case .twoDigitYear(let day, let month, let year):
            error(node, path, Messages.twoDigitYear(raw, day: day, month: month, year: year))
        case .impossible(let day, let month, let year):
            error(node, path, Messages.impossibleDate(raw, day: day, month: month, year: year))
        case .unreadable:
            error(node, path, Messages.invalidDate(raw))
        }
        return nil
    }

    /// The calendar year of the assessment; a school year "2023-2024" gets an explanation.
    func calendarYear(_ node: Node, path: String) -> Int? {
        if case .scalar(let scalar) = node, let years = Self.schoolYear(scalar.string) {
            error(node, path, Messages.schoolYearGiven(scalar.string, first: years.first, second: years.second))
            return nil
        }
        return integer(node, path: path, range: 2000...2100)
    }

    /// "2023-2024", "2023 – 2024", "2023/2024": two consecutive four-digit years.
    static func schoolYear(_ text: String) -> (first: Int, second: Int)? {
        let parts = text.split(whereSeparator: { "-–—/".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(parts[0]), let second = Int(parts[1])
        else { return nil }
        return (first, second)
    }

    /// The text of a scalar exactly as typed (for messages that quote it), or nil.
    func typed(_ node: Node?) -> String? {
        guard case .scalar(let scalar)? = node else { return nil }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    func time(_ node: Node, path: String) -> TimeOfDay? {
        guard let raw = text(node, path: path) else { return nil }
        guard let time = TimeOfDay(parsing: raw) else {
            error(node, path, Messages.invalidTime(raw))
            return nil
        }
        return time
    }

    /// One of `choices` (matched after folding case, diacritics and punctuation: "LĐTT" is "ldtt");
    /// `display` is the list shown when the value matches none (the choices' keys by default).
    func choice<Value>(_ node: Node, path: String, _ choices: [(key: String, value: Value)], display: [String]? = nil) -> Value? {
        guard let raw = text(node, path: path) else { return nil }
        switch KeywordChoice.match(raw, in: choices, display: display) {
        case .success(let value):
            return value
        case .failure(let refusal):
            error(node, path, refusal.message)
            return nil
        }
    }

    // MARK: Helpers

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func describe(_ node: Node) -> LocalizedText {
        switch node {
        case .mapping: return Messages.kindMapping()
        case .sequence: return Messages.kindList()
        case .scalar(let scalar): return LocalizedText(vi: "'\(scalar.string)'", en: "'\(scalar.string)'")
        case .alias: return Messages.kindAlias()
        }
    }
}
