import Testing
@testable import Dossier

@Test func moduleIsLinked() {
    #expect(DossierModule.name == "Dossier")
}
