import Assessment
import Dossier
import Foundation
import Testing

@testable import HosoServer

/// The pages read data files through the `Dossier` facade (`DataInput`, as `hoso check` does) and
/// carry the regime as a value: one parse of what the user typed, with check's refusal.
@Suite("Server reads data through the facade", .serialized)
struct DataReadingTests {
    @Test("A regime the create form does not know is refused with check's words, the name typed kept")
    func unknownRegime() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let refused = try await server.post(
            "/tao-moi", [("name", "hoa-binh-2024"), ("regime", "TT25"), ("from", "")], session: session)
        #expect(refused.status == 400)
        #expect(
            refused.text.contains(
                HTML.escape("Chế độ đánh giá (regime): 'TT25' không hợp lệ. Có phải ý bạn là 'tt22'? Chọn một trong: tt22, tt24")))
        #expect(refused.text.contains("value=\"hoa-binh-2024\""))
        #expect(!FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("hoa-binh-2024.yaml").path))
        // Read as `regime:` is read: any case.
        let created = try await server.post(
            "/tao-moi", [("name", "hoa-binh-2024"), ("regime", "tt24"), ("from", "")], session: session)
        #expect(created.status == 303)
        #expect(try server.fileText("hoa-binh-2024.yaml") == StarterData.text(regime: .tt24))
    }

    @Test("A refused create keeps TT24 chosen")
    func refusedCreateKeepsTheRegime() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let refused = try await server.post("/tao-moi", [("name", "../x"), ("regime", "TT24"), ("from", "")], session: session)
        #expect(refused.status == 400)
        #expect(
            refused.text.contains(
                "<select name=\"regime\"><option value=\"TT22\">TT22 — chấm điểm</option><option value=\"TT24\" selected>TT24 — đạt / chưa đạt</option></select>"
            ))
    }

    @Test("A file with errors whose rubric is the district's own file is laid out with that rubric")
    func ownRubricWhileTheDataHasErrors() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let tt22 = try String(contentsOf: packageRoot.appendingPathComponent("Forms/rubrics/tt22.yaml"), encoding: .utf8)
        let own = tt22.replacingOccurrences(of: "{name: Tốt, min: 85}", with: "{name: Tốt, min: 90}")
            .replacingOccurrences(of: "{name: Khá, min: 70, below: 85}", with: "{name: Khá, min: 70, below: 90}")
        #expect(own != tt22)
        try own.write(to: server.workspace.appendingPathComponent("rieng.yaml"), atomically: true, encoding: .utf8)
        let data = try server.fileText("an-son-2023.yaml")
            .replacingOccurrences(of: "\nrubric: tt22\n", with: "\nrubric: rieng.yaml\n")
            .replacingOccurrences(of: "\nyear: 2023\n", with: "\nyear: hai nghìn\n")
        try data.write(to: server.workspace.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let page = try await server.send("GET", "/don-vi/an-son-2023").text
        #expect(page.contains("Dữ liệu chưa hợp lệ: 1 lỗi"))
        #expect(page.contains("data-bands=\"9000:Tốt;7000:Khá;5000:Trung bình;0:Chưa đạt\""))
        for code in ["1a", "2d", "3c"] { #expect(page.contains("name=\"scores.\(code).points\"")) }
    }

    @Test("A TT24 file with errors is listed as TT24 and laid out with targets")
    func tt24WithErrors() async throws {
        let server = try await ServerHarness(fixtures: ["vinh-lap-2024"])
        let data = try server.fileText("vinh-lap-2024.yaml")
            .replacingOccurrences(of: "\nregime: TT24\n", with: "\nregime: tt24\n")
            .replacingOccurrences(of: "\nyear: 2024\n", with: "\nyear: hai nghìn\n")
        try data.write(to: server.workspace.appendingPathComponent("vinh-lap-2024.yaml"), atomically: true, encoding: .utf8)
        let home = try await server.send("GET", "/").text
        #expect(home.contains("<td>TT24</td><td>—</td><td class=\"bad\">1</td>"))
        let page = try await server.send("GET", "/don-vi/vinh-lap-2024").text
        #expect(page.contains("<a href=\"#diem\">Chỉ tiêu</a>"))
        #expect(page.contains("<a href=\"#cong-nhan\">"))
        #expect(page.contains("name=\"scores.1.1.met\""))
    }
}
