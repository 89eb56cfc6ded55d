import Foundation
import Testing

@testable import HosoServer

/// The path every school takes each year: a new file from last year's, its members' results to
/// fill, shown in words (never the file's codes) in the grid and beside it.
@Suite("Yearly path in the page")
struct YearlyPathTests {
    @Test("A unit made from last year's shows its members' cells empty to fill, last year's value in words, one line per row to fill")
    func fromLastYearInWords() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let created = try await server.post("/tao-moi", [("name", "an-son-2024"), ("regime", "TT22"), ("from", "an-son-2023")], session: session)
        #expect(created.status == 303)
        let page = try await server.send("GET", "/don-vi/an-son-2024", headers: [("Cookie", session.cookie)]).text
        #expect(
            page.contains(
                "aria-label=\"Bồi dưỡng 1\" list=\"chon-boi-duong\" autocomplete=\"off\" class=\"cell-error\" value=\"\" placeholder=\"năm trước: Hoàn thành tốt\""
            ))
        #expect(
            page.contains(
                "aria-label=\"Danh hiệu thi đua 2\" list=\"chon-danh-hieu\" autocomplete=\"off\" class=\"cell-error\" value=\"\" placeholder=\"năm trước: LĐTT\""
            ))
        #expect(
            page.contains(
                "aria-label=\"Có KH tự học 1\" list=\"chon-co-khong\" autocomplete=\"off\" class=\"cell-error\" value=\"\" placeholder=\"năm trước: Có\""
            ))
        #expect(
            page.contains(
                "<li class=\"error\">Lỗi: dòng 1 (Nguyễn Thị Thanh Hương): chưa điền Bồi dưỡng, Danh hiệu thi đua, Có KH tự học, Chấp hành kỷ luật, Công dân học tập — ô còn trống, chữ mờ trong ô là kết quả năm trước.</li>"
            ))
        let grid = try #require(page.range(of: "data-grid=\"members\"").map { String(page[$0.lowerBound...]) })
        for code in ["hoan_thanh_tot", "chua_hoan_thanh", "true hoặc false", "(năm trước: "] {
            #expect(!grid.contains(code), "\(code) shown in the members grid")
        }
        // The first member's results filled in words; the others still to fill.
        let version = try #require(ServerHarness.hidden("_version", in: page))
        let saved = try await server.post(
            "/don-vi/an-son-2024/luu",
            [
                ("_version", version), ("members.rows", "1"),
                ("members[1].name", "Nguyễn Thị Thanh Hương"), ("members[1].position", "Hiệu trưởng"),
                ("members[1].training", "Hoàn thành"), ("members[1].emulation_title", "LĐTT"),
                ("members[1].self_study_plan", "Có"), ("members[1].discipline", "Có"), ("members[1].learning_citizen", "Không"),
            ], session: session)
        #expect(saved.status == 303)
        let written = try server.fileText("an-son-2024.yaml")
        #expect(
            written.contains(
                "  training: hoan_thanh\n  emulation_title: LĐTT\n  self_study_plan: true\n  discipline: true\n  learning_citizen: false\n"))
        let after = try await server.send("GET", "/don-vi/an-son-2024", headers: [("Cookie", session.cookie)]).text
        #expect(!after.contains("dòng 1 (Nguyễn Thị Thanh Hương): chưa điền"))
        #expect(after.contains("aria-label=\"Bồi dưỡng 1\" list=\"chon-boi-duong\" autocomplete=\"off\" value=\"Hoàn thành\""))
    }

    @Test("An invalid choice beside the grid lists the words, not the codes")
    func invalidChoiceInWords() {
        let line = GridWords.wordsForCodes(
            "an-son.yaml:90:15: lỗi: members[1].training: 'Giỏi' không hợp lệ. Có phải ý bạn là 'hoan_thanh'? Chọn một trong: hoan_thanh_tot, hoan_thanh, chua_hoan_thanh",
            words: .training)
        #expect(
            line
                == "an-son.yaml:90:15: lỗi: members[1].training: 'Giỏi' không hợp lệ. Có phải ý bạn là 'Hoàn thành'? Chọn một trong: Hoàn thành tốt, Hoàn thành, Chưa hoàn thành"
        )
    }
}
