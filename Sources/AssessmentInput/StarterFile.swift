import Foundation

/// The commented starter data file `hoso init` writes: every value to fill in is a "<…>" placeholder
/// that says what goes there, and `hoso check` names each one still unfilled.
public struct StarterFile: Sendable {
    /// The regime the starter is laid out for.
    public enum Regime: String, Sendable, CaseIterable {
        /// Thông tư 22: points.
        case tt22 = "TT22"
        /// Thông tư 24: targets met / not met.
        case tt24 = "TT24"
    }

    /// The regime.
    public var regime: Regime

    /// A starter for `regime`.
    public init(regime: Regime = .tt22) {
        self.regime = regime
    }

    /// The file as written by `hoso init`: placeholders unfilled.
    public var text: String {
        render { "\"<\($0.hint)>\"" }
    }

    /// The same file with every placeholder replaced by its example value: a complete, valid data file
    /// (used by the tests to prove that a filled starter passes `hoso check`).
    public var filledExample: String {
        render { "\"\($0.example)\"" }
    }

    /// A value to fill in: what it is, and an example.
    struct Placeholder {
        let hint: String
        let example: String
    }

    private var isTT24: Bool { regime == .tt24 }

    private var placeholders: [String: Placeholder] {
        let year = isTT24 ? "2024" : "2023"
        let next = isTT24 ? "2025" : "2024"
        return [
            "unit_name": Placeholder(hint: "Tên đơn vị, ví dụ Trường Tiểu học Hòa Bình", example: "Trường Tiểu học Hòa Bình"),
            "parent": Placeholder(hint: "Cơ quan chủ quản, ví dụ UBND huyện Kim Thành", example: "UBND huyện Kim Thành"),
            "symbol": Placeholder(hint: "Chữ viết tắt trong số văn bản, ví dụ THHB", example: "THHB"),
            "place": Placeholder(hint: "Địa danh ở dòng ngày tháng, ví dụ Hòa Bình", example: "Hòa Bình"),
            "year": Placeholder(hint: "Năm đánh giá, ví dụ \(year)", example: year),
            "recipient": Placeholder(hint: "Nơi nhận tờ trình, ví dụ Phòng Giáo dục và Đào tạo huyện Kim Thành",
                                     example: "Phòng Giáo dục và Đào tạo huyện Kim Thành"),
            "head": Placeholder(hint: "Họ tên Hiệu trưởng", example: "Nguyễn Văn An"),
            "secretary": Placeholder(hint: "Họ tên thư ký", example: "Trần Thị Bình"),
            "member3": Placeholder(hint: "Họ tên thành viên thứ ba", example: "Lê Văn Cường"),
            "plan_number": Placeholder(hint: "Số kế hoạch, ví dụ 15", example: "15"),
            "plan_date": Placeholder(hint: "Ngày kế hoạch, dd/mm/yyyy", example: "20/01/\(year)"),
            "decision_number": Placeholder(hint: "Số quyết định", example: "120"),
            "decision_date": Placeholder(hint: "Ngày quyết định, dd/mm/yyyy", example: "20/12/\(year)"),
            "submission_number": Placeholder(hint: "Số tờ trình", example: "05"),
            "submission_date": Placeholder(hint: "Ngày tờ trình, dd/mm/yyyy", example: "06/01/\(next)"),
            "report_number": Placeholder(hint: "Số báo cáo", example: "04"),
            "report_date": Placeholder(hint: "Ngày báo cáo, dd/mm/yyyy", example: "05/01/\(next)"),
            "meeting_date": Placeholder(hint: "Ngày họp, dd/mm/yyyy", example: "28/12/\(year)"),
            "start": Placeholder(hint: "Giờ bắt đầu, ví dụ 14:00", example: "14:00"),
            "end": Placeholder(hint: "Giờ kết thúc, ví dụ 16:30", example: "16:30"),
            "meeting_place": Placeholder(hint: "Nơi họp, ví dụ Phòng họp Hội đồng sư phạm", example: "Phòng họp Hội đồng sư phạm"),
            "direction": Placeholder(hint: "Công tác chỉ đạo, triển khai: mỗi đoạn một dòng '- '",
                                     example: "Nhà trường phổ biến quy định về đánh giá Đơn vị học tập tới toàn thể cán bộ, giáo viên, nhân viên."),
            "strength": Placeholder(hint: "Ưu điểm", example: "Các thành viên có kế hoạch tự học được phê duyệt."),
            "weakness": Placeholder(hint: "Hạn chế", example: "Kinh phí bồi dưỡng còn hạn hẹp."),
            "next_year": Placeholder(hint: "Phương hướng năm sau", example: "Tiếp tục xây dựng kế hoạch học tập thường xuyên năm \(next)."),
        ]
    }

    private func render(_ fill: (Placeholder) -> String) -> String {
        var output = template
        for (token, placeholder) in placeholders {
            output = output.replacingAll("{{\(token)}}", with: fill(placeholder))
        }
        return output
    }

    private var template: String {
        let leader = isTT24 ? "to_truong" : "chu_tich"
        let other = isTT24 ? "thanh_vien" : "uy_vien"
        return """
        # Tệp dữ liệu hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập (hoso).
        # Cách điền: thay mọi chỗ "<…>" bằng giá trị thật (giữ hoặc bỏ dấu nháy đều được), rồi chạy
        #   hoso check <tên tệp>
        # để xem bảng điểm và các lỗi còn lại. Dòng bắt đầu bằng # là chú thích.
        # Ngày viết dd/mm/yyyy (05/01/2024); giờ viết 14:00; điểm lẻ viết 8.5.

        unit:                       # Đơn vị
          name: {{unit_name}}
          parent: {{parent}}        # cơ quan chủ quản (dòng trên cùng bên trái)
          symbol: {{symbol}}        # 12/BC-THHB: phần sau dấu gạch ngang
          place: {{place}}
          level: Tiểu học           # cấp học (không bắt buộc)
          head_title: Hiệu trưởng   # chức danh người đứng đầu
        year: {{year}}
        regime: \(regime.rawValue)              # TT22 (chấm điểm) hoặc TT24 (đạt / chưa đạt)
        rubric: \(isTT24 ? "tt24-muc1" : "tt22")\(isTT24 ? "          # tt24-muc1 hoặc tt24-muc2" : "              # tt22, tt22-hanoi, hoặc đường dẫn tới tệp bộ tiêu chí riêng")
        recipient: {{recipient}}    # Kính gửi
        # recognizer: ...           # cơ quan công nhận, nếu khác nơi nhận
        legal_bases:                # Căn cứ (không ghi chữ "Căn cứ" và dấu ";" cuối)
          - \(isTT24 ? "Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận Đơn vị học tập" : "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại Đơn vị học tập")
        head:                       # người đứng đầu, ký quyết định, tờ trình, báo cáo
          name: {{head}}

        documents:                  # số và ngày từng văn bản; số chỉ ghi phần số (12)
          plan: {number: {{plan_number}}, date: {{plan_date}}}
          decision: {number: {{decision_number}}, date: {{decision_date}}}
          submission: {number: {{submission_number}}, date: {{submission_date}}}
          report: {number: {{report_number}}, date: {{report_date}}}
          # Người khác ký thay, ví dụ cấp phó:
          #   signer: {prefix: KT., on_behalf_of: Hiệu trưởng, title: Phó Hiệu trưởng, name: ...}
          # Nơi nhận riêng: recipients: [Như trên, "Lưu: VT."]

        council:                    # \(isTT24 ? "Tổ đánh giá: vai trò to_truong, to_pho, thu_ky, thanh_vien" : "Hội đồng: vai trò chu_tich, pho_chu_tich, thu_ky, uy_vien")
          members:
            - {name: {{head}}, position: Hiệu trưởng, role: \(leader)}
            - {name: {{secretary}}, position: Giáo viên, role: thu_ky}
            - {name: {{member3}}, position: Giáo viên, role: \(other)}
          tasks:
            - Tổ chức tự kiểm tra, đánh giá Đơn vị học tập theo bộ tiêu chí.

        meeting:                    # cuộc họp (biên bản)
          date: {{meeting_date}}
          start: {{start}}
          end: {{end}}
          place: {{meeting_place}}
          chair: {{head}}           # phải có trong council.members
          secretary: {{secretary}}  # phải có trong council.members
          absent: []                # ví dụ: [{name: ..., reason: Nghỉ ốm}]
          opinions: []
          vote: {agree: 3, disagree: 0, abstain: 0}

        member_order: as_given      # as_given (giữ thứ tự) hoặc by_name (theo tên)
        # Mỗi thành viên một dòng. Mặc định: self_study_plan, discipline, learning_citizen là true;
        # training là hoan_thanh (hoặc hoan_thanh_tot, chua_hoan_thanh).
        # emulation_title: CSTĐCS, LĐTT, HTNV (hoàn thành nhiệm vụ, không có danh hiệu) hoặc Không.
        members:
          - {name: {{head}}, position: Hiệu trưởng, training: hoan_thanh_tot, emulation_title: LĐTT}
          - {name: {{secretary}}, position: Giáo viên, emulation_title: LĐTT}
          - {name: {{member3}}, position: Giáo viên, emulation_title: LĐTT}

        \(scoresSection)
        achievements:               # số liệu cho báo cáo
          cstdcs: 0                 # số người đạt Chiến sĩ thi đua cơ sở
          giay_khen: 0
          initiatives: 0            # số sáng kiến

        narrative:                  # các mục của báo cáo, mỗi đoạn một dòng "- "
          direction:
            - {{direction}}
          strengths:
            - {{strength}}
          weaknesses:
            - {{weakness}}
          proposals:
            - Không
          next_year:
            - {{next_year}}

        """
    }

    private var scoresSection: String {
        if isTT24 {
            return """
            # Mỗi chỉ tiêu: met: true (đạt) hoặc met: false kèm reason (lý do chưa đạt); evidence: minh chứng.
            scores:
              "1.1": {met: true}
              "1.2": {met: true}
              "1.3": {met: true}
              "1.4": {met: true}
              "2.1": {met: true}
              "2.2": {met: true}
              "2.3": {met: true}
              "3.1": {met: true}
              "3.2": {met: true}
            """
        }
        return """
        # Mỗi tiêu chí: points (điểm). Dưới điểm tối đa thì bắt buộc ghi reason (lý do trừ điểm).
        # Ví dụ:  3b: {points: 5, reason: Tập thể chỉ đạt danh hiệu Lao động tiên tiến}
        scores:
          1a: {points: 10}          # tối đa 10
          1b: {points: 10}          # tối đa 10
          1c: {points: 10}          # tối đa 10
          2a: {points: 10}          # tối đa 10
          2b: {points: 5}           # tối đa 5
          2c: {points: 10}          # tối đa 10
          2d: {points: 5}           # tối đa 5
          3a: {points: 25}          # tối đa 25
          3b: {points: 10}          # tối đa 10
          3c: {points: 5}           # tối đa 5
        """
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
