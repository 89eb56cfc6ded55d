import AssessmentInput
import Diagnostics
import Foundation

/// A small, valid data file (a three-member unit, invented) that tests change one line of to inject a fault.
enum SmallUnit {
    static let yaml = """
        unit:
          name: Trường Tiểu học Hòa Bình
          parent: UBND huyện Kim Thành
          symbol: THHB
          place: Hòa Bình
        year: 2023
        regime: TT22
        rubric: tt22
        recipient: Phòng Giáo dục và Đào tạo huyện Kim Thành
        head:
          name: Nguyễn Văn An
        documents:
          plan: {number: 15, date: 20/01/2023}
          decision: {number: 120, date: 20/12/2023}
          submission: {number: 05, date: 06/01/2024}
          report: {number: 04, date: 05/01/2024}
        council:
          members:
            - {name: Nguyễn Văn An, position: Hiệu trưởng, role: chu_tich}
            - {name: Trần Thị Bình, position: Giáo viên, role: thu_ky}
            - {name: Lê Văn Cường, position: Giáo viên, role: uy_vien}
        meeting:
          date: 28/12/2023
          start: "14:00"
          end: "16:30"
          place: Phòng họp Hội đồng sư phạm
          chair: Nguyễn Văn An
          secretary: Trần Thị Bình
          vote: {agree: 3, disagree: 0, abstain: 0}
        members:
          - {name: Nguyễn Văn An, position: Hiệu trưởng, emulation_title: LĐTT}
          - {name: Trần Thị Bình, position: Giáo viên, emulation_title: LĐTT}
          - {name: Lê Văn Cường, position: Giáo viên, emulation_title: CSTĐCS}
        scores:
          1a: {points: 10, evidence: Biên bản họp Hội đồng}
          1b: {points: 10, evidence: Biên bản họp Hội đồng}
          1c: {points: 10, evidence: Biên bản họp Hội đồng}
          2a: {points: 10, evidence: Biên bản họp Hội đồng}
          2b: {points: 5, evidence: Biên bản họp Hội đồng}
          2c: {points: 10, evidence: Biên bản họp Hội đồng}
          2d: {points: 5, evidence: Biên bản họp Hội đồng}
          3a: {points: 25, evidence: Biên bản họp Hội đồng}
          3b: {points: 10, evidence: Biên bản họp Hội đồng}
          3c: {points: 5, evidence: Biên bản họp Hội đồng}
        narrative:
          direction: Nhà trường phổ biến quy định tới toàn thể cán bộ, giáo viên, nhân viên.
          self_assessment: Mọi thành viên tự đánh giá theo kế hoạch cá nhân.
          process: Hội đồng đối chiếu minh chứng với từng tiêu chí.
          strengths: Các thành viên có kế hoạch tự học.
          weaknesses: Chưa ứng dụng nhiều công nghệ thông tin.
          next_year: Duy trì danh hiệu Đơn vị học tập.

        """

    /// The file with `original` replaced by `replacement` (which must occur exactly once).
    static func with(_ original: String, _ replacement: String) -> String {
        precondition(yaml.components(separatedBy: original).count == 2, "'\(original)' must occur once")
        return yaml.replacingOccurrences(of: original, with: replacement)
    }

    /// Every diagnostic of the file with the replacement, in Vietnamese.
    static func diagnostics(_ original: String, _ replacement: String) -> [String] {
        FixtureTests.loader.parse(text: with(original, replacement), file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) }
    }
}
