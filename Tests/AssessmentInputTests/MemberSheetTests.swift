import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput
@testable import Spreadsheet

/// The staff list from a spreadsheet: files written by hoso and by LibreOffice Calc, in the shapes
/// schools keep them, and a catalogue of broken sheets located by sheet and cell.
@Suite struct MemberSheetTests {
    /// A school's sheet as HTML (Calc turns it into .xlsx with the merged title row): `rows` below a
    /// title and the header `headings`.
    static func schoolSheet(_ headings: [String], _ rows: [[String]], in folder: URL, name: String = "ds") throws -> URL {
        func cells(_ values: [String]) -> String { values.map { "<td>\($0)</td>" }.joined() }
        let html = """
            <html><head><meta charset="utf-8"></head><body><table>
            <tr><td colspan="\(headings.count)"><b>DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM 2023</b></td></tr>
            <tr>\(cells(headings))</tr>
            \(rows.map { "<tr>\(cells($0))</tr>" }.joined(separator: "\n"))
            </table></body></html>
            """
        let file = folder.appendingPathComponent("\(name).html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        return try Calc.xlsx(file, filter: "HTML (StarCalc)")
    }

    static let headings = [
        "stt", "HỌ TÊN", "Chuc vu", "Danh hiệu thi đua", "Kế hoạch tự học, tự bồi dưỡng",
        "Chấp hành kỷ luật lao động", "Kết quả bồi dưỡng bắt buộc", "Công dân học tập", "Ghi chú",
    ]

    @Test func exportThenCalcThenImportGivesTheSameMembers() throws {
        let members = try #require(FixtureTests.load("an-son-2023.yaml").assessment).members
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("danh-sach.xlsm")
        try Data(try XLSXWriter.write(MembersBlock.sheet(members))).write(to: exported)
        let direct = MemberSheet.read(path: exported.path)
        #expect(direct.diagnostics.isEmpty)
        #expect(direct.members == members)
        let resaved = try Calc.xlsx(exported)
        let imported = MemberSheet.read(path: resaved.path)
        #expect(imported.diagnostics.map(\.description) == [])
        #expect(imported.members == members)
    }

    @Test func aSchoolsSheetIsReadWhateverItsHeadingsAndMarks() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.schoolSheet(
            Self.headings,
            [
                ["1", "Nguyễn&nbsp;Thị  Thanh Hương", "Hiệu trưởng", "CSTĐCS", "x", "X", "Hoàn thành tốt", "✓", ""],
                ["2", " Trần Văn Khải ", "Phó Hiệu trưởng", "Lao động tiên tiến", "có", "1", "HT", "x", "Chuyển đến 9/2023"],
                ["3", "Bùi Thị Thu", "Văn thư", "HTNV", "", "x", "chưa hoàn thành", "", ""],
                ["", "Tổng cộng: 3 người", "", "", "", "", "", "", ""],
            ], in: folder)
        let read = MemberSheet.read(path: file.path, displayName: "ds.xlsx")
        #expect(read.diagnostics.map(\.description) == [])
        #expect(
            read.members == [
                Member(
                    name: "Nguyễn Thị Thanh Hương", position: "Hiệu trưởng", selfStudyPlan: true, discipline: true,
                    training: .hoanThanhTot, emulationTitle: .cstdcs, learningCitizen: true),
                Member(
                    name: "Trần Văn Khải", position: "Phó Hiệu trưởng", selfStudyPlan: true, discipline: true,
                    training: .hoanThanh, emulationTitle: .ldtt, learningCitizen: true, notes: "Chuyển đến 9/2023"),
                Member(
                    name: "Bùi Thị Thu", position: "Văn thư", selfStudyPlan: false, discipline: true,
                    training: .chuaHoanThanh, emulationTitle: .htnv, learningCitizen: false),
            ])
    }

    @Test func aSemicolonCSVWithBOMReadsTheSame() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ds.csv")
        let text = "STT;Họ và tên;Chức vụ;Danh hiệu thi đua\r\n1;Lê Thị Duyên;\"Giáo viên; Tổ trưởng\";LĐTT\r\n"
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: csv)
        let read = MemberSheet.read(path: csv.path, displayName: "ds.csv")
        #expect(read.diagnostics.isEmpty)
        #expect(read.members?.map(\.position) == ["Giáo viên; Tổ trưởng"])
    }

    /// Vietnamese tables number their columns under the headings, "1 2 3 …" or "(1) (2) (3) …":
    /// that row is not a member (a real Calc-written file).
    @Test(arguments: [false, true])
    func aColumnNumberRowUnderTheHeadingsIsSkipped(parenthesised: Bool) throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let numbers = (1...9).map { parenthesised ? "(\($0))" : "\($0)" }
        let file = try Self.schoolSheet(
            Self.headings,
            [
                numbers,
                ["1", "Nguyễn Thị Thanh Hương", "Hiệu trưởng", "CSTĐCS", "x", "x", "Hoàn thành tốt", "x", ""],
                ["2", "Trần Văn Khải", "Phó Hiệu trưởng", "LĐTT", "x", "x", "Hoàn thành", "x", ""],
            ], in: folder)
        let read = MemberSheet.read(path: file.path, displayName: "ds.xlsx")
        #expect(read.diagnostics.map { $0.rendered(in: .vi) } == [])
        #expect(read.members?.map(\.name) == ["Nguyễn Thị Thanh Hương", "Trần Văn Khải"])
    }

    /// Numbers that do not count up one per column are a member row with its problems, not skipped.
    @Test func aRowOfOtherNumbersIsStillReadAsAMember() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.schoolSheet(Self.headings, [["1", "2", "3", "5", "", "", "", "", ""]], in: folder)
        let read = MemberSheet.read(path: file.path, displayName: "ds.xlsx")
        #expect(read.members == nil)
        #expect(read.diagnostics.first?.rendered(in: .vi).hasPrefix("ds.xlsx:Sheet1!D3: lỗi: '5' không hợp lệ") == true)
    }

    /// `hoso init --from` leaves each member's yearly results as placeholders: the export keeps the
    /// names and positions and leaves those cells empty to fill.
    @Test func placeholderResultsAreExportedAsEmptyCells() throws {
        let text = """
            year: 2024
            members:
              - name: "Nguyễn Thị Thanh Hương"
                position: "Hiệu trưởng"
                self_study_plan: "<Có kế hoạch tự học: true hoặc false năm 2024 (năm trước: true)>"
                discipline: true
                training: "<Bồi dưỡng: hoan_thanh_tot, hoan_thanh hoặc chua_hoan_thanh năm 2024 (năm trước: hoan_thanh_tot)>"
                emulation_title: "<Danh hiệu: CSTĐCS, LĐTT, HTNV hoặc Không năm 2024 (năm trước: CSTĐCS)>"
                learning_citizen: "<Công dân học tập: true hoặc false năm 2024 (năm trước: true)>"
              - name: "Trần Văn Khải"
                position: "Phó Hiệu trưởng"
                training: hoan_thanh_tot
                emulation_title: LĐTT
                notes: "Chuyển đến 9/2023"

            """
        #expect(
            MembersBlock.draftRows(in: text) == [
                ["Nguyễn Thị Thanh Hương", "Hiệu trưởng", "", "x", "", "", "", ""],
                ["Trần Văn Khải", "Phó Hiệu trưởng", "x", "x", "Hoàn thành tốt", "LĐTT", "x", "Chuyển đến 9/2023"],
            ])
        #expect(MembersBlock.draftRows(in: "members:\n  - position: Giáo viên\n") == nil)
    }

    /// The sheet says what "x" means in each marked column (an input note Excel and Calc show when a
    /// cell is selected), and its headings are the ones schools keep.
    @Test func theSheetSaysWhatTheMarksMean() throws {
        let sheet = MembersBlock.sheet(nil)
        #expect(
            sheet.headers == [
                "STT", "Họ và tên", "Chức vụ", "Kế hoạch tự học", "Kỷ luật lao động", "Bồi dưỡng bắt buộc",
                "Danh hiệu thi đua", "Công dân học tập", "Ghi chú",
            ])
        #expect(sheet.notes[4]?.text == "x: có kế hoạch tự học được phê duyệt năm nay; không (hoặc để trống): không có.")
        #expect(sheet.notes[5]?.text == "x: chấp hành kỷ luật lao động; không (hoặc để trống): vi phạm kỷ luật.")
        #expect(sheet.notes[8]?.text == "x: đạt danh hiệu/tiêu chí Công dân học tập năm nay; không (hoặc để trống): chưa đạt.")
        let xml = XLSXWriter.worksheet(sheet)
        #expect(
            xml.contains(
                "showInputMessage=\"1\" promptTitle=\"Kế hoạch tự học\" prompt=\"x: có kế hoạch tự học được phê duyệt năm nay; không (hoặc để trống): không có.\" sqref=\"D2:D203\""
            ))
    }

    @Test func brokenSheetsAreLocatedBySheetAndCell() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.schoolSheet(
            Self.headings,
            [
                ["1", "", "Giáo viên", "LĐTT", "x", "x", "HT", "x", ""],
                ["2", "Lê Thị Duyên", "Giáo viên Ngữ văn", "LĐTT", "", "", "", "", ""],
                ["3", "Lª ThÞ Hoa", "Giáo viên", "LĐTT", "x", "x", "HT", "x", ""],
                ["4", "Phạm Văn Đức", "Giáo viên", "LDTT2", "?", "x", "giỏi", "x", ""],
                ["5", "Hoàng Thị Yến", "", "", "x", "x", "HT", "x", ""],
            ], in: folder)
        let read = MemberSheet.read(path: file.path, displayName: "ds.xlsx")
        #expect(read.members == nil)
        #expect(
            read.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.xlsx:Sheet1!B3: lỗi: ô 'Họ và tên' còn trống: điền vào",
                "ds.xlsx:Sheet1!G4: lỗi: ô 'Bồi dưỡng bắt buộc' còn trống: điền vào",
                "ds.xlsx:Sheet1!B5: lỗi: 'Lª', 'ThÞ' là chữ gõ theo bảng mã TCVN3 (ABC, .VnTime), không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại",
                "ds.xlsx:Sheet1!D6: lỗi: 'LDTT2' không hợp lệ: chọn một trong CSTĐTQ, CSTĐ, CSTĐCS, LĐTT, HTNV, Không",
                "ds.xlsx:Sheet1!E6: lỗi: '?' không rõ có hay không: ghi x (có) hoặc để trống (không)",
                "ds.xlsx:Sheet1!G6: lỗi: 'giỏi' không hợp lệ: chọn một trong Hoàn thành tốt, Hoàn thành, Chưa hoàn thành",
                "ds.xlsx:Sheet1!C7: lỗi: ô 'Chức vụ' còn trống: điền vào",
                "ds.xlsx:Sheet1!D7: lỗi: ô 'Danh hiệu thi đua' còn trống: điền vào",
            ])
    }

    /// Blank means "no", but a yes/no column blank for every member is a column nobody filled:
    /// an error over the whole column, quoting its heading; a column with one mark passes.
    @Test func aYesNoColumnBlankForEveryMemberIsUnfilled() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ds.csv")
        try """
        STT,Họ và tên,Chức vụ,Kế hoạch tự học,Kỷ luật lao động,Bồi dưỡng bắt buộc,Danh hiệu thi đua,Công dân học tập
        1,Nguyễn Văn An,Hiệu trưởng,,x,Hoàn thành,LĐTT,
        2,Trần Thị Bình,Giáo viên,,,Hoàn thành,LĐTT,
        3,Lê Văn Cường,Giáo viên,,không,Hoàn thành,LĐTT,

        """.write(to: csv, atomically: true, encoding: .utf8)
        let read = MemberSheet.read(path: csv.path, displayName: "ds.csv")
        #expect(read.members == nil)
        #expect(
            read.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.csv:2-4:4: lỗi: cột 'Kế hoạch tự học' để trống ở cả 3 thành viên: có lẽ cột chưa được điền (ô trống được hiểu là không); ghi x cho người có, 'không' cho người không",
                "ds.csv:2-4:8: lỗi: cột 'Công dân học tập' để trống ở cả 3 thành viên: có lẽ cột chưa được điền (ô trống được hiểu là không); ghi x cho người có, 'không' cho người không",
            ])
        try "STT,Họ và tên,Chức vụ,Kế hoạch tự học,Danh hiệu thi đua\n1,Nguyễn Văn An,Hiệu trưởng,không,LĐTT\n2,Trần Thị Bình,Giáo viên,,LĐTT\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let filled = MemberSheet.read(path: csv.path, displayName: "ds.csv")
        #expect(filled.diagnostics.map { $0.rendered(in: .vi) } == [])
        #expect(filled.members?.map(\.selfStudyPlan) == [false, false])
    }

    @Test func aTabInACellLooksLikeTwoColumns() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ds.csv")
        try "STT,Họ và tên,Chức vụ,Danh hiệu thi đua\n1,\"Lê Thị Duyên\tGiáo viên Ngữ văn\",Giáo viên,LĐTT\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        #expect(
            MemberSheet.read(path: csv.path, displayName: "ds.csv").diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.csv:2:2: lỗi: có ký tự Tab giữa 'Lê Thị Duyên' và 'Giáo viên Ngữ văn': có vẻ đã dán hai cột Excel vào một ô; tách thành hai khóa (ví dụ name và position) hoặc xóa Tab"
            ])
    }

    @Test func aSheetWithoutTheListSaysWhichHeadingsAreNeeded() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.schoolSheet(["Lớp", "Sĩ số"], [["1A", "30"]], in: folder)
        let read = MemberSheet.read(path: file.path, displayName: "ds.xlsx")
        #expect(
            read.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.xlsx:Sheet1: lỗi: không thấy hàng tiêu đề của danh sách thành viên: cần các cột như STT, Họ và tên, Chức vụ, Kế hoạch tự học, Kỷ luật lao động, Bồi dưỡng bắt buộc, Danh hiệu thi đua, Công dân học tập, Ghi chú (thứ tự, chữ hoa, dấu tùy ý)"
            ])
        let named = MemberSheet.read(path: file.path, displayName: "ds.xlsx", sheet: "DS CBGVNV")
        #expect(named.diagnostics.map { $0.rendered(in: .vi) } == ["ds.xlsx: lỗi: không có trang tính 'DS CBGVNV'. Có: 'Sheet1'"])
    }

    @Test func windowsEncodedCSVIsNamed() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ds.csv")
        try Data([0x4C, 0xEA, 0x2C, 0x41, 0x0A]).write(to: csv)
        #expect(
            MemberSheet.read(path: csv.path, displayName: "ds.csv").diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.csv: lỗi: tệp CSV được lưu với mã hóa Windows-1258: trong Excel chọn Lưu thành → CSV UTF-8 (Comma delimited), hoặc lưu .xlsx"
            ])
    }

    @Test func onlyTheMembersBlockIsRewritten() {
        let original = """
            # Trường Hòa Bình
            year: 2023
            members:   # danh sách
              - {name: A, position: B, emulation_title: LĐTT}
              # ghi chú trong khối

            # Điểm do Hội đồng chấm
            scores:
              1a: 10

            """
        let block = MembersBlock.render([
            Member(
                name: "Lê Thị Duyên", position: "Giáo viên", selfStudyPlan: true, discipline: false,
                training: .hoanThanhTot, emulationTitle: .ldtt, learningCitizen: true)
        ])
        #expect(
            MembersBlock.replace(in: original, with: block) == """
                # Trường Hòa Bình
                year: 2023
                members:
                  - name: "Lê Thị Duyên"
                    position: "Giáo viên"
                    discipline: false
                    training: hoan_thanh_tot
                    emulation_title: "LĐTT"

                # Điểm do Hội đồng chấm
                scores:
                  1a: 10

                """)
    }

    @Test func anImportedListChecksLikeTheHandWrittenOne() throws {
        let path = Paths.repository("Fixtures/an-son-2023.yaml")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let assessment = try #require(FixtureTests.load("an-son-2023.yaml").assessment)
        let rewritten = MembersBlock.replace(in: original, with: MembersBlock.render(assessment.members))
        let reloaded = try #require(
            FixtureTests.loader.parse(text: rewritten, file: "an-son.yaml", directory: Paths.repository("Fixtures")).assessment)
        #expect(reloaded.members == assessment.members)
        #expect(reloaded.memberStatistics == assessment.memberStatistics)
        #expect(reloaded.evaluation == assessment.evaluation)
    }
}

/// `members_file:` in a data file: check and render read the members from the sheet.
@Suite struct MembersFileTests {
    @Test func theDataFileReadsItsMembersFromTheSheet() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let members = try #require(FixtureTests.loader.parse(text: SmallUnit.yaml, file: "dl.yaml").assessment).members
        try Data(try XLSXWriter.write(MembersBlock.sheet(members))).write(to: folder.appendingPathComponent("ds.xlsx"))
        let text = MembersBlock.replace(in: SmallUnit.yaml, with: "members_file: ds.xlsx\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml", directory: folder.path)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.assessment?.members == members)
        let lines = try #require(result.membersFileLines)
        let inlined = MembersBlock.inlining(try #require(result.members), at: lines, in: text)
        #expect(FixtureTests.loader.parse(text: inlined, file: "dl.yaml").assessment?.members == members)
    }

    /// The key is found as YAML reads it: a space before the colon, a quoted value and a comment after
    /// it are still the `members_file` entry, and only its lines are replaced (the comment before the
    /// next key stays).
    @Test func anyWayOfWritingTheKeyIsEmbedded() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let members = try #require(FixtureTests.loader.parse(text: SmallUnit.yaml, file: "dl.yaml").assessment).members
        try Data(try XLSXWriter.write(MembersBlock.sheet(members))).write(to: folder.appendingPathComponent("ds.xlsx"))
        let text = MembersBlock.replace(in: SmallUnit.yaml, with: "members_file :\n  \"ds.xlsx\" # bảng tính\n\n# điểm\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml", directory: folder.path)
        #expect(result.diagnostics.map(\.description) == [])
        let start = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("members_file :") }) + 1
        #expect(result.membersFileLines == start...(start + 1))
        let inlined = MembersBlock.inlining(try #require(result.members), at: try #require(result.membersFileLines), in: text)
        #expect(!inlined.contains("members_file") && !inlined.contains("ds.xlsx") && inlined.contains("\n\n# điểm\n"))
        #expect(FixtureTests.loader.parse(text: inlined, file: "dl.yaml").assessment?.members == members)
    }

    /// In a flow-style file the entry cannot be cut out by lines: refused at the key, for check and
    /// render alike, rather than embedded wrongly.
    @Test func aFlowStyleFileWithASheetIsRefusedAtTheKey() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let members = try #require(FixtureTests.loader.parse(text: SmallUnit.yaml, file: "dl.yaml").assessment).members
        try Data(try XLSXWriter.write(MembersBlock.sheet(members))).write(to: folder.appendingPathComponent("ds.xlsx"))
        let result = FixtureTests.loader.parse(text: "{year: 2023, members_file: ds.xlsx}\n", file: "dl.yaml", directory: folder.path)
        #expect(result.membersFileLines == nil)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) }.contains(
                "dl.yaml:1:28: lỗi: members_file: 'members_file' chỉ dùng được khi tệp viết theo khối, mỗi khóa một dòng (không phải {…} hay JSON): viết lại tệp theo khối, hoặc chép danh sách vào 'members' (hoso members import)"
            ))
    }

    @Test func aRepeatedMemberInTheSheetIsCaughtAsInTheDataFile() throws {
        let folder = try Calc.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let members = try #require(FixtureTests.loader.parse(text: SmallUnit.yaml, file: "dl.yaml").assessment).members
        var repeated = members + [members[0]]
        repeated.append(
            Member(
                name: "Tran Thi  Binh", position: "Nhân viên", selfStudyPlan: true, discipline: true,
                training: .hoanThanh, emulationTitle: .ldtt, learningCitizen: true))
        try Data(try XLSXWriter.write(MembersBlock.sheet(repeated))).write(to: folder.appendingPathComponent("ds.xlsx"))
        let text = MembersBlock.replace(in: SmallUnit.yaml, with: "members_file: ds.xlsx\n")
        let result = FixtureTests.loader.parse(text: text, file: "dl.yaml", directory: folder.path)
        #expect(!result.isValid)
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "ds.xlsx:DS CBGVNV!B5: lỗi: 'Nguyễn Văn An' trùng với thành viên số 1 (dòng 2), cùng chức vụ: xóa một dòng",
                "ds.xlsx:DS CBGVNV!B6: cảnh báo: 'Tran Thi Binh' gần giống thành viên số 2 'Trần Thị Bình' (dòng 3), chỉ khác dấu, chữ hoa hoặc dấu cách: nếu là một người, xóa một dòng; nếu không, sửa lại cho đúng",
            ])
    }

    @Test func aMissingSheetAndTwoListsAreErrors() throws {
        let missing = MembersBlock.replace(in: SmallUnit.yaml, with: "members_file: khong-co.xlsx\n")
        #expect(
            FixtureTests.loader.parse(text: missing, file: "dl.yaml", directory: "/nonexistent").diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:30:15: lỗi: members_file: không tìm thấy bảng tính 'khong-co.xlsx' (đường dẫn tính từ thư mục của tệp dữ liệu)"
            ])
        let both = SmallUnit.yaml + "members_file: ds.xlsx\n"
        #expect(
            FixtureTests.loader.parse(text: both, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) } == [
                "dl.yaml:52:15: lỗi: members_file: có cả 'members' và 'members_file': giữ một (danh sách trong tệp, hoặc bảng tính)"
            ])
    }
}
