import Diagnostics
import Testing

@testable import AssessmentInput

/// libyaml's syntax errors, said in Vietnamese with the place and the fix; English only when asked.
@Suite struct SyntaxMessageTests {
    static func messages(_ text: String, in language: Language = .vi) -> [String] {
        YAMLSource.parse(text: text, file: "dl.yaml").diagnostics.map { $0.rendered(in: language) }
    }

    static let cases: [(name: String, text: String, expected: String)] = [
        (
            "mapping values", "meeting:\n  start: 14:00\n  place: Phòng họp: tầng 2\n",
            "dl.yaml:3:19: lỗi: lỗi cú pháp: có dấu ':' ở chỗ không được đặt 'khóa: giá trị': nếu giá trị có dấu ':' (giờ 14:00, 'Điều 2: …') hãy đặt cả giá trị trong dấu nháy kép \"…\"; nếu không, thụt lề dòng này thẳng hàng với các khóa cùng cấp"
        ),
        (
            "missing colon", "unit:\n  name: Trường A\n  parent UBND huyện\n  symbol: THA\n",
            "dl.yaml:4:3: lỗi: lỗi cú pháp: thiếu dấu ':' sau khóa: viết 'khóa: giá trị' (có dấu cách sau ':'); một giá trị dài xuống dòng phải thụt lề sâu hơn khóa hoặc nằm trong dấu nháy kép"
        ),
        (
            "a character that cannot start", "unit:\n  name: @Trường A\n",
            "dl.yaml:2:9: lỗi: lỗi cú pháp: ký tự '@' không được đứng đầu một giá trị: đặt cả giá trị trong dấu nháy kép \"…\"; nếu đó là phím Tab, thụt lề bằng dấu cách"
        ),
        (
            "tab indentation", "unit:\n\tname: Trường A\n",
            "dl.yaml:2:1: lỗi: lỗi cú pháp: có phím Tab ở đầu dòng: thụt lề bằng dấu cách, không dùng Tab (thường 2 dấu cách mỗi cấp)"
        ),
        (
            "tab indentation in a list", "narrative:\n  strengths:\n\t- Tốt\n",
            "dl.yaml:3:1: lỗi: lỗi cú pháp: có phím Tab ở đầu dòng: thụt lề bằng dấu cách, không dùng Tab (thường 2 dấu cách mỗi cấp)"
        ),
        (
            "unclosed quote", "unit:\n  name: \"Trường A\n  parent: UBND\n",
            "dl.yaml:2:9: lỗi: lỗi cú pháp: dấu nháy mở ở dòng 2 cột 9 chưa được đóng: thêm dấu nháy đóng cùng loại ở cuối giá trị"
        ),
        (
            "unclosed quote closed by the next line's", "unit:\n  name: \"Trường A\n  parent: \"UBND\"\n  symbol: THA\n",
            "dl.yaml:2:9: lỗi: lỗi cú pháp: dấu nháy mở ở đây chưa được đóng trên dòng này (dấu nháy ở dòng 3 bị hiểu là dấu đóng): thêm dấu nháy đóng cùng loại ở cuối giá trị"
        ),
        (
            "quotes inside a quoted list item", "narrative:\n  strengths:\n    - \"Hưởng ứng \"Ngày sách\" năm 2023\"\n    - Tốt\n",
            "dl.yaml:3:19: lỗi: lỗi cú pháp: trong câu đặt giữa hai dấu nháy kép \"…\" lại có dấu nháy kép, nên câu bị cắt ở đó: dùng dấu nháy đơn '…' bên ngoài, hoặc dấu nháy cong “…” bên trong"
        ),
        (
            "quotes inside a quoted value", "unit:\n  name: \"Trường \"Hòa Bình\"\"\n  symbol: THA\n",
            "dl.yaml:2:18: lỗi: lỗi cú pháp: trong câu đặt giữa hai dấu nháy kép \"…\" lại có dấu nháy kép, nên câu bị cắt ở đó: dùng dấu nháy đơn '…' bên ngoài, hoặc dấu nháy cong “…” bên trong"
        ),
        (
            "unclosed bracket", "members:\n  - {name: Lê Thị Duyên, position: Giáo viên\n  - {name: Trần Văn Khải}\n",
            "dl.yaml:3:5: lỗi: lỗi cú pháp: thiếu dấu ',' giữa hai mục (thường ở cuối dòng trên) hoặc dấu '{' mở ở dòng 2 cột 5 chưa đóng: thêm ',' hoặc '}'; nếu trong tên hay chức vụ có dấu ',' hoặc ':' hãy đặt giá trị trong dấu nháy kép, hoặc viết mỗi khóa một dòng (không dùng '{…}')"
        ),
        (
            "duplicated key on the first line", "unit: a\nyear: 2023\nunit: b\n",
            "dl.yaml:3:1: lỗi: khóa 'unit' đã có ở dòng 1, trong cùng một mục: giữ lại một (xóa hoặc đổi tên dòng này)"
        ),
    ]

    @Test(arguments: cases.indices)
    func eachCommonMistakeIsAVietnameseSentenceWithItsFix(_ index: Int) {
        let (_, text, expected) = Self.cases[index]
        #expect(Self.messages(text) == [expected])
    }

    @Test(arguments: cases.indices)
    func noEnglishFromLibyamlInVietnamese(_ index: Int) {
        let text = Self.messages(Self.cases[index].text).joined()
        for word in ["while", "found", "expected", "allowed", "scanning", "parsing", "context", "mapping"] {
            #expect(!text.contains(word), "'\(word)' in \(text)")
        }
    }

    @Test func englishWhenAsked() {
        #expect(
            Self.messages("unit: a\nyear: 2023\nunit: b\n", in: .en) == [
                "dl.yaml:3:1: error: the key 'unit' is already on line 1, in the same mapping: keep one (delete or rename this line)"
            ])
    }

    @Test func aNestedDuplicateIsLocatedAtTheRepeat() {
        #expect(
            Self.messages("unit:\n  name: A\n  # ghi chú\n  place: B\n  name: C\nyear: 2023\n") == [
                "dl.yaml:5:3: lỗi: khóa 'name' đã có ở dòng 2, trong cùng một mục: giữ lại một (xóa hoặc đổi tên dòng này)"
            ])
    }
}
