import Assessment
import AssessmentInput
import Foundation

/// The unit page's form: every section of the data file, each field named by its key path in the
/// file ("documents.plan.date"), which is also the path `hoso check` names in its diagnostics, so a
/// problem is shown beside the field that causes it.
struct UnitForm {
    /// How a field is edited.
    enum Kind: Equatable {
        /// One line of text.
        case text
        /// A number (year, points, counts).
        case number
        /// A date as people type it (dd/mm/yyyy).
        case date
        /// A time (14:00).
        case time
        /// One of a few values: (value, label).
        case choice([(String, String)])
        /// A list of texts, one per line.
        case lines
        /// A list of rows (members, council): the columns.
        case grid([Column])

        static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case (.text, .text), (.number, .number), (.date, .date), (.time, .time), (.lines, .lines): true
            case (.choice(let a), .choice(let b)): a.map(\.0) == b.map(\.0)
            case (.grid(let a), .grid(let b)): a.map(\.key) == b.map(\.key)
            default: false
            }
        }
    }

    /// A column of a grid.
    struct Column {
        var key: String
        var label: String
        var hint: String = ""
        /// A list in the file, one item per line in the cell.
        var isList = false
        /// The words shown and taken for the codes the file keeps ("Có" for `true`).
        var words: ChoiceWords?
        /// What an empty cell means, shown greyed in it ("Có", "Hoàn thành").
        var empty: String = ""
    }

    /// One input.
    struct Field {
        var path: [String]
        var label: String
        var kind: Kind = .text
        var hint: String = ""
        /// Fields that share a group are shown folded under its title, opened when one of them
        /// has a value or a problem.
        var group: String?

        /// The key path as `hoso check` prints it.
        var keyPath: String { path.joined(separator: ".") }
    }

    /// A titled group of fields.
    struct Section {
        var id: String
        var title: String
        var fields: [Field]
    }

    static let memberColumns = [
        Column(key: "name", label: "Họ và tên"),
        Column(key: "position", label: "Chức vụ"),
        Column(
            key: "training", label: "Bồi dưỡng", hint: ChoiceWords.training.wordList + " (để trống: Hoàn thành)", words: .training,
            empty: "Hoàn thành"),
        Column(key: "emulation_title", label: "Danh hiệu thi đua", hint: ChoiceWords.emulationTitle.wordList, words: .emulationTitle),
        Column(key: "self_study_plan", label: "Có KH tự học", hint: "Có, Không (để trống: Có)", words: .yesNo, empty: "Có"),
        Column(key: "discipline", label: "Chấp hành kỷ luật", hint: "Có, Không (để trống: Có)", words: .yesNo, empty: "Có"),
        Column(key: "learning_citizen", label: "Công dân học tập", hint: "Có, Không (để trống: Có)", words: .yesNo, empty: "Có"),
        Column(key: "self_assessed", label: "Đã tự đánh giá", hint: "Có, Không (để trống: Có)", words: .yesNo, empty: "Có"),
        Column(key: "result", label: "Kết quả xếp loại", hint: "để trống: hoso tự xét"),
        Column(key: "exemption", label: "Lý do không xét", hint: "nghỉ thai sản, mới chuyển đến"),
        Column(key: "notes", label: "Ghi chú"),
    ]

    /// The headings schools give a staff sheet's columns, as the page folds them (no diacritics,
    /// lower case) → the members column: a pasted block placed by its heading row.
    static let pasteHeadings: [String: String] = [
        "ho va ten": "name", "ho ten": "name", "ten": "name", "ho va ten thanh vien": "name",
        "chuc vu": "position", "chuc danh": "position", "vi tri": "position",
        "boi duong": "training", "ket qua boi duong": "training",
        "danh hieu": "emulation_title", "danh hieu thi dua": "emulation_title",
        "ke hoach tu hoc": "self_study_plan", "co ke hoach tu hoc": "self_study_plan", "co kh tu hoc": "self_study_plan",
        "ky luat": "discipline", "chap hanh ky luat": "discipline",
        "cong dan hoc tap": "learning_citizen", "ghi chu": "notes",
    ]

    /// A regime as the pages offer it: "TT22 — chấm điểm".
    static func regimeLabel(_ regime: Regime) -> String {
        switch regime {
        case .tt22: "TT22 — chấm điểm"
        case .tt24: "TT24 — đạt / chưa đạt"
        }
    }

    static func councilColumns(regime: Regime) -> [Column] {
        let roles = ChoiceWords.roles(for: regime)
        return [
            Column(key: "name", label: "Họ và tên"),
            Column(key: "position", label: "Chức vụ"),
            Column(key: "role", label: "Vai trò", hint: roles.wordList, words: roles),
            Column(key: "honorific", label: "Cách gọi", hint: "Ông, Bà, Thầy, Cô"),
        ]
    }

    static let absentColumns = [Column(key: "name", label: "Họ và tên"), Column(key: "reason", label: "Lý do vắng")]
    static let partColumns = [
        Column(key: "text", label: "Nội dung"), Column(key: "max", label: "Tối đa"), Column(key: "points", label: "Điểm"),
    ]
    static let actorColumns = [
        Column(key: "name", label: "Bộ phận, cá nhân"), Column(key: "tasks", label: "Nhiệm vụ (mỗi dòng một)", isList: true),
    ]
    static let timelineColumns = [
        Column(key: "time", label: "Thời gian"), Column(key: "task", label: "Nội dung công việc"), Column(key: "owner", label: "Người thực hiện"),
    ]

    static let documents: [(key: String, title: String)] = [
        ("plan", "Kế hoạch"), ("decision", "Quyết định thành lập Hội đồng"), ("submission", "Tờ trình"),
        ("report", "Báo cáo"), ("minutes", "Biên bản"), ("summary", "Bản tổng hợp"), ("scoresheet", "Biểu điểm"),
    ]

    static let narrative: [(key: String, title: String)] = [
        ("direction", "Công tác chỉ đạo, triển khai"), ("self_assessment", "Thành viên tự đánh giá"),
        ("process", "Quy trình đánh giá"), ("stored_documents", "Hồ sơ lưu tại đơn vị"), ("training", "Công tác bồi dưỡng"),
        ("strengths", "Ưu điểm"), ("weaknesses", "Hạn chế"),
        ("proposals", "Đề xuất, kiến nghị"), ("next_year", "Phương hướng năm sau"),
    ]

    static let prefixChoices: [(String, String)] = [
        ("none", "Không (người đứng đầu ký)"), ("KT.", "KT. (ký thay)"), ("TM.", "TM. (thay mặt)"), ("Q.", "Q. (quyền)"),
        ("TL.", "TL. (thừa lệnh)"), ("TUQ.", "TUQ. (thừa ủy quyền)"),
    ]

    /// A signer's four fields under `path` ("documents.plan.signer"), labelled with `title`.
    static func signerFields(_ path: [String], title: String, group: String?, nameLabel: String = "họ tên") -> [Field] {
        [
            Field(path: path + ["prefix"], label: "\(title): ký thay mặt", kind: .choice(prefixChoices), group: group),
            Field(path: path + ["on_behalf_of"], label: "\(title): thay mặt cho", hint: "Hiệu trưởng", group: group),
            Field(path: path + ["title"], label: "\(title): chức danh", hint: "Phó Hiệu trưởng", group: group),
            Field(path: path + ["name"], label: "\(title): \(nameLabel)", group: group),
        ]
    }

    /// The sections, the scores laid out from `criteria` (code, maximum text or nil for a target);
    /// laid out for `regime` (TT24: its own data, the earlier recognition; the Tổ đánh giá; targets);
    /// `rubrics` are the built-in rubrics offered (id, name), as the forms folder holds them.
    static func sections(criteria: [ScoredCriterion], regime: Regime = .tt22, rubrics: [(id: String, name: String)]) -> [Section] {
        [unitSection(rubrics: rubrics), recipientSection] + (regime == .tt24 ? [priorRecognitionSection] : [])
            + [
                documentsSection, councilSection(regime: regime), meetingSection, membersSection,
                scoresSection(criteria: criteria, regime: regime), achievementsSection, narrativeSection,
                planSection(criteria: criteria),
            ]
    }

    /// The unit, its head, the year, the regime and the rubric (one of `rubrics`, the built-in ones).
    static func unitSection(rubrics: [(id: String, name: String)]) -> Section {
        Section(
            id: "don-vi", title: "Đơn vị",
            fields: [
                Field(path: ["unit", "name"], label: "Tên đơn vị", hint: "Trường Tiểu học Hòa Bình"),
                Field(path: ["unit", "parent"], label: "Cơ quan chủ quản", hint: "UBND huyện Kim Thành"),
                Field(path: ["unit", "symbol"], label: "Chữ viết tắt trong số văn bản", hint: "THHB"),
                Field(path: ["unit", "place"], label: "Địa danh", hint: "Hòa Bình"),
                Field(path: ["unit", "level"], label: "Cấp học", hint: "Tiểu học"),
                Field(path: ["unit", "address"], label: "Địa chỉ", hint: "Thôn Đông, xã Hòa Bình"),
                Field(path: ["unit", "self_name"], label: "Đơn vị tự gọi mình là", hint: "nhà trường"),
                Field(path: ["unit", "head_title"], label: "Chức danh người đứng đầu", hint: "Hiệu trưởng"),
                Field(path: ["head", "name"], label: "Họ tên người đứng đầu"),
            ]
                + signerFields(["head"], title: "Người đứng đầu", group: "Người đứng đầu: ký thay mặt, quyền, chức danh khác").filter {
                    $0.path.last != "name"
                } + [
                    Field(path: ["year"], label: "Năm đánh giá", kind: .number, hint: "2023"),
                    Field(
                        path: ["regime"], label: "Chế độ đánh giá",
                        kind: .choice(Regime.allCases.map { ($0.rawValue, regimeLabel($0)) })),
                    // A rubric file of the district's own (a path) stays selected as its path.
                    Field(path: ["rubric"], label: "Bộ tiêu chí", kind: .choice(rubrics.map { ($0.id, $0.name) })),
                ])
    }

    /// Who receives the dossier, who recognises it, and the legal bases.
    static var recipientSection: Section {
        Section(
            id: "noi-nhan", title: "Nơi nhận và căn cứ",
            fields: [
                Field(path: ["recipient"], label: "Kính gửi", hint: "Phòng Giáo dục và Đào tạo huyện Kim Thành"),
                Field(path: ["recognizer"], label: "Cơ quan công nhận (nếu khác nơi nhận)"),
                Field(path: ["legal_bases"], label: "Căn cứ (mỗi dòng một văn bản)", kind: .lines),
            ])
    }

    /// TT24 only: the earlier recognition a Mức độ 2 builds on.
    static var priorRecognitionSection: Section {
        Section(
            id: "cong-nhan", title: "Công nhận lần trước (TT24, Mức độ 2)",
            fields: [
                Field(
                    path: ["prior_recognition", "level"], label: "Mức độ đã được công nhận",
                    kind: .choice([("1", "Mức độ 1"), ("2", "Mức độ 2")])),
                Field(path: ["prior_recognition", "date"], label: "Ngày công nhận", kind: .date, hint: "20/01/2023"),
                Field(path: ["prior_recognition", "decision"], label: "Quyết định công nhận", hint: "Quyết định số 15/QĐ-UBND"),
            ])
    }

    /// Each document's number, date and summary, its signer, recipients and own legal bases.
    static var documentsSection: Section {
        var fields: [Field] = []
        for document in documents {
            let path = ["documents", document.key]
            let group = "\(document.title): người ký, nơi nhận, căn cứ riêng"
            fields.append(Field(path: path + ["number"], label: "\(document.title): số", kind: .number, hint: "12"))
            fields.append(Field(path: path + ["date"], label: "\(document.title): ngày", kind: .date, hint: "05/01/2024"))
            fields.append(Field(path: path + ["summary"], label: "\(document.title): trích yếu"))
            fields += signerFields(path + ["signer"], title: "\(document.title): người ký", group: group, nameLabel: "họ tên")
            fields.append(
                Field(path: path + ["recipients"], label: "\(document.title): nơi nhận (mỗi dòng một nơi)", kind: .lines, group: group))
            fields.append(
                Field(path: path + ["legal_bases"], label: "\(document.title): căn cứ riêng (mỗi dòng một)", kind: .lines, group: group))
            fields.append(Field(path: path + ["preparer"], label: "\(document.title): người lập biểu", group: group))
        }
        return Section(id: "van-ban", title: "Văn bản", fields: fields)
    }

    /// The council (TT24: the Tổ đánh giá), its members and tasks.
    static func councilSection(regime: Regime) -> Section {
        let (title, name, shortName) =
            switch regime {
            case .tt22: ("Hội đồng", "Hội đồng tự kiểm tra, đánh giá", "Hội đồng")
            case .tt24: ("Tổ đánh giá", "Tổ đánh giá", "Tổ")
            }
        return Section(
            id: "hoi-dong", title: title,
            fields: [
                Field(path: ["council", "name"], label: "Tên gọi", hint: name),
                Field(path: ["council", "short_name"], label: "Tên gọi tắt", hint: shortName),
                Field(path: ["council", "members"], label: "Thành viên", kind: .grid(councilColumns(regime: regime))),
                Field(path: ["council", "tasks"], label: "Nhiệm vụ (mỗi dòng một nhiệm vụ)", kind: .lines),
            ])
    }

    /// The council's meeting: time, place, chair and secretary, absentees, opinions and the vote.
    static var meetingSection: Section {
        Section(
            id: "cuoc-hop", title: "Cuộc họp",
            fields: [
                Field(path: ["meeting", "date"], label: "Ngày họp", kind: .date, hint: "29/12/2023"),
                Field(path: ["meeting", "start"], label: "Giờ bắt đầu", kind: .time, hint: "14:00"),
                Field(path: ["meeting", "end"], label: "Giờ kết thúc", kind: .time, hint: "16:30"),
                Field(path: ["meeting", "place"], label: "Nơi họp"),
                Field(path: ["meeting", "chair"], label: "Chủ tọa"),
                Field(path: ["meeting", "secretary"], label: "Thư ký"),
                Field(path: ["meeting", "absent"], label: "Người vắng mặt", kind: .grid(absentColumns)),
                Field(path: ["meeting", "opinions"], label: "Ý kiến (mỗi dòng một ý)", kind: .lines),
                Field(path: ["meeting", "vote", "agree"], label: "Biểu quyết: nhất trí", kind: .number),
                Field(path: ["meeting", "vote", "disagree"], label: "Biểu quyết: không nhất trí", kind: .number),
                Field(path: ["meeting", "vote", "abstain"], label: "Biểu quyết: không biểu quyết", kind: .number),
                Field(path: ["meeting", "conclusion"], label: "Kết luận thêm (không bắt buộc)"),
            ])
    }

    /// The member list and its order.
    static var membersSection: Section {
        Section(
            id: "thanh-vien", title: "Thành viên",
            fields: [
                Field(
                    path: ["member_order"], label: "Thứ tự trong danh sách",
                    kind: .choice([("as_given", "Giữ thứ tự như đã nhập"), ("by_name", "Theo tên (A–Z)")])),
                Field(path: ["members"], label: "Danh sách thành viên (dán từ Excel vào bảng)", kind: .grid(memberColumns)),
            ])
    }

    /// One group of inputs per criterion: points and their parts (TT22) or met / not met (TT24),
    /// the reason, the reason a full score is kept, the evidence.
    static func scoresSection(criteria: [ScoredCriterion], regime: Regime) -> Section {
        var fields: [Field] = []
        for criterion in criteria {
            let path = ["scores", criterion.code]
            if let maximum = criterion.maximum {
                fields.append(Field(path: path + ["points"], label: criterion.code, kind: .number, hint: "tối đa \(maximum)"))
                fields.append(
                    Field(
                        path: path + ["parts"], label: "\(criterion.code): điểm thành phần (tổng tối đa bằng \(maximum))",
                        kind: .grid(partColumns), group: "\(criterion.code): chia điểm thành phần"))
            } else {
                let measured = criterion.measuredByMembers ? [("", "Tính theo danh sách thành viên")] : []
                fields.append(
                    Field(
                        path: path + ["met"], label: criterion.code,
                        kind: .choice(measured + [("true", "Đạt"), ("false", "Chưa đạt")])))
            }
            fields.append(
                Field(path: path + ["reason"], label: "\(criterion.code): \(criterion.maximum == nil ? "lý do chưa đạt" : "lý do trừ điểm")"))
            // Full points (TT22) or "met" (TT24) kept although the member list falls short of the
            // criterion's threshold: the council's reason, printed in the report.
            let kept = criterion.maximum == nil ? "kết luận Đạt" : "đủ điểm"
            fields.append(
                Field(
                    path: path + ["kept_reason"], label: "\(criterion.code): lý do vẫn giữ \(kept)",
                    hint: "Chỉ ghi khi danh sách thành viên chưa đạt ngưỡng của tiêu chí mà Hội đồng vẫn giữ \(kept)",
                    group: "\(criterion.code): giữ \(kept) dù danh sách thành viên chưa đạt ngưỡng"))
            fields.append(Field(path: path + ["evidence"], label: "\(criterion.code): minh chứng (mỗi dòng một)", kind: .lines))
        }
        return Section(id: "diem", title: regime == .tt24 ? "Chỉ tiêu" : "Điểm", fields: fields)
    }

    /// The figures the report quotes.
    static var achievementsSection: Section {
        Section(
            id: "thanh-tich", title: "Thành tích",
            fields: [
                Field(path: ["achievements", "cstdcs"], label: "Số Chiến sĩ thi đua cơ sở", kind: .number),
                Field(path: ["achievements", "giay_khen"], label: "Số Giấy khen", kind: .number),
                Field(path: ["achievements", "bang_khen"], label: "Số Bằng khen", kind: .number),
                Field(path: ["achievements", "initiatives"], label: "Số sáng kiến", kind: .number),
                Field(path: ["achievements", "others"], label: "Thành tích khác (mỗi dòng một)", kind: .lines),
            ])
    }

    /// The report's paragraphs, section by section.
    static var narrativeSection: Section {
        Section(
            id: "bao-cao", title: "Nội dung báo cáo",
            fields: narrative.map {
                Field(path: ["narrative", $0.key], label: "\($0.title) (mỗi dòng một đoạn)", kind: .lines)
            })
    }

    /// The year's plan: purposes, targets, the actions for each criterion, who does what and when.
    static func planSection(criteria: [ScoredCriterion]) -> Section {
        var fields: [Field] = [
            Field(path: ["plan", "purposes"], label: "Mục đích (mỗi dòng một ý)", kind: .lines),
            Field(path: ["plan", "requirements"], label: "Yêu cầu (mỗi dòng một ý)", kind: .lines),
            Field(path: ["plan", "scope"], label: "Đối tượng, phạm vi (mỗi dòng một ý)", kind: .lines),
            Field(path: ["plan", "targets"], label: "Chỉ tiêu (mỗi dòng một)", kind: .lines),
            Field(path: ["plan", "target_points"], label: "Điểm phấn đấu", kind: .number, hint: "95"),
        ]
        for criterion in criteria {
            fields.append(
                Field(
                    path: ["plan", "actions", criterion.code], label: "Giải pháp cho \(criterion.code) (mỗi dòng một)",
                    kind: .lines, group: "Giải pháp theo từng tiêu chí"))
        }
        fields.append(Field(path: ["plan", "actors"], label: "Phân công", kind: .grid(actorColumns)))
        fields.append(Field(path: ["plan", "timeline"], label: "Lộ trình", kind: .grid(timelineColumns)))
        return Section(id: "ke-hoach", title: "Kế hoạch", fields: fields)
    }

    /// Writes the submitted `values` (by key path) into `document`: a field left blank where the
    /// file still had a starter's "<…>" keeps it, so `check` goes on naming it.
    static func apply(_ form: FormBody, to document: inout DataDocument, sections: [Section]) {
        let fields = sections.flatMap(\.fields)
        // Grids first: a score's points follow its parts.
        // The members live in the sheet `members_file` names: never written beside it.
        let sheetMembers = document.text(["members_file"]) != nil
        for field in fields {
            guard case .grid(let columns) = field.kind, form.value(field.keyPath + ".rows") != nil else { continue }
            if sheetMembers, field.keyPath == "members" { continue }
            let rows = storedRows(form.rows(field.keyPath, columns: columns.map(\.key)), columns: columns, previous: document.rows(field.path))
            document.set(field.path, rows: rows, columns: columns.map(\.key), listColumns: Set(columns.filter(\.isList).map(\.key)))
        }
        for field in fields {
            switch field.kind {
            case .grid:
                continue
            case .lines:
                guard let value = form.value(field.keyPath) else { continue }
                let previous = document.texts(field.path)
                if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !previous.isEmpty,
                    previous.allSatisfy(NodeReaderPlaceholder.isPlaceholder)
                {
                    continue
                }
                document.set(field.path, texts: value.split(whereSeparator: \.isNewline).map(String.init))
            default:
                guard let value = form.value(field.keyPath) else { continue }
                // A score split into parts is their sum: kept in step when the file writes it too.
                if field.path.first == "scores", field.path.last == "points" {
                    let parts = document.rows(Array(field.path.dropLast()) + ["parts"])
                    if !parts.isEmpty {
                        let points = parts.map { $0["points"].flatMap(Points.init(parsing:)) }
                        if document.text(field.path) != nil, points.allSatisfy({ $0 != nil }) {
                            document.set(field.path, text: points.compactMap { $0 }.reduce(Points.zero, +).text(decimalSeparator: "."))
                        }
                        continue
                    }
                }
                if value.trimmingCharacters(in: .whitespaces).isEmpty, document.isPlaceholder(field.path) { continue }
                document.set(field.path, text: value)
            }
        }
    }
}

extension UnitForm {
    /// The rows as the file keeps them: each word typed or pasted into a column with a vocabulary
    /// ("Hoàn thành tốt", "Có", "Chủ tịch") turned into its code, a row's value kept as the file
    /// spelled it when it still means the same.
    static func storedRows(_ rows: [[String: String]], columns: [Column], previous: [[String: String]]) -> [[String: String]] {
        rows.enumerated().map { index, row in
            var row = row
            for column in columns {
                guard let words = column.words, let typed = row[column.key] else { continue }
                row[column.key] = words.stored(typed, previous: index < previous.count ? previous[index][column.key] : nil)
            }
            return row
        }
    }

    /// The rows as the page shows them: codes as words.
    static func shownRows(_ rows: [[String: String]], columns: [Column]) -> [[String: String]] {
        rows.map { row in
            var row = row
            for column in columns {
                guard let words = column.words, let value = row[column.key] else { continue }
                row[column.key] = words.word(for: value)
            }
            return row
        }
    }

    /// The fields whose values differ between `a` and `b`, as "label (key.path)".
    static func differing(_ a: DataDocument, _ b: DataDocument, sections: [Section]) -> [String] {
        changedFields(a, b, sections: sections).map { "\($0.label) (\($0.keyPath))" }
    }

    /// The fields whose values differ between `a` and `b`.
    static func changedFields(_ a: DataDocument, _ b: DataDocument, sections: [Section]) -> [Field] {
        sections.flatMap(\.fields).filter { field in
            switch field.kind {
            case .grid: a.rows(field.path) != b.rows(field.path)
            case .lines: a.texts(field.path) != b.texts(field.path)
            default: a.text(field.path) != b.text(field.path)
            }
        }
    }

    /// A form sent from a page opened at `base` while the file is now `onDisk`: the disk's
    /// document with only the fields the user changed since `base` taken from the form (every
    /// field the form sends when `base` is no longer known).
    static func rebase(_ form: FormBody, base: DataDocument?, onto onDisk: DataDocument, sections: [Section]) -> DataDocument {
        var merged = onDisk
        guard let base else {
            apply(form, to: &merged, sections: sections)
            return merged
        }
        var typed = base
        apply(form, to: &typed, sections: sections)
        let changed = Set(changedFields(typed, base, sections: sections).map(\.keyPath))
        apply(form.restricted(to: changed), to: &merged, sections: sections)
        return merged
    }
}

/// A criterion as the score inputs need it: its code and, for points, its maximum as printed.
struct ScoredCriterion: Sendable {
    var code: String
    var text: String
    /// "10"; nil for a TT24 target (met / not met).
    var maximum: String?
    /// The maximum in hundredths, for the running total.
    var maximumHundredths: Int?
    /// A TT24 target the member list decides when the data does not say.
    var measuredByMembers = false
}
