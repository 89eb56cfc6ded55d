import Foundation
import OOXML
import Testing

/// Each fixture with the facts its printed dossier must show, per output file.
struct FixtureCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String]
    var facts: [String: [String]]
    /// The page count each listed file must have (the letter and the decision: one page).
    var pages: [String: Int] = [:]
    /// Text that must stand on one printed line of each listed file (a member's name and position:
    /// the M5 columns fit them).
    var oneLine: [String: [String]] = [:]
    /// Words the last page of each listed file must show (the signer's name: the signature is
    /// never alone, and the document ends where it should).
    var lastPage: [String: [String]] = [:]
    var testDescription: String { name }
}

let tt22Files = [
    "1-M1-Bia", "2-M2-To-trinh", "3-KH-Ke-hoach", "4-QD-Thanh-lap-Hoi-dong", "5-M3-Bao-cao", "6-M4-Bien-ban",
    "7-M5-Tong-hop", "8-BD-Bieu-diem",
]
/// The TT24 dossier in binding order.
let tt24Files = [
    "1-Bia24-Bia", "2-TTr24-To-trinh", "3-BC24-Bao-cao", "4-TH24-Tong-hop-tieu-chi", "5-QD-Thanh-lap-To-danh-gia",
    "6-BB24-Bien-ban", "7-M5-Tong-hop",
]

let fixtureCases = [
    FixtureCase(
        name: "an-son-2023",
        files: tt22Files,
        facts: [
            "5-M3-Bao-cao": [
                "95", "Tốt", "chín mươi lăm", "30/30", "35/40",
                "Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc",
                "An Sơn, ngày 05 tháng 01 năm 2024", "12/BC-THAS", "UBND HUYỆN NAM SÁCH",
                "Nhà trường có các quy định cụ thể", "4. Công tác tập huấn cho cán bộ về đánh giá", "(5) Các minh chứng sắp xếp theo từng tiêu chí.",
            ],
            "6-M4-Bien-ban": [
                "95", "Tốt", "chín mươi lăm", "35", "Số: 98/BB-THAS",
                "Đồng chí Nguyễn Thị Thanh Hương – Hiệu trưởng, Chủ tịch Hội đồng",
                "7/7 thành viên có mặt nhất trí (100%)", "Chủ tọa: Đồng chí Nguyễn Thị Thanh Hương",
                "Tập thể đạt danh hiệu “Tập thể lao động xuất sắc”: 0/5 điểm.",
            ],
            "2-M2-To-trinh": [
                "Phòng Giáo dục và Đào tạo huyện Nam Sách", "95", "Tốt", "28/28 thành viên (100%) tự đánh giá",
                "về việc triển khai và thực hiện việc học tập thường xuyên năm 2023",
                "quy định tại Thông tư số 22/2020/TT-BGDĐT",
            ],
            "7-M5-Tong-hop": ["Nguyễn Thị Thanh Hương", "Vũ Văn Thắng", "28/28", "100%", "An Sơn, ngày 29 tháng 12 năm 2023"],
            "8-BD-Bieu-diem": [
                "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/08/2020 của Bộ Giáo dục và Đào tạo", "CHỦ TỊCH HỘI ĐỒNG",
                "Tập thể đạt danh hiệu “Tập thể lao động tiên tiến”: 5/5 điểm;",
            ],
            "3-KH-Ke-hoach": ["KẾ HOẠCH", "Số: 18/KH-THAS", "A. MỤC ĐÍCH, YÊU CẦU", "C. NỘI DUNG", "Đạt 85 điểm trở lên, xếp loại Tốt."],
            "1-M1-Bia": [
                "HỒ SƠ", "TRƯỜNG TIỂU HỌC AN SƠN", "NĂM 2023", "An Sơn, tháng 01 năm 2024",
                "Kế hoạch triển khai và thực hiện việc học tập thường xuyên năm 2023",
            ],
        ],
        pages: ["2-M2-To-trinh": 1, "4-QD-Thanh-lap-Hoi-dong": 1, "7-M5-Tong-hop": 2, "8-BD-Bieu-diem": 2],
        oneLine: [
            // BĐ in landscape: a group title and the evidence heading each on one line.
            "8-BD-Bieu-diem": ["Các tiêu chí về các điều kiện để xây dựng Đơn vị học tập", "Minh chứng, lý do trừ điểm"],
            "7-M5-Tong-hop": ["Nguyễn Thị Thanh Hương Hiệu trưởng", "Mạc Văn Long Giáo viên Giáo dục thể chất"],
        ],
        lastPage: [
            "2-M2-To-trinh": ["Nguyễn Thị Thanh Hương"], "5-M3-Bao-cao": ["Trên đây là báo cáo", "Nguyễn Thị Thanh Hương"],
            "6-M4-Bien-ban": ["CHỦ TỌA"], "7-M5-Tong-hop": ["Tổng cộng: 28 thành viên", "HIỆU TRƯỞNG"],
            "8-BD-Bieu-diem": ["TỔNG CỘNG", "THƯ KÝ"],
        ]),
    FixtureCase(
        name: "bien-giang-2022",
        files: tt22Files,
        facts: [
            "5-M3-Bao-cao": [
                "UBND QUẬN HÀ ĐÔNG", "TRƯỜNG THCS BIÊN GIANG", "98", "Tốt", "Hoàng Hồng Nam",
                "Có kế hoạch học tập thường xuyên của nhà trường: 5/5 điểm",
            ],
            "6-M4-Bien-ban": ["Số: 190/BB-THCSBG", "Ông Hoàng Hồng Nam – Hiệu trưởng, Chủ tịch Hội đồng"],
            "1-M1-Bia": ["Báo cáo công tác triển khai việc đánh giá, xếp loại Đơn vị học tập năm 2022", "190/BB-THCSBG"],
            "7-M5-Tong-hop": ["26/30"],
        ],
        pages: ["2-M2-To-trinh": 1, "4-QD-Thanh-lap-Hoi-dong": 1, "7-M5-Tong-hop": 2, "8-BD-Bieu-diem": 2],
        oneLine: [
            // BĐ in landscape: a group title and the evidence heading each on one line.
            "8-BD-Bieu-diem": ["Các tiêu chí về các điều kiện để xây dựng Đơn vị học tập", "Minh chứng, lý do trừ điểm"],
            "7-M5-Tong-hop": ["Nguyễn Thị Thanh Tâm Giáo viên Toán", "Đinh Thị Phượng Giáo viên Giáo dục công dân"],
        ],
        lastPage: ["2-M2-To-trinh": ["Nguyễn Thị Minh Thu"], "7-M5-Tong-hop": ["Tổng cộng: 30 thành viên", "HIỆU TRƯỞNG"]]),
    FixtureCase(
        name: "an-lam-2023",
        files: tt22Files,
        facts: [
            "2-M2-To-trinh": [
                "TM. ỦY BAN NHÂN DÂN",
                "44/44 thành viên được xét (100%) tự đánh giá (đơn vị có 46 thành viên, không xét 2 thành viên: nghỉ thai sản từ tháng 7/2023; mới chuyển công tác đến từ tháng 11/2023)",
            ],
            // Issued by the collective: the authority line (right under the summary) and the signature agree.
            "4-QD-Thanh-lap-Hoi-dong": ["Đơn vị học tập năm 2023 ỦY BAN NHÂN DÂN XÃ AN LÂM Căn cứ", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"],
            "6-M4-Bien-ban": ["Vắng: Đồng chí Đặng Văn Toàn", "7/7 thành viên có mặt nhất trí (100%)", "96/100"],
            "7-M5-Tong-hop": ["Không xét", "Nghỉ thai sản từ tháng 7/2023", "44 thành viên được xét"],
        ],
        pages: ["2-M2-To-trinh": 1, "4-QD-Thanh-lap-Hoi-dong": 1, "7-M5-Tong-hop": 3, "8-BD-Bieu-diem": 2],
        oneLine: [
            // BĐ in landscape: a group title and the evidence heading each on one line.
            "8-BD-Bieu-diem": ["Các tiêu chí về các điều kiện để xây dựng Đơn vị học tập", "Minh chứng, lý do trừ điểm"],
            "7-M5-Tong-hop": [
                "Trần Thị Hồng Nhung Phó Chủ tịch UBND xã", "Vũ Văn Hải Chỉ huy trưởng Quân sự xã",
                "Nguyễn Thị Lụa Chi hội trưởng Phụ nữ thôn Đông", "Vũ Thị Huyền Cán bộ Dân số - Kế hoạch hóa gia đình",
            ],
        ],
        lastPage: ["7-M5-Tong-hop": ["Nguyễn Văn Thành"], "8-BD-Bieu-diem": ["TỔNG CỘNG", "CHỦ TỊCH HỘI ĐỒNG"]]),
    FixtureCase(
        name: "vinh-lap-2024",
        files: tt24Files,
        facts: [
            "1-Bia24-Bia": ["HỒ SƠ", "ĐỀ NGHỊ CÔNG NHẬN", "ĐƠN VỊ HỌC TẬP MỨC ĐỘ 1", "NĂM 2024"],
            "2-TTr24-To-trinh": ["kính đề nghị Phòng Giáo dục và Đào tạo huyện Thanh Hà thẩm định, trình Ủy ban nhân dân huyện Thanh Hà công nhận"],
            "3-BC24-Bao-cao": ["Mức độ 1", "TRƯỜNG TIỂU HỌC VĨNH LẬP", "Bùi Thị Tuyết"],
            "4-TH24-Tong-hop-tieu-chi": ["Kết luận: Đạt Mức độ 1", "Đạt"],
            "5-QD-Thanh-lap-To-danh-gia": ["Tổ đánh giá", "Thành lập Tổ đánh giá Đơn vị học tập năm 2024 của"],
            "6-BB24-Bien-ban": [
                "ngày 03 tháng 01 năm 2025", "/BB-THVL", "6/6 thành viên có mặt nhất trí (100%)",
                "Kết luận: Tổ đánh giá thống nhất kết quả nêu trên, đề nghị Hiệu trưởng hoàn thiện hồ sơ, đề nghị Phòng Giáo dục và Đào tạo huyện Thanh Hà thẩm định, trình Ủy ban nhân dân huyện Thanh Hà công nhận Trường Tiểu học Vĩnh Lập đạt Đơn vị học tập Mức độ 1 năm 2024.",
            ],
        ],
        pages: ["2-TTr24-To-trinh": 1, "5-QD-Thanh-lap-To-danh-gia": 1],
        lastPage: ["2-TTr24-To-trinh": ["Bùi Thị Tuyết"], "3-BC24-Bao-cao": ["Bùi Thị Tuyết"]]),
    FixtureCase(
        name: "hoa-sen-2024",
        files: tt24Files,
        facts: [
            // Level 1 already held (15/03/2024, valid 3 years) and reached again: reported, not requested.
            "1-Bia24-Bia": ["HỒ SƠ TỰ ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP NĂM 2024", "Tờ trình về việc báo cáo kết quả tự đánh giá Đơn vị học tập năm 2024"],
            "2-TTr24-To-trinh": [
                "Về việc báo cáo kết quả tự đánh giá Đơn vị học tập năm 2024",
                "Kết quả tự đánh giá: nhà trường đạt Mức độ 1 (9/9 chỉ tiêu); đạt 9/10 chỉ tiêu của Mức độ 2.",
                "27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu",
                "Năm 2024, nhà trường đã được công nhận đạt Mức độ 1 theo Quyết định số 215/QĐ-UBND ngày 15/03/2024 của UBND huyện Gia Lâm.",
                "kính đề nghị ghi nhận nhà trường tiếp tục giữ Mức độ 1 (công nhận còn giá trị đến ngày 15/03/2027)./.",
            ],
            "3-BC24-Bao-cao": [
                "Kết quả tự đánh giá: Đạt Mức độ 1; chưa đạt Mức độ 2 (chỉ tiêu 2.3: 27/35 thành viên, tỉ lệ 77,14%, chưa đạt mức 80% theo yêu cầu).",
                "có giá trị đến ngày 15/03/2027; nhà trường tiếp tục giữ Mức độ 1, không đề nghị công nhận lại. Mức độ 2 được xét từ ngày 15/03/2025.",
            ],
            "4-TH24-Tong-hop-tieu-chi": ["9/10", "đạt 9/9 chỉ tiêu"],
            "5-QD-Thanh-lap-To-danh-gia": [
                "Căn cứ Điều lệ trường mầm non ban hành kèm theo Thông tư số 52/2020",
                "Căn cứ Kế hoạch số 05/KH-MNHS ngày 22/01/2024 của Trường Mầm non Hoa Sen",
            ],
            "6-BB24-Bien-ban": [
                "Số: 01/BB-MNHS", "ngày 03 tháng 01 năm 2025", "Chủ tọa: Đồng chí Nguyễn Thị Minh Hằng",
                "Vắng: Đồng chí Đỗ Thị Hoa – Phó Hiệu trưởng (lý do: đi tập huấn)",
                "6/6 thành viên có mặt nhất trí (100%)", "Kết quả: đạt Mức độ 1 (9/9 chỉ tiêu); đạt 9/10 chỉ tiêu Mức độ 2.",
            ],
            "7-M5-Tong-hop": [
                "27/35", "Không xét", "Nghỉ thai sản từ tháng 3/2024", "ngày 03 tháng 01 năm 2025", "Chưa đạt danh hiệu Công dân học tập",
            ],
        ],
        pages: ["2-TTr24-To-trinh": 1, "5-QD-Thanh-lap-To-danh-gia": 1, "6-BB24-Bien-ban": 2, "7-M5-Tong-hop": 2],
        oneLine: ["7-M5-Tong-hop": ["Nguyễn Thị Hồng Nhung Giáo viên"]],
        lastPage: ["2-TTr24-To-trinh": ["Nguyễn Thị Minh Hằng"], "3-BC24-Bao-cao": ["Nguyễn Thị Minh Hằng"]]),
]

/// Renders every fixture through the command line, as a user would, and checks the result the way
/// the district would: independent structural check, LibreOffice rendering, the printed facts.
@Suite(.serialized)
struct DossierEndToEndTests {
    @Test(arguments: fixtureCases)
    func rendersAValidPrintableDossier(_ fixture: FixtureCase) throws {
        let out = try temporaryFolder(fixture.name)
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(hosoExecutable, ["render", "Fixtures/\(fixture.name).yaml", "-o", out.path, "--pdf"])
        #expect(result.status == 0, "\(result.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let expected = (fixture.files.flatMap { ["\($0).docx", "\($0).pdf"] } + ["Ho-so.docx", "Ho-so.pdf", "manifest.json"]).sorted()
        #expect(written == expected)

        // The independent checker: schemas, Word's rules, a real LibreOffice conversion.
        let checker = try #require(docxCheck, "docx-check not found")
        let docx = written.filter { $0.hasSuffix(".docx") }.map { out.appendingPathComponent($0).path }
        let check = try run(checker, ["--render"] + docx)
        #expect(check.status == 0, "\(check.output)")
        if let cover = fixture.files.first(where: { $0.hasPrefix("1-") && $0.hasSuffix("-Bia") }) {
            #expect(check.output.contains("\(cover).docx  (1 pages)"), "the cover is one page: \(check.output)")
        }

        // The printed text holds the facts that matter.
        for (file, facts) in fixture.facts {
            let text = try pdfText(out.appendingPathComponent("\(file).pdf"))
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for fact in facts {
                #expect(flat.localizedLowercase.contains(fact.localizedLowercase), "\(file).pdf lacks “\(fact)”")
            }
        }

        // Pages: counts, the last page's content, no nearly empty page, no page left a quarter
        // blank by a block pushed over, no placeholder, no doubled year or level — in each form and in Ho-so.
        for file in fixture.files + ["Ho-so"] {
            let pages = try pdfPages(out.appendingPathComponent("\(file).pdf"))
            let blank = try pdfBlankBelow(out.appendingPathComponent("\(file).pdf"))
            for fault in PageLayout.faults(pages, file: file, fixture: fixture) + PageLayout.gapFaults(pages, blankBelow: blank, file: file) {
                Issue.record("\(fixture.name) \(fault)")
            }
        }

        // Readable dumps of each form and of the bound book, kept as goldens (HOSO_RECORD_GOLDENS=1
        // re-records them).
        for file in fixture.files + ["Ho-so"] {
            let package = try OOXMLPackage.open(at: out.appendingPathComponent("\(file).docx"))
            try expectGolden(TextDump.dump(package), named: "\(fixture.name)/\(file).txt")
        }
    }

    @Test func renderingTwiceGivesByteIdenticalFiles() throws {
        let first = try temporaryFolder("twice-a"), second = try temporaryFolder("twice-b")
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for out in [first, second] {
            let result = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path])
            #expect(result.status == 0, "\(result.errors)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names.count == 10)
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two renders")
        }
    }

    @Test func badDataLeavesTheOutputFolderUntouched() throws {
        let folder = try temporaryFolder("untouched")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("cũ".utf8).write(to: out.appendingPathComponent("5-M3-Bao-cao.docx"))
        let data = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.yaml")
        try data.replacingOccurrences(of: "year: 2023", with: "year: hai nghìn").write(to: broken, atomically: true, encoding: .utf8)
        let result = try run(hosoExecutable, ["render", broken.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("broken.yaml:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["5-M3-Bao-cao.docx"])
        #expect(try String(contentsOf: out.appendingPathComponent("5-M3-Bao-cao.docx"), encoding: .utf8) == "cũ")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.yaml", "out"])
    }

    @Test func anExportedFormRendersLikeTheShippedOne() throws {
        let folder = try temporaryFolder("custom")
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("our-M3.docx").path
        #expect(try run(hosoExecutable, ["forms", "export", "M3", form]).status == 0)
        let shipped = folder.appendingPathComponent("shipped"), custom = folder.appendingPathComponent("custom")
        #expect(try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", shipped.path, "--only", "M3"]).status == 0)
        let result = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", custom.path, "--only", "M3", "--form", "M3=\(form)"])
        #expect(result.status == 0, "\(result.errors)")
        let a = try Data(contentsOf: shipped.appendingPathComponent("5-M3-Bao-cao.docx"))
        let b = try Data(contentsOf: custom.appendingPathComponent("5-M3-Bao-cao.docx"))
        #expect(a == b)
    }

    @Test func aCustomFormWithAnUnknownVariableIsRefusedWithItsLocation() throws {
        let folder = try temporaryFolder("custom-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let unpacked = folder.appendingPathComponent("form")
        let export = try run(hosoExecutable, ["forms", "export", "M3", folder.appendingPathComponent("m3.docx").path])
        #expect(export.status == 0)
        var package = try OOXMLPackage.open(at: folder.appendingPathComponent("m3.docx"))
        let document = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        package.setPart(
            "word/document.xml", Array(document.replacingOccurrences(of: "{{ score.total | number }}", with: "{{ score.totl | number }}").utf8))
        try package.write(to: unpacked.appendingPathExtension("docx"))
        let out = folder.appendingPathComponent("out")
        let result = try run(
            hosoExecutable,
            [
                "render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--only", "M3",
                "--form", "M3=\(unpacked.path).docx", "--lang", "en",
            ])
        #expect(result.status == 1)
        #expect(result.errors.contains("word/document.xml"))
        #expect(result.errors.contains("'score' has no field 'totl'. Did you mean 'total'?"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A fault the school's file carries (here a part without a content type) is reported against
    /// that file before anything renders, not as an internal error in the output.
    @Test func aCustomFormThatIsNotAValidPackageIsRefusedAsTheForm() throws {
        let folder = try temporaryFolder("custom-invalid")
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("m5.docx")
        #expect(try run(hosoExecutable, ["forms", "export", "M5", form.path]).status == 0)
        var package = try OOXMLPackage.open(at: form)
        package.setPart("word/media/notes.bin", Array("x".utf8))
        try package.write(to: form)
        let out = folder.appendingPathComponent("out")
        let result = try run(
            hosoExecutable,
            [
                "render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--only", "M5",
                "--form", "M5=\(form.path)", "--lang", "en",
            ])
        #expect(result.status == 1)
        #expect(
            result.errors == "\(form.path):word/media/notes.bin: error: this part has no content type in [Content_Types].xml\n",
            "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
