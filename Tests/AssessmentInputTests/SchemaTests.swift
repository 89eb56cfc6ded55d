import Foundation
import Testing

@testable import AssessmentInput

/// The JSON Schema shipped in `Forms/` documents exactly the keys the loader reads.
@Suite struct SchemaTests {
    static var schema: [String: Any] {
        let data = FileManager.default.contents(atPath: Paths.repository("Forms/hoso.schema.json")) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    static func properties(_ object: [String: Any]?) -> [String: Any] {
        object?["properties"] as? [String: Any] ?? [:]
    }

    static func object(_ path: [String]) -> [String: Any]? {
        var current: [String: Any]? = schema
        for key in path {
            current = properties(current)[key] as? [String: Any]
        }
        return current
    }

    @Test func topLevelKeysMatchTheLoader() {
        #expect(Set(Self.properties(Self.schema).keys) == Set(AssessmentDecoder.topLevelKeys))
        #expect(Set(Self.schema["required"] as? [String] ?? []) == Set(AssessmentDecoder.requiredKeys))
    }

    @Test func nestedKeysMatchTheLoader() {
        let member = (Self.object(["members"])?["items"] as? [String: Any])
        #expect(Set(Self.properties(member).keys) == Set(AssessmentDecoder.memberKeys))
        #expect(Set(Self.properties(Self.object(["documents", "report"])).keys) == Set(AssessmentDecoder.documentKeys))
        #expect(Set(Self.properties(Self.object(["narrative"])).keys) == Set(AssessmentDecoder.narrativeKeys))
        let score = ((Self.object(["scores"])?["additionalProperties"] as? [String: Any])?["oneOf"] as? [Any])?.last as? [String: Any]
        #expect(Set(Self.properties(score).keys) == Set(AssessmentDecoder.scoreKeys))
    }

    @Test func everyPropertyHasAVietnameseDescription() {
        var missing: [String] = []
        func walk(_ node: Any, _ path: String) {
            if let object = node as? [String: Any] {
                for (key, value) in Self.properties(object) {
                    if (value as? [String: Any])?["description"] == nil { missing.append("\(path).\(key)") }
                    walk(value, "\(path).\(key)")
                }
                if let items = object["items"] { walk(items, path + "[]") }
                if let extra = object["additionalProperties"] { walk(extra, path + ".*") }
                for alternative in object["oneOf"] as? [Any] ?? [] { walk(alternative, path) }
            }
        }
        walk(Self.schema, "")
        #expect(missing.isEmpty, "\(missing)")
    }
}
