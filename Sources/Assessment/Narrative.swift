/// The report's texts (M3), each a list of paragraphs.
public struct Narrative: Sendable, Hashable {
    /// I.1 Công tác chỉ đạo và triển khai.
    public var direction: [String]
    /// I.2 Công tác tự đánh giá của các thành viên.
    public var selfAssessment: [String]
    /// I.3 Quy trình tự kiểm tra, đánh giá, lưu hồ sơ, minh chứng.
    public var process: [String]
    /// I.3 The documents kept on file, printed as the numbered list (1), (2), … after `process`.
    public var storedDocuments: [String]
    /// II.d Công tác tập huấn cho cán bộ về đánh giá, xếp loại (seed 004), when written.
    public var training: [String]
    /// III.1 Ưu điểm.
    public var strengths: [String]
    /// III.2 Nhược điểm / hạn chế.
    public var weaknesses: [String]
    /// IV. Đề xuất, kiến nghị (may be just "Không").
    public var proposals: [String]
    /// V. Phương hướng năm sau.
    public var nextYear: [String]

    /// The texts.
    public init(direction: [String] = [], selfAssessment: [String] = [], process: [String] = [], strengths: [String] = [],
                weaknesses: [String] = [], proposals: [String] = [], nextYear: [String] = [],
                storedDocuments: [String] = [], training: [String] = []) {
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
