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

    /// Each fault in `text` as "line: the fault".
    static func problems(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            for (regex, what) in [(doubledPhrase, "doubled phrase"), (levelTwice, "level twice"), (strayPunctuation, "stray punctuation")] {
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
            WordingCheck.problems(in: "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/36 thành viên (75%), chưa đạt yêu cầu từ 80% trở lên)./.")
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
}
