import Foundation
import OOXML
import Testing

/// A target the council marks met although the member list falls short, kept with `kept_reason`: the
/// level still comes from the member list, and every TT24 form says so while printing the claim and
/// its reason as the council's statement.
@Suite(.serialized)
struct TT24KeptClaimTests {
    @Test func aKeptClaimIsPrintedButTheLevelComesFromTheMemberList() throws {
        let folder = try temporaryFolder("kept-claim")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try String(contentsOfFile: "Fixtures/hoa-sen-2024.yaml", encoding: .utf8)
        let original = "  \"2.3\":\n    evidence:"
        #expect(fixture.contains(original))
        let data = folder.appendingPathComponent("kept.yaml")
        try fixture.replacingOccurrences(
            of: original,
            with: "  \"2.3\":\n    met: true\n    kept_reason: Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu.\n    evidence:"
        )
        .write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("ho-so")
        let result = try run(hosoExecutable, ["render", data.path, "-o", out.path])
        #expect(result.status == 0, "\(result.errors)")

        func text(_ file: String) throws -> String {
            try TextDump.dump(try OOXMLPackage.open(at: out.appendingPathComponent("\(file).docx"))).replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let level =
            "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)"
        // The report states the earlier recognition on its own: its summary leaves the wait out.
        let reportLevel = "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu)"
        let claim =
            "Tổ đánh giá ghi “Đạt” đối với các chỉ tiêu sau, nhưng danh sách thành viên chưa đủ tỉ lệ, nên mức độ được tính là chưa đạt các chỉ tiêu này:"
        let reason =
            "27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; lý do Tổ đánh giá nêu: Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu."
        let report = try text("3-BC24-Bao-cao")
        #expect(report.contains(reportLevel))
        #expect(report.contains(claim))
        #expect(report.contains(reason))
        let minutes = try text("6-BB24-Bien-ban")
        #expect(minutes.contains("Đạt 9/10 chỉ tiêu Mức độ 2; đạt Mức độ 1"))
        #expect(minutes.contains(claim))
        #expect(minutes.contains(reason))
        let table = try text("4-TH24-Tong-hop-tieu-chi")
        #expect(table.contains("Đạt 9/10 chỉ tiêu Mức độ 2. Kết luận: \(level)."))
        #expect(table.contains("Tổ đánh giá ghi đạt: Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu"))
        #expect(try text("2-TTr24-To-trinh").contains("Mức độ 1"))
        #expect(!(try text("2-TTr24-To-trinh").contains("công nhận Đơn vị học tập Mức độ 2")))
        // Level 1 is already held (15/03/2024, 3 years): the cover reports, it does not request.
        #expect(try text("1-Bia24-Bia").contains("TỰ ĐÁNH GIÁ"))
    }
}
