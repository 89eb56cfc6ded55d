import AssessmentInput
import Diagnostics
import DocxTemplate
import Foundation
import Testing

@testable import Dossier

/// The facade: one request in, the dossier out as values; the data read once; the rubric of
/// embedded data taken from memory.
@Suite struct DossierPipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let forms = root.appendingPathComponent("Forms")
    static let anSon = root.appendingPathComponent("Fixtures/an-son-2023.yaml").path

    /// `hoso-bench --renderers` asks for the tree renderer through the request (no global switch):
    /// every form and the book come out the same bytes either way.
    @Test func theTreeRendererAskedForInTheRequestWritesTheSameDossier() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        var trees = DossierRequest(input: .file(path: Self.anSon))
        trees.renderers = .treesOnly
        #expect(DossierRequest(input: .file(path: Self.anSon)).renderers == .fastest)
        let fromTrees = try pipeline.run(trees)
        let fastest = try pipeline.run(DossierRequest(input: .file(path: Self.anSon)))
        #expect(fromTrees.files.count == 9)
        #expect(fromTrees.files.map(\.bytes) == fastest.files.map(\.bytes))
    }

    @Test func aFileAndItsBytesGiveTheSameDossierAndTheManifestHashesTheBytesRead() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let fromFile = try pipeline.run(DossierRequest(input: .file(path: Self.anSon)))
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.anSon)))
        let fromBytes = try pipeline.run(
            DossierRequest(
                input: .bytes(bytes, name: Self.anSon, directory: (Self.anSon as NSString).deletingLastPathComponent)))
        #expect(
            fromFile.files.map(\.name) == [
                "1-M1-Bia.docx", "2-M2-To-trinh.docx", "3-KH-Ke-hoach.docx", "4-QD-Thanh-lap-Hoi-dong.docx", "5-M3-Bao-cao.docx",
                "6-M4-Bien-ban.docx", "7-M5-Tong-hop.docx", "8-BD-Bieu-diem.docx", "Ho-so.docx",
            ])
        #expect(fromFile.files.map(\.bytes) == fromBytes.files.map(\.bytes))
        #expect(fromFile.loaded.inputSHA256 == Manifest.sha256(bytes))
        #expect(fromFile.loaded.inputName == Self.anSon)
        #expect(fromFile.loaded.source.dataName == "an-son-2023.yaml")
        #expect(fromFile.loaded.source.rubricReference == "tt22")
        #expect(fromFile.loaded.source.rubricIsBuiltIn)
        let rubric = try String(contentsOf: Self.forms.appendingPathComponent("rubrics/tt22.yaml"), encoding: .utf8)
        #expect(fromFile.loaded.source.rubricText == rubric.precomposedStringWithCanonicalMapping)
    }

    /// A data file named with a tab or a backslash (an attacker trial rendered `back\\slash.yaml` and a
    /// name with a newline) gives a dossier verify accepts: the recorded name replaces what verify
    /// refuses, in the manifest and in the provenance alike.
    @Test func aDataFileNameVerifyWouldRefuseIsRecordedSafely() throws {
        #expect(DossierPipeline.recordedName("ho so/back\\slash\tx\ny\u{202E}.yaml") == "ho so/back_slash_x_y_.yaml")
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.anSon)))
        let odd = "Fixtures/an\\son\t2023.yaml"
        let dossier = try pipeline.run(
            DossierRequest(
                input: .bytes(bytes, name: odd, directory: (Self.anSon as NSString).deletingLastPathComponent), book: false))
        #expect(dossier.loaded.source.dataName == "an_son_2023.yaml")
        #expect(dossier.loaded.inputName == "Fixtures/an_son_2023.yaml")
        let report = try DossierVerifier(formsRoot: Self.forms).verify(docx: dossier.files[0].bytes, name: dossier.files[0].name)
        #expect(report.outcome == .ok, "\(report)")
    }

    @Test func concurrentRenderingGivesTheSameBytesEveryTime() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let first = try pipeline.run(DossierRequest(input: .file(path: Self.anSon)))
        for _ in 0..<3 {
            let again = try pipeline.run(DossierRequest(input: .file(path: Self.anSon)))
            #expect(again.files.map(\.bytes) == first.files.map(\.bytes))
        }
    }

    @Test func embeddedDataRendersTheSameDossierFromMemory() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let original = try pipeline.run(DossierRequest(input: .file(path: Self.anSon)))
        let again = try pipeline.run(DossierRequest(input: .embedded(original.loaded.source)))
        #expect(again.files.map(\.bytes) == original.files.map(\.bytes))
        #expect(again.loaded.inputName == "an-son-2023.yaml")
    }

    @Test func onlyAndBookSelectTheFiles() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let some = try pipeline.run(DossierRequest(input: .file(path: Self.anSon), only: ["m4", "M3"], book: false))
        #expect(some.files.map(\.name) == ["5-M3-Bao-cao.docx", "6-M4-Bien-ban.docx"])
        #expect(some.book == nil)
        #expect(throws: DossierError.unknownForm("M9", known: ["M1", "M2", "KH", "QD", "M3", "M4", "M5", "BD"])) {
            try pipeline.run(DossierRequest(input: .file(path: Self.anSon), only: ["M9"]))
        }
    }

    /// A rendered form's XML tree is held only when the book is bound from it: a 10,000-row M5
    /// rendered alone does not keep its tree beside its bytes while they are checked.
    @Test func packagesAreKeptOnlyToBindTheBook() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let alone = try pipeline.run(DossierRequest(input: .file(path: Self.anSon), only: ["M5"]))
        #expect(alone.documents.map { $0.package == nil } == [true])
        #expect(alone.book == nil)
        let unbound = try pipeline.run(DossierRequest(input: .file(path: Self.anSon), only: ["M3", "M4"], book: false))
        #expect(unbound.documents.map { $0.package == nil } == [true, true])
        let bound = try pipeline.run(DossierRequest(input: .file(path: Self.anSon), only: ["M3", "M4"]))
        #expect(bound.documents.map { $0.package == nil } == [false, false])
        // The same book whether bound from the kept trees or from the bytes.
        let renderer = DossierRenderer(catalog: pipeline.catalog)
        var fromBytes = bound.documents
        for index in fromBytes.indices { fromBytes[index].package = nil }
        let title = DossierPipeline.bookTitle(bound.assessment)
        #expect(try renderer.bind(fromBytes, title: title, source: bound.loaded.source) == bound.book)
    }

    @Test func invalidDataIsThrownWithEveryDiagnostic() throws {
        let pipeline = try DossierPipeline(formsRoot: Self.forms, checking: false)
        let text = Array("unit: 12\n".utf8)
        #expect(throws: DiagnosticError.self) { try pipeline.load(.bytes(text, name: "x.yaml")) }
        do {
            _ = try pipeline.load(.file(path: "/nonexistent/x.yaml"))
            Issue.record("loaded a missing file")
        } catch {
            #expect(
                error.diagnostics.map { $0.rendered(in: .en) }
                    == ["/nonexistent/x.yaml: error: cannot read the file '/nonexistent/x.yaml': check the path and the permissions"])
        }
    }

    /// A rubric reference aimed outside any folder is only a key: the rubric comes from memory.
    @Test(arguments: ["../../x.yaml", "/etc/evil.yaml", String(repeating: "a/", count: 120) + "r.yaml"])
    func aRubricPathInEmbeddedDataIsReadFromMemoryOnly(_ reference: String) throws {
        let data = try String(contentsOfFile: Self.anSon, encoding: .utf8)
            .replacingOccurrences(of: "rubric: tt22", with: "rubric: \"\(reference)\"")
        let rubric = try String(contentsOf: Self.forms.appendingPathComponent("rubrics/tt22.yaml"), encoding: .utf8)
        let source = DossierSource(
            dataName: "a.yaml", dataText: data, rubricReference: reference,
            rubricIsBuiltIn: true, rubricText: rubric)
        let result = source.load()
        #expect(result.isValid, "\(result.diagnostics)")
        #expect(result.rubricSource?.reference == reference)
        #expect(result.rubricSource?.isBuiltIn == false)
    }

    /// Embedded data naming a rubric the embedded text is not for: an error, and no folder is searched.
    @Test func embeddedDataNeverLooksForARubricOnDisk() throws {
        let data = try String(contentsOfFile: Self.anSon, encoding: .utf8)
        let source = DossierSource(
            dataName: "a.yaml", dataText: data, rubricReference: "../../x", rubricIsBuiltIn: true,
            rubricText: "name: x\n")
        let result = source.load()
        #expect(!result.isValid)
        #expect(
            result.errors.map { $0.rendered(in: .en) }
                == [
                    "a.yaml:17:9: error: rubric: the embedded data names rubric 'tt22' but the rubric embedded with it is '../../x': the file was edited or not made by hoso"
                ])
    }
}

/// `--form ID=FILE` as typed.
@Test(arguments: [
    ("M3=mau.docx", CustomForm(id: "M3", file: "mau.docx")),
    ("M3=a=b.docx", CustomForm(id: "M3", file: "a=b.docx")),
    (" M4 =x.docx", CustomForm(id: "M4", file: "x.docx")),
])
func aCustomFormArgumentIsParsed(_ typed: String, _ expected: CustomForm) {
    #expect(CustomForm(argument: typed) == expected)
}

@Test(arguments: ["M3", "=x.docx", "M3="])
func aCustomFormArgumentWithoutIdOrFileIsRefused(_ typed: String) {
    #expect(CustomForm(argument: typed) == nil)
}
