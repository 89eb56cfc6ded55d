import Foundation

/// Encodes an `Encodable` value into the `TemplateValue` a template sees: structs and dictionaries
/// become objects (property names in snake case: `nameUpper` → `name_upper`), arrays lists,
/// integers and `Decimal`s exact numbers, and a `nil` optional an explicit `null` (a template tests
/// it with `{% if %}` or prints it with `default`). Keys written by several containers of one value
/// merge into one object.
package struct TemplateValueEncoder: Sendable {
    package init() {}

    /// The template value of `value`.
    package func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        let slot = Slot()
        try Self.encode(value, into: slot, path: [])
        return slot.resolved()
    }

    /// `nameUpper` → `name_upper`, `isTt22` → `is_tt22`.
    static func snakeCase(_ key: String) -> String {
        guard key.contains(where: \.isUppercase) else { return key }
        var out = ""
        for character in key {
            if character.isUppercase {
                if !out.isEmpty { out += "_" }
                out += character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    fileprivate static func encode<T: Encodable>(_ value: T, into slot: Slot, path: [any CodingKey]) throws {
        if let decimal = value as? Decimal {
            slot.value = .number(decimal)
        } else {
            try value.encode(to: ValueEncoder(slot: slot, codingPath: path))
        }
    }
}

/// One value under construction: a scalar, or an object or list of further slots.
private final class Slot {
    var value: TemplateValue = .null
    var object: [String: Slot]?
    var list: [Slot]?

    func resolved() -> TemplateValue {
        if let object { return .object(object.mapValues { $0.resolved() }) }
        if let list { return .list(list.map { $0.resolved() }) }
        return value
    }

    func child(_ key: String) -> Slot {
        if object == nil { object = [:] }
        if let existing = object![key] { return existing }
        let slot = Slot()
        object![key] = slot
        return slot
    }

    func appended() -> Slot {
        if list == nil { list = [] }
        let slot = Slot()
        list!.append(slot)
        return slot
    }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

private struct ValueEncoder: Encoder {
    let slot: Slot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.object == nil { slot.object = [:] }
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.list == nil { slot.list = [] }
        return UnkeyedContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey]

    private func put(_ value: TemplateValue, _ key: Key) {
        slot.child(TemplateValueEncoder.snakeCase(key.stringValue)).value = value
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.number(Decimal(value)), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.number(Decimal(Double(value))), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(Decimal(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.number(Decimal(Int(value))), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.number(Decimal(Int(value))), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.number(Decimal(Int(value))), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.number(Decimal(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(Decimal(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(Decimal(UInt(value))), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(Decimal(UInt(value))), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(Decimal(UInt(value))), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(Decimal(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try TemplateValueEncoder.encode(
            value, into: slot.child(TemplateValueEncoder.snakeCase(key.stringValue)),
            path: codingPath + [key])
    }

    // A missing optional is an explicit null: the contract lists every key, set or not.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encode(value.map(TemplateValue.bool), forKey: key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encode(value.map(TemplateValue.string), forKey: key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        try encode(value.map { TemplateValue.number(Decimal($0)) }, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.null, key) }
    }

    private mutating func encode(_ value: TemplateValue?, forKey key: Key) throws { put(value ?? .null, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = slot.child(TemplateValueEncoder.snakeCase(key.stringValue))
        if child.object == nil { child.object = [:] }
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.child(TemplateValueEncoder.snakeCase(key.stringValue))
        if child.list == nil { child.list = [] }
        return UnkeyedContainer(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(slot: slot.child("super"), codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(slot: slot.child(TemplateValueEncoder.snakeCase(key.stringValue)), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]
    var count: Int { slot.list?.count ?? 0 }

    private func next() -> Slot { slot.appended() }

    mutating func encodeNil() throws { next().value = .null }
    mutating func encode(_ value: Bool) throws { next().value = .bool(value) }
    mutating func encode(_ value: String) throws { next().value = .string(value) }
    mutating func encode(_ value: Int) throws { next().value = .number(Decimal(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try TemplateValueEncoder.encode(value, into: next(), path: codingPath + [IndexKey(index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = next()
        child.object = [:]
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(slot: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = next()
        child.list = []
        return UnkeyedContainer(slot: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(slot: next(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.value = .null }
    mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
    mutating func encode(_ value: String) throws { slot.value = .string(value) }
    mutating func encode(_ value: Double) throws { slot.value = .number(Decimal(value)) }
    mutating func encode(_ value: Float) throws { slot.value = .number(Decimal(Double(value))) }
    mutating func encode(_ value: Int) throws { slot.value = .number(Decimal(value)) }
    mutating func encode(_ value: Int8) throws { slot.value = .number(Decimal(Int(value))) }
    mutating func encode(_ value: Int16) throws { slot.value = .number(Decimal(Int(value))) }
    mutating func encode(_ value: Int32) throws { slot.value = .number(Decimal(Int(value))) }
    mutating func encode(_ value: Int64) throws { slot.value = .number(Decimal(value)) }
    mutating func encode(_ value: UInt) throws { slot.value = .number(Decimal(value)) }
    mutating func encode(_ value: UInt8) throws { slot.value = .number(Decimal(UInt(value))) }
    mutating func encode(_ value: UInt16) throws { slot.value = .number(Decimal(UInt(value))) }
    mutating func encode(_ value: UInt32) throws { slot.value = .number(Decimal(UInt(value))) }
    mutating func encode(_ value: UInt64) throws { slot.value = .number(Decimal(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try TemplateValueEncoder.encode(value, into: slot, path: codingPath)
    }
}
