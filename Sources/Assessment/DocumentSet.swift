/// The documents of the dossier, one per kind.
package struct DocumentSet: Sendable, Hashable {
    /// Kế hoạch.
    package var plan: IssuedDocument
    /// Quyết định thành lập Hội đồng / Tổ đánh giá.
    package var decision: IssuedDocument
    /// Tờ trình (M2).
    package var submission: IssuedDocument
    /// Báo cáo (M3).
    package var report: IssuedDocument
    /// Biên bản (M4).
    package var minutes: IssuedDocument
    /// Bản tổng hợp (M5).
    package var summary: IssuedDocument
    /// Biểu điểm or the TT24 summary of criteria and targets.
    package var scoresheet: IssuedDocument

    /// Every document.
    package init(
        plan: IssuedDocument, decision: IssuedDocument, submission: IssuedDocument, report: IssuedDocument,
        minutes: IssuedDocument, summary: IssuedDocument, scoresheet: IssuedDocument
    ) {
        self.plan = plan
        self.decision = decision
        self.submission = submission
        self.report = report
        self.minutes = minutes
        self.summary = summary
        self.scoresheet = scoresheet
    }

    /// The document of `kind`.
    package subscript(kind: DocumentKind) -> IssuedDocument {
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
    package var all: [IssuedDocument] { DocumentKind.allCases.map { self[$0] } }
}
