import Assessment
import Diagnostics
import DocxTemplate
import Foundation
import Testing

@testable import Dossier

@Test func manifestIsSortedJSONWithSums() throws {
    var manifest = Manifest(tool: "0.1.0", input: "a.yaml", inputBytes: Array("abc".utf8), regime: .tt22)
    manifest.add("1-M1-Bia.docx", [])
    let text = String(decoding: try manifest.jsonBytes(), as: UTF8.self)
    #expect(
        text == """
            {
              "files" : [
                {
                  "bytes" : 0,
                  "name" : "1-M1-Bia.docx",
                  "sha256" : "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                }
              ],
              "input" : "a.yaml",
              "input_sha256" : "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "regime" : "TT22",
              "tool" : "0.1.0"
            }

            """)
}

@Test func stagedOutputLeavesDestinationUntouchedUntilCommit() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-staged-\(UUID().uuidString)")
    let destination = base.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: destination.appendingPathComponent("a.docx"))
    // a.docx is hoso's earlier file (its manifest lists it), so the commit may replace it.
    var earlier = Manifest(tool: "0.1.0", input: "a.yaml", inputBytes: Array("a".utf8), regime: .tt22)
    earlier.add("a.docx", Array("old".utf8))
    try Data(try earlier.jsonBytes()).write(to: destination.appendingPathComponent("manifest.json"))
    defer { try? FileManager.default.removeItem(at: base) }

    let discarded = try StagedOutput(destination: destination)
    try discarded.write("a.docx", Array("new".utf8))
    try discarded.write("b.docx", Array("b".utf8))
    discarded.discard()
    #expect(try String(contentsOf: destination.appendingPathComponent("a.docx"), encoding: .utf8) == "old")
    #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("b.docx").path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["out"])

    let committed = try StagedOutput(destination: destination)
    try committed.write("a.docx", Array("new".utf8))
    try committed.write("b.docx", Array("b".utf8))
    try committed.commit()
    #expect(try String(contentsOf: destination.appendingPathComponent("a.docx"), encoding: .utf8) == "new")
    #expect(try String(contentsOf: destination.appendingPathComponent("b.docx"), encoding: .utf8) == "b")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["out"])
}

@Test(arguments: [
    ("Như trên", "Như trên"),
    ("Như trên;", "Như trên"),
    ("Lưu: VT.", "Lưu: VT"),
    ("Lưu: VT, TCCB. ", "Lưu: VT, TCCB"),
    ("Hoàn thiện hồ sơ.;", "Hoàn thiện hồ sơ"),
    ("Tháng 12/2023 (dự kiến)", "Tháng 12/2023 (dự kiến)"),
])
func listItemsLoseTheFinalPunctuationTheFormsAdd(_ typed: String, _ expected: String) {
    #expect(DossierContext.clauses([typed]) == [expected])
}

@Test func aMissingLibreOfficeIsAClearError() {
    #expect(throws: DossierError.libreOfficeMissing) {
        try PDFConverter(searchPath: "/nonexistent/bin", fallbacks: [])
    }
    #expect(
        DossierError.libreOfficeMissing.message(in: .vi)
            == "không tìm thấy LibreOffice (soffice) để xuất PDF; cài gói libreoffice-writer-nogui (make deps)")
}
