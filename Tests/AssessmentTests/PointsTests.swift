import Testing

@testable import Assessment

@Suite struct PointsTests {
    @Test func sumsAreExact() {
        #expect(Points(30) + Points(30) + Points(35) == Points(95))
        #expect(Points(parsing: "8,5")! + Points(9) == Points(parsing: "17.5")!)
        #expect(Points(parsing: "0.1")! + Points(parsing: "0.2")! == Points(parsing: "0.3")!)
    }

    @Test(arguments: [
        ("95", 9500), ("8.5", 850), ("8,5", 850), ("0.25", 25), ("-2", -200), ("10.50", 1050), ("10.500", 1050),
    ])
    func parses(text: String, hundredths: Int) {
        #expect(Points(parsing: text)?.hundredths == hundredths)
    }

    @Test(arguments: ["", "abc", "8.", ".5", "1.234", "1,2,3", "--1", "8.5a", "１０"])
    func rejects(text: String) {
        #expect(Points(parsing: text) == nil)
    }

    @Test(arguments: [(9500, "95"), (850, "8,5"), (25, "0,25"), (5, "0,05"), (-150, "-1,5")])
    func printsWithDecimalComma(hundredths: Int, text: String) {
        #expect(Points(hundredths: hundredths).text(decimalSeparator: ",") == text)
    }
}
