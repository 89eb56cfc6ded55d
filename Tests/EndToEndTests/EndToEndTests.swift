import Testing
@testable import Dossier

@Test func missingFormsDirectoryIsExplained() {
    #expect(throws: DossierError.self) { try FormCatalog.locate(explicit: "/nonexistent/Forms-x") }
}
