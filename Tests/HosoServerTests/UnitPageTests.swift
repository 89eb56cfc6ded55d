import Assessment
import AssessmentInput
import Diagnostics
import Dossier
import Foundation
import Testing
import ZipCore

@testable import HosoServer

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
        #expect(
            page.text.contains(
                "<td><a href=\"/don-vi/an-son-2023\">an-son-2023.yaml</a></td><td>Trường Tiểu học An Sơn</td><td>2023</td><td>TT22</td><td>95/100 — Tốt</td><td class=\"ok\">0</td>"
            ))
        #expect(page.text.contains("<a href=\"/don-vi/vinh-lap-2024\">vinh-lap-2024.yaml</a>"))
    }

    @Test("A new file is the starter `hoso init` writes, and its page names every unfilled field")
    func create() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let created = try await server.post("/tao-moi", [("name", "hoa-binh-2024"), ("regime", "TT22"), ("from", "")], session: session)
        #expect(created.status == 303)
        #expect(created.header("Location") == "/don-vi/hoa-binh-2024")
        #expect(try server.fileText("hoa-binh-2024.yaml") == StarterData.text(regime: .tt22))
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
        #expect(
            page.contains(
                "<label for=\"f-scores-3b-points\">3b</label><input type=\"text\" readonly class=\"diem\" data-max=\"1000\" id=\"f-scores-3b-points\" name=\"scores.3b.points\" placeholder=\"tối đa 10\" value=\"5\">"
            ))
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
        let saved = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
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
        #expect(
            written.contains(
                "  2b:\n    points: 4\n    evidence:\n    - Biên bản đánh giá viên chức cuối năm\n    reason: Một viên chức vi phạm nội quy\n"))
        #expect(
            written.contains(
                "    # lao động xuất sắc (giả định cách chia; số điểm theo seed 004).\n    parts:\n    - text: Tập thể đạt danh hiệu “Tập thể lao động tiên tiến”\n      max: 5\n      points: 5\n"
            ))
        // The file's comments stay where they were.
        #expect(CommentTests.comments(written) == CommentTests.comments(original))
        #expect(!written.contains("{"))
        #expect(written.contains("  start: '14:00'\n"))
        #expect(
            written.contains(
                "members:\n- name: Nguyễn Thị Thanh Hương\n  position: Hiệu trưởng\n  training: hoan_thanh_tot\n  emulation_title: CSTĐCS\n- name: Trần Văn Khải\n"
            ))
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
        // Why "Lập hồ sơ" does not respond is said beside it, not only in a tooltip.
        #expect(page.text.contains("<p class=\"notice error\" id=\"render-blocked\">\(HTML.escape(ServerMessages.renderBlocked(1)))</p>"))
        version = try #require(ServerHarness.hidden("_version", in: page.text))
        _ = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("scores.2b.points", "5")], session: session)
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(!page.text.contains("has-error"))
        #expect(!page.text.contains("render-blocked"))
        #expect(page.text.contains(">95/100 — Tốt</strong>"))
    }

    @Test("A file changed on disk since the page was opened is not overwritten")
    func conflict() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let edited = try server.fileText("an-son-2023.yaml").replacingOccurrences(
            of: "Phòng Giáo dục và Đào tạo huyện Nam Sách", with: "Phòng GDĐT Nam Sách")
        try edited.write(to: server.workspace.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let answer = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("unit.symbol", "AS")], session: session)
        #expect(answer.status == 409)
        #expect(
            answer.text.contains(
                HTML.escape(
                    ServerMessages.changedOnDisk(
                        "an-son-2023.yaml",
                        differing: [
                            "Chữ viết tắt trong số văn bản (unit.symbol)"
                        ]))))
        #expect(answer.text.contains("Các ô trên trang khác với bản trên đĩa: Chữ viết tắt trong số văn bản (unit.symbol)."))
        #expect(answer.text.contains("value=\"AS\""))  // what the user typed is still on the page
        // The page is the POST's answer: a link to the file as on disk, not "reload".
        #expect(answer.text.contains("<a id=\"notice-link\" href=\"/don-vi/an-son-2023\">Mở bản trên đĩa</a>"))
        #expect(!ServerHarness.mentions("F5", in: answer.text))
        #expect(try server.fileText("an-son-2023.yaml") == edited)
    }

    @Test("Two tabs opened at the same version save different fields: the second is told, sees the first's value, and both are kept")
    func twoTabsDifferentFields() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let base = try #require(ServerHarness.hidden("_version", in: page.text))
        let place = "Phòng họp Hội đồng sư phạm, Trường Tiểu học An Sơn"
        // Tab A: the address typed, the meeting place as the page showed it.
        let a = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", base), ("unit.address", "Thôn Đông, xã An Sơn"), ("meeting.place", place),
            ], session: session)
        #expect(a.status == 303)
        // Tab C, opened before A saved: its address box still empty, the meeting place changed.
        let c = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", base), ("unit.address", ""), ("meeting.place", "Hội trường tầng 2"),
            ], session: session)
        #expect(c.status == 409)
        #expect(c.text.contains(HTML.escape(ServerMessages.changedOnDisk("an-son-2023.yaml", differing: ["Nơi họp (meeting.place)"]))))
        #expect(c.text.contains("name=\"unit.address\" placeholder=\"Thôn Đông, xã Hòa Bình\" value=\"Thôn Đông, xã An Sơn\""))  // A's, from disk
        #expect(c.text.contains("name=\"meeting.place\" placeholder=\"\" value=\"Hội trường tầng 2\""))  // C's, as typed
        #expect(try DataDocument(text: server.fileText("an-son-2023.yaml"))?.text(["meeting", "place"]) == place)
        // Lưu again on C's page: what the page now holds.
        let version = try #require(ServerHarness.hidden("_version", in: c.text))
        let again = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version), ("unit.address", "Thôn Đông, xã An Sơn"), ("meeting.place", "Hội trường tầng 2"),
            ], session: session)
        #expect(again.status == 303)
        let saved = try #require(DataDocument(text: server.fileText("an-son-2023.yaml")))
        #expect(saved.text(["unit", "address"]) == "Thôn Đông, xã An Sơn")
        #expect(saved.text(["meeting", "place"]) == "Hội trường tầng 2")
    }

    @Test("Full points the member list contradicts: the page opens the score's kept_reason, and a reason typed there is saved")
    func keptReason() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let file = server.workspace.appendingPathComponent("an-son-2023.yaml")
        let text = try server.fileText("an-son-2023.yaml").replacingOccurrences(
            of: "- {name: Bùi Thị Thu, position: Văn thư, emulation_title: LĐTT}",
            with: "- {name: Bùi Thị Thu, position: Văn thư, emulation_title: LĐTT, self_study_plan: false}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let session = try await server.session()
        var page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(
            page.text.contains(
                "<details class=\"group\" open><summary>2a: giữ đủ điểm dù danh sách thành viên chưa đạt ngưỡng</summary>\n"
                    + "<div class=\"field\" data-path=\"scores.2a.kept_reason\"><label for=\"f-scores-2a-kept_reason\">2a: lý do vẫn giữ đủ điểm</label>"
            ))
        #expect(page.text.contains("<details class=\"group\"><summary>2b: giữ đủ điểm dù danh sách thành viên chưa đạt ngưỡng</summary>"))
        #expect(page.text.contains("Dữ liệu chưa hợp lệ: 1 lỗi"))
        // Why "Lập hồ sơ" does not respond is said beside it, not only in a tooltip.
        #expect(page.text.contains("<p class=\"notice error\" id=\"render-blocked\">\(HTML.escape(ServerMessages.renderBlocked(1)))</p>"))
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let saved = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version), ("scores.2a.kept_reason", "Viên chức mới nhận công tác tháng 12, kế hoạch đang chờ phê duyệt"),
            ], session: session)
        #expect(saved.status == 303)
        #expect(
            try DataDocument(text: server.fileText("an-son-2023.yaml"))?.text(["scores", "2a", "kept_reason"])
                == "Viên chức mới nhận công tác tháng 12, kế hoạch đang chờ phê duyệt")
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("Dữ liệu hợp lệ, 1 cảnh báo."))
        #expect(page.text.contains("value=\"Viên chức mới nhận công tác tháng 12, kế hoạch đang chờ phê duyệt\""))
    }

    @Test(
        "Members kept in a sheet (members_file): shown read-only with its name and count, never written beside it, and brought into the page on request"
    )
    func membersFile() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let original = try server.fileText("an-son-2023.yaml")
        let start = try #require(original.range(of: "\nmembers:\n")), end = try #require(original.range(of: "\nscores:"))
        let text = original.replacingCharacters(
            in: start.lowerBound..<end.lowerBound, with: "\nmembers_file: danh-sach.csv   # danh sách ở tệp riêng\n")
        try text.write(to: server.workspace.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let csv = "Họ và tên,Chức vụ,Danh hiệu thi đua\nNguyễn Văn An,Hiệu trưởng,CSTĐCS\nTrần Thị Bình,Giáo viên,LĐTT\n"
        try csv.write(to: server.workspace.appendingPathComponent("danh-sach.csv"), atomically: true, encoding: .utf8)
        let session = try await server.session()
        var page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains(HTML.escape(ServerMessages.membersFromFile("danh-sach.csv", count: 2))))
        #expect(page.text.contains("<tr><td class=\"stt\">2</td><td>Trần Thị Bình</td><td>Giáo viên</td>"))
        #expect(!page.text.contains("data-grid=\"members\""))
        #expect(!page.text.contains("name=\"members.rows\""))
        // A members grid sent anyway (an old page, a script) is not written beside members_file.
        var version = try #require(ServerHarness.hidden("_version", in: page.text))
        let saved = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version), ("members.rows", "1"), ("members[1].name", "Người gõ thêm"), ("unit.symbol", "THAS"),
            ], session: session)
        #expect(saved.status == 303)
        var document = try #require(DataDocument(text: server.fileText("an-son-2023.yaml")))
        #expect(document.rows(["members"]).isEmpty)
        #expect(document.text(["members_file"]) == "danh-sach.csv")
        #expect(document.text(["unit", "symbol"]) == "THAS")
        // "Đưa danh sách vào trang": the rows become `members`, `members_file` goes.
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        version = try #require(ServerHarness.hidden("_version", in: page.text))
        let brought = try await server.post("/don-vi/an-son-2023/dua-thanh-vien-vao-trang", [("_version", version)], session: session)
        #expect(brought.status == 303)
        document = try #require(DataDocument(text: server.fileText("an-son-2023.yaml")))
        #expect(document.text(["members_file"]) == nil)
        #expect(document.rows(["members"]).map { $0["name"] ?? "" } == ["Nguyễn Văn An", "Trần Thị Bình"])
        #expect(document.rows(["members"]).last?["emulation_title"] == "LĐTT")
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("data-grid=\"members\""))
        #expect(!page.text.contains("members_file"))
    }

    @Test("A members_file outside the workspace is named, not read")
    func membersFileOutside() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let original = try server.fileText("an-son-2023.yaml")
        let start = try #require(original.range(of: "\nmembers:\n")), end = try #require(original.range(of: "\nscores:"))
        let text = original.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "\nmembers_file: ../danh-sach.csv\n")
        try text.write(to: server.workspace.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let page = try await server.send("GET", "/don-vi/an-son-2023")
        #expect(
            page.text.contains(
                HTML.escape(ServerMessages.membersFileUnreadable("../danh-sach.csv", ServerMessages.membersFileOutside("../danh-sach.csv")))))
    }

    @Test("HEAD / answers like GET without a body; the favicon is answered; the script tells an upload over 4 MB before sending it")
    func smallAnswers() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let head = try await server.send("HEAD", "/")
        #expect(head.status == 200)
        #expect(head.header("Content-Type") == "text/html; charset=utf-8")
        #expect(head.body.isEmpty)
        #expect(try await server.send("GET", "/favicon.ico").status == 204)
        let script = try await server.send("GET", "/tai-nguyen/hoso.js").text
        #expect(script.contains("var uploadLimit = 4194304;"))
        #expect(script.contains("var uploadTooLarge = \"Tệp tải lên quá lớn (tối đa 4 MB). Hãy chia nhỏ hoặc kiểm tra lại tệp.\";"))
    }

    @Test("The rubric choice offers the forms folder's rubrics by their names, a rubric file added there too")
    func rubricChoicesFromFormsFolder() async throws {
        // A forms folder like the package's, whose `rubrics/` holds one more rubric: a district's own.
        let fm = FileManager.default
        let forms = fm.temporaryDirectory.appendingPathComponent("hoso-forms-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: forms) }
        let shipped = packageRoot.appendingPathComponent("Forms")
        try fm.createDirectory(at: forms.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: shipped.path) where name != "rubrics" {
            try fm.createSymbolicLink(at: forms.appendingPathComponent(name), withDestinationURL: shipped.appendingPathComponent(name))
        }
        for name in try fm.contentsOfDirectory(atPath: shipped.appendingPathComponent("rubrics").path) {
            try fm.copyItem(at: shipped.appendingPathComponent("rubrics/\(name)"), to: forms.appendingPathComponent("rubrics/\(name)"))
        }
        let hanoi = try String(contentsOf: shipped.appendingPathComponent("rubrics/tt22-hanoi.yaml"), encoding: .utf8)
        try hanoi.replacingOccurrences(of: "id: tt22-hanoi", with: "id: tt22-haiphong")
            .replacingOccurrences(
                of: "name: Thông tư 22/2020/TT-BGDĐT (áp dụng tại Hà Nội)", with: "name: Thông tư 22/2020/TT-BGDĐT (áp dụng tại Hải Phòng)"
            )
            .write(to: forms.appendingPathComponent("rubrics/tt22-haiphong.yaml"), atomically: true, encoding: .utf8)

        let server = try await ServerHarness(fixtures: ["an-son-2023"], formsRoot: forms)
        let page = try await server.send("GET", "/don-vi/an-son-2023")
        #expect(page.status == 200)
        let options = [
            "<option value=\"tt22\" selected>Thông tư 22/2020/TT-BGDĐT</option>",
            "<option value=\"tt22-haiphong\">Thông tư 22/2020/TT-BGDĐT (áp dụng tại Hải Phòng)</option>",
            "<option value=\"tt22-hanoi\">Thông tư 22/2020/TT-BGDĐT (áp dụng tại Hà Nội)</option>",
            "<option value=\"tt24-muc1\">Thông tư 24/2023/TT-BGDĐT, Mức độ 1</option>",
            "<option value=\"tt24-muc2\">Thông tư 24/2023/TT-BGDĐT, Mức độ 2</option>",
        ]
        #expect(page.text.contains(options.joined()))
        // The package's own forms folder offers its four, without the added one.
        let shippedServer = try await ServerHarness(fixtures: ["an-son-2023"])
        let shippedPage = try await shippedServer.send("GET", "/don-vi/an-son-2023").text
        #expect(shippedPage.contains(options.prefix(1).joined() + options.suffix(3).joined()))
        #expect(!shippedPage.contains("tt22-haiphong"))
    }

    @Test("A save from a version the server no longer knows counts every field sent as changed")
    func rebaseWithoutBase() {
        let sections = UnitForm.sections(criteria: [], rubrics: [])
        let disk = DataDocument(text: "unit:\n  address: Thôn Đông\nmeeting:\n  place: Hội trường\n")!
        let base = DataDocument(text: "meeting:\n  place: Hội trường\n")!
        let form = FormBody(values: ["unit.address": "", "meeting.place": "Phòng họp"])
        let known = UnitForm.rebase(form, base: base, onto: disk, sections: sections)
        #expect(known.text(["unit", "address"]) == "Thôn Đông")
        #expect(known.text(["meeting", "place"]) == "Phòng họp")
        let unknown = UnitForm.rebase(form, base: nil, onto: disk, sections: sections)
        #expect(unknown.text(["unit", "address"]) == nil)
        #expect(unknown.text(["meeting", "place"]) == "Phòng họp")
    }

    @Test("Render, download the zip: an archive `hoso verify` accepts, refused when the rendered folder was altered")
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
        // The same kind of archive as `hoso archive` makes: `hoso verify ho-so.zip` accepts it.
        let names = try ZipReader(bytes: first.body).entries.map(\.name)
        #expect(names.prefix(3) == ["archive.json", "data/du-lieu.yaml", "data/rubric.yaml"])
        #expect(names.contains("ho-so/Ho-so.docx") && names.contains("ho-so/manifest.json"))
        #expect(!names.contains("signed/ban-ky.pdf"))
        let verifier = try DossierVerifier(formsRoot: packageRoot.appendingPathComponent("Forms"))
        let verdicts = verifier.verify(archive: first.body, name: "an-son-2023-ho-so.zip")
        #expect(verdicts.count == names.count - 1)
        #expect(verdicts.filter { !$0.passed }.map(\.file) == [])
        // A rendered file altered on disk: the download is refused with the reason, not packed.
        let docx = server.workspace.appendingPathComponent(".hoso/ho-so/an-son-2023/Ho-so.docx")
        try Data([0x50, 0x4B]).write(to: docx)
        let refused = try await server.send("GET", "/don-vi/an-son-2023/ho-so.zip")
        #expect(refused.status == 409)
        #expect(refused.text.contains("Không đóng gói được hồ sơ để tải về:"))
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
        let answer = try await server.send(
            "POST", "/don-vi/an-son-2023/nhap-thanh-vien",
            headers: [
                ("Cookie", session.cookie), ("Origin", server.origin), ("X-Hoso-Token", session.token),
                ("X-File-Name", "danh-sach.csv"), ("Content-Type", "application/octet-stream"),
            ], body: Array(csv.utf8))
        #expect(answer.status == 200)
        #expect(answer.text.contains("\"name\":\"Nguyễn Văn An\""))
        #expect(answer.text.contains("\"position\":\"Giáo viên\""))
        let wrong = try await server.send(
            "POST", "/don-vi/an-son-2023/nhap-thanh-vien",
            headers: [
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
