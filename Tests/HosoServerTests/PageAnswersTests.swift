import Foundation
import Testing

@testable import HosoServer

/// Answers a person can act on: a page for an address that has none, a refused create that keeps
/// what was typed, the files the home page will not open listed with the reason.
@Suite("Answers a person can act on")
struct PageAnswersTests {
    @Test("An address with no page answers a Vietnamese page, not an empty body")
    func noSuchPage() async throws {
        let server = try await ServerHarness()
        let answer = try await server.send("GET", "/khong-co-trang-nay")
        #expect(answer.status == 404)
        #expect(answer.text.contains(HTML.escape(ServerMessages.noSuchPage("/khong-co-trang-nay"))))
        #expect(answer.text.contains("<a href=\"/\">Về trang đầu</a>"))
        #expect(answer.header("Content-Type")?.hasPrefix("text/html") == true)
    }

    @Test("A refused create from last year's keeps the name typed, the regime and the file chosen")
    func refusedCreateKeepsTyped() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        try "year: [\n".write(to: server.workspace.appendingPathComponent("hong-2023.yaml"), atomically: true, encoding: .utf8)
        let session = try await server.session()
        let refused = try await server.post("/tao-moi", [("name", "hong-2024"), ("regime", "TT24"), ("from", "hong-2023")], session: session)
        #expect(refused.status == 422)
        #expect(refused.text.contains(HTML.escape(ServerMessages.previousYearInvalid("hong-2023.yaml"))))
        #expect(refused.text.contains("maxlength=\"80\" value=\"hong-2024\">"))
        #expect(refused.text.contains("<option value=\"TT24\" selected>"))
        #expect(refused.text.contains("<option value=\"hong-2023\" selected>hong-2023.yaml</option>"))
        #expect(!FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("hong-2024.yaml").path))
    }

    @Test("A data file too large to open is listed on the home page with the reason")
    func tooLargeListed() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let big = String(repeating: "# x\n", count: ServerLimits.maxDataBytes / 4 + 1)
        try big.write(to: server.workspace.appendingPathComponent("qua-lon.yaml"), atomically: true, encoding: .utf8)
        let home = try await server.send("GET", "/")
        #expect(home.text.contains("<h2>Tệp không mở</h2>"))
        #expect(
            home.text.contains(
                "<li class=\"error\">qua-lon.yaml: \(HTML.escape(ServerMessages.tooLarge("Tệp 'qua-lon.yaml'", limit: ServerLimits.maxDataBytes)))</li>"
            ))
        #expect(home.text.contains("an-son-2023.yaml"))
    }
}
