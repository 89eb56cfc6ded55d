import Testing
import DocxTemplate

@Test func valuesHaveJinjaTruthiness() {
    #expect(!TemplateValue.null.isTruthy)
    #expect(!TemplateValue.string("").isTruthy)
    #expect(TemplateValue.string("x").isTruthy)
    #expect(!TemplateValue.list([]).isTruthy)
}
