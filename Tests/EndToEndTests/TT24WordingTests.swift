import Foundation
import OOXML
import Testing

/// Wording faults a reader sees at once, looked for in the text of every TT24 form of every TT24
/// fixture: a phrase written twice in a row ("năm 2024 năm 2024", the school's name twice), the same
/// level named twice in one clause ("Mức độ 1 quy định tại Thông tư …, Mức độ 1"), and punctuation
/// stranded before a bracket or doubled ("trở lên. (lý do: …)").
enum WordingCheck {
    private static let doubledPhrase = try! NSRegularExpression(
        pattern: #"(?<![\p{L}\d])(\p{L}[\p{L}\d/-]*(?:\s+[\p{L}\d/-]+){0,6})[\s,]+\1(?![\p{L}\d])"#)
    private static let levelTwice = try! NSRegularExpression(pattern: #"(Mức độ \d)[^.;:()|\n]*\1"#)
    private static let strayPunctuation = try! NSRegularExpression(pattern: #"[.;,:]\s*\(|\(\s*[.;,:]|[.;,]\s*[.;,]"#)
    private static let nestedBrackets = try! NSRegularExpression(pattern: #"\([^()]*\("#)

    /// Each fault in `text` as "line: the fault".
    static func problems(in text: String) -> [String] {
        var found: [String] = []
        // Level names and years are bound with no-break spaces: read them as spaces.
        for line in text.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            for (regex, what) in [
                (doubledPhrase, "doubled phrase"), (levelTwice, "level twice"), (strayPunctuation, "stray punctuation"),
                (nestedBrackets, "nested brackets"),
            ] {
                for match in regex.matches(in: line, range: range) {
                    found.append("\(what): “\((line as NSString).substring(with: match.range))” in “\(line)”")
                }
            }
        }
        return found
    }
}

@Suite(.serialized)
struct TT24WordingTests {
    @Test func theCheckFindsTheFaultsItLooksFor() {
        #expect(WordingCheck.problems(in: "Thành lập Tổ đánh giá Đơn vị học tập năm 2024 năm 2024").count == 1)
        #expect(
            WordingCheck.problems(in: "quy định tại Thông tư 24/2023/TT-BGDĐT, Mức độ 1 quy định tại Thông tư 24/2023/TT-BGDĐT, Mức độ 1.").count >= 1
        )
        #expect(
            WordingCheck.problems(in: "- Chỉ tiêu 2.3: Từ 80% thành viên trở lên đạt danh hiệu “Lao động tiên tiến” trở lên. (lý do: 27/36).").count
                == 1)
        #expect(WordingCheck.problems(in: "kế hoạch của Trường Tiểu học Vĩnh Lập, Trường Tiểu học Vĩnh Lập đã thành lập").count == 1)
        #expect(
            WordingCheck.problems(in: "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/36 thành viên, tỉ lệ 75%, chưa đạt mức 80% theo yêu cầu)./.")
                .isEmpty)
    }

    @Test(arguments: ["vinh-lap-2024", "hoa-sen-2024"])
    func everyTT24FormReadsCleanly(_ fixture: String) throws {
        let out = try temporaryFolder("wording-\(fixture)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(hosoExecutable, ["render", "Fixtures/\(fixture).yaml", "-o", out.path])
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".docx") && $0 != "Ho-so.docx" }.sorted()
        #expect(files == tt24Files.map { "\($0).docx" })
        for file in files {
            let text = try TextDump.dump(try OOXMLPackage.open(at: out.appendingPathComponent(file)))
            #expect(WordingCheck.problems(in: text).isEmpty, "\(file): \(WordingCheck.problems(in: text))")
        }
    }

    /// Hoa Sen holds Mức độ 1 (15/03/2024, 3 years) and reaches Mức độ 1 again: the cover, the letter
    /// and the report report the result and ask for nothing; the report states the recognition once;
    /// the member on maternity leave is not assessed; the member summary is dated with the meeting.
    @Test func aLevelStillHeldIsReportedNotRequested() throws {
        let out = try temporaryFolder("kept-level")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(hosoExecutable, ["render", "Fixtures/hoa-sen-2024.yaml", "-o", out.path])
        #expect(result.status == 0, "\(result.errors)")
        func text(_ file: String) throws -> String {
            try TextDump.dump(try OOXMLPackage.open(at: out.appendingPathComponent("\(file).docx")))
                .replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let cover = try text("1-Bia24-Bia")
        #expect(cover.contains("TỰ ĐÁNH GIÁ") && !cover.contains("ĐỀ NGHỊ CÔNG NHẬN"))
        #expect(cover.contains("Tờ trình về việc báo cáo kết quả tự đánh giá Đơn vị học tập năm 2024"))
        let letter = try text("2-TTr24-To-trinh")
        // It asks for what is real — that the level still held be noted — never for a recognition.
        #expect(!letter.contains("đề nghị công nhận") && !letter.contains("xem xét, công nhận"))
        #expect(letter.contains("Kết quả tự đánh giá: nhà trường đạt Mức độ 1 (9/9 chỉ tiêu); đạt 9/10 chỉ tiêu của Mức độ 2."))
        #expect(
            letter.contains(
                "Trường Mầm non Hoa Sen kính báo cáo Phòng Giáo dục và Đào tạo huyện Gia Lâm kết quả tự đánh giá nêu trên và kính đề nghị "
                    + "ghi nhận nhà trường tiếp tục giữ Mức độ 1 (công nhận còn giá trị đến ngày 15/03/2027)./."))
        let report = try text("3-BC24-Bao-cao")
        #expect(report.components(separatedBy: "công nhận đạt Mức độ").count == 2, "the recognition stated once")
        #expect(!report.contains("kể từ khi được công nhận"))
        #expect(
            report.contains(
                "Năm 2024, nhà trường đã được công nhận đạt Mức độ 1 theo Quyết định số 215/QĐ-UBND ngày 15/03/2024 của UBND huyện Gia Lâm, "
                    + "có giá trị đến ngày 15/03/2027; nhà trường tiếp tục giữ Mức độ 1, không đề nghị công nhận lại. Mức độ 2 được xét từ ngày 15/03/2025."
            ))
        #expect(!report.contains("kính đề nghị") && !report.contains("đề nghị công nhận Đơn vị"))
        let members = try text("7-M5-Tong-hop")
        #expect(members.contains("ngày 03 tháng 01 năm 2025"))
        let leave = try #require(members.split(separator: "\n").first { $0.contains("Trần Thị Diệu Linh") })
        #expect(leave.contains("Không xét") && leave.contains("Nghỉ thai sản từ tháng 3/2024") && !leave.contains("Chưa"))
    }

    /// Vĩnh Lập asks for Mức độ 1 for the first time: the request stays, the level said once.
    @Test func aFirstRecognitionIsRequested() throws {
        let out = try temporaryFolder("first-level")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(hosoExecutable, ["render", "Fixtures/vinh-lap-2024.yaml", "-o", out.path, "--only", "TTr24,Bia24"])
        #expect(result.status == 0, "\(result.errors)")
        let letter = try TextDump.dump(try OOXMLPackage.open(at: out.appendingPathComponent("2-TTr24-To-trinh.docx")))
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(letter.contains("Kết quả tự đánh giá: nhà trường đạt Mức độ 1 (9/9 chỉ tiêu)."))
        #expect(letter.contains("công nhận nhà trường đạt Đơn vị học tập Mức độ 1 năm 2024./."))
    }
}
