package import Assessment
import Foundation

/// The commented starter data file `hoso init` writes: every value to fill in is a "<…>" placeholder
/// that says what goes there, and `hoso check` names each one still unfilled. Every section the forms
/// print is there (the report's narrative, the evidence of each criterion), in block style: one value
/// per line, lists with "- ", never `{…}` or `[…]` around text, so a comma typed in a name is harmless.
///
/// `hoso init --from LAST-YEAR.yaml` starts from last year's data instead: the unit, the head, the
/// council and the members are carried over; the year, numbers, dates, scores and narrative are
/// placeholders again.
package struct StarterFile: Sendable {
    /// The regime the starter is laid out for.
    package var regime: Regime
    /// Last year's data, when the starter continues it.
    package var previous: Assessment?
    /// How last year's data named its rubric ("tt22", or a file path).
    package var rubricReference: String?

    /// A starter for `regime`.
    package init(regime: Regime = .tt22) {
        self.regime = regime
    }

    /// A starter for the year after `previous`, carrying its unit, council and members; in `regime`
    /// when given (a TT22 unit moving to TT24: the regime's own rubric, the council's roles renamed).
    package init(continuing previous: Assessment, rubricReference: String, regime: Regime? = nil) {
        let previousRegime: Regime = previous.regime
        self.regime = regime ?? previousRegime
        self.previous = previous
        self.switched = self.regime != previousRegime
        self.rubricReference = switchesRegime ? nil : rubricReference
    }

    private var switched = false

    /// `role` as the starter's regime names it (Hội đồng under TT22, Tổ đánh giá under TT24).
    private func role(_ role: CouncilRole) -> CouncilRole {
        switch (role, isTT24) {
        case (.chuTich, true): .toTruong
        case (.phoChuTich, true): .toPho
        case (.uyVien, true): .thanhVien
        case (.toTruong, false): .chuTich
        case (.toPho, false): .phoChuTich
        case (.thanhVien, false): .uyVien
        default: role
        }
    }

    /// The file as written by `hoso init`: placeholders unfilled.
    package var text: String {
        render { "\"<\($0.hint)>\"" }
    }

    /// The same file with every placeholder replaced by its example value: a complete, valid data file
    /// (used by the tests to prove that a filled starter passes `hoso check`).
    package var filledExample: String {
        render { Self.quoted($0.example) }
    }

    /// A value to fill in: what it is, and an example.
    struct Placeholder {
        let hint: String
        let example: String
    }

    private var isTT24: Bool { regime == .tt24 }

    /// The example minutes: TT24's Tổ meets once the assessed calendar year is over (the next register,
    /// number 01); TT22's council in late December, numbered after the decision (120).
    private var minutesExample: (number: String, date: String) {
        isTT24 ? ("01", "03/01/\(year + 1)") : ("121", "28/12/\(year)")
    }
    private var year: Int { previous.map { $0.year + 1 } ?? (isTT24 ? 2024 : 2023) }

    // MARK: The file

    /// How a value to fill in is written: its "<hint>" (`text`) or its example (`filledExample`).
    typealias Fill = (Placeholder) -> String

    /// The file, section by section, a blank line between sections.
    private func render(_ fill: Fill) -> String {
        let sections: [[String]] = [
            header(), unitSection(fill), documentsSection(fill), councilSection(fill), meetingSection(fill),
            membersSection(fill), scoresSection(fill), achievementsSection(fill), narrativeSection(fill),
        ]
        return sections.joined(separator: [""]).joined(separator: "\n") + "\n"
    }

    /// A value carried from last year (quoted), or the placeholder asking for it.
    private static func value(_ carried: String?, _ hint: String, _ example: String, _ fill: Fill) -> String {
        carried.map(quoted) ?? fill(Placeholder(hint: hint, example: example))
    }

    /// What the file is, where it comes from, and how to fill it in.
    private func header() -> [String] {
        var lines = ["# Tệp dữ liệu hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập (hoso)."]
        if let p = previous {
            lines.append("# Lập từ dữ liệu năm \(p.year): đơn vị, \(councilName) và danh sách thành viên giữ nguyên;")
            lines.append("# năm, số và ngày văn bản, điểm và các đoạn báo cáo để trống (\"<…>\") cho năm \(year).")
            if switchesRegime {
                lines.append(
                    "# Chuyển từ \(p.regime.rawValue) sang \(regime.rawValue): bộ tiêu chí, căn cứ Thông tư và vai trò trong \(councilName) theo \(regime.rawValue)."
                )
            }
        }
        lines += [
            "# Cách điền: thay mọi chỗ \"<…>\" bằng giá trị thật (giữ hoặc bỏ dấu nháy đều được), rồi chạy",
            "#   hoso check <tên tệp>",
            "# để xem bảng điểm và các lỗi còn lại. Dòng bắt đầu bằng # là chú thích.",
            "# Ngày viết ngày trước tháng: 05/01/2024 (hoặc 5/1/2024, ngày 05 tháng 01 năm 2024); giờ viết 14:00;",
            "# điểm lẻ viết 8.5. Mỗi giá trị một dòng; danh sách mỗi mục một dòng bắt đầu bằng \"- \".",
        ]
        return lines
    }

    /// The unit, the year, the regime and its rubric, the recipient, the legal bases and the head.
    private func unitSection(_ fill: Fill) -> [String] {
        let p = previous
        func value(_ carried: String?, _ hint: String, _ example: String) -> String { Self.value(carried, hint, example, fill) }
        var lines: [String] = []
        func add(_ text: String) { lines.append(text) }
        add("unit:                       # Đơn vị")
        add("  name: " + value(p?.unit.name, "Tên đơn vị, ví dụ Trường Tiểu học Hòa Bình", "Trường Tiểu học Hòa Bình"))
        add(
            "  parent: " + value(p?.unit.parent, "Cơ quan chủ quản, ví dụ UBND huyện Kim Thành", "UBND huyện Kim Thành")
                + "   # dòng trên cùng bên trái")
        add(
            "  symbol: " + value(p?.unit.symbol, "Chữ viết tắt trong số văn bản, ví dụ THHB", "THHB")
                + "   # 12/BC-THHB: phần sau dấu gạch ngang")
        add("  place: " + value(p?.unit.place, "Địa danh ở dòng ngày tháng, ví dụ Hòa Bình", "Hòa Bình"))
        if let level = p == nil ? "Tiểu học" : p?.unit.level { add("  level: " + Self.quoted(level) + "   # cấp học (không bắt buộc)") }
        if let address = p?.unit.address { add("  address: " + Self.quoted(address)) }
        add("  head_title: " + Self.quoted(p?.unit.headTitle ?? "Hiệu trưởng") + "   # chức danh người đứng đầu")
        add("year: " + fill(Placeholder(hint: "Năm dương lịch được đánh giá, ví dụ \(year)", example: "\(year)")))
        add("regime: \(regime.rawValue)                # TT22 (chấm điểm) hoặc TT24 (đạt / chưa đạt)")
        add(
            "rubric: " + Self.quoted(rubricReference ?? regime.defaultRubricID)
                + (isTT24 ? "   # tt24-muc1 hoặc tt24-muc2" : "   # tt22, tt22-hanoi, hoặc đường dẫn tới tệp bộ tiêu chí riêng"))
        add(
            "recipient: "
                + value(
                    p?.recipient, "Nơi nhận tờ trình, ví dụ Phòng Giáo dục và Đào tạo huyện Kim Thành",
                    "Phòng Giáo dục và Đào tạo huyện Kim Thành") + "   # Kính gửi")
        if let p, p.recognizer != p.recipient { add("recognizer: " + Self.quoted(p.recognizer)) }
        add("legal_bases:                # Căn cứ (không ghi chữ \"Căn cứ\" và dấu \";\" cuối)")
        if p != nil { add("  # Các căn cứ dưới đây là của năm trước: thay công văn, kế hoạch của năm nay.") }
        if let p, switchesRegime {
            add("  # Chuyển sang \(regime.rawValue): căn cứ Thông tư \(p.regime.circularNumber) đã thay bằng Thông tư \(regime.circularNumber).")
        }
        for basis in legalBases { add("  - " + Self.quoted(basis)) }
        add("head:                       # người đứng đầu, ký quyết định, tờ trình, báo cáo")
        add("  name: " + value(p?.head.name, "Họ tên Hiệu trưởng", "Nguyễn Văn An"))
        return lines
    }

    /// The number and date of each document, and how a deputy signing one is written.
    private func documentsSection(_ fill: Fill) -> [String] {
        let next = year + 1
        var lines = ["documents:                  # số và ngày từng văn bản; số chỉ ghi phần số (12)"]
        let documents: [(key: String, name: String, number: String, date: String)] = [
            ("plan", "kế hoạch", "15", "20/01/\(year)"), ("decision", "quyết định thành lập \(councilName)", "120", "20/12/\(year)"),
            ("submission", "tờ trình", "05", "06/01/\(next)"), ("report", "báo cáo", "04", "05/01/\(next)"),
        ]
        for document in documents {
            lines.append("  \(document.key):")
            lines.append("    number: " + fill(Placeholder(hint: "Số \(document.name), ví dụ \(document.number)", example: document.number)))
            lines.append("    date: " + fill(Placeholder(hint: "Ngày \(document.name), ví dụ \(document.date)", example: document.date)))
            if document.key == "decision" { lines += decisionBases(fill) }
        }
        lines += [
            "  minutes:                   # biên bản cuộc họp",
            "    number: " + fill(Placeholder(hint: "Số biên bản, ví dụ \(minutesExample.number)", example: minutesExample.number)),
            "    date: " + fill(Placeholder(hint: "Ngày biên bản (ngày họp), ví dụ \(minutesExample.date)", example: minutesExample.date)),
            "  # Người khác ký thay, ví dụ cấp phó, thêm dưới số và ngày của văn bản đó:",
            "  #   signer:",
            "  #     prefix: KT.",
            "  #     on_behalf_of: Hiệu trưởng",
            "  #     title: Phó Hiệu trưởng",
            "  #     name: ...",
        ]
        return lines
    }

    /// The decision's own "Căn cứ": the rule on the unit's organisation, the circular and this year's plan
    /// (a decision citing only the circular is warned by `check`); last year's list is carried with a note.
    private func decisionBases(_ fill: Fill) -> [String] {
        var lines = ["    legal_bases:             # căn cứ của quyết định: quy định về tổ chức của đơn vị, thông tư, kế hoạch của đơn vị"]
        if let previous, !previous.documents.decision.legalBases.isEmpty {
            lines.append("      # Căn cứ của năm trước: thay kế hoạch của năm nay.")
            return lines + carried(previous.documents.decision.legalBases, from: previous.regime).map { "      - " + Self.quoted($0) }
        }
        let organisation =
            "Điều lệ trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT ngày 04/09/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo"
        let plan = "Kế hoạch số 15/KH-THHB ngày 20/01/\(year) của Trường Tiểu học Hòa Bình về xây dựng Đơn vị học tập năm \(year)"
        return lines + [
            "      - " + fill(Placeholder(hint: "Văn bản quy định về tổ chức của đơn vị, ví dụ \(organisation)", example: organisation)),
            "      - " + Self.quoted(regime.circularCitation),
            "      - " + fill(Placeholder(hint: "Kế hoạch của đơn vị năm nay, ví dụ \(plan)", example: plan)),
        ]
    }

    /// The council (Hội đồng, or TT24's Tổ đánh giá): its members with their roles, and its tasks.
    private func councilSection(_ fill: Fill) -> [String] {
        let p = previous
        func value(_ carried: String?, _ hint: String, _ example: String) -> String { Self.value(carried, hint, example, fill) }
        var lines: [String] = []
        func add(_ text: String) { lines.append(text) }
        let leader: CouncilRole = isTT24 ? .toTruong : .chuTich
        let ordinary: CouncilRole = isTT24 ? .thanhVien : .uyVien
        add(
            "council:                    # "
                + (isTT24
                    ? "Tổ đánh giá: vai trò to_truong, to_pho, thu_ky, thanh_vien"
                    : "Hội đồng: vai trò chu_tich, pho_chu_tich, thu_ky, uy_vien"))
        add("  members:")
        let councilMembers: [(name: String, position: String, role: String)] =
            p?.council.members.map {
                (Self.quoted($0.name), Self.quoted($0.position), role($0.role).rawValue)
            } ?? [
                (value(nil, "Họ tên Hiệu trưởng", "Nguyễn Văn An"), "Hiệu trưởng", leader.rawValue),
                (value(nil, "Họ tên thư ký", "Trần Thị Bình"), "Giáo viên", CouncilRole.thuKy.rawValue),
                (value(nil, "Họ tên thành viên thứ ba", "Lê Văn Cường"), "Giáo viên", ordinary.rawValue),
            ]
        for member in councilMembers {
            add("    - name: \(member.name)")
            add("      position: \(member.position)")
            add("      role: \(member.role)")
        }
        add("  tasks:")
        let defaultTasks = ["Tổ chức tự kiểm tra, đánh giá Đơn vị học tập theo bộ tiêu chí."]
        if let p, switchesRegime, !p.council.tasks.isEmpty, p.council.tasks != defaultTasks {
            add("    # Nhiệm vụ của \(Council.defaultShortName(for: p.regime)) năm \(p.year) (theo \(p.regime.rawValue)), để đối chiếu:")
            for task in p.council.tasks { add("    #   " + task.replacingOccurrences(of: "\n", with: " ")) }
        }
        for task in (switchesRegime ? nil : p?.council.tasks.nilIfEmpty) ?? defaultTasks {
            add("    - " + Self.quoted(task))
        }
        return lines
    }

    /// The council's meeting (the minutes): when, where, who chaired and who wrote, opinions, the vote.
    private func meetingSection(_ fill: Fill) -> [String] {
        let p = previous
        func value(_ carried: String?, _ hint: String, _ example: String) -> String { Self.value(carried, hint, example, fill) }
        let leader: CouncilRole = isTT24 ? .toTruong : .chuTich
        let chair = p?.council.members.first { role($0.role) == leader }?.name
        let secretary = p?.council.members.first { $0.role == .thuKy }?.name
        let attendees = p?.council.members.count ?? 3
        return [
            "meeting:                    # cuộc họp (biên bản)",
            "  date: " + fill(Placeholder(hint: "Ngày họp, ví dụ \(minutesExample.date)", example: minutesExample.date)),
            "  start: " + fill(Placeholder(hint: "Giờ bắt đầu, ví dụ 14:00", example: "14:00")),
            "  end: " + fill(Placeholder(hint: "Giờ kết thúc, ví dụ 16:30", example: "16:30")),
            "  place: " + value(p?.meeting.place, "Nơi họp, ví dụ Phòng họp Hội đồng sư phạm", "Phòng họp Hội đồng sư phạm"),
            "  chair: " + value(chair ?? (p == nil ? nil : ""), "Họ tên Hiệu trưởng", "Nguyễn Văn An") + "   # phải có trong council.members",
            "  secretary: " + value(secretary ?? (p == nil ? nil : ""), "Họ tên thư ký", "Trần Thị Bình") + "   # phải có trong council.members",
            "  # absent:                  # người vắng mặt, mỗi người hai dòng:",
            "  #   - name: ...",
            "  #     reason: Nghỉ ốm",
            "  opinions:                  # ý kiến của thành viên tại cuộc họp",
            "    - " + fill(Placeholder(hint: "Ý kiến tại cuộc họp", example: "Các thành viên nhất trí với kết quả tự đánh giá.")),
            "  vote:                      # biểu quyết",
            "    agree: " + fill(Placeholder(hint: "Số phiếu đồng ý, ví dụ \(attendees)", example: "\(attendees)")),
            "    disagree: 0",
            "    abstain: 0",
        ]
    }

    /// The members' order and list: last year's people with this year's results to fill, or three examples.
    private func membersSection(_ fill: Fill) -> [String] {
        let p = previous
        func value(_ carried: String?, _ hint: String, _ example: String) -> String { Self.value(carried, hint, example, fill) }
        var lines: [String] = []
        func add(_ text: String) { lines.append(text) }
        add("member_order: " + (p?.memberOrder.rawValue ?? "as_given") + "      # as_given (giữ thứ tự) hoặc by_name (theo tên)")
        add("# Mỗi thành viên một nhóm dòng. Mặc định: self_study_plan, discipline, learning_citizen là true;")
        add("# training là hoan_thanh (hoặc hoan_thanh_tot, chua_hoan_thanh).")
        add("# emulation_title: CSTĐCS, LĐTT, HTNV (hoàn thành nhiệm vụ, không có danh hiệu) hoặc Không.")
        add("# Danh sách có sẵn trong Excel: hoso members import danh-sach.xlsx --into <tên tệp>.")
        if let p {
            add("# Họ tên và chức vụ giữ từ năm \(p.year); kết quả năm \(year) của từng người (kế hoạch tự học, kỷ luật,")
            add("# bồi dưỡng, danh hiệu, công dân học tập) để trống \"<…>\": điền theo kết quả năm nay.")
        }
        add("members:")
        if let members = p?.members {
            for member in members { addMember(member, to: &lines, fill: fill) }
        } else {
            let examples: [(String, String, String?, String)] = [
                (value(nil, "Họ tên Hiệu trưởng", "Nguyễn Văn An"), "Hiệu trưởng", "hoan_thanh_tot", "LĐTT"),
                (value(nil, "Họ tên thư ký", "Trần Thị Bình"), "Giáo viên", nil, "LĐTT"),
                (value(nil, "Họ tên thành viên thứ ba", "Lê Văn Cường"), "Giáo viên", nil, "LĐTT"),
            ]
            for (name, position, training, title) in examples {
                add("  - name: \(name)")
                add("    position: \(position)")
                if let training { add("    training: \(training)") }
                add("    emulation_title: \(title)")
            }
        }
        return lines
    }

    /// The figures the report quotes.
    private func achievementsSection(_ fill: Fill) -> [String] {
        [
            "achievements:               # số liệu cho báo cáo",
            "  cstdcs: " + fill(Placeholder(hint: "Số người đạt Chiến sĩ thi đua cơ sở", example: "0")),
            "  giay_khen: " + fill(Placeholder(hint: "Số Giấy khen", example: "0")),
            "  initiatives: " + fill(Placeholder(hint: "Số sáng kiến", example: "0")),
        ]
    }

    /// The report's sections (I–V), one paragraph each to fill.
    private func narrativeSection(_ fill: Fill) -> [String] {
        var lines = ["narrative:                  # các mục của báo cáo; mỗi đoạn một dòng \"- \""]
        let sections: [(key: String, comment: String, hint: String, example: String)] = [
            (
                "direction", "I.1 Công tác chỉ đạo, triển khai", "Công tác chỉ đạo, triển khai",
                "Nhà trường phổ biến quy định về đánh giá Đơn vị học tập tới toàn thể cán bộ, giáo viên, nhân viên."
            ),
            (
                "self_assessment", "I.2 Thành viên tự đánh giá", "Việc tự đánh giá của các thành viên",
                "100% cán bộ, giáo viên, nhân viên tự đánh giá kết quả học tập theo kế hoạch cá nhân."
            ),
            (
                "process", "I.3 \(councilName) và quá trình tự kiểm tra", "\(councilName) làm việc thế nào",
                "\(councilName) họp, đối chiếu minh chứng với từng tiêu chí và thống nhất điểm."
            ),
            (
                "stored_documents", "I.3 Hồ sơ lưu tại đơn vị (danh sách đánh số)", "Một hồ sơ lưu tại đơn vị",
                "Kế hoạch xây dựng Đơn vị học tập của nhà trường"
            ),
            (
                "training", "II. Công tác tập huấn về đánh giá, xếp loại", "Công tác tập huấn",
                "Cán bộ, giáo viên được tập huấn về đánh giá, xếp loại Đơn vị học tập."
            ),
            ("strengths", "III. Ưu điểm", "Ưu điểm", "Các thành viên có kế hoạch tự học được phê duyệt."),
            ("weaknesses", "III. Hạn chế", "Hạn chế", "Kinh phí bồi dưỡng còn hạn hẹp."),
        ]
        for section in sections {
            lines.append("  \(section.key):" + String(repeating: " ", count: max(1, 25 - section.key.count)) + "# \(section.comment)")
            lines.append("    - " + fill(Placeholder(hint: section.hint, example: section.example)))
        }
        lines += [
            "  proposals:                 # IV. Kiến nghị (ghi Không nếu không có)",
            "    - Không",
            "  next_year:                 # V. Phương hướng năm sau",
            "    - "
                + fill(
                    Placeholder(
                        hint: "Phương hướng năm sau",
                        example: "Tiếp tục xây dựng kế hoạch học tập thường xuyên năm \(year + 1).")),
        ]
        return lines
    }

    /// A member carried into the next year: the name and position kept; every result of the year
    /// (plan, discipline, training, title, learning citizen) a placeholder naming last year's value,
    /// last year's note a comment. The example (`filledExample`) is last year's value.
    private func addMember(_ member: Member, to lines: inout [String], fill: Fill) {
        func yesNo(_ value: Bool) -> String { value ? "true" : "false" }
        func ask(_ hint: String, last: String) -> String {
            fill(Placeholder(hint: "\(hint) năm \(year) (năm trước: \(last))", example: last))
        }
        lines.append("  - name: " + Self.quoted(member.name))
        lines.append("    position: " + Self.quoted(member.position))
        lines.append("    self_study_plan: " + ask("Có kế hoạch tự học: true hoặc false", last: yesNo(member.selfStudyPlan)))
        lines.append("    discipline: " + ask("Chấp hành kỷ luật: true hoặc false", last: yesNo(member.discipline)))
        lines.append(
            "    training: "
                + ask(
                    "Bồi dưỡng: hoan_thanh_tot, hoan_thanh hoặc chua_hoan_thanh",
                    last: member.training.rawValue))
        lines.append("    emulation_title: " + ask("Danh hiệu: CSTĐCS, LĐTT, HTNV hoặc Không", last: member.emulationTitle.title))
        lines.append("    learning_citizen: " + ask("Công dân học tập: true hoặc false", last: yesNo(member.learningCitizen)))
        if let notes = member.notes { lines.append("    # notes năm trước: " + notes.replacingOccurrences(of: "\n", with: " ")) }
    }

    /// The criteria of the rubric: last year's when continuing, else the regime's built-in one.
    private var criteria: [(code: String, maximum: String?)] {
        if let rubric = previous?.rubric, !switchesRegime {
            return rubric.groups.flatMap(\.criteria).map { ($0.code, $0.maximum.map { $0.text(decimalSeparator: ".") }) }
        }
        if isTT24 { return ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2"].map { ($0, nil) } }
        return [
            ("1a", "10"), ("1b", "10"), ("1c", "10"), ("2a", "10"), ("2b", "5"), ("2c", "10"), ("2d", "5"),
            ("3a", "25"), ("3b", "10"), ("3c", "5"),
        ]
    }

    /// The score of each criterion (TT22) or whether each target is met (TT24), with its evidence.
    private func scoresSection(_ fill: Fill) -> [String] {
        var lines: [String] = []
        if isTT24 {
            lines.append("# Mỗi chỉ tiêu: met: true (đạt) hoặc met: false kèm reason (lý do chưa đạt);")
            lines.append("# evidence: các minh chứng, mỗi minh chứng một dòng \"- \".")
        } else {
            lines.append("# Mỗi tiêu chí: points (điểm). Dưới điểm tối đa thì bắt buộc ghi reason (lý do trừ điểm),")
            lines.append("# ví dụ: reason: Tập thể chỉ đạt danh hiệu Lao động tiên tiến. evidence: các minh chứng, mỗi minh chứng một dòng \"- \".")
        }
        lines.append("scores:")
        for criterion in criteria {
            lines.append("  \"\(criterion.code)\":")
            if isTT24 {
                lines.append("    met: " + (previous == nil ? "true" : fill(Placeholder(hint: "true hoặc false", example: "true"))))
            } else {
                let maximum = criterion.maximum ?? "?"
                lines.append(
                    "    points: "
                        + (previous == nil
                            ? maximum
                            : fill(Placeholder(hint: "Điểm \(criterion.code), tối đa \(maximum)", example: maximum)))
                        + "   # tối đa \(maximum)")
            }
            lines.append("    evidence:")
            lines.append(
                "      - "
                    + fill(
                        Placeholder(
                            hint: "Minh chứng cho \(criterion.code), ví dụ số và tên văn bản",
                            example: "Kế hoạch số 15/KH-THHB")))
        }
        return lines
    }

    /// "Hội đồng" or "Tổ đánh giá", as the starter's regime names the council.
    private var councilName: String { Council.defaultShortName(for: regime) }

    /// The "Căn cứ" list: the regime's circular for a new file; last year's list otherwise, where a
    /// switch of regime replaces the old circular by the new one (first when none was cited).
    var legalBases: [String] {
        guard let previous else { return [regime.circularCitation] }
        return carried(previous.legalBases, from: previous.regime)
    }

    /// Last year's list of bases; a switch of regime replaces the old circular by the new one in its
    /// place (first when none was cited).
    private func carried(_ list: [String], from old: Regime) -> [String] {
        guard switchesRegime else { return list }
        let kept = list.filter { !old.isCited(by: $0) && !regime.isCited(by: $0) }
        guard let at = list.firstIndex(where: { old.isCited(by: $0) || regime.isCited(by: $0) }) else {
            return [regime.circularCitation] + kept
        }
        var bases = kept
        bases.insert(regime.circularCitation, at: list[..<at].filter { kept.contains($0) }.count)
        return bases
    }

    /// Whether the starter moves last year's data to another regime (its rubric, circular and
    /// council roles replaced).
    package var switchesRegime: Bool { switched }

    /// `text` as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

extension Array {
    fileprivate var nilIfEmpty: Self? { isEmpty ? nil : self }
}
