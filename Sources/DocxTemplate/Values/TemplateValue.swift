package import Foundation
import VietnameseText

/// The data a template is filled with: JSON's shapes, with exact decimal numbers.
/// Dates are ISO text ("2024-01-05") that the `date` filter formats.
package enum TemplateValue: Sendable, Equatable {
    /// No value (JSON null); prints as nothing.
    case null
    /// true / false.
    case bool(Bool)
    /// An exact decimal number (8.5 stays 8.5).
    case number(Decimal)
    /// Text.
    case string(String)
    /// An ordered list.
    case list([TemplateValue])
    /// Named fields.
    case object([String: TemplateValue])

    /// The exact number `text` writes (`95`, `-0.5`, `1e3`), or nil when `Decimal` cannot hold it:
    /// too large (`1e400`), or so small it would read as 0 (`1e-400`) — never a silent zero.
    package static func number(reading text: String) -> Decimal? {
        guard let number = Decimal(string: text, locale: numberLocale), number.isFinite else { return nil }
        if number.isZero, text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { ("1"..."9").contains($0) }) { return nil }
        return number
    }

    private static let numberLocale = Locale(identifier: "en_US_POSIX")

    /// Jinja's truthiness: null, false, 0, "", [] and {} are false.
    package var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value): !value.isZero
        case .string(let value): !value.isEmpty
        case .list(let value): !value.isEmpty
        case .object(let value): !value.isEmpty
        }
    }

    /// The text a `{{ }}` tag prints: numbers as written ("8.5", "95"), null as nothing,
    /// booleans as Jinja prints them ("True"), lists joined with ", ".
    package var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "True" : "False"
        case .number(let value): DecimalText.plain(value)
        case .string(let value): value
        case .list(let values): values.map(\.text).joined(separator: ", ")
        case .object(let fields): fields.keys.sorted().joined(separator: ", ")
        }
    }

    /// The English name of the value's kind, for messages.
    var kindName: LocalizedKind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .list: .list
        case .object: .object
        }
    }
}

/// The kinds of values, named in messages.
enum LocalizedKind {
    case null, bool, number, string, list, object

    var vi: String {
        switch self {
        case .null: "rỗng"
        case .bool: "đúng/sai"
        case .number: "số"
        case .string: "chuỗi"
        case .list: "danh sách"
        case .object: "đối tượng"
        }
    }

    var en: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .list: "list"
        case .object: "object"
        }
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    /// `nil` is `.null`.
    package init(nilLiteral: ()) { self = .null }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// `true` is `.bool(true)`.
    package init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// `95` is `.number(95)`.
    package init(integerLiteral value: Int) { self = .number(Decimal(value)) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    /// `8.5` is `.number(8.5)`, read from its shortest decimal text so it stays exact.
    package init(floatLiteral value: Double) {
        self = .number(Decimal(string: "\(value)") ?? Decimal(value))
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// `"text"` is `.string("text")`.
    package init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// `[1, 2]` is a `.list`.
    package init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// `["a": 1]` is an `.object`.
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
