import Testing
@testable import OOXML

@Test func moduleIsLinked() {
    #expect(OOXMLModule.name == "OOXML")
}
