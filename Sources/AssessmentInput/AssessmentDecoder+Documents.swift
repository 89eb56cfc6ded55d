import Assessment
import Diagnostics
import VietnameseText
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

    /// The documents the unit issues under its head's signature (the minutes and the tables are
    /// signed by the council's chair and secretary).
    static let issuedByTheUnit: Set<DocumentKind> = [.plan, .decision, .submission, .report, .summary]

    static let documentKeys = ["number", "date", "summary", "signer", "recipients", "legal_bases", "preparer"]

    /// Every document of the dossier; the member summary (M5), which the council's meeting relies on,
    /// and TT22's score sheet, which records the meeting, are dated with it unless the data says
    /// otherwise (TT24's Bản tổng hợp các tiêu chí is dated with the report).
    func decodeDocuments(_ node: Node, head: Signer?, unit: AssessedUnit?, recipient: String?, meeting: Meeting?, regime: Regime?) -> DocumentSet? {
        guard
            let f = reader.fields(
                node, path: "documents", keys: DocumentKind.allCases.map(\.rawValue),
                required: ["plan", "decision", "submission", "report"])
        else { return nil }
        var documents: [DocumentKind: IssuedDocument] = [:]
        var failed = false
        for kind in DocumentKind.allCases {
            let path = f.path(kind.rawValue)
            let defaultDate: VietnameseDate? =
                switch kind {
                case .minutes: meeting?.date
                case .summary: meeting?.date ?? documents[.report]?.date
                case .scoresheet: (regime == .tt24 ? nil : meeting?.date) ?? documents[.report]?.date
                default: nil
                }
            let defaultSigner: Signer? =
                kind == .minutes
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
            guard
                let d = reader.fields(
                    docNode, path: path, keys: Self.documentKeys,
                    required: defaultDate == nil ? ["date"] : [])
            else {
                failed = true
                continue
            }
            let number = d["number"].flatMap { reader.text($0, path: d.path("number"), required: false) }
                .flatMap { documentNumber($0, node: d["number"], path: d.path("number")) }
            let date = d["date"].flatMap { reader.date($0, path: d.path("date")) } ?? (d["date"] == nil ? defaultDate : nil)
            let summary = d["summary"].flatMap { reader.text($0, path: d.path("summary"), required: false) }
            let signer =
                d["signer"].flatMap {
                    decodeSigner(
                        $0, path: d.path("signer"), defaultTitle: head?.title,
                        issuer: Self.issuedByTheUnit.contains(kind) ? unit : nil)
                }
                ?? (d["signer"] == nil ? defaultSigner : nil)
            let recipients =
                d["recipients"].map { reader.texts($0, path: d.path("recipients")) }
                ?? Self.defaultRecipients(kind, recipient: recipient)
            let legalBases = d["legal_bases"].map { reader.texts($0, path: d.path("legal_bases")) } ?? []
            let preparer =
                d["preparer"].flatMap { reader.text($0, path: d.path("preparer"), required: false) }
                ?? (kind == .summary ? meeting?.secretary : nil)
            guard let date, let signer else {
                failed = true
                continue
            }
            documents[kind] = IssuedDocument(
                kind: kind, number: number, date: date, summary: summary, signer: signer,
                recipients: recipients, legalBases: legalBases, preparer: preparer)
        }
        guard !failed, let plan = documents[.plan], let decision = documents[.decision],
            let submission = documents[.submission], let report = documents[.report], let minutes = documents[.minutes],
            let summary = documents[.summary], let scoresheet = documents[.scoresheet]
        else { return nil }
        return DocumentSet(
            plan: plan, decision: decision, submission: submission, report: report, minutes: minutes,
            summary: summary, scoresheet: scoresheet)
    }

    /// A document number as Decree 30 wants it: a positive whole number of at most six digits, without
    /// leading zeros ("1" and "01" are the same number, printed 01; "010" is read as 10 with a warning).
    /// Returns the number without its leading zeros, or nil after an error.
    func documentNumber(_ value: String, node: Node?, path: String) -> String? {
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if value.hasPrefix("-"), isDigits(value.dropFirst()) {
            reader.error(node, path, Messages.documentNumberNotPositive(value))
            return nil
        }
        guard isDigits(Substring(value)) else {
            reader.error(node, path, Messages.invalidDocumentNumber(value))
            return nil
        }
        let significant = String(value.drop { $0 == "0" })
        guard !significant.isEmpty else {
            reader.error(node, path, Messages.documentNumberNotPositive(value))
            return nil
        }
        guard significant.count <= Self.maximumNumberDigits else {
            reader.error(node, path, Messages.documentNumberTooLong(value, limit: Self.maximumNumberDigits))
            return nil
        }
        let printed = IssuedDocument.printedNumber(significant)
        if value != significant, value != printed {
            reader.warning(node, path, Messages.documentNumberLeadingZeros(value, printed: printed))
        }
        return significant
    }

    /// A unit numbers at most a few thousand documents a year: six digits is already generous.
    static let maximumNumberDigits = 6

    /// The documents follow one another: the unit's plan, the decision establishing the council, then the
    /// meeting, then the report, then the submission. A date out of that order is a likely typo: a warning quoting both
    /// dates as typed. Returns whether it warned (the numbers' order is then not checked: one typo, one message).
    @discardableResult
    func checkDocumentDates(_ documents: DocumentSet, meeting: Meeting, node: Node, meetingNode: Node?) -> Bool {
        typealias Step = (name: Messages.Step, date: VietnameseDate, node: Node?, path: String)
        func step(_ kind: DocumentKind, _ name: Messages.Step) -> Step {
            let dateNode = node[kind.rawValue].flatMap { $0["date"] }
            return (name, documents[kind].date, dateNode ?? node[kind.rawValue], "documents.\(kind.rawValue).date")
        }
        let steps: [Step] = [
            step(.plan, .plan),
            step(.decision, .decision),
            (.meeting, meeting.date, meetingNode.flatMap { $0["date"] } ?? meetingNode, "meeting.date"),
            step(.report, .report),
            step(.submission, .submission),
        ]
        func typed(_ step: Step) -> String {
            if let text = reader.typed(step.node), case .date(let read) = DateReading(text),
                read.year == step.date.year, read.month == step.date.month, read.day == step.date.day
            {
                return text
            }
            return VietnameseDate(year: step.date.year, month: step.date.month, day: step.date.day)?.short
                ?? step.date.description
        }
        let summary = step(.summary, .summary)
        var warned = false
        if meeting.date < summary.date {
            warned = true
            reader.warning(
                summary.node, summary.path,
                Messages.documentOutOfOrder(.summary, date: typed(summary), after: true, other: .meeting, otherDate: typed(steps[2])))
        }
        for (earlier, later) in zip(steps, steps.dropFirst()) where later.date < earlier.date {
            // The plan and the decision are the ones usually mistyped when they come after the next step:
            // point at them.
            warned = true
            let pointsAtEarlier = earlier.name == .plan || earlier.name == .decision
            let (blamed, other, after) = pointsAtEarlier ? (earlier, later, true) : (later, earlier, false)
            reader.warning(
                blamed.node, blamed.path,
                Messages.documentOutOfOrder(
                    blamed.name, date: typed(blamed), after: after, other: other.name, otherDate: typed(other)))
        }
        return warned
    }
}
