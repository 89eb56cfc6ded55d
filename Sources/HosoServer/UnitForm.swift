import Foundation
import AssessmentInput

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
    }

    /// One input.
    struct Field {
        var path: [String]
        var label: String
        var kind: Kind = .text
        var hint: String = ""

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
        Column(key: "training", label: "Bồi dưỡng", hint: "hoan_thanh_tot, hoan_thanh, chua_hoan_thanh"),
        Column(key: "emulation_title", label: "Danh hiệu thi đua", hint: "CSTĐCS, LĐTT, HTNV, Không"),
        Column(key: "self_study_plan", label: "Có KH tự học", hint: "true/false"),
        Column(key: "discipline", label: "Chấp hành kỷ luật", hint: "true/false"),
        Column(key: "learning_citizen", label: "Công dân học tập", hint: "true/false"),
        Column(key: "notes", label: "Ghi chú"),
    ]

    static let councilColumns = [
        Column(key: "name", label: "Họ và tên"),
        Column(key: "position", label: "Chức vụ"),
        Column(key: "role", label: "Vai trò", hint: "chu_tich, pho_chu_tich, thu_ky, uy_vien"),
    ]

    static let documents: [(key: String, title: String)] = [
        ("plan", "Kế hoạch"), ("decision", "Quyết định thành lập Hội đồng"), ("submission", "Tờ trình"),
        ("report", "Báo cáo"), ("minutes", "Biên bản"),
    ]

    static let narrative: [(key: String, title: String)] = [
        ("direction", "Công tác chỉ đạo, triển khai"), ("self_assessment", "Thành viên tự đánh giá"),
        ("process", "Quy trình đánh giá"), ("stored_documents", "Hồ sơ lưu tại đơn vị"), ("training", "Công tác bồi dưỡng"),
        ("strengths", "Ưu điểm"), ("weaknesses", "Hạn chế"),
        ("proposals", "Đề xuất, kiến nghị"), ("next_year", "Phương hướng năm sau"),
    ]

    /// The sections, the scores laid out from `criteria` (code, maximum text or nil for a target).
    static func sections(criteria: [ScoredCriterion]) -> [Section] {
        var sections: [Section] = []
        sections.append(Section(id: "don-vi", title: "Đơn vị", fields: [
            Field(path: ["unit", "name"], label: "Tên đơn vị", hint: "Trường Tiểu học Hòa Bình"),
            Field(path: ["unit", "parent"], label: "Cơ quan chủ quản", hint: "UBND huyện Kim Thành"),
            Field(path: ["unit", "symbol"], label: "Chữ viết tắt trong số văn bản", hint: "THHB"),
            Field(path: ["unit", "place"], label: "Địa danh", hint: "Hòa Bình"),
            Field(path: ["unit", "level"], label: "Cấp học", hint: "Tiểu học"),
            Field(path: ["unit", "head_title"], label: "Chức danh người đứng đầu", hint: "Hiệu trưởng"),
            Field(path: ["head", "name"], label: "Họ tên người đứng đầu"),
            Field(path: ["year"], label: "Năm đánh giá", kind: .number, hint: "2023"),
            Field(path: ["regime"], label: "Chế độ đánh giá", kind: .choice([("TT22", "TT22 — chấm điểm"), ("TT24", "TT24 — đạt / chưa đạt")])),
            Field(path: ["rubric"], label: "Bộ tiêu chí", hint: "tt22, tt22-hanoi, tt24-muc1, tt24-muc2"),
        ]))
        sections.append(Section(id: "noi-nhan", title: "Nơi nhận và căn cứ", fields: [
            Field(path: ["recipient"], label: "Kính gửi", hint: "Phòng Giáo dục và Đào tạo huyện Kim Thành"),
            Field(path: ["recognizer"], label: "Cơ quan công nhận (nếu khác nơi nhận)"),
            Field(path: ["legal_bases"], label: "Căn cứ (mỗi dòng một văn bản)", kind: .lines),
        ]))
        var documentFields: [Field] = []
        for document in documents {
            documentFields.append(Field(path: ["documents", document.key, "number"], label: "\(document.title): số", kind: .number, hint: "12"))
            documentFields.append(Field(path: ["documents", document.key, "date"], label: "\(document.title): ngày", kind: .date, hint: "05/01/2024"))
            documentFields.append(Field(path: ["documents", document.key, "summary"], label: "\(document.title): trích yếu"))
        }
        sections.append(Section(id: "van-ban", title: "Văn bản", fields: documentFields))
        sections.append(Section(id: "hoi-dong", title: "Hội đồng", fields: [
            Field(path: ["council", "members"], label: "Thành viên Hội đồng", kind: .grid(councilColumns)),
            Field(path: ["council", "tasks"], label: "Nhiệm vụ (mỗi dòng một nhiệm vụ)", kind: .lines),
        ]))
        sections.append(Section(id: "cuoc-hop", title: "Cuộc họp", fields: [
            Field(path: ["meeting", "date"], label: "Ngày họp", kind: .date, hint: "29/12/2023"),
            Field(path: ["meeting", "start"], label: "Giờ bắt đầu", kind: .time, hint: "14:00"),
            Field(path: ["meeting", "end"], label: "Giờ kết thúc", kind: .time, hint: "16:30"),
            Field(path: ["meeting", "place"], label: "Nơi họp"),
            Field(path: ["meeting", "chair"], label: "Chủ tọa"),
            Field(path: ["meeting", "secretary"], label: "Thư ký"),
            Field(path: ["meeting", "opinions"], label: "Ý kiến (mỗi dòng một ý)", kind: .lines),
            Field(path: ["meeting", "vote", "agree"], label: "Biểu quyết: nhất trí", kind: .number),
            Field(path: ["meeting", "vote", "disagree"], label: "Biểu quyết: không nhất trí", kind: .number),
            Field(path: ["meeting", "vote", "abstain"], label: "Biểu quyết: không biểu quyết", kind: .number),
        ]))
        sections.append(Section(id: "thanh-vien", title: "Thành viên", fields: [
            Field(path: ["members"], label: "Danh sách thành viên (dán từ Excel vào bảng)", kind: .grid(memberColumns)),
        ]))
        var scoreFields: [Field] = []
        for criterion in criteria {
            if let maximum = criterion.maximum {
                scoreFields.append(Field(path: ["scores", criterion.code, "points"], label: criterion.code, kind: .number, hint: "tối đa \(maximum)"))
            } else {
                scoreFields.append(Field(path: ["scores", criterion.code, "met"], label: criterion.code,
                                         kind: .choice([("true", "Đạt"), ("false", "Chưa đạt")])))
            }
            scoreFields.append(Field(path: ["scores", criterion.code, "reason"], label: "\(criterion.code): lý do trừ điểm"))
            scoreFields.append(Field(path: ["scores", criterion.code, "evidence"], label: "\(criterion.code): minh chứng (mỗi dòng một)", kind: .lines))
        }
        sections.append(Section(id: "diem", title: "Điểm", fields: scoreFields))
        sections.append(Section(id: "thanh-tich", title: "Thành tích", fields: [
            Field(path: ["achievements", "cstdcs"], label: "Số Chiến sĩ thi đua cơ sở", kind: .number),
            Field(path: ["achievements", "giay_khen"], label: "Số Giấy khen", kind: .number),
            Field(path: ["achievements", "initiatives"], label: "Số sáng kiến", kind: .number),
        ]))
        sections.append(Section(id: "bao-cao", title: "Nội dung báo cáo", fields: narrative.map {
            Field(path: ["narrative", $0.key], label: "\($0.title) (mỗi dòng một đoạn)", kind: .lines)
        }))
        return sections
    }

    /// Writes the submitted `values` (by key path) into `document`: a field left blank where the
    /// file still had a starter's "<…>" keeps it, so `check` goes on naming it.
    static func apply(_ form: FormBody, to document: inout DataDocument, sections: [Section]) {
        for field in sections.flatMap(\.fields) {
            switch field.kind {
            case .lines:
                guard let value = form.value(field.keyPath) else { continue }
                let previous = document.texts(field.path)
                if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !previous.isEmpty,
                   previous.allSatisfy(NodeReaderPlaceholder.isPlaceholder) { continue }
                document.set(field.path, texts: value.split(whereSeparator: \.isNewline).map(String.init))
            case .grid(let columns):
                guard form.value(field.keyPath + ".rows") != nil else { continue }
                document.set(field.path, rows: form.rows(field.keyPath, columns: columns.map(\.key)), columns: columns.map(\.key))
            default:
                guard let value = form.value(field.keyPath) else { continue }
                // A score split into parts is summed from them; the page shows the sum read-only.
                if field.path.first == "scores", field.path.last == "points", !document.rows(Array(field.path.dropLast()) + ["parts"]).isEmpty { continue }
                if value.trimmingCharacters(in: .whitespaces).isEmpty, document.isPlaceholder(field.path) { continue }
                document.set(field.path, text: value)
            }
        }
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
}
