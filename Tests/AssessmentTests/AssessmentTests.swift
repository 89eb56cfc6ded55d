import Testing
@testable import Assessment

@Test func moduleIsLinked() {
    #expect(AssessmentModule.name == "Assessment")
}
