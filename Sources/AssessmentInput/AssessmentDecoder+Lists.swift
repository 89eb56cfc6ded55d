import Assessment
import Diagnostics
import Foundation
import Yams

extension AssessmentDecoder {
    /// Text lists that may have been split at a comma: a `[a, b]` flow list of two or more texts
    /// (YAML splits "[Quy chế thi đua, khen thưởng]" into two items), and any item that starts in
    /// lower case after another item, like the tail of a split sentence ("khen thưởng").
    func checkTextLists(_ node: Node, path: String) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                checkTextLists(value, path: path.isEmpty ? name : "\(path).\(name)")
            }
        case .sequence(let sequence):
            let texts = sequence.compactMap { $0.scalar?.string }
            guard texts.count == sequence.count else {
                for (index, item) in sequence.enumerated() { checkTextLists(item, path: "\(path)[\(index)]") }
                return
            }
            if isFlow(node), texts.count >= 2, texts.contains(where: { $0.contains(where: \.isLetter) }) {
                reader.warning(node, path, Messages.flowListOfText(count: texts.count))
            }
            for index in texts.indices.dropFirst() {
                guard let first = texts[index].first, first.isLetter, first.isLowercase else { continue }
                reader.warning(
                    sequence[index], "\(path)[\(index)]",
                    Messages.splitSentenceTail(texts[index], previous: texts[index - 1]))
            }
        default:
            return
        }
    }

    /// Whether `node` was written as a flow list "[a, b]": its first character in the source is "[".
    private func isFlow(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= sourceLines.count, mark.column >= 1 else { return false }
        let scalars = sourceLines[mark.line - 1].unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
            index < scalars.endIndex
        else { return false }
        return scalars[index] == "["
    }

    /// The chair's conclusion may only add to what hoso computes: a total out of the maximum, a band
    /// or a vote in it that differ from the computed ones are errors.
    func checkConclusion(_ meeting: Meeting, evaluation: Evaluation, meetingNode: Node) {
        guard let conclusion = meeting.conclusion, let node = meetingNode["conclusion"] else { return }
        let computed = ConclusionFacts(evaluation: evaluation, vote: meeting.vote)
        for contradiction in computed.contradictions(in: conclusion) {
            reader.error(node, "meeting.conclusion", Messages.conclusionContradicts(contradiction.quoted, computed: contradiction.computed))
        }
    }

    /// The report's free texts and the members' opinions may not state another total or band than
    /// the computed ones ("đạt 97/100 điểm" in a strength when the scores add up to 95).
    func checkFreeTexts(_ narrativeNode: Node?, opinionsNode: Node?, evaluation: Evaluation, vote: Vote) {
        let facts = ConclusionFacts(evaluation: evaluation, vote: vote)
        for (node, path) in [(narrativeNode, "narrative"), (opinionsNode, "meeting.opinions")] {
            forEachScalar(in: node, path: path) { node, scalar, path in
                for contradiction in facts.contradictions(in: scalar.string, checksVote: false) {
                    reader.error(node, path, Messages.freeTextContradicts(contradiction.quoted, computed: contradiction.computed))
                }
            }
        }
    }

    /// Every numbered document (Decree 30: plan, decision, letter, report, minutes) written in the
    /// data without a number is warned — under TT24 also minutes left out (they default to the
    /// meeting) — and the form prints the number line blank for hand-filling.
    func checkDocumentNumbers(_ documents: DocumentSet, unitSymbol: String, regime: Regime?, node: Node) {
        for kind in DocumentKind.allCases {
            guard node[kind.rawValue] != nil || regime == .tt24, node[kind.rawValue]?["number"] == nil, documents[kind].number == nil,
                let placeholder = kind.blankNumberLine(unitSymbol: unitSymbol)
            else { continue }
            reader.warning(
                node[kind.rawValue] ?? node, "documents.\(kind.rawValue).number",
                Messages.missingDocumentNumber(kind, placeholder: placeholder.replacingOccurrences(of: "\u{00A0}", with: " ")))
        }
    }
}
