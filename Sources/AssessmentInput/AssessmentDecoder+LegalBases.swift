import Assessment
import Diagnostics
import VietnameseText
import Yams

extension AssessmentDecoder {
    /// The documents whose form prints a "Căn cứ" list (the plan only where its form is bound: TT22).
    static func citingDocuments(_ regime: Regime?) -> [DocumentKind] {
        (regime == .tt24 ? [] : [.plan]) + [.decision, .submission, .report]
    }

    /// A document can only cite what was issued before it: a legal basis whose own date ("ngày
    /// 22/12/2023") comes after the date of a document that cites it is a likely typo or a basis copied
    /// into the wrong list. One warning per basis, on its line, quoting both dates as typed and naming
    /// every document concerned.
    func checkLegalBasisDates(_ documents: DocumentSet, regime: Regime?, legalBasesNode: Node?, documentsNode: Node) {
        struct Citation { var document: Messages.CitingDocument; var typedDate: String }
        var late: [(node: Node, path: String, basisDate: String, inherited: Bool, citations: [Citation])] = []
        func note(_ node: Node, _ path: String, inherited: Bool, _ citation: Citation, basis: (typed: String, date: VietnameseDate)) {
            if let index = late.firstIndex(where: { $0.path == path }) {
                late[index].citations.append(citation)
            } else {
                late.append((node, path, basis.typed, inherited, [citation]))
            }
        }
        for kind in Self.citingDocuments(regime) {
            let document = documents[kind]
            let own = !document.legalBases.isEmpty
            let listNode = own ? documentsNode[kind.rawValue].flatMap { $0["legal_bases"] } : legalBasesNode
            guard case .sequence(let items)? = listNode else { continue }
            let listPath = own ? "documents.\(kind.rawValue).legal_bases" : "legal_bases"
            let dateNode = documentsNode[kind.rawValue].flatMap { $0["date"] }
            let typedDate =
                reader.typed(dateNode).flatMap { text in
                    if case .date = DateReading(text) { text } else { nil }
                } ?? VietnameseDate(year: document.date.year, month: document.date.month, day: document.date.day)?.short
                ?? document.date.description
            for (offset, item) in items.enumerated() {
                guard let text = reader.typed(item), let basis = Self.issueDate(of: text), document.date < basis.date else { continue }
                note(
                    item, "\(listPath)[\(offset + 1)]", inherited: !own,
                    Citation(document: Messages.CitingDocument(kind), typedDate: typedDate), basis: basis)
            }
        }
        for entry in late {
            reader.warning(
                entry.node, entry.path,
                Messages.legalBasisAfterDocument(
                    basisDate: entry.basisDate, citations: entry.citations.map { ($0.document, $0.typedDate) },
                    inherited: entry.inherited))
        }
    }

    /// A basis citing the other regime's circular (22/2020 in a TT24 file, 24/2023 in a TT22 one) makes
    /// the decision, letter and report cite a circular the unit is not assessed under: one warning per
    /// such line, in `legal_bases` or a document's own list, quoting it and naming the right circular.
    func checkRegimeCircular(regime: Regime?, legalBasesNode: Node?, documentsNode: Node?) {
        guard let regime else { return }
        let other: Regime = regime == .tt22 ? .tt24 : .tt22
        var lists: [(node: Node, path: String)] = legalBasesNode.map { [($0, "legal_bases")] } ?? []
        for kind in DocumentKind.allCases {
            if let node = documentsNode?[kind.rawValue]?["legal_bases"] { lists.append((node, "documents.\(kind.rawValue).legal_bases")) }
        }
        for list in lists {
            guard case .sequence(let items) = list.node else { continue }
            for (offset, item) in items.enumerated() {
                guard let text = reader.typed(item), other.isCited(by: text), !regime.isCited(by: text) else { continue }
                reader.warning(
                    item, "\(list.path)[\(offset + 1)]",
                    Messages.otherRegimeCircular(
                        basis: text, regime: regime, other: other))
            }
        }
    }

    /// The issue date a citation states: the first "ngày 22/12/2023" or "ngày 22 tháng 12 năm 2023"
    /// in it, as typed (without "ngày") and as read; nil when it states none that exists.
    static func issueDate(of citation: String) -> (typed: String, date: VietnameseDate)? {
        let pattern = #/(?i)ngày\s+(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/#
        guard let match = citation.firstMatch(of: pattern) else { return nil }
        let typed = String(match.output.1)
        guard case .date(let read) = DateReading(typed) else { return nil }
        return (typed, read)
    }
}

extension AssessmentDecoder {
    /// A decision of the unit rests on the rule that gives its head the power to decide (the school's
    /// Điều lệ, the law on local government), the circular, and the unit's own plan: a "Căn cứ" list
    /// holding nothing but the circular is warned at that list, naming the plan to cite by its number.
    func checkDecisionBases(_ documents: DocumentSet, regime: Regime, unitSymbol: String, legalBasesNode: Node?, documentsNode: Node) {
        let decision = documents.decision
        let own = !decision.legalBases.isEmpty
        let listNode = own ? documentsNode[DocumentKind.decision.rawValue]?["legal_bases"] : legalBasesNode
        var cited = decision.legalBases
        if !own, case .sequence(let items)? = legalBasesNode { cited = items.compactMap { reader.typed($0) } }
        guard !cited.isEmpty, cited.allSatisfy({ regime.isCited(by: $0) }) else { return }
        let plan = documents.plan
        let planCitation =
            plan.printedSymbol(unitSymbol: unitSymbol).map { "Kế hoạch số \($0) ngày \(plan.date.short)" }
            ?? "Kế hoạch ngày \(plan.date.short)"
        reader.warning(
            listNode ?? documentsNode, own ? "documents.decision.legal_bases" : "legal_bases",
            Messages.decisionCitesOnlyCircular(cited.joined(separator: "; "), plan: planCitation, inherited: !own))
    }
}
