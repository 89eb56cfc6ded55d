import Foundation
import Testing

@testable import HosoServer

/// A data file that is not YAML the form can show opens as its text, each problem located with
/// the offending line shown, and can be fixed and saved from the page.
@Suite("Server page of a file with a YAML syntax error", .serialized)
struct SyntaxErrorPageTests {
    static let broken = "unit:\n  name: \"Trường Tiểu học Hòa Bình\nyear: 2024\n"

    @Test("The page is titled in Vietnamese, locates the error (line:col), shows the line with a mark, and says how to fix it")
    func located() async throws {
        let server = try await ServerHarness()
        try Self.broken.write(to: server.workspace.appendingPathComponent("hoa-binh-2024.yaml"), atomically: true, encoding: .utf8)
        let page = try await server.send("GET", "/don-vi/hoa-binh-2024")
        #expect(page.status == 200)
        #expect(page.text.contains("<title>Sửa lỗi cú pháp trong hoa-binh-2024.yaml — hoso</title>"))
        #expect(!ServerHarness.mentions("422", in: page.text))
        #expect(page.text.contains("<h1>Tệp hoa-binh-2024.yaml chưa đọc được: cần sửa lỗi cú pháp</h1>"))
        #expect(page.text.contains("<li class=\"error\">hoa-binh-2024.yaml:2:9: lỗi: lỗi cú pháp: dấu nháy mở ở dòng 2 cột 9 chưa được đóng"))
        // The YAML reader stops at the first syntax error: the page says more may follow.
        #expect(page.text.contains("<p id=\"raw-first-only\">\(ServerMessages.rawFirstErrorOnly)</p>"))
        #expect(page.text.contains("<pre class=\"excerpt\">1 | unit:\n2 |   name: &quot;Trường Tiểu học Hòa Bình\n            ^</pre>"))
        #expect(
            page.text.contains(
                HTML.escape(
                    ServerMessages.rawHowToFix(
                        "hoa-binh-2024.yaml",
                        path: server.workspace.appendingPathComponent("hoa-binh-2024.yaml").path))))
        #expect(
            page.text.contains(
                "<textarea id=\"raw-text\" name=\"text\" class=\"raw\" spellcheck=\"false\" rows=\"12\">\(HTML.escape(Self.broken))</textarea>"))
    }

    @Test("The text fixed in the page is saved (backup kept, CRLF from the browser written as the file's LF) and the form opens")
    func fixedInPage() async throws {
        let server = try await ServerHarness()
        try Self.broken.write(to: server.workspace.appendingPathComponent("hoa-binh-2024.yaml"), atomically: true, encoding: .utf8)
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/hoa-binh-2024", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        // Still broken: saved, and the page says it is still unreadable.
        let stillBroken = try await server.post(
            "/don-vi/hoa-binh-2024/luu-van-ban", [("_version", version), ("text", "unit:\r\n\tname: A\r\n")], session: session)
        #expect(stillBroken.status == 303)
        #expect(try server.fileText("hoa-binh-2024.yaml") == "unit:\n\tname: A\n")
        #expect(try server.fileText("hoa-binh-2024.yaml.bak") == Self.broken)
        var again = try await server.send("GET", "/don-vi/hoa-binh-2024?da-luu=1", headers: [("Cookie", session.cookie)])
        #expect(again.text.contains(HTML.escape(ServerMessages.savedStillUnreadable)))
        #expect(again.text.contains("hoa-binh-2024.yaml:2:1: lỗi:"))
        let next = try #require(ServerHarness.hidden("_version", in: again.text))
        let fixed = "unit:\r\n  name: \"Trường Tiểu học Hòa Bình\"\r\nyear: 2024\r\n"
        let saved = try await server.post("/don-vi/hoa-binh-2024/luu-van-ban", [("_version", next), ("text", fixed)], session: session)
        #expect(saved.status == 303)
        #expect(saved.header("Location") == "/don-vi/hoa-binh-2024?da-luu=1")
        #expect(try server.fileText("hoa-binh-2024.yaml") == "unit:\n  name: \"Trường Tiểu học Hòa Bình\"\nyear: 2024\n")
        again = try await server.send("GET", "/don-vi/hoa-binh-2024?da-luu=1", headers: [("Cookie", session.cookie)])
        #expect(again.text.contains("id=\"unit-form\""))
        #expect(again.text.contains("value=\"Trường Tiểu học Hòa Bình\""))
    }

    @Test("Saving the text over a file changed on disk is refused, keeping what was typed; without the token it is 403")
    func guarded() async throws {
        let server = try await ServerHarness()
        let url = server.workspace.appendingPathComponent("hoa-binh-2024.yaml")
        try Self.broken.write(to: url, atomically: true, encoding: .utf8)
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/hoa-binh-2024", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        try "unit: {name: Sửa ở chỗ khác}\n".write(to: url, atomically: true, encoding: .utf8)
        let conflict = try await server.post(
            "/don-vi/hoa-binh-2024/luu-van-ban", [("_version", version), ("text", "year: 2030\n")], session: session)
        #expect(conflict.status == 409)
        #expect(conflict.text.contains(HTML.escape(ServerMessages.rawChangedOnDisk("hoa-binh-2024.yaml"))))
        #expect(conflict.text.contains(">year: 2030\n</textarea>"))
        #expect(conflict.text.contains("<a id=\"notice-link\" href=\"/don-vi/hoa-binh-2024\">Mở bản trên đĩa</a>"))
        #expect(!ServerHarness.mentions("F5", in: conflict.text))
        #expect(try server.fileText("hoa-binh-2024.yaml") == "unit: {name: Sửa ở chỗ khác}\n")
        let forged = try await server.post(
            "/don-vi/hoa-binh-2024/luu-van-ban", [("_version", version), ("text", "x")], session: session, token: "sai")
        #expect(forged.status == 403)
        #expect(try server.fileText("hoa-binh-2024.yaml") == "unit: {name: Sửa ở chỗ khác}\n")
    }

    @Test("A refusal page is titled in words, not with a status code")
    func refusalTitle() async throws {
        let server = try await ServerHarness()
        let page = try await server.send("GET", "/don-vi/khong-co")
        #expect(page.status == 404)
        #expect(page.text.contains("<title>Không thực hiện được — hoso</title>"))
    }
}
