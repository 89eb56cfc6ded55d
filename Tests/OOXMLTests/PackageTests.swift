import Testing
import OOXML

@Test func unsafePartNamesAreRecognised() {
    #expect(!PartName.isSafe("../evil.xml"))
    #expect(!PartName.isSafe("/etc/passwd"))
    #expect(PartName.isSafe("word/document.xml"))
}
