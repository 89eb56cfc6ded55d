import AssessmentInput
import Dossier
import Foundation
@testable import HosoServer
import Testing
import ZipCore

/// The workspace list, the unit page, saving through the data model, and the dossier download,
/// over real HTTP.
@Suite("Server pages", .serialized)
struct UnitPageTests {
    @Test("The home page lists each data file with unit, year, regime, result and counts")
    func home() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023", "vinh-lap-2024"])
        let page = try await server.send("GET", "/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("<td><a href=\"/don-vi/an-son-2023\">an-son-2023.yaml</a></td><td>Trường Tiểu học An Sơn</td><td>2023</td><td>TT22</td><td>95/100 — Tốt</td><td class=\"ok\">0</td>"))
        #expect(page.text.contains("<a href=\"/don-vi/vinh-lap-2024\">vinh-lap-2024.yaml</a>"))
    }

    @Test("A new file is the starter `hoso init` writes, and its page names every unfilled field")
    func create() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let created = try await server.post("/tao-moi", [("name", "hoa-binh-2024"), ("regime", "TT22"), ("from", "")], session: session)
        #expect(created.status == 303)
        #expect(created.header("Location") == "/don-vi/hoa-binh-2024")
        #expect(try server.fileText("hoa-binh-2024.yaml") == StarterData.text(regime: "TT22"))
        let again = try await server.post("/tao-moi", [("name", "hoa-binh-2024"), ("regime", "TT22")], session: session)
        #expect(again.status == 409)
        #expect(again.text.contains(HTML.escape(ServerMessages.exists("hoa-binh-2024.yaml"))))
        let page = try await server.send("GET", "/don-vi/hoa-binh-2024", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("<div class=\"field has-error\" data-path=\"unit.name\">"))
        #expect(page.text.contains("placeholder=\"Tên đơn vị, ví dụ Trường Tiểu học Hòa Bình\""))
    }

    @Test("The score input for 3b is labelled '3b' and every criterion has one")
    func scoreLabels() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let page = try await server.send("GET", "/don-vi/an-son-2023").text
        for code in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3c"] {
            #expect(page.contains("<label for=\"f-scores-\(code)-points\">\(code)</label><input type=\"text\" inputmode=\"decimal\" class=\"diem\""))
        }
        #expect(page.contains("id=\"f-scores-2b-points\" name=\"scores.2b.points\" placeholder=\"tối đa 5\" value=\"5\""))
        // 3b is split into parts in the file: its input shows their sum, read-only, and names them.
        #expect(page.contains("<label for=\"f-scores-3b-points\">3b</label><input type=\"text\" readonly class=\"diem\" data-max=\"1000\" id=\"f-scores-3b-points\" name=\"scores.3b.points\" placeholder=\"tối đa 10\" value=\"5\">"))
        #expect(page.contains("Điểm cộng từ 2 phần: Tập thể đạt danh hiệu “Tập thể lao động tiên tiến” — 5/5;"))
        #expect(page.contains("<strong id=\"tong\" data-max=\"10000\" data-bands=\"8500:Tốt;7000:Khá;5000:Trung bình;0:Chưa đạt\""))
    }

    @Test("Saving writes the data file in block style through the model, keeps a backup, and the page shows the result")
    func save() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let original = try server.fileText("an-son-2023.yaml")
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let saved = try await server.post("/don-vi/an-son-2023/luu", [
            ("_version", version), ("scores.2b.points", "4"), ("scores.2b.reason", "Một viên chức vi phạm nội quy"),
            ("scores.3b.points", "10"),
            ("meeting.start", "14:00"), ("members.rows", "2"),
            ("members[1].name", "Nguyễn Thị Thanh Hương"), ("members[1].position", "Hiệu trưởng"),
            ("members[1].training", "hoan_thanh_tot"), ("members[1].emulation_title", "CSTĐCS"),
            ("members[2].name", "Trần Văn Khải"), ("members[2].position", "Phó Hiệu trưởng"), ("members[2].emulation_title", "LĐTT"),
        ], session: session)
        #expect(saved.status == 303)
        #expect(saved.header("Location") == "/don-vi/an-son-2023?da-luu=1")
        let written = try server.fileText("an-son-2023.yaml")
        #expect(try server.fileText("an-son-2023.yaml.bak") == original)
        // Keys keep their order; a new key (reason) comes after the existing ones.
        #expect(written.contains("  2b:\n    points: 4\n    evidence:\n    - Biên bản đánh giá viên chức cuối năm\n    reason: Một viên chức vi phạm nội quy\n"))
        #expect(written.contains("    # lao động xuất sắc (giả định cách chia; số điểm theo seed 004).\n    parts:\n    - text: Tập thể đạt danh hiệu “Tập thể lao động tiên tiến”\n      max: 5\n      points: 5\n"))
        // The file's comments stay where they were.
        #expect(CommentTests.comments(written) == CommentTests.comments(original))
        #expect(!written.contains("{"))
        #expect(written.contains("  start: '14:00'\n"))
        #expect(written.contains("members:\n- name: Nguyễn Thị Thanh Hương\n  position: Hiệu trưởng\n  training: hoan_thanh_tot\n  emulation_title: CSTĐCS\n- name: Trần Văn Khải\n"))
        let result = AssessmentLoader().parse(text: written, file: "an-son-2023.yaml")
        #expect(result.assessment?.evaluation.total?.hundredths == 9_400)
        let after = try await server.send("GET", "/don-vi/an-son-2023?da-luu=1", headers: [("Cookie", session.cookie)])
        #expect(after.text.contains(">94/100 — Tốt</strong>"))
    }

    @Test("An error is shown beside its field with the words of `hoso check`, and fixing it clears it")
    func errorBesideField() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        var page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        var version = try #require(ServerHarness.hidden("_version", in: page.text))
        _ = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("scores.2b.points", "12")], session: session)
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let check = DataCheck(path: server.workspace.appendingPathComponent("an-son-2023.yaml").path, language: .vi)
        let line = try #require(check.text.split(separator: "\n").first { $0.contains("scores.2b") })
        let shown = line.replacingOccurrences(of: server.workspace.appendingPathComponent("an-son-2023.yaml").path, with: "an-son-2023.yaml")
        #expect(page.text.contains("<div class=\"field has-error\" data-path=\"scores.2b.points\">"))
        #expect(page.text.contains("<li class=\"error\">\(HTML.escape(shown))</li>"))
        #expect(page.text.contains("Dữ liệu chưa hợp lệ: 1 lỗi"))
        version = try #require(ServerHarness.hidden("_version", in: page.text))
        _ = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("scores.2b.points", "5")], session: session)
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(!page.text.contains("has-error"))
        #expect(page.text.contains(">95/100 — Tốt</strong>"))
    }

    @Test("A file changed on disk since the page was opened is not overwritten")
    func conflict() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let edited = try server.fileText("an-son-2023.yaml").replacingOccurrences(of: "Phòng Giáo dục và Đào tạo huyện Nam Sách", with: "Phòng GDĐT Nam Sách")
        try edited.write(to: server.workspace.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let answer = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("unit.symbol", "AS")], session: session)
        #expect(answer.status == 409)
        #expect(answer.text.contains(HTML.escape(ServerMessages.changedOnDisk("an-son-2023.yaml", differing: [
            "Chữ viết tắt trong số văn bản (unit.symbol)"]))))
        #expect(answer.text.contains("Các ô trên trang khác với bản trên đĩa: Chữ viết tắt trong số văn bản (unit.symbol)."))
        #expect(answer.text.contains("value=\"AS\""))  // what the user typed is still on the page
        #expect(try server.fileText("an-son-2023.yaml") == edited)
    }

    @Test("Render, download the zip, and every file verifies as `hoso verify` checks a folder")
    func renderAndDownload() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        #expect(try await server.send("GET", "/don-vi/an-son-2023/ho-so.zip").status == 404)
        let rendered = try await server.post("/don-vi/an-son-2023/lap-ho-so", [("pdf", "0")], session: session)
        #expect(rendered.status == 303)
        let page = try await server.send("GET", "/don-vi/an-son-2023?da-lap=1", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("<a id=\"download-zip\" href=\"/don-vi/an-son-2023/ho-so.zip\" download>"))
        let first = try await server.send("GET", "/don-vi/an-son-2023/ho-so.zip")
        #expect(first.status == 200)
        #expect(first.header("Content-Disposition") == "attachment; filename=\"an-son-2023-ho-so.zip\"")
        #expect(try await server.send("GET", "/don-vi/an-son-2023/ho-so.zip").body == first.body)  // deterministic
        let reader = try ZipReader(bytes: first.body)
        let folder = server.workspace.appendingPathComponent("tai-ve")
        for entry in reader.entries {
            let url = folder.appendingPathComponent(entry.name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(try reader.read(entry)).write(to: url)
        }
        let names = reader.entries.map(\.name)
        #expect(names.first == "an-son-2023-ho-so/1-M1-Bia.docx" || names.contains("an-son-2023-ho-so/manifest.json"))
        #expect(names.contains("an-son-2023-ho-so/Ho-so.docx"))
        let verifier = try DossierVerifier(formsRoot: packageRoot.appendingPathComponent("Forms"))
        let verdicts = verifier.verify(folder: folder.appendingPathComponent("an-son-2023-ho-so"))
        #expect(!verdicts.isEmpty)
        let failed = verdicts.filter { !$0.passed }.map(\.file)
        #expect(failed.isEmpty)
    }

    @Test("Rendering data with errors is refused with the count, and writes nothing")
    func renderInvalid() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        _ = try await server.post("/tao-moi", [("name", "trong"), ("regime", "TT22")], session: session)
        let answer = try await server.post("/don-vi/trong/lap-ho-so", [], session: session)
        #expect(answer.status == 422)
        #expect(answer.text.contains("Chưa lập được hồ sơ: dữ liệu còn"))
        #expect(!FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent(".hoso").path))
    }

    @Test("A CSV staff list uploaded from the members grid comes back as rows, as `hoso members import` reads it")
    func memberUpload() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let csv = "Họ và tên,Chức vụ,Danh hiệu thi đua\nNguyễn Văn An,Hiệu trưởng,CSTĐCS\nTrần Thị Bình,Giáo viên,LĐTT\n"
        let answer = try await server.send("POST", "/don-vi/an-son-2023/nhap-thanh-vien", headers: [
            ("Cookie", session.cookie), ("Origin", server.origin), ("X-Hoso-Token", session.token),
            ("X-File-Name", "danh-sach.csv"), ("Content-Type", "application/octet-stream"),
        ], body: Array(csv.utf8))
        #expect(answer.status == 200)
        #expect(answer.text.contains("\"name\":\"Nguyễn Văn An\""))
        #expect(answer.text.contains("\"position\":\"Giáo viên\""))
        let wrong = try await server.send("POST", "/don-vi/an-son-2023/nhap-thanh-vien", headers: [
            ("Cookie", session.cookie), ("Origin", server.origin), ("X-Hoso-Token", session.token),
            ("X-File-Name", "anh.png"), ("Content-Type", "application/octet-stream"),
        ], body: [0x89, 0x50])
        #expect(wrong.status == 422)
        #expect(wrong.text.contains("Chỉ nhập được tệp .xlsx hoặc .csv, không phải 'anh.png'"))
    }

    @Test("A new file from last year's carries the unit and members, as `hoso init --from` does")
    func fromLastYear() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let created = try await server.post("/tao-moi", [("name", "an-son-2024"), ("regime", "TT22"), ("from", "an-son-2023")], session: session)
        #expect(created.status == 303)
        let expected = ContinuedStarter.text(from: server.workspace.appendingPathComponent("an-son-2023.yaml").path).text
        #expect(try server.fileText("an-son-2024.yaml") == expected)
        #expect(try server.fileText("an-son-2024.yaml").contains("Trường Tiểu học An Sơn"))
    }
}

