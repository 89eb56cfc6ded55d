import Testing
@testable import VietnameseText

@Test func moduleIsLinked() {
    #expect(VietnameseTextModule.name == "VietnameseText")
}
