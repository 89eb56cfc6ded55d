import Assessment
import Diagnostics
import VietnameseText
import Yams

extension AssessmentDecoder {
    /// A unit numbers the documents it sends out in one register a year, in the order they are issued
    /// (Decree 30/2020/NĐ-CP, art. 15): a document dated later in the same year with a lower number
    /// than another is a likely typo. One warning per later document, at its number, naming every
    /// earlier document of that year numbered above it.
    func checkNumberOrder(_ documents: DocumentSet, unitSymbol: String, node: Node) {
        typealias Entry = (kind: DocumentKind, number: Int, symbol: String, date: VietnameseDate)
        let entries: [Entry] = DocumentKind.allCases.compactMap { kind in
            let document = documents[kind]
            guard let text = document.number, let number = Int(text), let symbol = document.printedSymbol(unitSymbol: unitSymbol)
            else { return nil }
            return (kind, number, symbol, document.date)
        }
        for later in entries {
            let earlier = entries.filter {
                $0.date.year == later.date.year && $0.date < later.date && $0.number > later.number
            }
            guard !earlier.isEmpty else { continue }
            let numberNode = node[later.kind.rawValue].flatMap { $0["number"] } ?? node[later.kind.rawValue] ?? node
            reader.warning(
                numberNode, "documents.\(later.kind.rawValue).number",
                Messages.numberAgainstDateOrder(
                    (later.kind, later.symbol, later.date.short),
                    earlier: earlier.map { ($0.kind, $0.symbol, $0.date.short) }))
        }
    }
}

extension AssessmentDecoder {
    /// Under TT24 the Tổ đánh giá assesses the calendar year (1 January–31 December) and the dossier
    /// goes up before 15 January: a meeting before the year's last day judges results not yet known.
    func checkMeetingAfterPeriod(_ meeting: Meeting, year: Int, meetingNode: Node?) {
        guard let periodEnd = VietnameseDate(year: year, month: 12, day: 31), meeting.date < periodEnd else { return }
        let dateNode = meetingNode.flatMap { $0["date"] } ?? meetingNode
        reader.warning(
            dateNode, "meeting.date",
            Messages.meetingBeforePeriodEnds(date: reader.typed(dateNode) ?? meeting.date.short, year: year))
    }
}
