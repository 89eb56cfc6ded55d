import Testing
@testable import ZipCore

@Test func moduleIsLinked() {
    #expect(ZipCoreModule.name == "ZipCore")
}
