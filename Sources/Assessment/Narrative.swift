/// The report's texts (M3), each a list of paragraphs.
package struct Narrative: Sendable, Hashable {
    /// I.1 Công tác chỉ đạo và triển khai.
    package var direction: [String]
    /// I.2 Công tác tự đánh giá của các thành viên.
    package var selfAssessment: [String]
    /// I.3 Quy trình tự kiểm tra, đánh giá, lưu hồ sơ, minh chứng.
    package var process: [String]
    /// I.3 The documents kept on file, printed as the numbered list (1), (2), … after `process`.
    package var storedDocuments: [String]
    /// II.d Công tác tập huấn cho cán bộ về đánh giá, xếp loại (seed 004), when written.
    package var training: [String]
    /// III.1 Ưu điểm.
    package var strengths: [String]
    /// III.2 Nhược điểm / hạn chế.
    package var weaknesses: [String]
    /// IV. Đề xuất, kiến nghị (may be just "Không").
    package var proposals: [String]
    /// V. Phương hướng năm sau.
    package var nextYear: [String]

    /// The texts.
    package init(
        direction: [String] = [], selfAssessment: [String] = [], process: [String] = [], strengths: [String] = [],
        weaknesses: [String] = [], proposals: [String] = [], nextYear: [String] = [],
        storedDocuments: [String] = [], training: [String] = []
    ) {
        self.direction = direction
        self.selfAssessment = selfAssessment
        self.process = process
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.proposals = proposals
        self.nextYear = nextYear
        self.storedDocuments = storedDocuments
        self.training = training
    }
}
