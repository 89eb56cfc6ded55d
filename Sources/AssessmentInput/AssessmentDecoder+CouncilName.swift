import Assessment
import Foundation
import Yams

extension AssessmentDecoder {
    /// The council is named one way everywhere: a free text (the report's narrative, the plan, the
    /// council's tasks, the opinions) naming "Hội đồng tự đánh giá, xếp loại …" when the council is
    /// the "Hội đồng tự kiểm tra, đánh giá, xếp loại …" is warned at that text; a shortened name
    /// ("Hội đồng tự kiểm tra") is the same name.
    func checkCouncilNamed(_ council: Council, nodes: [(node: Node?, path: String)]) {
        for (node, path) in nodes {
            forEachScalar(in: node, path: path) { node, scalar, path in
                for match in scalar.string.matches(of: Self.councilMention) {
                    let mention = String(match.output).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
                    guard !council.name.lowercased().hasPrefix(mention.lowercased()) else { continue }
                    reader.warning(node, path, Messages.councilNamedOtherwise(mention, name: council.name))
                }
            }
        }
    }

    /// "Hội đồng tự" and the words of a council's name that follow it.
    nonisolated(unsafe) static let councilMention =
        #/Hội đồng tự (?:(?:kiểm tra|đánh giá|xếp loại|Đơn vị học tập),?\s*)+/#
}
