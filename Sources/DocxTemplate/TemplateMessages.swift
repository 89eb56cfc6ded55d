import Diagnostics

/// Every message the template engine shows the user, in one place.
enum TemplateMessages {
    // MARK: Syntax inside a tag

    static let emptyTag = LocalizedText(vi: "thẻ rỗng, cần một biến hoặc biểu thức", en: "empty tag; a variable or expression is needed")
    static let unterminatedString = LocalizedText(vi: "chuỗi thiếu dấu nháy đóng", en: "string literal without its closing quote")
    static let missingKeyword = LocalizedText(
        vi: "thiếu từ khoá (if, elif, else, endif, for, endfor, set)", en: "missing keyword (if, elif, else, endif, for, endfor, set)")
    static let expectedSetName = LocalizedText(
        vi: "sau 'set' cần tên biến rồi '=', ví dụ {% set tong = a + b %}", en: "'set' needs a variable name and '=', e.g. {% set total = a + b %}")
    static let expectedTestName = LocalizedText(
        vi: "sau 'is' cần tên phép thử, ví dụ 'defined' hoặc 'none'", en: "a test name is needed after 'is', e.g. 'defined' or 'none'")
    static let divisionByZero = LocalizedText(vi: "chia cho 0", en: "division by zero")

    static func unknownTest(_ name: String, known: [String]) -> LocalizedText {
        suggest(LocalizedText(vi: "không có phép thử '\(name)'", en: "unknown test '\(name)'"), name: name, among: known)
    }

    static func unknownMethod(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "không hỗ trợ phương thức '\(name)()' (chỉ có items(), keys(), values(), loop.cycle(…))",
            en: "unsupported method '\(name)()' (only items(), keys(), values(), loop.cycle(…))")
    }

    static func unknownFunction(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "không có hàm '\(name)()': mẫu chỉ gọi được range(…); hãy dùng một bộ lọc, ví dụ x | \(name)",
            en: "no function '\(name)()': a template can only call range(…); use a filter instead, e.g. x | \(name)")
    }

    static func testArgument(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "phép thử '\(name)' cần đúng một đối số, ví dụ x is \(name)(3)", en: "test '\(name)' takes exactly one argument, e.g. x is \(name)(3)"
        )
    }

    static func rangeArguments() -> LocalizedText {
        LocalizedText(
            vi: "range cần 1 đến 3 số nguyên: range(dừng), range(đầu, dừng), range(đầu, dừng, bước), bước khác 0",
            en: "range takes 1 to 3 whole numbers: range(stop), range(start, stop), range(start, stop, step), a step other than 0")
    }

    static func rangeTooLong(_ count: Int) -> LocalizedText {
        LocalizedText(
            vi: "range cho \(count) số, quá giới hạn \(JinjaFunctions.maxRange)",
            en: "range gives \(count) numbers, over the limit of \(JinjaFunctions.maxRange)")
    }

    static let sliceArguments = LocalizedText(
        vi: "phần cắt [đầu:cuối:bước] cần số nguyên, bước khác 0, trên một danh sách hoặc chuỗi",
        en: "a slice [start:stop:step] needs whole numbers, a step other than 0, on a list or a string")

    static let cycleOutsideLoop = LocalizedText(
        vi: "loop.cycle(…) chỉ dùng được trong vòng lặp, với ít nhất một giá trị",
        en: "loop.cycle(…) works inside a loop only, with at least one value")

    static func methodNeedsObject(_ name: String, got: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "'\(name)()' cần một đối tượng, nhận được \(got.vi)", en: "'\(name)()' needs an object, got a \(got.en)")
    }

    static func cannotNegate(_ kind: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "không đổi dấu được \(kind.vi), chỉ số", en: "cannot negate a \(kind.en), only a number")
    }

    static func mixedSort(_ filter: String) -> LocalizedText {
        LocalizedText(
            vi: "bộ lọc '\(filter)' không so được số với chuỗi trong cùng danh sách",
            en: "filter '\(filter)' cannot order numbers and texts in one list")
    }

    static func badFormat(_ pattern: String) -> LocalizedText {
        LocalizedText(
            vi: "mẫu định dạng '\(pattern)' không khớp các tham số (dùng %s cho chữ, %d cho số nguyên, %.2f cho số thập phân, %% cho dấu %)",
            en:
                "format pattern '\(pattern)' does not match its arguments (use %s for text, %d for whole numbers, %.2f for decimals, %% for a percent sign)"
        )
    }

    static func cannotApply(_ op: String, _ left: LocalizedKind, _ right: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "không tính được \(left.vi) \(op) \(right.vi)", en: "cannot compute \(left.en) \(op) \(right.en)")
    }
    static let expectedLoopVariable = LocalizedText(
        vi: "sau 'for' cần tên biến vòng lặp, ví dụ {% for m in members %}",
        en: "'for' needs a loop variable name, e.g. {% for m in members %}")
    static let expectedFilterName = LocalizedText(vi: "sau '|' cần tên bộ lọc", en: "a filter name is needed after '|'")
    static let expectedMember = LocalizedText(vi: "sau '.' cần tên trường", en: "a field name is needed after '.'")
    static let unexpectedEnd = LocalizedText(vi: "biểu thức kết thúc đột ngột", en: "the expression ends too early")

    static func unexpectedCharacter(_ character: Character) -> LocalizedText {
        LocalizedText(vi: "ký tự không hợp lệ '\(character)'", en: "unexpected character '\(character)'")
    }

    static func expected(_ text: String) -> LocalizedText {
        LocalizedText(vi: "thiếu '\(text)'", en: "expected '\(text)'")
    }

    static func unexpectedToken(_ text: String) -> LocalizedText {
        LocalizedText(vi: "không mong đợi '\(text)' ở đây", en: "unexpected '\(text)'")
    }

    static func unknownStatement(_ keyword: String) -> LocalizedText {
        LocalizedText(
            vi: "không hỗ trợ lệnh '\(keyword)' (chỉ có if, elif, else, endif, for, endfor, set)",
            en: "unsupported statement '\(keyword)' (only if, elif, else, endif, for, endfor, set)")
    }

    static let mergingNeedsInlineTag = LocalizedText(
        vi:
            "dấu '-' nối đoạn chỉ dùng được với thẻ {%- … -%} trong đoạn; thẻ {%p %}, {%tr %}, {%tc %} đã bị xoá cùng đoạn, hàng, ô của nó — hãy bỏ dấu '-'",
        en:
            "the merging '-' only works on {%- … -%} tags inside a paragraph; {%p %}, {%tr %} and {%tc %} tags go with their paragraph, row or cell — remove the '-'"
    )

    static let mergeMarkOnValue = LocalizedText(
        vi:
            "dấu '-' của Jinja ({{- … -}}) chưa dùng được với thẻ giá trị; hoso chỉ nối đoạn bằng {%- … -%} — hãy viết {{ … }} và tự bỏ khoảng trắng quanh thẻ nếu cần",
        en:
            "Jinja's whitespace '-' ({{- … -}}) does not work on value tags yet; hoso joins text only with {%- … -%} — write {{ … }} and remove the spaces around the tag if needed"
    )

    static let misplacedMergeMark = LocalizedText(
        vi: "dấu '-' nối đoạn phải liền với dấu mở hoặc đóng thẻ: {%- if x -%}",
        en: "the merging '-' must touch the tag's delimiter: {%- if x -%}")

    static let mergeAcrossEdge = LocalizedText(
        vi:
            "thẻ {%- … -%} chỉ nối được với chữ trong cùng đoạn hoặc đoạn kề bên cùng thân văn bản, cùng ô bảng; chữ gần nhất nằm bên kia một bảng, một ô hoặc một khung chữ — hãy bỏ dấu '-' hoặc đưa thẻ về cạnh chữ cần nối",
        en:
            "a {%- … -%} tag only joins text in its own paragraph or a neighbouring paragraph of the same body or table cell; the nearest text is across a table, cell or text-box edge — remove the '-' or move the tag next to the text to join"
    )

    static func cellTagWithScope(_ tag: String) -> LocalizedText {
        LocalizedText(
            vi: "thẻ ô bảng (colspan, cellbg, hm, vm) viết không có tiền tố: {% colspan 2 %}, {% hm %} — không phải '\(tag)'",
            en: "cell tags (colspan, cellbg, hm, vm) take no prefix: {% colspan 2 %}, {% hm %} — not '\(tag)'")
    }

    static func cellTagOutsideTable(_ tag: String) -> LocalizedText {
        LocalizedText(
            vi: "thẻ '\(tag)' đổi ô bảng chứa nó, nên phải nằm trong một ô của bảng",
            en: "'\(tag)' changes the table cell holding it, so it must be inside a table cell")
    }

    static let cellLoopOutsideTable = LocalizedText(
        vi: "thẻ {%tc %} phải nằm trong một ô của bảng", en: "a {%tc %} tag must be inside a table cell")

    static func mergeOutsideLoop(_ keyword: String, loop: String) -> LocalizedText {
        LocalizedText(
            vi: "{% \(keyword) %} gộp các ô do một vòng lặp \(loop) tạo ra, nên phải nằm trong vòng lặp đó",
            en: "{% \(keyword) %} merges the cells a \(loop) loop makes, so it must be inside that loop")
    }

    static func badColumnSpan(_ printed: String) -> LocalizedText {
        LocalizedText(
            vi: "{% colspan %} cần một số nguyên từ 1 đến 63 (số cột ô chiếm), không phải \(printed)",
            en: "{% colspan %} needs a whole number from 1 to 63 (the columns the cell spans), not \(printed)")
    }

    static func badCellColour(_ printed: String) -> LocalizedText {
        LocalizedText(
            vi: "{% cellbg %} cần một mã màu 6 chữ số hệ 16 như 'FFC000' (hoặc 'auto'), không phải \(printed)",
            en: "{% cellbg %} needs a 6-digit hexadecimal colour such as 'FFC000' (or 'auto'), not \(printed)")
    }

    static func sharesRemovedCell(_ other: String) -> LocalizedText {
        LocalizedText(
            vi: "ô chứa thẻ {%tc %} hoặc chú thích {#tc #} bị xoá khi điền, nên thẻ '\(other)' cùng ô sẽ mất; hãy chuyển nó sang ô khác",
            en:
                "the cell holding a {%tc %} tag or a {#tc #} comment is removed when filling, so '\(other)' in the same cell would be lost; move it to another cell"
        )
    }

    static let cellCommentOutsideTable = LocalizedText(
        vi: "chú thích {#tc #} phải nằm trong một ô của bảng", en: "a {#tc #} comment must be inside a table cell")
    static let rowCommentOutsideTable = LocalizedText(
        vi: "chú thích {#tr #} phải nằm trong một hàng của bảng", en: "a {#tr #} comment must be inside a table row")

    // MARK: Tags in the document

    static func unclosedTag(_ opening: String) -> LocalizedText {
        let closing =
            switch opening {
            case "{{": "}}"
            case "{%": "%}"
            case "{_{": "}_}"
            case "{_%": "%_}"
            default: "#}"
            }
        return LocalizedText(
            vi: "'\(opening)' không có '\(closing)' đóng trong cùng đoạn", en: "'\(opening)' has no closing '\(closing)' in the same paragraph")
    }

    static func crossesBoundary(_ boundary: Boundary) -> LocalizedText {
        LocalizedText(
            vi: "thẻ vắt qua ranh giới \(boundary.vi); hãy gõ lại cả thẻ bên trong hoặc bên ngoài \(boundary.vi)",
            en: "the tag crosses a \(boundary.en) boundary; retype the whole tag inside or outside the \(boundary.en)")
    }

    /// A tag in text hoso does not fill (ruby, a tracked move, deleted text): said, never left as typed.
    static func tagInUnreadElement(_ element: String) -> LocalizedText {
        let (vi, en): (String, String) =
            switch element {
            case "ruby": ("chữ chú âm (ruby)", "ruby (phonetic guide) text")
            case "moveFrom": ("đoạn văn bản đã chuyển đi (theo dõi thay đổi)", "text moved away (tracked changes)")
            case "del": ("đoạn văn bản đã xóa (theo dõi thay đổi)", "deleted text (tracked changes)")
            default: ("phần tử '\(element)'", "a '\(element)' element")
            }
        return LocalizedText(
            vi: "hoso không điền thẻ nằm trong \(vi); hãy đưa thẻ ra ngoài (hoặc chấp nhận/từ chối thay đổi trong Word)",
            en: "hoso does not fill a tag inside \(en); move the tag out of it (or accept or reject the change in Word)")
    }

    /// Places a tag cannot cross.
    enum Boundary {
        case hyperlink, field, contentControl, other

        var vi: String {
            switch self {
            case .hyperlink: "siêu liên kết"
            case .field: "trường (field)"
            case .contentControl: "điều khiển nội dung (content control)"
            case .other: "phần tử"
            }
        }

        var en: String {
            switch self {
            case .hyperlink: "hyperlink"
            case .field: "field"
            case .contentControl: "content control"
            case .other: "element"
            }
        }
    }

    static func unknownFilter(_ name: String, known: [String]) -> LocalizedText {
        suggest(
            LocalizedText(vi: "không có bộ lọc '\(name)'", en: "unknown filter '\(name)'"),
            name: name, among: known)
    }

    static func unmatched(_ tag: String, opener: String) -> LocalizedText {
        LocalizedText(
            vi: "\(tag) không có \(opener) tương ứng ở cùng cấp (cùng thân văn bản, ô bảng hoặc đoạn)",
            en: "\(tag) has no matching \(opener) at the same level (same body, table cell or paragraph)")
    }

    /// An inline `{% if %}`/`{% for %}` left open at the end of its container.
    static func inlineUnclosed(isLoop: Bool) -> LocalizedText {
        let closer = isLoop ? "{% endfor %}" : "{% endif %}"
        return LocalizedText(
            vi:
                "thẻ không được đóng: thiếu \(closer) sau nó, trong cùng đoạn hoặc một đoạn sau của cùng thân văn bản, ô bảng, đầu trang hoặc chân trang; hãy thêm \(closer) vào chỗ khối kết thúc",
            en:
                "the tag is never closed: \(closer) is missing after it, in the same paragraph or a later one of the same body, table cell, header or footer; add \(closer) where the block ends"
        )
    }

    /// An inline closer with no opener before it in its container.
    static func inlineUnmatched(_ tag: String, opener: String) -> LocalizedText {
        LocalizedText(
            vi:
                "\(tag) không có \(opener) tương ứng trước nó trong cùng thân văn bản, ô bảng, đầu trang hoặc chân trang; hãy xoá thẻ này hoặc thêm \(opener) vào chỗ khối bắt đầu",
            en:
                "\(tag) has no matching \(opener) before it in the same body, table cell, header or footer; delete this tag or add \(opener) where the block starts"
        )
    }

    /// An inline opener whose closer is in another container.
    static func inlineAcrossContainers(closer: String, at place: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi:
                "khối mở ở đây nhưng \(closer) của nó ở \(place.vi), ngoài thân văn bản, ô bảng, đầu trang hoặc chân trang chứa thẻ này: một khối phải mở và đóng trong cùng một nơi; hãy chuyển hai thẻ vào cùng một nơi, hoặc đóng và mở lại khối ở mỗi nơi",
            en:
                "the block opens here but its \(closer) is in \(place.en), outside the body, table cell, header or footer holding this tag: a block opens and closes in one place; move both tags into the same place, or close and reopen the block in each"
        )
    }

    /// An inline closer whose opener is in another container.
    static func inlineClosedAcrossContainers(opener: String, at place: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi:
                "thẻ đóng khối \(opener) mở ở \(place.vi), ngoài thân văn bản, ô bảng, đầu trang hoặc chân trang chứa thẻ này: một khối phải mở và đóng trong cùng một nơi; hãy chuyển hai thẻ vào cùng một nơi",
            en:
                "this tag closes \(opener), which opens in \(place.en), outside the body, table cell, header or footer holding this tag: a block opens and closes in one place; move both tags into the same place"
        )
    }

    static func unclosed(_ closer: String) -> LocalizedText {
        LocalizedText(
            vi: "thẻ không được đóng: thiếu \(closer) ở cùng cấp (cùng thân văn bản, ô bảng hoặc đoạn)",
            en: "the tag is never closed: \(closer) is missing at the same level (same body, table cell or paragraph)")
    }

    static func scopeMismatch(_ closer: String, opener: String) -> LocalizedText {
        LocalizedText(
            vi: "\(closer) đóng một thẻ mở bằng \(opener); hai thẻ phải cùng loại",
            en: "\(closer) closes a tag opened with \(opener); both must be of the same kind")
    }

    static let elseAfterElse = LocalizedText(vi: "'else' hoặc 'elif' đứng sau 'else'", en: "'else' or 'elif' after 'else'")
    static let elseInFor = LocalizedText(vi: "'else'/'elif' chỉ dùng trong 'if'", en: "'else'/'elif' only belong in an 'if'")

    static let rowTagOutsideTable = LocalizedText(
        vi: "thẻ {%tr %} phải nằm trong một hàng của bảng", en: "a {%tr %} tag must be inside a table row")

    static func sharesValueParagraph(_ other: String) -> LocalizedText {
        LocalizedText(
            vi: "đoạn chứa thẻ {{p }} được thay bằng các đoạn của giá trị, nên thẻ '\(other)' cùng đoạn sẽ mất; hãy chuyển nó sang đoạn khác",
            en:
                "the paragraph holding a {{p }} tag is replaced by the value's paragraphs, so '\(other)' in the same paragraph would be lost; move it to another paragraph"
        )
    }

    static func sharesRemovedElement(_ other: String, scope: StatementScope) -> LocalizedText {
        if scope == .cell { return sharesRemovedCell(other) }
        return scope == .row
            ? LocalizedText(
                vi: "hàng chứa thẻ {%tr %} bị xoá khi điền, nên thẻ '\(other)' cùng hàng sẽ mất; hãy chuyển nó sang hàng khác",
                en: "the row holding a {%tr %} tag is removed when filling, so '\(other)' in the same row would be lost; move it to another row")
            : LocalizedText(
                vi: "đoạn chứa thẻ {%p %} bị xoá khi điền, nên thẻ '\(other)' cùng đoạn sẽ mất; hãy chuyển nó sang đoạn khác",
                en:
                    "the paragraph holding a {%p %} tag is removed when filling, so '\(other)' in the same paragraph would be lost; move it to another paragraph"
            )
    }

    /// `place` is `CorePropertiesTemplate.place(of:)`: "tiêu đề tài liệu", "thuộc tính tài liệu “creator”".
    static func statementInProperty(_ place: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "\(place.vi) chỉ nhận thẻ {{ }}", en: "the \(place.en) accepts only {{ }} tags")
    }

    // MARK: Values

    static func unknownVariable(_ path: String, known: [String]) -> LocalizedText {
        suggest(LocalizedText(vi: "không có biến '\(path)' trong dữ liệu", en: "no variable '\(path)' in the data"), name: path, among: known)
    }

    static func missingField(_ path: String, field: String, known: [String]) -> LocalizedText {
        suggest(
            LocalizedText(vi: "'\(path)' không có trường '\(field)'", en: "'\(path)' has no field '\(field)'"),
            name: field, among: known)
    }

    static func notAList(_ path: String, kind: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "'\(path)' là \(kind.vi), không phải danh sách để lặp", en: "'\(path)' is a \(kind.en), not a list to loop over")
    }

    static func filterInput(_ filter: String, expected: String, expectedEnglish: String, got: LocalizedKind) -> LocalizedText {
        LocalizedText(
            vi: "bộ lọc '\(filter)' cần \(expected), nhận được \(got.vi)",
            en: "filter '\(filter)' needs a \(expectedEnglish), got a \(got.en)")
    }

    static func filterArguments(_ filter: String, usage: String) -> LocalizedText {
        LocalizedText(vi: "sai tham số cho bộ lọc '\(filter)'; cách dùng: \(usage)", en: "wrong arguments for filter '\(filter)'; usage: \(usage)")
    }

    static func invalidDate(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(text)' không phải ngày dạng NNNN-TT-NN (ví dụ 2024-01-05)",
            en: "'\(text)' is not a date written YYYY-MM-DD (e.g. 2024-01-05)")
    }

    /// A value holding a character a run cannot carry: names the character (U+0001), where it
    /// is in the value, and the value's path.
    static func unwritableCharacter(_ invalid: RunText.InvalidCharacter, in text: String, of expression: Expression) -> LocalizedText {
        let (vi, en) = describeUnwritable(invalid, in: text, of: expression)
        return LocalizedText(
            vi: vi + " mà Word không mở được; hãy xoá ký tự này khỏi dữ liệu (được dùng: \\n xuống dòng, \\t tab, \\a đoạn mới, \\f ngắt trang)",
            en: en + ", which Word cannot open; remove it from the data (allowed: \\n line break, \\t tab, \\a new paragraph, \\f page break)")
    }

    /// A value for the document title holding a control character.
    static func unwritableInProperty(
        _ invalid: RunText.InvalidCharacter, in text: String, of expression: Expression, place: LocalizedText
    ) -> LocalizedText {
        let (vi, en) = describeUnwritable(invalid, in: text, of: expression)
        return LocalizedText(
            vi: vi + "; \(place.vi) chỉ nhận văn bản thường, hãy xoá ký tự này khỏi dữ liệu",
            en: en + "; the \(place.en) takes plain text only, remove it from the data")
    }

    private static func describeUnwritable(_ invalid: RunText.InvalidCharacter, in text: String, of expression: Expression) -> (String, String) {
        let hex = String(invalid.scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let before = text.unicodeScalars.prefix(invalid.offset)
        let shown = String(String.UnicodeScalarView(before.suffix(20)))
        let (viWhere, enWhere) =
            invalid.offset == 0
            ? ("ở đầu", "at its start")
            : ("sau '\(before.count > 20 ? "…" : "")\(shown)'", "after '\(before.count > 20 ? "…" : "")\(shown)'")
        let (viValue, enValue) =
            if let path = expression.path {
                ("giá trị của '\(path)'", "the value of '\(path)'")
            } else {
                ("giá trị", "the value")
            }
        return ("\(viValue) có ký tự điều khiển \(code) \(viWhere)", "\(enValue) holds control character \(code) \(enWhere)")
    }

    static func listPrinted(_ path: String?) -> LocalizedText {
        let name = path ?? "…"
        return LocalizedText(
            vi:
                "'\(name)' là danh sách, không in thẳng được; hãy nối các phần tử, ví dụ {{ \(name) | join(\", \") }}, hoặc lặp qua nó bằng {% for %}",
            en:
                "'\(name)' is a list and cannot be printed as it is; join its items, e.g. {{ \(name) | join(\", \") }}, or loop over it with {% for %}"
        )
    }

    static func objectPrinted(_ path: String?, fields: [String]) -> LocalizedText {
        let name = path ?? "…"
        let list = fields.prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (fields.count > 12 ? ", …" : "")
        return LocalizedText(
            vi: "'\(name)' là đối tượng, không in thẳng được; hãy in một trường của nó (\(list)), ví dụ {{ \(name).\(fields.first ?? "ten") }}",
            en:
                "'\(name)' is an object and cannot be printed as it is; print one of its fields (\(list)), e.g. {{ \(name).\(fields.first ?? "name") }}"
        )
    }

    static func cannotCompare(_ left: LocalizedKind, _ right: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "không so sánh được \(left.vi) với \(right.vi)", en: "cannot compare a \(left.en) with a \(right.en)")
    }

    static func cannotSearch(_ kind: LocalizedKind) -> LocalizedText {
        LocalizedText(vi: "không dùng 'in' với \(kind.vi)", en: "'in' does not work on a \(kind.en)")
    }

    // MARK: Rich text

    static let richTextShape = LocalizedText(
        vi: "giá trị của {{r }} phải là chuỗi, đối tượng {\"text\": …, \"bold\": true} hoặc danh sách các đối tượng đó",
        en: "a {{r }} value must be a text, an object {\"text\": …, \"bold\": true} or a list of those")
    static func richTextLink(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "trường 'link' của chữ định dạng cần một địa chỉ http://, https:// hoặc mailto: không có khoảng trắng, không phải '\(value)'",
            en: "rich text field 'link' needs an http://, https:// or mailto: address without spaces, not '\(value)'")
    }

    static let linkWithoutRelationshipNamespace = LocalizedText(
        vi: "phần này của mẫu không khai báo không gian tên r: (relationships) nên không chèn được siêu liên kết; hãy lưu lại mẫu bằng Word",
        en:
            "this part of the template does not declare the r: (relationships) namespace, so no hyperlink can be added; save the template again with Word"
    )

    static func paragraphField(_ key: String) -> LocalizedText {
        suggest(
            LocalizedText(
                vi: "đoạn văn của {{p }} không có trường '\(key)' (chỉ có runs, style)",
                en: "a {{p }} paragraph has no field '\(key)' (only runs, style)"), name: key, among: ["runs", "style"])
    }

    static func paragraphStyle(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "trường 'style' của đoạn văn cần mã kiểu đoạn của Word (ví dụ \"Heading1\"), không phải '\(value)'",
            en: "a paragraph's 'style' needs a Word paragraph style id (e.g. \"Heading1\"), not '\(value)'")
    }

    static func richTextItem(_ position: Int, _ message: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "mục \(position): \(message.vi)", en: "item \(position): \(message.en)")
    }

    static func richTextField(_ key: String, known: [String]) -> LocalizedText {
        suggest(LocalizedText(vi: "chữ định dạng không có trường '\(key)'", en: "rich text has no field '\(key)'"), name: key, among: known)
    }

    static func richTextValue(_ field: String, _ value: String) -> LocalizedText {
        let hint =
            switch field {
            case "color": ("mã màu 6 chữ số hex, ví dụ \"C00000\"", "a 6-digit hex colour, e.g. \"C00000\"")
            case "size": ("cỡ chữ tính bằng point, ví dụ 13 hoặc 13.5", "a size in points, e.g. 13 or 13.5")
            case "underline":
                (
                    "true, false hoặc một kiểu gạch chân của Word: single, double, thick, dotted, dash, dotDash, dotDotDash, wave, words, …",
                    "true, false or one of Word's underline styles: single, double, thick, dotted, dash, dotDash, dotDotDash, wave, words, …"
                )
            case "highlight":
                (
                    "một màu tô của Word (yellow, green, cyan, …) hoặc mã màu 6 chữ số hex, ví dụ \"#FFFF00\"",
                    "one of Word's highlight colours (yellow, green, cyan, …) or a 6-digit hex colour, e.g. \"#FFFF00\""
                )
            case "font":
                (
                    "tên phông chữ, ví dụ \"Times New Roman\", hoặc phông cho một hệ chữ: \"eastAsia:Microsoft YaHei\" (ascii, hAnsi, cs, eastAsia)",
                    "a font name, e.g. \"Times New Roman\", or a font for one script: \"eastAsia:Microsoft YaHei\" (ascii, hAnsi, cs, eastAsia)"
                )
            case "style": ("mã kiểu ký tự của Word, ví dụ \"Strong\"", "a Word character style id, e.g. \"Strong\"")
            case "lang": ("mã ngôn ngữ, ví dụ \"vi-VN\"", "a language tag, e.g. \"vi-VN\"")
            default: ("true hoặc false", "true or false")
            }
        return LocalizedText(
            vi: "trường '\(field)' của chữ định dạng không nhận '\(value)'; cần \(hint.0)",
            en: "rich text field '\(field)' does not take '\(value)'; it needs \(hint.1)")
    }

    // MARK: JSON data

    static let jsonUnexpectedEnd = LocalizedText(
        vi: "lỗi cú pháp JSON: tệp kết thúc giữa chừng; kiểm tra các dấu } và ] đóng",
        en: "JSON syntax error: the file ends too early; check the closing } and ]")
    static let jsonUnterminatedString = LocalizedText(
        vi: "lỗi cú pháp JSON: chuỗi thiếu dấu \" đóng", en: "JSON syntax error: a string without its closing \"")
    static let jsonNotUTF8 = LocalizedText(
        vi: "chuỗi không phải UTF-8; hãy lưu tệp với mã UTF-8", en: "the string is not UTF-8; save the file as UTF-8")

    static func jsonUnexpected(_ found: String) -> LocalizedText {
        LocalizedText(
            vi: "lỗi cú pháp JSON: không mong đợi '\(found)'; cần một giá trị (chuỗi trong \"…\", số, true, false, null, {…} hoặc […])",
            en: "JSON syntax error: unexpected '\(found)'; a value is needed (a \"string\", a number, true, false, null, {…} or […])")
    }

    static func jsonExpected(_ symbol: String, found: String) -> LocalizedText {
        LocalizedText(
            vi: "lỗi cú pháp JSON: cần '\(symbol)' nhưng gặp '\(found)' (thiếu dấu phẩy, hay dấu phẩy thừa?)",
            en: "JSON syntax error: expected '\(symbol)' but found '\(found)' (a missing or extra comma?)")
    }

    static func jsonTrailing(_ found: String) -> LocalizedText {
        LocalizedText(
            vi: "lỗi cú pháp JSON: còn nội dung '\(found)' sau giá trị chính; tệp chỉ được có một đối tượng",
            en: "JSON syntax error: '\(found)' after the main value; the file must hold one object")
    }

    static func jsonDuplicateKey(_ key: String) -> LocalizedText {
        LocalizedText(
            vi: "khoá '\(key)' xuất hiện hai lần trong cùng đối tượng; hãy giữ một", en: "key '\(key)' appears twice in the same object; keep one")
    }

    static func jsonBadEscape(_ found: String) -> LocalizedText {
        LocalizedText(
            vi: "lỗi cú pháp JSON: '\(found)' không phải ký tự thoát hợp lệ (\\n, \\t, \\\", \\\\, \\uXXXX…)",
            en: "JSON syntax error: '\(found)' is not a valid escape (\\n, \\t, \\\", \\\\, \\uXXXX…)")
    }

    static func jsonLoneSurrogate(_ escape: String) -> LocalizedText {
        LocalizedText(
            vi:
                "lỗi cú pháp JSON: '\(escape)' là một nửa cặp surrogate đứng một mình, không phải ký tự nào; hãy viết chính ký tự đó hoặc đủ cả cặp, ví dụ \\ud83d\\ude00",
            en:
                "JSON syntax error: '\(escape)' is half of a surrogate pair standing alone, not a character; write the character itself or the whole pair, e.g. \\ud83d\\ude00"
        )
    }

    static func jsonBadNumber(_ text: String) -> LocalizedText {
        LocalizedText(vi: "lỗi cú pháp JSON: '\(text)' không phải số hợp lệ", en: "JSON syntax error: '\(text)' is not a valid number")
    }

    /// A number written correctly that `Decimal` cannot hold (about ±3.4 × 10^165 at most, 10^-128 at least).
    static func jsonNumberOutOfRange(_ text: String) -> LocalizedText {
        LocalizedText(
            vi:
                "số '\(text)' nằm ngoài phạm vi hoso đọc được (độ lớn từ khoảng 10^-128 đến 3,4 × 10^165); hãy sửa số, hoặc viết nó trong ngoặc kép \"\(text)\" nếu chỉ cần in nguyên văn",
            en:
                "the number '\(text)' is out of the range hoso reads (magnitudes from about 10^-128 to 3.4 × 10^165); correct it, or write it in quotes \"\(text)\" if it only needs printing as typed"
        )
    }

    static func jsonControlInString(_ byte: UInt8) -> LocalizedText {
        let code = "U+00" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        return LocalizedText(
            vi: "lỗi cú pháp JSON: ký tự điều khiển \(code) nằm trong chuỗi; hãy viết \\n cho xuống dòng, \\t cho tab",
            en: "JSON syntax error: control character \(code) inside a string; write \\n for a line break, \\t for a tab")
    }

    static func jsonTooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(vi: "dữ liệu lồng sâu quá \(limit) cấp", en: "the data nests deeper than \(limit) levels")
    }

    static func jsonTooManyValues(_ limit: Int) -> LocalizedText {
        LocalizedText(vi: "dữ liệu có hơn \(limit) giá trị", en: "the data holds more than \(limit) values")
    }

    // MARK: Framing

    // MARK: Images as data

    static func imageField(_ key: String, known: [String]) -> LocalizedText {
        suggest(LocalizedText(vi: "giá trị ảnh không có trường '\(key)'", en: "an image value has no field '\(key)'"), name: key, among: known)
    }

    static func imagePathValue(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "trường 'image' phải là đường dẫn tệp ảnh (chuỗi), không phải '\(value)'; ví dụ {\"image\": \"logo.png\", \"width_mm\": 40}",
            en: "the 'image' field must be a picture's path (a string), not '\(value)'; e.g. {\"image\": \"logo.png\", \"width_mm\": 40}")
    }

    static func imageSide(_ field: String, _ value: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(field)' phải là số milimét lớn hơn 0 và không quá \(ImageValue.largestSide), không phải '\(value)'",
            en: "'\(field)' must be a number of millimetres above 0 and at most \(ImageValue.largestSide), not '\(value)'")
    }

    static func imagePathOutside(_ path: String, _ kind: ImageFolder.Kind = .picture) -> LocalizedText {
        switch kind {
        case .picture:
            LocalizedText(
                vi:
                    "ảnh '\(path)': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu (không bắt đầu bằng '/', không có '..'); hãy chép ảnh vào thư mục đó",
                en:
                    "picture '\(path)': the path must be relative and stay inside the data file's folder (no leading '/', no '..'); copy the picture into that folder"
            )
        case .document:
            LocalizedText(
                vi:
                    "tài liệu con '\(path)': đường dẫn phải tương đối, nằm trong thư mục của tệp dữ liệu (không bắt đầu bằng '/', không có '..'); hãy chép tệp .docx vào thư mục đó",
                en:
                    "sub-document '\(path)': the path must be relative and stay inside the data file's folder (no leading '/', no '..'); copy the .docx file into that folder"
            )
        }
    }

    static func imageLinkOutside(_ path: String, _ kind: ImageFolder.Kind = .picture) -> LocalizedText {
        switch kind {
        case .picture:
            LocalizedText(
                vi: "ảnh '\(path)' là liên kết trỏ ra ngoài thư mục của tệp dữ liệu; hãy chép chính tệp ảnh vào thư mục đó",
                en: "picture '\(path)' is a link leading outside the data file's folder; copy the picture itself into that folder")
        case .document:
            LocalizedText(
                vi: "tài liệu con '\(path)' là liên kết trỏ ra ngoài thư mục của tệp dữ liệu; hãy chép chính tệp .docx vào thư mục đó",
                en: "sub-document '\(path)' is a link leading outside the data file's folder; copy the .docx file itself into that folder")
        }
    }

    static func imageMissing(_ path: String, _ kind: ImageFolder.Kind = .picture) -> LocalizedText {
        switch kind {
        case .picture:
            LocalizedText(
                vi: "không đọc được tệp ảnh '\(path)' (đường dẫn tính từ thư mục của tệp dữ liệu); hãy kiểm tra tên tệp",
                en: "cannot read the picture file '\(path)' (paths are relative to the data file's folder); check the file name")
        case .document:
            LocalizedText(
                vi: "không đọc được tài liệu con '\(path)' (đường dẫn tính từ thư mục của tệp dữ liệu); hãy kiểm tra tên tệp",
                en: "cannot read the sub-document '\(path)' (paths are relative to the data file's folder); check the file name")
        }
    }

    static func imageTooLarge(_ path: String, _ kind: ImageFolder.Kind = .picture, size: Int, limit: Int) -> LocalizedText {
        let megabytes = limit >= 1_048_576 ? " (\(limit / 1_048_576) MB)" : ""
        return switch kind {
        case .picture:
            LocalizedText(
                vi: "ảnh '\(path)' nặng \(size) byte, quá giới hạn \(limit) byte\(megabytes); hãy thu nhỏ ảnh",
                en: "picture '\(path)' is \(size) bytes, over the limit of \(limit) bytes\(megabytes); make it smaller")
        case .document:
            LocalizedText(
                vi: "tài liệu con '\(path)' nặng \(size) byte, quá giới hạn \(limit) byte\(megabytes); hãy tách nhỏ hoặc nén ảnh trong đó",
                en: "sub-document '\(path)' is \(size) bytes, over the limit of \(limit) bytes\(megabytes); split it or compress its pictures")
        }
    }

    static func imageExtent(_ path: String, width: Int, height: Int) -> LocalizedText {
        LocalizedText(
            vi: "ảnh '\(path)' sẽ rộng \(width) mm, cao \(height) mm, quá \(ImageValue.largestSide) mm; hãy ghi 'width_mm' hoặc 'height_mm' nhỏ hơn",
            en:
                "picture '\(path)' would be \(width) mm wide and \(height) mm high, over \(ImageValue.largestSide) mm; give a smaller 'width_mm' or 'height_mm'"
        )
    }

    static func imageFormat(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "tệp '\(path)' không phải ảnh PNG hay JPEG đọc được; hãy lưu ảnh dưới dạng PNG hoặc JPEG",
            en: "file '\(path)' is not a readable PNG or JPEG picture; save it as PNG or JPEG")
    }

    /// A PNG with its header and no pixel data (no `IDAT` chunk).
    static func imageWithoutPixels(_ path: String, jpeg: Bool = false) -> LocalizedText {
        let (format, part) = jpeg ? ("JPEG", "SOS") : ("PNG", "IDAT")
        return LocalizedText(
            vi:
                "ảnh \(format) '\(path)' chỉ có phần đầu, không có dữ liệu điểm ảnh (\(part)): tệp bị cắt hoặc hỏng; hãy mở ảnh gốc và lưu lại dưới dạng \(format)",
            en:
                "\(format) picture '\(path)' has its header but no pixel data (\(part)): the file is cut short or broken; open the original and save it again as \(format)"
        )
    }

    static let imageWithoutFolder = LocalizedText(
        vi: "giá trị ảnh chỉ dùng được khi điền từ một tệp dữ liệu (hoso fill mẫu.docx dữ-liệu.json); ảnh được đọc từ thư mục của tệp đó",
        en: "image values work only when filling from a data file (hoso fill template.docx data.json); pictures are read from its folder")

    // MARK: Sub-documents as data

    static func subdocumentField(_ key: String) -> LocalizedText {
        suggest(
            LocalizedText(vi: "giá trị tài liệu con không có trường '\(key)'", en: "a sub-document value has no field '\(key)'"), name: key,
            among: ["docx"])
    }

    static func subdocumentPathValue(_ value: String) -> LocalizedText {
        LocalizedText(
            vi: "trường 'docx' phải là đường dẫn tệp .docx (chuỗi), không phải '\(value)'; ví dụ {\"docx\": \"phu-luc.docx\"}",
            en: "the 'docx' field must be a .docx file's path (a string), not '\(value)'; e.g. {\"docx\": \"annex.docx\"}")
    }

    static func subdocumentNeedsParagraphTag(_ path: String) -> LocalizedText {
        LocalizedText(
            vi: "tài liệu con '\(path)' chỉ chèn được bằng thẻ đoạn {{p … }}; hãy viết thẻ thành {{p tên }} trong một đoạn riêng",
            en: "sub-document '\(path)' can be inserted only by a paragraph tag {{p … }}; write the tag as {{p name }} in a paragraph of its own")
    }

    static func subdocumentNotDocx(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(
            vi: "tệp '\(path)' không phải tài liệu Word (.docx) đọc được: \(reason); hãy mở bằng Word và lưu lại dạng .docx",
            en: "file '\(path)' is not a readable Word document (.docx): \(reason); open it in Word and save it as .docx")
    }

    /// A sub-document part whose loss would change the annex: its styles or its numbering.
    enum SubdocumentPart {
        case styles, numbering

        var name: LocalizedText {
            switch self {
            case .styles: LocalizedText(vi: "kiểu định dạng", en: "styles")
            case .numbering: LocalizedText(vi: "đánh số danh sách", en: "list numbering")
            }
        }
    }

    /// One broken part of a sub-document: "phần word/styles.xml (kiểu định dạng) hỏng ở dòng 1, cột 2: reason".
    static func subdocumentPartBroken(_ part: String, _ kind: SubdocumentPart, line: Int, column: Int, _ reason: String) -> LocalizedText {
        LocalizedText(
            vi: "phần \(part) (\(kind.name.vi)) hỏng ở dòng \(line), cột \(column): \(reason)",
            en: "part \(part) (\(kind.name.en)) is malformed at line \(line), column \(column): \(reason)")
    }

    /// A sub-document whose styles or numbering part does not parse: inserting it would lose them.
    static func subdocumentPartsBroken(_ path: String, _ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            vi:
                "tài liệu con '\(path)': \(parts.map(\.vi).joined(separator: "; ")); chèn như vậy thì phụ lục mất định dạng và đánh số, nên hoso không chèn; hãy mở tệp bằng Word và lưu lại dạng .docx",
            en:
                "sub-document '\(path)': \(parts.map(\.en).joined(separator: "; ")); inserted so, the annex would lose its formatting and numbering, so hoso does not insert it; open the file in Word and save it as .docx"
        )
    }

    static func subdocumentUnsupportedPart(_ path: String, _ kind: String) -> LocalizedText {
        LocalizedText(
            vi:
                "tài liệu con '\(path)' có nội dung loại '\(kind)' (chú thích, biểu đồ, đối tượng nhúng…) mà hoso chưa chèn được; hãy bỏ phần đó hoặc thay bằng ảnh",
            en:
                "sub-document '\(path)' holds content of kind '\(kind)' (notes, charts, embedded objects…) that hoso cannot insert yet; remove it or replace it with a picture"
        )
    }

    static let subdocumentWithoutFolder = LocalizedText(
        vi:
            "giá trị tài liệu con chỉ dùng được khi điền từ một tệp dữ liệu (hoso fill mẫu.docx dữ-liệu.json); tệp .docx được đọc từ thư mục của tệp đó",
        en: "sub-document values work only when filling from a data file (hoso fill template.docx data.json); the .docx is read from its folder")

    /// "thẻ '{{ x }}': detail".
    static func inTag(_ tag: String, _ detail: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "thẻ '\(tag)': \(detail.vi)", en: "tag '\(tag)': \(detail.en)")
    }

    /// Appends "Did you mean 'x'?" for a close name, else lists what exists.
    static func suggest(_ message: LocalizedText, name: String, among known: [String]) -> LocalizedText {
        if let close = Suggestion.closest(to: name, among: known) {
            return LocalizedText(vi: message.vi + ". Có phải ý bạn là '\(close)'?", en: message.en + ". Did you mean '\(close)'?")
        }
        guard !known.isEmpty else { return message }
        let list = known.sorted().prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (known.count > 12 ? ", …" : "")
        return LocalizedText(vi: message.vi + ". Các tên có: \(list)", en: message.en + ". Names available: \(list)")
    }
}
