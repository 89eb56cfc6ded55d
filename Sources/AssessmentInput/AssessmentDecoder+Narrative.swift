import Assessment
import Diagnostics
import Foundation
import Yams

extension AssessmentDecoder {
    /// The report's sections the report form (M3, or BC24 under TT24) prints under a heading whatever
    /// the data holds: each key with the heading a reader sees.
    static let printedNarrativeSections: [(key: String, heading: String)] = [
        ("direction", "I.1 Công tác chỉ đạo của lãnh đạo đơn vị"),
        ("self_assessment", "I.2 Công tác tự đánh giá của các thành viên trong đơn vị"),
        ("process", "I.3 Quy trình tự kiểm tra, đánh giá, lưu hồ sơ, minh chứng"),
        ("strengths", "III.1 Ưu điểm"),
        ("weaknesses", "III.2 Hạn chế"),
        ("next_year", "V. Phương hướng năm sau"),
    ]

    /// A report section the form prints but the data leaves out or empty would print a bare heading:
    /// a warning per section, at its key (or at `narrative:`), naming the form and the heading; when
    /// `narrative:` itself is missing, one warning at the top of the file listing every heading.
    func checkNarrativeSections(_ narrative: Narrative, node: Node?, keyNode: Node?, root: Node, regime: Regime?) {
        let form = regime == .tt24 ? "BC24" : "M3"
        let texts: [String: [String]] = [
            "direction": narrative.direction, "self_assessment": narrative.selfAssessment, "process": narrative.process,
            "strengths": narrative.strengths, "weaknesses": narrative.weaknesses, "next_year": narrative.nextYear,
        ]
        guard let node else {
            reader.warning(
                root, "narrative",
                Messages.narrativeMissing(
                    form: form, headings: Self.printedNarrativeSections.map(\.heading)))
            return
        }
        guard case .mapping(let mapping) = node else { return }  // the decoder has reported its shape
        for section in Self.printedNarrativeSections where texts[section.key, default: []].isEmpty {
            let sectionNode = mapping.first { $0.key.scalar?.string == section.key }
            reader.warning(
                sectionNode?.value ?? keyNode ?? node, "narrative.\(section.key)",
                Messages.narrativeSectionEmpty(form: form, heading: section.heading, present: sectionNode != nil))
        }
    }

    /// The score sheet (and, under TT24, the report and the minutes) print each criterion's evidence:
    /// criteria with none leave the column blank. One warning at `scores:` listing their codes.
    func checkEvidence(_ scores: [CriterionScore], scoresNode: Node, keyNode: Node?, regime: Regime?) {
        let bare = scores.filter { $0.evidence.isEmpty }.map(\.code)
        guard !bare.isEmpty else { return }
        reader.warning(
            keyNode ?? scoresNode, "scores",
            Messages.evidenceMissing(
                codes: bare, all: bare.count == scores.count, tt24: regime == .tt24))
    }

    /// A school speaks of itself as "Nhà trường": a narrative paragraph opening "Đơn vị …" (the
    /// circular's word, copied) is warned, quoting its start. "Đơn vị học tập" is the title, not the unit.
    func checkSelfReference(_ node: Node?, selfName: String, path: String = "narrative") {
        guard selfName == "nhà trường" else { return }
        forEachScalar(in: node, path: path) { node, scalar, path in
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("Đơn vị "), !text.hasPrefix("Đơn vị học tập") else { return }
            reader.warning(node, path, Messages.schoolCallsItselfUnit(String(text.prefix(40))))
        }
    }
}
