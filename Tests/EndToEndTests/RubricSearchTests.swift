import Foundation
import OOXML
import Testing

/// Every command scores with the rubrics of the forms folder `render` reads: a `Forms/rubrics` in the
/// working folder changes no band.
@Suite struct RubricSearchTests {
    /// A folder holding its own `Forms/rubrics/tt22.yaml` (Tốt from 99 points, where An Sơn has 95):
    /// `check` run there prints the band it prints anywhere else, and the report `render` makes there
    /// states that same band.
    @Test func checkAndRenderAgreeBesideAFolderOwnRubric() throws {
        let folder = try temporaryFolder("own-rubric")
        defer { try? FileManager.default.removeItem(at: folder) }
        let rubrics = folder.appendingPathComponent("Forms/rubrics")
        try FileManager.default.createDirectory(at: rubrics, withIntermediateDirectories: true)
        let shippedRubric = try String(contentsOf: packageRoot.appendingPathComponent("Forms/rubrics/tt22.yaml"), encoding: .utf8)
        let stricter = shippedRubric.replacingOccurrences(of: "{name: Tốt, min: 85}", with: "{name: Tốt, min: 99}")
            .replacingOccurrences(of: "{name: Khá, min: 70, below: 85}", with: "{name: Khá, min: 70, below: 99}")
        #expect(stricter != shippedRubric)
        try stricter.write(to: rubrics.appendingPathComponent("tt22.yaml"), atomically: true, encoding: .utf8)
        let data = packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml").path

        let shipped = try run(hosoExecutable, ["check", data])
        let here = try run(hosoExecutable, ["check", data], in: folder)
        #expect(here.status == 0, "\(here.errors)")
        #expect(here.output == shipped.output)
        #expect(here.output.contains("Tổng điểm: 95/100 — Xếp loại: Tốt\n"))

        let out = folder.appendingPathComponent("ho-so")
        let render = try run(hosoExecutable, ["render", data, "-o", out.path, "--only", "M3", "--no-book"], in: folder)
        #expect(render.status == 0, "\(render.errors)")
        let report = try TextDump.dump(try OOXMLPackage.open(at: out.appendingPathComponent("5-M3-Bao-cao.docx")))
        #expect(report.contains("Tổng điểm tự đánh giá: đạt 95/100\u{00A0}điểm (Bằng chữ: Chín mươi lăm\u{00A0}điểm). Xếp loại: Tốt "))
    }
}
