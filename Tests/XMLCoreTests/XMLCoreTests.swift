import Testing
@testable import XMLCore

@Test func moduleIsLinked() {
    #expect(XMLCoreModule.name == "XMLCore")
}
