import AssessmentInput
import Diagnostics
import Foundation
import Testing

@testable import HosoServer

/// Saving from the browser keeps the comments `hoso init` wrote, wherever their section is still
/// in the file.
@Suite("Server keeps the data file's comments")
struct CommentTests {
    /// Every comment of `text`, in order, as written (from the "#" to the end of its line).
    static func comments(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return line.trimmingCharacters(in: .whitespaces) }
            guard let range = line.range(of: " #") else { return nil }
            return String(line[line.index(after: range.lowerBound)...])
        }
    }

    @Test("Lines: key paths, items, comments outside quotes")
    func scanner() {
        let lines = YAMLComments.Scanner.lines(
            of: """
                # top
                unit:   # Đơn vị
                  name: "A # not a comment"
                legal_bases:
                - "Thông tư 22"
                  # about the second
                - 'B'   # tail
                members:
                  - name: An   # name
                    position: GV
                  - name: Bình
                text: |
                  a: b
                  # inside a block scalar
                end: 1

                """)
        #expect(
            lines.map(\.anchor) == [
                nil, "unit", "unit.name", "legal_bases", "legal_bases[1]", nil, "legal_bases[2]",
                "members", "members[1]", "members[1].position", "members[2]", "text", nil, nil, "end",
            ])
        #expect(lines[8].tail == "members[1].name" && lines[10].tail == "members[2].name" && lines[6].tail == "legal_bases[2]")
        #expect(lines[2].comment == nil)
        #expect(lines[1].content == "unit:" && lines[1].gap == "   " && lines[1].comment == "# Đơn vị")
        #expect(lines[6].comment == "# tail")
    }

    @Test("A comment follows its key into the rewritten text; a changed value keeps its line's comment")
    func carry() {
        let original = """
            # Tệp dữ liệu
            unit:                 # Đơn vị
              name: "<Tên đơn vị>"
              symbol: "<Chữ viết tắt>"   # 12/BC-THHB

            # Danh sách
            members:
              - name: "<Họ tên>"
                position: Giáo viên
            achievements:   # số liệu
              cstdcs: 1
            # cuối tệp

            """
        let written = """
            unit:
              name: Trường Tiểu học Hòa Bình
              symbol: "<Chữ viết tắt>"
            members:
            - name: An
              position: Giáo viên
            - name: Bình
              position: Giáo viên

            """
        #expect(
            YAMLComments.carry(from: original, into: written) == """
                # Tệp dữ liệu
                unit:                 # Đơn vị
                  name: Trường Tiểu học Hòa Bình
                  symbol: "<Chữ viết tắt>"   # 12/BC-THHB

                # Danh sách
                members:
                - name: An
                  position: Giáo viên
                - name: Bình
                  position: Giáo viên
                # cuối tệp

                """)
    }

    @Test("Saving init's own starter (both regimes) keeps every comment, byte for byte", arguments: ["TT22", "TT24"])
    func starterComments(regime: String) async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        _ = try await server.post("/tao-moi", [("name", "moi"), ("regime", regime)], session: session)
        let before = try server.fileText("moi.yaml")
        let page = try await server.send("GET", "/don-vi/moi", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let saved = try await server.post(
            "/don-vi/moi/luu",
            [
                ("_version", version), ("unit.name", "Trường Tiểu học Hòa Bình"), ("unit.symbol", "THHB"), ("year", "2024"),
                ("documents.plan.date", "20/01/2024"), ("meeting.start", "14:00"),
                ("members.rows", "2"), ("members[1].name", "Nguyễn Văn An"), ("members[1].position", "Hiệu trưởng"),
                ("members[1].emulation_title", "LĐTT"), ("members[2].name", "Trần Thị Bình"), ("members[2].position", "Giáo viên"),
                ("members[2].emulation_title", "LĐTT"),
            ], session: session)
        #expect(saved.status == 303)
        let after = try server.fileText("moi.yaml")
        #expect(Self.comments(after) == Self.comments(before))
        #expect(Self.comments(before).count > 40)
        #expect(after.hasPrefix("# Tệp dữ liệu hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập (hoso).\n"))
        #expect(after.contains("\nunit:                       # Đơn vị\n  name: Trường Tiểu học Hòa Bình\n"))
        #expect(after.contains("  symbol: THHB   # 12/BC-THHB: phần sau dấu gạch ngang\n"))
        #expect(after.contains("  start: '14:00'\n"))
        // Untouched lines come back as they were; the file is still one `check` reads the same way.
        #expect(after.contains("  head_title: \"Hiệu trưởng\"   # chức danh người đứng đầu\n"))
        let result = AssessmentLoader().parse(text: after, file: "moi.yaml")
        #expect(result.diagnostics.allSatisfy { $0.path?.vi != "unit.name" && $0.path?.vi != "members[2].name" })
    }

    @Test("A file saved with Windows line ends keeps its comments, written with plain line ends")
    func windowsLineEnds() {
        let original = "# Tệp dữ liệu\r\nunit:   # Đơn vị\r\n  name: A\r\n"
        #expect(YAMLComments.carry(from: original, into: "unit:\n  name: B\n") == "# Tệp dữ liệu\nunit:   # Đơn vị\n  name: B\n")
    }

    @Test("A section removed by the form takes its comments with it")
    func removedSection() throws {
        let original = "year: 2024\nachievements:   # số liệu\n  # Chiến sĩ thi đua\n  cstdcs: 1\nnarrative:   # báo cáo\n  direction:\n    - A\n"
        var document = try #require(DataDocument(text: original))
        document.set(["achievements", "cstdcs"], text: nil)
        let written = YAMLComments.carry(from: original, into: document.yaml())
        #expect(written == "year: 2024\nnarrative:   # báo cáo\n  direction:\n  - A\n")
    }
}
