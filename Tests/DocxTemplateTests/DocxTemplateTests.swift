import Testing
@testable import DocxTemplate

@Test func moduleIsLinked() {
    #expect(DocxTemplateModule.name == "DocxTemplate")
}
