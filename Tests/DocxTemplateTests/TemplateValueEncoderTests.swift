import Foundation
import Testing

@testable import DocxTemplate

/// `TemplateValueEncoder`: typed values into the values a template sees.
@Suite struct TemplateValueEncoderTests {
    struct Person: Encodable {
        var fullName: String
        var isTt22: Bool
        var age: Int
        var points: Decimal
        var nickname: String?
        var tags: [String]
        var address: Address?
    }

    struct Address: Encodable {
        var street: String
    }

    /// Two containers on one encoder write into one object.
    struct Merged: Encodable {
        var base = Address(street: "Lê Lợi")
        enum Keys: String, CodingKey { case extraField }
        func encode(to encoder: any Encoder) throws {
            try base.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(true, forKey: .extraField)
        }
    }

    @Test func structsBecomeObjectsWithSnakeCaseKeysAndNilBecomesNull() throws {
        let person = Person(
            fullName: "Nguyễn An", isTt22: true, age: 40, points: Decimal(string: "8.5")!, nickname: nil,
            tags: ["a", "b"], address: nil)
        #expect(
            try TemplateValueEncoder().encode(person)
                == .object([
                    "full_name": .string("Nguyễn An"),
                    "is_tt22": .bool(true),
                    "age": .number(40),
                    "points": .number(Decimal(string: "8.5")!),
                    "nickname": .null,
                    "tags": .list([.string("a"), .string("b")]),
                    "address": .null,
                ]))
    }

    @Test func nestedValuesListsAndMergedContainers() throws {
        #expect(try TemplateValueEncoder().encode([Address(street: "X")]) == .list([.object(["street": .string("X")])]))
        #expect(try TemplateValueEncoder().encode(Merged()) == .object(["street": .string("Lê Lợi"), "extra_field": .bool(true)]))
        #expect(try TemplateValueEncoder().encode(Optional<Int>.none) == .null)
        #expect(try TemplateValueEncoder().encode(Decimal(string: "0.25")!) == .number(Decimal(string: "0.25")!))
    }

    @Test func snakeCase() {
        #expect(TemplateValueEncoder.snakeCase("nameUpper") == "name_upper")
        #expect(TemplateValueEncoder.snakeCase("selfNameCapitalized") == "self_name_capitalized")
        #expect(TemplateValueEncoder.snakeCase("cstdcs") == "cstdcs")
        #expect(TemplateValueEncoder.snakeCase("held_too_short_until") == "held_too_short_until")
    }
}
