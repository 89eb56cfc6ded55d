import Assessment
import Diagnostics
import Foundation
import Testing
import VietnameseText

@testable import AssessmentInput

/// TT24 levels from the data: the fallback rubric, the earlier recognition, claims checked against the
/// member list.
@Suite struct LevelTests {
    static let hoaSen = try! String(contentsOfFile: Paths.repository("Fixtures/hoa-sen-2024.yaml"), encoding: .utf8)

    /// The Hoa Sen data with `old` replaced by `new`, read as "x.yaml".
    static func load(replacing old: String, with new: String, directory: String = ".") -> LoadResult {
        #expect(hoaSen.contains(old), "the fixture no longer holds \(old)")
        return FixtureTests.loader.parse(text: hoaSen.replacingOccurrences(of: old, with: new), file: "x.yaml", directory: directory)
    }

    /// The fixture's own warnings: recognised at Mức độ 1 on 15/03/2024 (after TT24 took effect), so
    /// not yet 12 months on the submission's date, and that recognition still holds (3 years) and
    /// covers the level reached, so it is not requested again.
    static let heldTooShort =
        "x.yaml:30:9: cảnh báo: prior_recognition.date: được công nhận Mức độ 1 ngày 15/03/2024, đến ngày tờ trình 08/01/2025 chưa đủ 12 tháng "
        + "(đủ từ ngày 15/03/2025): chưa xét được Mức độ 2; hồ sơ được đánh giá theo Mức độ 1"
    static let stillHeld =
        "x.yaml:30:9: cảnh báo: prior_recognition.date: đơn vị được công nhận Mức độ 1 ngày 15/03/2024, công nhận có giá trị 3 năm (đến ngày 15/03/2027), "
        + "vẫn còn giá trị vào ngày tờ trình 08/01/2025: hồ sơ không đề nghị công nhận lại Mức độ 1, chỉ báo cáo kết quả tự đánh giá và ghi đơn vị tiếp tục "
        + "giữ Mức độ 1; Mức độ 2 được xét từ ngày 15/03/2025. Nếu quyết định đó đã hết hiệu lực hoặc ghi nhầm ngày, sửa 'prior_recognition'"

    /// The diagnostics as printed, without the fixture's own warnings.
    static func lines(_ result: LoadResult) -> [String] {
        result.diagnostics.map { $0.rendered(in: .vi) }.filter { $0 != heldTooShort && $0 != stillHeld }
    }

    @Test func hoaSenReachesLevelOneOnly() throws {
        let result = FixtureTests.load("hoa-sen-2024.yaml")
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                Self.heldTooShort.replacingOccurrences(of: "x.yaml", with: "Fixtures/hoa-sen-2024.yaml"),
                Self.stillHeld.replacingOccurrences(of: "x.yaml", with: "Fixtures/hoa-sen-2024.yaml"),
            ])
        let assessment = try #require(result.assessment)
        #expect(assessment.members.count == 36)
        #expect(assessment.members.filter { $0.exemption != nil }.map(\.name) == ["Trần Thị Diệu Linh"])
        #expect(assessment.rubric.fallback == "tt24-muc1")
        #expect(assessment.fallbackRubric?.id == "tt24-muc1")
        #expect(result.fallbackRubricSource?.reference == "tt24-muc1")
        #expect(result.fallbackRubricSource?.isBuiltIn == true)
        // 2.3 leaves `met` out: measured on the member list.
        #expect(assessment.score("2.3")?.met == false)
        let outcome = try #require(assessment.levelOutcome)
        #expect(outcome.applied.metCount == 9 && outcome.applied.targetCount == 10)
        #expect(outcome.fallback?.metCount == 9 && outcome.fallback?.targetCount == 9)
        #expect(
            outcome.summary
                == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)"
        )
    }

    @Test func vinhLapIsUnchanged() throws {
        let assessment = try #require(FixtureTests.load("vinh-lap-2024.yaml").assessment)
        #expect(assessment.fallbackRubric == nil)
        #expect(assessment.levelOutcome?.summary == "Đạt Mức độ 1")
    }

    @Test func aClaimTheMemberListContradictsIsAnError() {
        let result = Self.load(replacing: "  \"2.3\":\n    evidence:", with: "  \"2.3\":\n    met: true\n    evidence:")
        #expect(result.assessment == nil)
        #expect(
            Self.lines(result) == [
                "x.yaml:149:10: lỗi: scores.2.3: tiêu chí '2.3' được ghi là đạt nhưng chỉ 27/35 thành viên (77,14%) đạt Lao động tiên tiến trở lên, cần 80%; "
                    + "chưa đạt: Nguyễn Thị Hải Yến, Phạm Thị Ánh, Vũ Thị Thanh Tâm, Lê Thị Nga, Nguyễn Thị Lụa, Đào Thị Mận, Hoàng Thị Sen, Nguyễn Văn Toàn. "
                    + "Mức độ không được tính từ một kết luận trái với danh sách thành viên: sửa thành 'met: false', bỏ 'met' để tính theo danh sách, "
                    + "hoặc ghi 'kept_reason' nếu Tổ đánh giá vẫn giữ kết luận (lý do được in trong báo cáo)"
            ])
    }

    /// A kept claim is accepted with a warning, but the level still comes from the member list; check
    /// prints the claim and its reason as what the council asserted.
    @Test func aKeptClaimIsAcceptedButTheLevelComesFromTheMemberList() throws {
        let result = Self.load(
            replacing: "  \"2.3\":\n    evidence:",
            with: "  \"2.3\":\n    met: true\n    kept_reason: Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu.\n    evidence:")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:149:10: cảnh báo: scores.2.3: tiêu chí '2.3' được ghi là đạt nhưng chỉ 27/35 thành viên (77,14%) đạt Lao động tiên tiến trở lên, cần 80%; "
                    + "chưa đạt: Nguyễn Thị Hải Yến, Phạm Thị Ánh, Vũ Thị Thanh Tâm, Lê Thị Nga, Nguyễn Thị Lụa, Đào Thị Mận, Hoàng Thị Sen, Nguyễn Văn Toàn. "
                    + "Mức độ được tính theo danh sách thành viên (chỉ tiêu này tính là chưa đạt); kết luận “Đạt” và 'kept_reason' chỉ được in trong báo cáo "
                    + "và biên bản như ý kiến của Tổ đánh giá. Nếu danh sách thành viên sai, hãy sửa danh sách"
            ])
        let assessment = try #require(result.assessment)
        #expect(assessment.score("2.3")?.met == true)
        #expect(assessment.score("2.3")?.keptReason == "Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu.")
        #expect(assessment.evaluation.metCount == 9)
        #expect(
            assessment.levelOutcome?.summary
                == "Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)"
        )
        let report = CheckReport(result: result).rendered()
        #expect(
            report.contains(
                "\n  2.3*  Ít nhất 80% thành viên đạt danh hiệu “Lao đ…  Chưa đạt  27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu\n"))
        #expect(
            report.contains(
                "\nChỉ tiêu 2.3: Tổ đánh giá ghi “Đạt” (lý do: Ba giáo viên chuyển đến tháng 9 được trường cũ xét danh hiệu); "
                    + "mức độ tính theo danh sách thành viên (27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu): chưa đạt\n"
                    + "Mức độ đăng ký: 2 — Kết quả: Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)\n"
            ))
    }

    /// A summary written by the unit that names a level other than the one reached is warned.
    @Test func aSummaryNamingAnotherLevelIsWarned() {
        let result = Self.load(
            replacing: "    number: 03\n    date: 08/01/2025\n",
            with: "    number: 03\n    date: 08/01/2025\n    summary: Về việc đề nghị công nhận Đơn vị học tập Mức độ 2 năm 2024\n")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:56:14: cảnh báo: documents.submission.summary: trích yếu \"Về việc đề nghị công nhận Đơn vị học tập Mức độ 2 năm 2024\" ghi Mức độ 2 "
                    + "nhưng đơn vị đạt Mức độ 1 (Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)): sửa thành \"Mức độ 1\", hoặc bỏ 'summary' để hoso tự ghi"
            ])
        // The plan and the decision, written before the assessment, may name the level applied for.
        let plan = Self.load(
            replacing: "    summary: Xây dựng Đơn vị học tập năm 2024\n",
            with: "    summary: Xây dựng Đơn vị học tập Mức độ 2 năm 2024\n")
        #expect(Self.lines(plan).isEmpty, "\(Self.lines(plan))")
        #expect(AssessmentDecoder.levelsNamed(in: "Mức độ 1 và mức độ\u{00A0}2, Mức độ 1") == [1, 2])
    }

    /// Every numbered document without a number is warned, written or not (the minutes default to
    /// the meeting), and the form prints the number line blank.
    @Test func everyNumberedDocumentWithoutANumberIsWarned() {
        let result = Self.load(
            replacing: "  minutes:\n    number: 01\n  report:\n    number: 02\n",
            with: "  report:\n")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:35:3: cảnh báo: documents.minutes.number: biên bản chưa có số: thêm 'documents.minutes.number' (biểu mẫu sẽ in \"Số:      /BB-MNHS\" để điền tay)",
                "x.yaml:48:5: cảnh báo: documents.report.number: báo cáo chưa có số: thêm 'documents.report.number' (biểu mẫu sẽ in \"Số:      /BC-MNHS\" để điền tay)",
            ])
    }

    @Test func aKeepReasonWithNothingToKeepIsAWarning() {
        let result = Self.load(replacing: "  \"2.1\":\n    met: true\n", with: "  \"2.1\":\n    met: true\n    kept_reason: Không cần.\n")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:141:18: cảnh báo: scores.2.1.kept_reason: 'kept_reason' của '2.1' không cần: danh sách thành viên không mâu thuẫn với kết luận; hãy bỏ dòng này"
            ])
    }

    @Test func levelTwoWithoutTheEarlierRecognitionWarns() {
        let result = Self.load(
            replacing: """
                prior_recognition:  # sau ngày Thông tư 24 có hiệu lực (26/01/2024); đến ngày tờ trình còn giá trị và chưa đủ 12 tháng để xét Mức độ 2
                  level: 1
                  date: 15/03/2024
                  decision: Quyết định số 215/QĐ-UBND ngày 15/03/2024 của UBND huyện Gia Lâm

                """, with: "")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:15:1: cảnh báo: prior_recognition: Mức độ 2 chỉ được xét sau ít nhất 12 tháng kể từ khi được công nhận Mức độ 1, nhưng dữ liệu chưa ghi lần công nhận đó: "
                    + "thêm 'prior_recognition: {level: 1, date: NGÀY/THÁNG/NĂM, decision: \"Quyết định số …\"}'"
            ])
    }

    /// The English of the warning that a level still held is not requested again.
    @Test func aLevelStillHeldIsWarnedInEnglish() throws {
        let result = Self.load(replacing: "  date: 15/03/2024", with: "  date: 15/03/2024")
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) }.last
                == "x.yaml:30:9: warning: prior_recognition.date: the unit was recognised at level 1 on 15/03/2024, valid for 3 years (until 15/03/2027) "
                + "and still valid on the submission's date 08/01/2025: the dossier does not ask for level 1 again, it reports the result and states that "
                + "the unit keeps level 1; level 2 can be considered from 15/03/2025. If that decision no longer holds or its date is mistyped, correct 'prior_recognition'"
        )
        let outcome = try #require(result.assessment?.levelOutcome)
        #expect(outcome.keepsPriorLevel && !outcome.requestsRecognition)
    }

    /// A recognition 3 years old on the submission's day no longer holds: no warning, and the level is requested.
    @Test func anExpiredRecognitionIsNotWarnedAndIsRequested() throws {
        var text = Self.hoaSen.replacingOccurrences(of: "  date: 15/03/2024", with: "  date: 26/01/2024")
        text = text.replacingOccurrences(of: "    date: 08/01/2025", with: "    date: 26/01/2027")
        let result = FixtureTests.loader.parse(text: text, file: "x.yaml", directory: ".")
        #expect(!result.diagnostics.contains { $0.rendered(in: .vi).contains("vẫn còn giá trị") })
        let outcome = try #require(result.assessment?.levelOutcome)
        #expect(outcome.reachedLevel == 1)
        #expect(!outcome.keepsPriorLevel && outcome.requestsRecognition)
    }

    @Test func levelOneHeldTooShortWarnsAndCapsTheLevel() throws {
        let result = Self.load(replacing: "  date: 15/03/2024", with: "  date: 20/06/2024")
        #expect(
            Self.lines(result) == [
                "x.yaml:30:9: cảnh báo: prior_recognition.date: được công nhận Mức độ 1 ngày 20/06/2024, đến ngày tờ trình 08/01/2025 chưa đủ 12 tháng "
                    + "(đủ từ ngày 20/06/2025): chưa xét được Mức độ 2; hồ sơ được đánh giá theo Mức độ 1",
                "x.yaml:30:9: cảnh báo: prior_recognition.date: đơn vị được công nhận Mức độ 1 ngày 20/06/2024, công nhận có giá trị 3 năm (đến ngày 20/06/2027), "
                    + "vẫn còn giá trị vào ngày tờ trình 08/01/2025: hồ sơ không đề nghị công nhận lại Mức độ 1, chỉ báo cáo kết quả tự đánh giá và ghi đơn vị tiếp tục "
                    + "giữ Mức độ 1; Mức độ 2 được xét từ ngày 20/06/2025. Nếu quyết định đó đã hết hiệu lực hoặc ghi nhầm ngày, sửa 'prior_recognition'",
            ])
        #expect(try #require(result.assessment).levelOutcome?.reachedLevel == 1)
    }

    @Test func aRecognitionDatedBeforeTheCircularTakesEffectIsWarned() throws {
        let result = Self.load(replacing: "  date: 15/03/2024", with: "  date: 15/02/2023")
        #expect(result.isValid)
        #expect(
            Self.lines(result) == [
                "x.yaml:30:9: cảnh báo: prior_recognition.date: lần công nhận Mức độ 1 ghi ngày 15/02/2023, trước ngày Thông tư số 24/2023/TT-BGDĐT có hiệu lực (26/01/2024): "
                    + "khi đó chưa có Mức độ 1 theo văn bản này; sửa ngày và số quyết định công nhận cho đúng, hoặc bỏ 'prior_recognition' nếu đơn vị chưa được công nhận theo văn bản này",
                "x.yaml:30:9: cảnh báo: prior_recognition.date: đơn vị được công nhận Mức độ 1 ngày 15/02/2023, công nhận có giá trị 3 năm (đến ngày 15/02/2026), "
                    + "vẫn còn giá trị vào ngày tờ trình 08/01/2025: hồ sơ không đề nghị công nhận lại Mức độ 1, chỉ báo cáo kết quả tự đánh giá và ghi đơn vị tiếp tục "
                    + "giữ Mức độ 1; Mức độ 2 được xét từ ngày 15/02/2024. Nếu quyết định đó đã hết hiệu lực hoặc ghi nhầm ngày, sửa 'prior_recognition'",
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "x.yaml:30:9: warning: prior_recognition.date: the level 1 recognition is dated 15/02/2023, before Thông tư số 24/2023/TT-BGDĐT took effect (26/01/2024): "
                    + "no level 1 under it existed then; correct the decision's date and number, or remove 'prior_recognition' if the unit was never recognised under it",
                "x.yaml:30:9: warning: prior_recognition.date: the unit was recognised at level 1 on 15/02/2023, valid for 3 years (until 15/02/2026) and still valid "
                    + "on the submission's date 08/01/2025: the dossier does not ask for level 1 again, it reports the result and states that the unit keeps level 1; "
                    + "level 2 can be considered from 15/02/2024. If that decision no longer holds or its date is mistyped, correct 'prior_recognition'",
            ])
    }

    @Test func theDayBeforeTheCircularIsWarnedAndItsDayIsNot() throws {
        let before = Self.load(replacing: "  date: 15/03/2024", with: "  date: 25/01/2024")
        #expect(Self.lines(before).contains { $0.contains("trước ngày Thông tư số 24/2023/TT-BGDĐT có hiệu lực (26/01/2024)") })
        let onTheDay = Self.load(replacing: "  date: 15/03/2024", with: "  date: 26/01/2024")
        #expect(!Self.lines(onTheDay).contains { $0.contains("có hiệu lực") }, "\(Self.lines(onTheDay))")
    }

    @Test func theRubricFilesGiveTheCircularsEffectiveDate() throws {
        for id in ["tt24-muc1", "tt24-muc2"] {
            let path = try #require(FixtureTests.loader.catalog.path(ofBuiltIn: id))
            #expect(RubricLoader.load(path: path, id: id).rubric?.effective?.short == "26/01/2024")
        }
        // Thông tư 22/2020/TT-BGDĐT, issued 06/08/2020, in force 21/09/2020 (DOMAIN.md §2).
        for id in ["tt22", "tt22-hanoi"] {
            let path = try #require(FixtureTests.loader.catalog.path(ofBuiltIn: id))
            #expect(RubricLoader.load(path: path, id: id).rubric?.effective?.short == "21/09/2020")
        }
        let undated = RubricLoader.parse(
            text: "name: X\nregime: TT24\nlevel: 1\neffective: 31/02/2024\ngroups: []\n", file: "r.yaml", id: "r")
        #expect(undated.rubric == nil)
    }

    /// A cited document's date is a date: read as people write it, cited in the one short form,
    /// and an error located and quoted when it is not on the calendar or cannot be read.
    @Test func aCitedDocumentsDateIsADate() throws {
        func rubric(_ date: String) -> RubricLoader.Outcome {
            RubricLoader.parse(
                text: """
                    name: X
                    regime: TT24
                    level: 1
                    legal_basis:
                      - kind: Thông tư
                        number: 22/2020/TT-BGDĐT
                        date: \(date)
                        issuer: Bộ Giáo dục và Đào tạo
                        title: quy định về đánh giá
                    groups: []

                    """, file: "r.yaml", id: "r")
        }
        let read = rubric("6/8/2020")
        #expect(read.diagnostics.map { $0.rendered(in: .en) } == [])
        let cited = try #require(read.rubric?.legalBasis.first)
        #expect(cited.date == VietnameseDate(year: 2020, month: 8, day: 6))
        #expect(cited.fullText == "Thông tư số 22/2020/TT-BGDĐT ngày 06/08/2020 của Bộ Giáo dục và Đào tạo quy định về đánh giá")
        let impossible = rubric("31/02/2020")
        #expect(impossible.rubric == nil)
        #expect(
            impossible.diagnostics.map { $0.rendered(in: .vi) } == [
                "r.yaml:7:11: lỗi: legal_basis[1].date: ngày '31/02/2020' không có trên lịch: tháng 2 năm 2020 chỉ có 29 ngày"
            ])
        let unreadable = rubric("tháng tám")
        #expect(
            unreadable.diagnostics.map { $0.rendered(in: .en) } == [
                "r.yaml:7:11: error: legal_basis[1].date: cannot read the date 'tháng tám': write the day first and a four-digit year, e.g. 05/01/2024, 05-01-2024 or ngày 05 tháng 01 năm 2024"
            ])
    }

    @Test func aFallbackThatIsNotFoundIsAnErrorNamingTheRubric() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-fallback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rubric = try String(contentsOfFile: Paths.repository("Forms/rubrics/tt24-muc2.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "fallback: tt24-muc1", with: "fallback: muc1-rieng.yaml")
        try rubric.write(to: folder.appendingPathComponent("muc2-rieng.yaml"), atomically: true, encoding: .utf8)
        let result = Self.load(replacing: "rubric: tt24-muc2", with: "rubric: muc2-rieng.yaml", directory: folder.path)
        #expect(result.assessment == nil)
        #expect(
            Self.lines(result) == [
                "x.yaml:23:9: lỗi: rubric: bộ tiêu chí muc2-rieng.yaml ghi 'fallback: muc1-rieng.yaml' nhưng không tìm thấy bộ tiêu chí này "
                    + "(tên có sẵn như 'tt24-muc1', hoặc đường dẫn tính từ thư mục của tệp bộ tiêu chí)"
            ])
    }

    @Test func aUnitsOwnRubricFallsBackToItsOwnLowerLevel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bo"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let muc2 = try String(contentsOfFile: Paths.repository("Forms/rubrics/tt24-muc2.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "fallback: tt24-muc1", with: "fallback: muc1.yaml")
        let muc1 = try String(contentsOfFile: Paths.repository("Forms/rubrics/tt24-muc1.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "percent: 70", with: "percent: 78")
        try muc2.write(to: folder.appendingPathComponent("bo/muc2.yaml"), atomically: true, encoding: .utf8)
        try muc1.write(to: folder.appendingPathComponent("bo/muc1.yaml"), atomically: true, encoding: .utf8)
        let result = Self.load(replacing: "rubric: tt24-muc2", with: "rubric: bo/muc2.yaml", directory: folder.path)
        #expect(Self.lines(result).isEmpty, "\(Self.lines(result))")
        #expect(result.fallbackRubricSource?.reference == "muc1.yaml")
        #expect(result.fallbackRubricSource?.isBuiltIn == false)
        #expect(
            try #require(result.assessment).levelOutcome?.summary
                == "Chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025); chưa đạt Mức độ 1 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 78% theo yêu cầu)"
        )
    }

    @Test func checkPrintsBothEvaluations() {
        let report = CheckReport(result: FixtureTests.load("hoa-sen-2024.yaml")).rendered()
        #expect(
            report.contains(
                "\n  2.3*  Ít nhất 80% thành viên đạt danh hiệu “Lao đ…  Chưa đạt  27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu\n"))
        #expect(report.contains("\nĐạt 9/10 chỉ tiêu Mức độ 2 — chưa đạt: 2.3\n\nĐánh giá theo Mức độ 1 (tt24-muc1), từ cùng dữ liệu:\n"))
        #expect(report.contains("\n  2.3*  Ít nhất 70% thành viên đạt danh hiệu “Lao đ…  Đạt\n"))
        #expect(
            report.contains(
                "\nĐạt 9/9 chỉ tiêu Mức độ 1\n\nMức độ đăng ký: 2 — Kết quả: Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu; chưa đủ 12 tháng kể từ khi được công nhận Mức độ 1, đủ từ ngày 15/03/2025)\n"
            ))
        let english = CheckReport(result: FixtureTests.load("hoa-sen-2024.yaml"), language: .en).rendered()
        #expect(
            english.contains(
                "\nLevel applied for: 2 — Result: reaches level 1; not level 2 (target 2.3: 27/35 = 77.14%, 80% required; the lower level held under 12 months (until 2025-03-15))\n"
            ))
    }
}
