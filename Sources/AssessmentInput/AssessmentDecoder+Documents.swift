import Assessment
import Diagnostics
import Yams

extension AssessmentDecoder {
    /// The "Nơi nhận" list a document gets when the data gives none.
    static func defaultRecipients(_ kind: DocumentKind, recipient: String?) -> [String] {
        switch kind {
        case .plan: (recipient.map { ["\($0) (để b/c)"] } ?? []) + ["Lưu: VT."]
        case .decision: ["Như Điều 3", "Lưu: VT."]
        case .submission: ["Như trên", "Lưu: VT."]
        case .report: (recipient.map { [$0] } ?? []) + ["Lưu: VT."]
        case .minutes, .summary, .scoresheet: []
        }
    }

    static let documentKeys = ["number", "date", "summary", "signer", "recipients", "legal_bases", "preparer"]

    func decodeDocuments(_ node: Node, head: Signer?, recipient: String?, meeting: Meeting?) -> DocumentSet? {
        guard let f = reader.fields(node, path: "documents", keys: DocumentKind.allCases.map(\.rawValue),
                                    required: ["plan", "decision", "submission", "report"]) else { return nil }
        var documents: [DocumentKind: IssuedDocument] = [:]
        var failed = false
        for kind in DocumentKind.allCases {
            let path = f.path(kind.rawValue)
            let defaultDate: CalendarDate? = switch kind {
            case .minutes: meeting?.date
            case .summary, .scoresheet: meeting?.date ?? documents[.report]?.date
            default: nil
            }
            let defaultSigner: Signer? = kind == .minutes
                ? meeting.map { Signer(title: "Chủ tọa", name: $0.chair) } : head
            guard let docNode = f[kind.rawValue] else {
                if let defaultDate, let defaultSigner {
                    documents[kind] = IssuedDocument(
                        kind: kind, number: nil, date: defaultDate, signer: defaultSigner,
                        recipients: Self.defaultRecipients(kind, recipient: recipient),
                        preparer: kind == .summary ? meeting?.secretary : nil)
                } else {
                    failed = true
                }
                continue
            }
            guard let d = reader.fields(docNode, path: path, keys: Self.documentKeys,
                                        required: defaultDate == nil ? ["date"] : []) else {
                failed = true
                continue
            }
            var number = d["number"].flatMap { reader.text($0, path: d.path("number"), required: false) }
            if let value = number, !value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                reader.error(d["number"], d.path("number"), Messages.invalidDocumentNumber(value))
                number = nil
            }
            let date = d["date"].flatMap { reader.date($0, path: d.path("date")) } ?? (d["date"] == nil ? defaultDate : nil)
            let summary = d["summary"].flatMap { reader.text($0, path: d.path("summary"), required: false) }
            let signer = d["signer"].flatMap { decodeSigner($0, path: d.path("signer"), defaultTitle: head?.title) }
                ?? (d["signer"] == nil ? defaultSigner : nil)
            let recipients = d["recipients"].map { reader.texts($0, path: d.path("recipients")) }
                ?? Self.defaultRecipients(kind, recipient: recipient)
            let legalBases = d["legal_bases"].map { reader.texts($0, path: d.path("legal_bases")) } ?? []
            let preparer = d["preparer"].flatMap { reader.text($0, path: d.path("preparer"), required: false) }
                ?? (kind == .summary ? meeting?.secretary : nil)
            guard let date, let signer else {
                failed = true
                continue
            }
            documents[kind] = IssuedDocument(kind: kind, number: number, date: date, summary: summary, signer: signer,
                                             recipients: recipients, legalBases: legalBases, preparer: preparer)
        }
        guard !failed, let plan = documents[.plan], let decision = documents[.decision],
              let submission = documents[.submission], let report = documents[.report], let minutes = documents[.minutes],
              let summary = documents[.summary], let scoresheet = documents[.scoresheet] else { return nil }
        return DocumentSet(plan: plan, decision: decision, submission: submission, report: report, minutes: minutes,
                           summary: summary, scoresheet: scoresheet)
    }

    /// The submission and the report are written after the council met: a date before is a likely typo.
    func checkDocumentDates(_ documents: DocumentSet, meeting: Meeting, node: Node) {
        for kind in [DocumentKind.submission, .report] where documents[kind].date < meeting.date {
            let docNode = node[kind.rawValue]
            let dateNode = docNode.flatMap { $0["date"] } ?? docNode
            reader.warning(dateNode, "documents.\(kind.rawValue).date", Messages.documentBeforeMeeting(
                kind.typeName.lowercased(), date: documents[kind].date.iso, meeting: meeting.date.iso))
        }
    }
}
