import Testing
@testable import AssessmentInput

@Test func moduleIsLinked() {
    #expect(AssessmentInputModule.name == "AssessmentInput")
}
