/// The documents of the dossier, one per kind.
public struct DocumentSet: Sendable, Hashable {
    /// Kế hoạch.
    public var plan: IssuedDocument
    /// Quyết định thành lập Hội đồng / Tổ đánh giá.
    public var decision: IssuedDocument
    /// Tờ trình (M2).
    public var submission: IssuedDocument
    /// Báo cáo (M3).
    public var report: IssuedDocument
    /// Biên bản (M4).
    public var minutes: IssuedDocument
    /// Bản tổng hợp (M5).
    public var summary: IssuedDocument
    /// Biểu điểm or the TT24 summary of criteria and targets.
    public var scoresheet: IssuedDocument

    /// Every document.
    public init(plan: IssuedDocument, decision: IssuedDocument, submission: IssuedDocument, report: IssuedDocument,
                minutes: IssuedDocument, summary: IssuedDocument, scoresheet: IssuedDocument) {
        self.plan = plan
        self.decision = decision
        self.submission = submission
        self.report = report
        self.minutes = minutes
        self.summary = summary
        self.scoresheet = scoresheet
    }

    /// The document of `kind`.
    public subscript(kind: DocumentKind) -> IssuedDocument {
        switch kind {
        case .plan: plan
        case .decision: decision
        case .submission: submission
        case .report: report
        case .minutes: minutes
        case .summary: summary
        case .scoresheet: scoresheet
        }
    }

    /// All documents in the order of `DocumentKind.allCases`.
    public var all: [IssuedDocument] { DocumentKind.allCases.map { self[$0] } }
}
