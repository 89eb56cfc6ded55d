import Foundation
import Testing

/// Every command's error paths speak Vietnamese unless `--lang en` is given: argument errors,
/// unknown commands, help texts, file-system failures.
@Suite struct CommandLineLanguageTests {
    /// Words the argument parser, Foundation or a C library print in English.
    static let englishMarkers = [
        "Error", "error:", "Usage", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "OVERVIEW", "Show ", "Missing",
        "Unknown", "Unexpected", "invalid", "default:", "values:", "Please", "No such", "couldn’t", "could not",
        "The file", "The operation", "NSCocoa", "Permission denied", "already exists", "Help:", "See '", "not a zip",
        "no such file",
    ]

    /// English words a sentence for a person would use, matched as whole words (so 'members_file'
    /// or a path does not count): any of them in Vietnamese output is English leaking through.
    static let englishWords = [
        "Error", "error", "Usage", "not", "file", "exists", "ok", "FAIL", "warn", "passed", "failed",
        "cannot", "the", "is", "missing", "folder", "Wrote",
    ]

    /// The whole English words of `englishWords` in `text`, the paths given on the command line left out.
    static func englishWords(in text: String, arguments: [String], scratch: String) -> [String] {
        // Option values are typed as they are ("--undefined error"), not prose.
        var scrubbed = text.replacingOccurrences(of: scratch, with: "").replacingOccurrences(of: "<error|empty>", with: "")
        for argument in arguments where argument.contains("/") { scrubbed = scrubbed.replacingOccurrences(of: argument, with: "") }
        let words = Set(scrubbed.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }).map(String.init))
        return englishWords.filter(words.contains)
    }

    /// One command line that must fail (or print help) and what it must say.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var testDescription: String { "hoso " + arguments.joined(separator: " ") }
    }

    /// Stands for the test's own scratch folder in `cases` (each test makes one and removes it).
    static let scratch = "@SCRATCH@"

    static let cases: [Case] = [
        Case(arguments: [], status: 0),
        Case(arguments: ["--help"], status: 0),
        Case(arguments: ["chek", "x.yaml"], status: 64),
        Case(arguments: ["forms", "exprt"], status: 64),
        Case(arguments: ["help", "render"], status: 0),
        Case(arguments: ["init", "--regime", "TT23", "\(scratch)/a.yaml"], status: 64),
        Case(arguments: ["init", "/nonexistent/folder/a.yaml"], status: 2),
        Case(arguments: ["init", "--from", "/nonexistent.yaml", "\(scratch)/b.yaml"], status: 2),
        Case(arguments: ["check"], status: 64),
        Case(arguments: ["check", "--pdf", "x.yaml"], status: 64),
        Case(arguments: ["check", "/nonexistent.yaml"], status: 2),
        Case(arguments: ["check", "--lang", "fr", "x.yaml"], status: 64),
        Case(arguments: ["check", "\(scratch)/m3.docx"], status: 1),
        Case(arguments: ["render", "Fixtures/an-son-2023.yaml"], status: 64),
        Case(arguments: ["render", "Fixtures/an-son-2023.yaml", "-o"], status: 64),
        Case(arguments: ["render", "--help"], status: 0),
        Case(arguments: ["render", "/nonexistent.yaml", "-o", "\(scratch)/out"], status: 2),
        Case(arguments: ["render", "Fixtures/an-son-2023.yaml", "-o", "\(scratch)/out", "--form", "M3"], status: 64),
        Case(arguments: ["render", "Fixtures/an-son-2023.yaml", "-o", "\(scratch)/out", "--form", "M3=/nonexistent.docx"], status: 1),
        Case(arguments: ["verify"], status: 64),
        Case(arguments: ["verify", "\(scratch)/m3.docx", "--form", "M3"], status: 64),
        Case(arguments: ["archive", "\(scratch)", "-o", "\(scratch)/b.zip", "--signed", "\(scratch)/m3.docx", "--form", "=m3.docx"], status: 64),
        Case(arguments: ["archive", "\(scratch)", "-o", "\(scratch)/a.zip"], status: 64),
        Case(arguments: ["forms", "export", "M3"], status: 64),
        Case(arguments: ["forms", "export", "M3", "/nonexistent/folder/m3.docx"], status: 2),
        Case(arguments: ["validate"], status: 64),
        Case(arguments: ["validate", "/nonexistent.docx"], status: 1),
        Case(arguments: ["validate", "\(scratch)/empty.docx"], status: 1),
        Case(arguments: ["members"], status: 0),
        Case(arguments: ["members", "import"], status: 64),
        Case(arguments: ["members", "import", "/nonexistent.xlsx", "--into", "\(scratch)/d.yaml"], status: 2),
        Case(arguments: ["members", "import", "\(scratch)/m3.docx", "--into", "\(scratch)/d.yaml"], status: 1),
        Case(arguments: ["members", "export", "/nonexistent.yaml", "-o", "\(scratch)/ds.xlsx"], status: 2),
        Case(arguments: ["members", "export", "-o", "/nonexistent/folder/ds.xlsx"], status: 2),
        Case(arguments: ["members", "exprt"], status: 64),
        Case(arguments: ["fill"], status: 64),
        Case(arguments: ["fill", "/nonexistent.docx"], status: 2),
        Case(arguments: ["fill", "\(scratch)/m3.docx"], status: 64),
        Case(arguments: ["check", "\(scratch)"], status: 2),
        Case(arguments: ["members", "export", "-o", "/proc/hoso-x.xlsx"], status: 2),
        Case(arguments: ["init", "/proc/hoso-x.yaml"], status: 2),
        Case(arguments: ["forms", "export", "M3", "/proc/hoso-m3.docx"], status: 2),
        Case(arguments: ["render", "Fixtures/an-son-2023.yaml", "-o", "/proc/hoso-x"], status: 2),
        Case(arguments: ["validate", "\(scratch)/m3.docx"], status: 0),
        Case(arguments: ["verify", "\(scratch)/m3.docx"], status: 1),
    ]

    /// A new scratch folder holding `empty.docx` and `m3.docx`; the caller removes it.
    static func prepare() throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-lang-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: "\(scratch)/empty.docx", contents: Data())
        _ = try run(hosoExecutable, ["forms", "export", "M3", "\(scratch)/m3.docx"])
        return scratch
    }

    /// `arguments` with the placeholder replaced by `scratch`.
    static func arguments(_ arguments: [String], in scratch: String) -> [String] {
        arguments.map { $0.replacingOccurrences(of: Self.scratch, with: scratch) }
    }

    @Test(arguments: cases)
    func noEnglishReachesAVietnameseUser(_ item: Case) throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let arguments = Self.arguments(item.arguments, in: scratch)
        let result = try run(hosoExecutable, arguments)
        let printed = result.output + result.errors
        #expect(result.status == item.status, "\(printed)")
        #expect(!printed.isEmpty)
        let english = Self.englishMarkers.filter { printed.contains($0) }
        #expect(english.isEmpty, "\(english) in:\n\(printed)")
        let words = Self.englishWords(in: printed, arguments: arguments, scratch: scratch)
        #expect(words.isEmpty, "\(words) in:\n\(printed)")
    }

    @Test(arguments: cases.filter { !$0.arguments.isEmpty })
    func englishIsGivenWhenAskedFor(_ item: Case) throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try run(hosoExecutable, Self.arguments(item.arguments, in: scratch) + ["--lang", "en"])
        let printed = result.output + result.errors
        #expect(!printed.contains("lỗi:"), "\(printed)")
        #expect(!printed.contains("Cách dùng"), "\(printed)")
    }

    @Test func anUnknownCommandSuggestsTheNearestOne() throws {
        let result = try run(hosoExecutable, ["chek", "x.yaml"])
        #expect(
            result.errors.split(separator: "\n").first
                == "hoso: lỗi: không có lệnh 'chek'. Có phải ý bạn là 'check'? Các lệnh: init, check, members, render, verify, archive, forms, validate, fill, serve"
        )
        let english = try run(hosoExecutable, ["chek", "--lang", "en"])
        #expect(
            english.errors.split(separator: "\n").first
                == "hoso: error: there is no command 'chek'. Did you mean 'check'? Commands: init, check, members, render, verify, archive, forms, validate, fill, serve"
        )
    }

    /// `--regime` is read as a data file's `regime:` is, and refused with the words of `hoso check`.
    @Test func anUnknownRegimeIsRefusedAsCheckRefusesIt() throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try run(hosoExecutable, ["init", "--regime", "TT23", "\(scratch)/a.yaml"])
        #expect(result.status == 64)
        #expect(
            result.errors.split(separator: "\n").first
                == "hoso: lỗi: --regime: 'TT23' không hợp lệ. Có phải ý bạn là 'tt22'? Chọn một trong: tt22, tt24")
        let english = try run(hosoExecutable, ["init", "--regime", "TT23", "--lang", "en", "\(scratch)/a.yaml"])
        #expect(
            english.errors.split(separator: "\n").first
                == "hoso: error: --regime: 'TT23' is not valid. Did you mean 'tt22'? Choose one of: tt22, tt24")
        try "regime: TT23\n".write(toFile: "\(scratch)/b.yaml", atomically: true, encoding: .utf8)
        let checked = try run(hosoExecutable, ["check", "\(scratch)/b.yaml"])
        #expect(
            checked.output.contains("\(scratch)/b.yaml:1:9: lỗi: regime: 'TT23' không hợp lệ. Có phải ý bạn là 'tt22'? Chọn một trong: tt22, tt24"))
        // Any case, as in a data file.
        #expect(try run(hosoExecutable, ["init", "--regime", "Tt24", "\(scratch)/c.yaml"]).status == 0)
        #expect(try String(contentsOfFile: "\(scratch)/c.yaml", encoding: .utf8).contains("\nregime: TT24 "))
        #expect(!FileManager.default.fileExists(atPath: "\(scratch)/a.yaml"))
    }

    /// `--form ID=FILE` is one option type shared by render, verify and archive: the same refusal.
    @Test func aMalformedFormIsRefusedAlikeByRenderVerifyAndArchive() throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let commands = [
            ["render", "Fixtures/an-son-2023.yaml", "-o", "\(scratch)/out"], ["verify", "\(scratch)/m3.docx"],
            ["archive", scratch, "-o", "\(scratch)/b.zip", "--signed", "\(scratch)/m3.docx"],
        ]
        for command in commands {
            let result = try run(hosoExecutable, command + ["--form", "M3"])
            #expect(result.status == 64)
            #expect(result.errors.split(separator: "\n").first == "hoso: lỗi: --form M3: cần dạng ID=tệp.docx, ví dụ M3=mau-M3.docx")
        }
    }

    @Test func renderWithoutOutputSaysWhatIsMissing() throws {
        let result = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml"])
        #expect(
            result.errors.split(separator: "\n").prefix(2) == [
                "hoso: lỗi: thiếu '--output <thư-mục>'",
                "Gợi ý: -o <thư-mục>  Thư mục ghi hồ sơ.",
            ])
    }

    @Test func checkOnAWordFileSaysItIsNotData() throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try run(hosoExecutable, ["check", "\(scratch)/m3.docx"])
        #expect(result.output.hasPrefix("\(scratch)/m3.docx: lỗi: đây là tệp Word, không phải tệp dữ liệu"))
    }

    @Test func helpHasNoParserEnglish() throws {
        let result = try run(hosoExecutable, ["--help"])
        #expect(result.output.contains("In phiên bản."))
        #expect(result.output.contains("CÁC LỆNH:"))
        #expect(!result.output.contains("Show the version."))
    }

    @Test func anUnwritableFolderIsASentenceWithThePathAndStatusTwo() throws {
        let result = try run(hosoExecutable, ["members", "export", "-o", "/proc/hoso-x.xlsx"])
        #expect(result.status == 2)
        #expect(
            result.errors
                == "hoso: lỗi: không ghi được '/proc/hoso-x.xlsx': thư mục '/proc' có nhưng không cho tạo tệp trong đó; chọn thư mục khác, ví dụ thư mục của mình\n"
        )
        let missing = try run(hosoExecutable, ["check", "/nonexistent.yaml"])
        #expect(missing.status == 2)
        #expect(missing.errors == "hoso: lỗi: không có tệp hay thư mục '/nonexistent.yaml': kiểm tra lại đường dẫn\n")
    }

    @Test func initFromLastYearSaysWhatItKeptAndWhatItCleared() throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let target = "\(scratch)/nam-moi.yaml"
        let result = try run(hosoExecutable, ["init", "--from", "Fixtures/an-son-2023.yaml", target])
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            result.output.split(separator: "\n").dropFirst().map(String.init) == [
                "Giữ từ năm 2023: đơn vị, người ký, căn cứ, Hội đồng (8 người), họ tên và chức vụ của 28 thành viên, bộ tiêu chí.",
                "Để trống cần điền (<…>): năm, số và ngày văn bản, cuộc họp và biểu quyết, điểm và minh chứng, khen thưởng, các đoạn báo cáo, và kết quả năm 2024 của từng thành viên (kế hoạch tự học, kỷ luật, bồi dưỡng, danh hiệu thi đua, công dân học tập); ghi chú năm trước chỉ còn là dòng chú thích.",
            ])
    }

    /// Moving a TT22 year to TT24 says what it replaced (the circular, the rubric, the roles, the
    /// tasks) instead of claiming it kept the rubric, and does not repeat last year's advice to run
    /// this very command.
    @Test func initFromLastYearIntoTT24SaysWhatItReplaced() throws {
        let scratch = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let last = "\(scratch)/2024.yaml"
        let text = try String(contentsOfFile: "Fixtures/an-son-2023.yaml", encoding: .utf8)
        try text.replacingOccurrences(of: "\nyear: 2023", with: "\nyear: 2024").write(toFile: last, atomically: true, encoding: .utf8)
        let stayed = try run(hosoExecutable, ["check", last])
        #expect((stayed.output + stayed.errors).contains("'hoso init --regime tt24 --from tệp-này.yaml tệp-mới.yaml'"))
        let target = "\(scratch)/nam-moi.yaml"
        let result = try run(hosoExecutable, ["init", "--regime", "tt24", "--from", last, target])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.contains("hoso init --regime tt24"))
        #expect(
            result.output.split(separator: "\n").dropFirst().map(String.init) == [
                "Giữ từ năm 2024: đơn vị, người ký, các căn cứ khác, thành viên Hội đồng (8 người, nay là Tổ đánh giá), họ tên và chức vụ của 28 thành viên.",
                "Chuyển từ TT22 sang TT24: căn cứ Thông tư 22/2020/TT-BGDĐT đã thay bằng Thông tư 24/2023/TT-BGDĐT; bộ tiêu chí là của TT24; vai trò trong Tổ đánh giá đổi theo TT24; nhiệm vụ của Tổ đánh giá là mẫu mới (nhiệm vụ năm trước để ở dòng chú thích).",
                "Để trống cần điền (<…>): năm, số và ngày văn bản, cuộc họp và biểu quyết, chỉ tiêu và minh chứng, khen thưởng, các đoạn báo cáo, và kết quả năm 2025 của từng thành viên (kế hoạch tự học, kỷ luật, bồi dưỡng, danh hiệu thi đua, công dân học tập); ghi chú năm trước chỉ còn là dòng chú thích.",
            ])
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(
            written.contains(
                "\n  - \"Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận Đơn vị học tập\"\n"))
    }

    @Test func aFileSystemErrorIsASentenceWithThePath() throws {
        let result = try run(hosoExecutable, ["init", "/nonexistent/folder/a.yaml"])
        #expect(result.errors == "hoso: lỗi: không có tệp hay thư mục '/nonexistent/folder/a.yaml': kiểm tra lại đường dẫn\n")
    }
}
