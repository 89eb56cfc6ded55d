import Diagnostics
import Testing

@Test func rendersLikeACompilerInBothLanguages() {
    let d = Diagnostic(
        .error, at: SourceLocation(file: "Fixtures/an-son.yaml", line: 12, column: 9), keyPath: "scores.3b.points",
        LocalizedText(vi: "12 lớn hơn điểm tối đa 10", en: "12 is more than the maximum 10"))
    #expect(d.rendered(in: .vi) == "Fixtures/an-son.yaml:12:9: lỗi: scores.3b.points: 12 lớn hơn điểm tối đa 10")
    #expect(d.rendered(in: .en) == "Fixtures/an-son.yaml:12:9: error: scores.3b.points: 12 is more than the maximum 10")
}

@Test func leavesOutWhatIsUnknown() {
    let d = Diagnostic(.warning, at: SourceLocation(file: "a.yaml"), path: nil, LocalizedText(vi: "x", en: "y"))
    #expect(d.rendered(in: .vi) == "a.yaml: cảnh báo: x")
    #expect(SourceLocation(file: "f", line: 3).description == "f:3")
}

@Test(
    arguments: [
        ("membrs", ["members", "meeting", "unit"], "members"),
        ("cstdc", ["cstd", "cstdcs", "ldtt"], "cstdcs"),
        ("xyz", ["members", "meeting"], nil),
        ("members", ["members"], nil),
    ] as [(String, [String], String?)])
func suggestsTheClosestKnownName(word: String, known: [String], expected: String?) {
    #expect(Suggestion.closest(to: word, among: known) == expected)
}
