import Assessment
import AssessmentInput
import Diagnostics
import Foundation
import Testing

@testable import HosoServer

/// The page shows words where the data file keeps codes, takes the words (and the codes) back,
/// and the file keeps the codes `hoso check` documents.
@Suite("Server shows words for codes")
struct ChoiceWordsTests {
    @Test(
        "Words, codes and abbreviations typed or pasted are read as the code",
        arguments: [
            ("training", "Hoàn thành tốt", "hoan_thanh_tot"), ("training", "hoàn thành tốt nhiệm vụ", "hoan_thanh_tot"),
            ("training", "HTT", "hoan_thanh_tot"), ("training", "hoan_thanh", "hoan_thanh"), ("training", " Chưa hoàn thành ", "chua_hoan_thanh"),
            ("yes", "Có", "true"), ("yes", "KHÔNG", "false"), ("yes", "x", "true"), ("yes", "true", "true"), ("yes", "Chưa đạt", "false"),
            ("title", "Lao động tiên tiến", "LĐTT"), ("title", "ldtt", "LĐTT"), ("title", "Chiến sĩ thi đua cơ sở", "CSTĐCS"),
            ("title", "Chiến sỹ thi đua cấp cơ sở", "CSTĐCS"), ("title", "không", "Không"),
            ("role22", "Chủ tịch", "chu_tich"), ("role22", "Chủ tịch Hội đồng", "chu_tich"), ("role22", "Uỷ viên", "uy_vien"),
            ("role22", "thu_ky", "thu_ky"), ("role24", "Tổ trưởng", "to_truong"), ("role24", "Thành viên", "thanh_vien"),
        ])
    func reads(vocabulary: String, typed: String, code: String) {
        #expect(Self.words(vocabulary).stored(typed, previous: nil) == code)
    }

    @Test("A code is shown as its word; a value that is none of them is shown as it is")
    func shows() {
        #expect(ChoiceWords.training.word(for: "hoan_thanh_tot") == "Hoàn thành tốt")
        #expect(ChoiceWords.yesNo.word(for: "false") == "Không")
        #expect(ChoiceWords.yesNo.word(for: "yes") == "Có")
        #expect(ChoiceWords.roles(for: .tt22).word(for: "chu_tich") == "Chủ tịch")
        #expect(ChoiceWords.roles(for: .tt24).word(for: "to_pho") == "Tổ phó")
        #expect(ChoiceWords.emulationTitle.word(for: "ldtt") == "LĐTT")
        #expect(ChoiceWords.training.word(for: "Giỏi") == "Giỏi")
    }

    @Test("Unknown text is kept as typed (for check to name); a value that means the same keeps the file's spelling")
    func stores() {
        #expect(ChoiceWords.training.stored("Giỏi", previous: "hoan_thanh") == "Giỏi")
        #expect(ChoiceWords.yesNo.stored("Có", previous: "yes") == "yes")
        #expect(ChoiceWords.yesNo.stored("Không", previous: "yes") == "false")
        #expect(ChoiceWords.training.stored("", previous: "hoan_thanh") == "")
    }

    @Test("A select shows the option the file's value means, in words, whatever the spelling")
    func selects() {
        #expect(UnitPage.chooses("true", label: "Đạt", value: "Đạt"))
        #expect(UnitPage.chooses("false", label: "Chưa đạt", value: "không"))
        #expect(UnitPage.chooses("KT.", label: "KT. (ký thay)", value: "kt"))
        #expect(UnitPage.chooses("1", label: "Mức độ 1", value: "Mức độ 1"))
        #expect(!UnitPage.chooses("true", label: "Đạt", value: "Chưa đạt"))
        #expect(!UnitPage.chooses("", label: "Tính theo danh sách thành viên", value: "true"))
    }

    @Test("The members and council grids show words, with the words as suggestions; no code is shown")
    func pageShowsWords() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let page = try await server.send("GET", "/don-vi/an-son-2023").text
        #expect(
            page.contains(
                "name=\"members[1].training\" data-column=\"training\" aria-label=\"Bồi dưỡng 1\" list=\"chon-boi-duong\" autocomplete=\"off\" value=\"Hoàn thành tốt\""
            ))
        #expect(
            page.contains(
                "name=\"council.members[1].role\" data-column=\"role\" aria-label=\"Vai trò 1\" list=\"chon-vai-tro\" autocomplete=\"off\" value=\"Chủ tịch\""
            ))
        #expect(page.contains("<datalist id=\"chon-co-khong\"><option value=\"Có\"></option><option value=\"Không\"></option></datalist>"))
        #expect(page.contains("<option value=\"LĐTT\" label=\"Lao động tiên tiến\"></option>"))
        #expect(page.contains("<th data-column=\"self_study_plan\" title=\"Có, Không (để trống: Có)\">Có KH tự học</th>"))
        for code in ["hoan_thanh_tot", "chu_tich", "pho_chu_tich", "uy_vien", "thu_ky", "\"true\"", "\"false\"", "true/false"] {
            #expect(!page.contains("value=\(code.hasPrefix("\"") ? code : "\"\(code)\"")"), "code \(code) shown in a cell")
            #expect(!page.contains("title=\"\(code)"))
        }
    }

    @Test("Words typed or pasted into the grids are saved as the codes check uses, and check accepts the file")
    func savesCodes() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        // As a paste from Excel without its heading row lands in the cells: words, as typed.
        let saved = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version), ("members.rows", "2"),
                ("members[1].name", "Nguyễn Thị Thanh Hương"), ("members[1].position", "Hiệu trưởng"),
                ("members[1].training", "Hoàn thành tốt"), ("members[1].emulation_title", "Chiến sĩ thi đua cơ sở"),
                ("members[1].discipline", "Có"), ("members[1].self_study_plan", "Không"),
                ("members[2].name", "Trần Văn Khải"), ("members[2].position", "Phó Hiệu trưởng"),
                ("members[2].training", "hoan_thanh"), ("members[2].emulation_title", "Lao động tiên tiến"), ("members[2].learning_citizen", "x"),
                ("council.members.rows", "3"),
                ("council.members[1].name", "Nguyễn Thị Thanh Hương"), ("council.members[1].position", "Hiệu trưởng"),
                ("council.members[1].role", "Chủ tịch"),
                ("council.members[2].name", "Trần Văn Khải"), ("council.members[2].position", "Phó Hiệu trưởng"),
                ("council.members[2].role", "Phó Chủ tịch Hội đồng"),
                ("council.members[3].name", "Phạm Thị Mai"), ("council.members[3].position", "Chủ tịch Công đoàn"),
                ("council.members[3].role", "Thư ký"),
            ], session: session)
        #expect(saved.status == 303)
        let written = try server.fileText("an-son-2023.yaml")
        #expect(
            written.contains(
                """
                members:
                - name: Nguyễn Thị Thanh Hương
                  position: Hiệu trưởng
                  training: hoan_thanh_tot
                  emulation_title: CSTĐCS
                  self_study_plan: false
                  discipline: true
                - name: Trần Văn Khải
                  position: Phó Hiệu trưởng
                  training: hoan_thanh
                  emulation_title: LĐTT
                  learning_citizen: true

                """))
        #expect(written.contains("role: chu_tich\n"))
        #expect(written.contains("role: pho_chu_tich\n"))
        #expect(written.contains("role: thu_ky\n"))
        let result = AssessmentLoader().parse(text: written, file: "an-son-2023.yaml")
        let choiceKeys = ["training", "emulation_title", "self_study_plan", "discipline", "learning_citizen", "role"]
        let choiceErrors = result.diagnostics.filter { diagnostic in
            diagnostic.severity == .error && choiceKeys.contains { diagnostic.path?.vi.hasSuffix("." + $0) == true }
        }
        #expect(choiceErrors.isEmpty)
        // Shown again in words.
        let after = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)]).text
        #expect(after.contains("aria-label=\"Có KH tự học 1\" list=\"chon-co-khong\" autocomplete=\"off\" value=\"Không\""))
        #expect(after.contains("aria-label=\"Vai trò 2\" list=\"chon-vai-tro\" autocomplete=\"off\" value=\"Phó Chủ tịch\""))
    }

    @Test("A word that is none of the choices is kept as typed, and check's error is beside its cell")
    func unknownWord() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        _ = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version), ("members.rows", "1"), ("members[1].name", "Nguyễn Thị Thanh Hương"),
                ("members[1].position", "Hiệu trưởng"), ("members[1].training", "Giỏi"), ("members[1].emulation_title", "LĐTT"),
            ], session: session)
        #expect(try server.fileText("an-son-2023.yaml").contains("  training: Giỏi\n"))
        let after = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)]).text
        #expect(after.contains("aria-label=\"Bồi dưỡng 1\" list=\"chon-boi-duong\" autocomplete=\"off\" class=\"cell-error\" value=\"Giỏi\""))
        #expect(after.contains("members[1].training: "))
        #expect(after.contains("Chọn một trong: Hoàn thành tốt, Hoàn thành, Chưa hoàn thành</li>"))
    }

    @Test("A staff list imported from a sheet (or pasted with its heading row) comes back in words")
    func importInWords() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        let csv =
            "Họ và tên,Chức vụ,Bồi dưỡng bắt buộc,Danh hiệu thi đua\nNguyễn Văn An,Hiệu trưởng,Hoàn thành tốt,CSTĐCS\nTrần Thị Bình,Giáo viên,chua_hoan_thanh,Lao động tiên tiến\n"
        let answer = try await server.send(
            "POST", "/don-vi/an-son-2023/nhap-thanh-vien",
            headers: [
                ("Cookie", session.cookie), ("Origin", server.origin), ("X-Hoso-Token", session.token),
                ("X-File-Name", "dan-tu-excel.csv"), ("Content-Type", "application/octet-stream"),
            ], body: Array(csv.utf8))
        #expect(answer.status == 200)
        #expect(answer.text.contains("\"training\":\"Hoàn thành tốt\""))
        #expect(answer.text.contains("\"training\":\"Chưa hoàn thành\""))
        #expect(answer.text.contains("\"emulation_title\":\"LĐTT\""))
        #expect(!answer.text.contains("hoan_thanh"))
    }

    private static func words(_ name: String) -> ChoiceWords {
        switch name {
        case "training": .training
        case "yes": .yesNo
        case "title": .emulationTitle
        case "role24": .roles(for: .tt24)
        default: .roles(for: .tt22)
        }
    }
}
