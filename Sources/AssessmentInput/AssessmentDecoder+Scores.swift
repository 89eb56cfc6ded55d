import Assessment
import Diagnostics
import Yams

extension AssessmentDecoder {
    static let scoreKeys = ["points", "met", "parts", "reason", "evidence", "kept_reason"]

    /// The scores, in rubric order; every criterion must be scored, every code must exist. A TT24
    /// target decided by the member list may leave `met` out: it is then measured on `members`.
    func decodeScores(_ node: Node, rubric: Rubric, members: [Member]?) -> [CriterionScore]? {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "scores", Messages.expectedMapping(found: reader.describe(node)))
            return nil
        }
        let codes = rubric.criteria.map(\.code)
        var byCode: [String: CriterionScore] = [:]
        var failed = false
        for (keyNode, value) in mapping {
            let code = keyNode.scalar?.string ?? ""
            let path = "scores.\(code)"
            guard let criterion = rubric.criterion(code) else {
                reader.error(
                    keyNode, path,
                    Messages.unknownCriterion(
                        code, rubric: rubric.id, suggestion: Suggestion.closest(to: code, among: codes.filter { byCode[$0] == nil })))
                failed = true
                continue
            }
            if let score = decodeScore(value, path: path, criterion: criterion, members: members) {
                byCode[code] = score
            } else {
                failed = true
            }
        }
        for code in codes where byCode[code] == nil && !failed {
            reader.error(node, "scores.\(code)", Messages.missingScore(code))
        }
        if codes.contains(where: { byCode[$0] == nil }) { failed = true }
        return failed ? nil : codes.compactMap { byCode[$0] }
    }

    private func decodeScore(_ node: Node, path: String, criterion: Criterion, members: [Member]?) -> CriterionScore? {
        // Short form: "1a: 10" or "1.1: true".
        if case .scalar = node {
            if case .points(let maximum) = criterion.scoring {
                guard let points = reader.points(node, path: path) else { return nil }
                guard check(points, maximum: maximum, node: node, path: path) else { return nil }
                if points < maximum {
                    reader.error(node, path, Messages.deductionWithoutReason(criterion.code, lost: maximum - points))
                    return nil
                }
                return CriterionScore(code: criterion.code, value: .points(points))
            }
            guard let met = reader.boolean(node, path: path) else { return nil }
            if !met {
                reader.error(node, path, Messages.notMetWithoutReason(criterion.code))
                return nil
            }
            return CriterionScore(code: criterion.code, value: .met(true))
        }
        guard let f = reader.fields(node, path: path, keys: Self.scoreKeys) else { return nil }
        let reason = f["reason"].flatMap { reader.text($0, path: f.path("reason"), required: false) }
        let evidence = f["evidence"].map { reader.texts($0, path: f.path("evidence")) } ?? []
        let keptReason = f["kept_reason"].flatMap { reader.text($0, path: f.path("kept_reason"), required: false) }
        if case .points(let maximum) = criterion.scoring {
            if let metNode = f.keyNodes["met"] {
                reader.error(metNode, f.path("met"), Messages.metOnPointsRubric())
                return nil
            }
            var parts: [ScorePart] = []
            var partsFailed = false
            if let partsNode = f["parts"], let items = reader.items(partsNode, path: f.path("parts")) {
                for item in items {
                    guard
                        let p = reader.fields(
                            item.node, path: item.path, keys: ["text", "max", "points"],
                            required: ["text", "max", "points"]),
                        let text = p["text"].flatMap({ reader.text($0, path: p.path("text")) }),
                        let partMax = p["max"].flatMap({ reader.points($0, path: p.path("max")) }),
                        let partPoints = p["points"].flatMap({ reader.points($0, path: p.path("points")) }),
                        check(partPoints, maximum: partMax, node: p["points"]!, path: p.path("points"))
                    else {
                        partsFailed = true
                        continue
                    }
                    parts.append(ScorePart(text: text, maximum: partMax, points: partPoints))
                }
                let maxSum = parts.reduce(Points.zero) { $0 + $1.maximum }
                if !partsFailed, maxSum != maximum {
                    reader.error(partsNode, f.path("parts"), Messages.partsMaximumMismatch(sum: maxSum, maximum: maximum))
                    partsFailed = true
                }
            }
            if partsFailed { return nil }
            let partsSum = parts.isEmpty ? nil : parts.reduce(Points.zero) { $0 + $1.points }
            var points: Points?
            if let pointsNode = f["points"] {
                guard let value = reader.points(pointsNode, path: f.path("points")),
                    check(value, maximum: maximum, node: pointsNode, path: f.path("points"))
                else { return nil }
                if let partsSum, partsSum != value {
                    reader.error(pointsNode, f.path("points"), Messages.partsPointsMismatch(sum: partsSum, points: value))
                    return nil
                }
                points = value
            } else {
                points = partsSum
            }
            guard let points else {
                reader.error(node, path, Messages.missingScoreValue(points: true))
                return nil
            }
            if points < maximum, reason == nil {
                reader.error(
                    f["points"] ?? f["parts"] ?? node, f.path("reason"),
                    Messages.deductionWithoutReason(criterion.code, lost: maximum - points))
                return nil
            }
            return CriterionScore(
                code: criterion.code, value: .points(points), parts: parts, reason: reason, evidence: evidence,
                keptReason: keptReason)
        }
        if let pointsNode = f.keyNodes["points"] ?? f.keyNodes["parts"] {
            reader.error(pointsNode, f.path("points"), Messages.pointsOnTargetRubric())
            return nil
        }
        guard let metNode = f["met"] else {
            // A target the member list decides is measured when the data leaves `met` out.
            if let threshold = criterion.threshold, keptReason == nil {
                guard let members else { return nil }
                let share = MemberStatistics(members: members).share(threshold.measure)
                return CriterionScore(
                    code: criterion.code, value: .met(threshold.isReached(count: share.count, of: share.total)),
                    reason: reason, evidence: evidence)
            }
            reader.error(node, f.path("met"), Messages.missingScoreValue(points: false))
            return nil
        }
        guard let met = reader.boolean(metNode, path: f.path("met")) else { return nil }
        if !met, reason == nil {
            reader.error(metNode, f.path("reason"), Messages.notMetWithoutReason(criterion.code))
            return nil
        }
        return CriterionScore(code: criterion.code, value: .met(met), reason: reason, evidence: evidence, keptReason: keptReason)
    }

    /// The value given to `code` under `scores`, matched on the key's text: a TT24 code such as "2.3"
    /// would otherwise be compared as a number.
    static func scoreNode(_ scoresNode: Node, _ code: String) -> Node? {
        guard case .mapping(let mapping) = scoresNode else { return nil }
        return mapping.first { $0.key.scalar?.string == code }?.value
    }

    /// Reports points above `maximum` or below zero.
    private func check(_ points: Points, maximum: Points, node: Node, path: String) -> Bool {
        if points < .zero {
            reader.error(node, path, Messages.negativeScore(points))
            return false
        }
        if points > maximum {
            reader.error(node, path, Messages.scoreAboveMaximum(points, maximum: maximum))
            return false
        }
        return true
    }

    /// Full points (or met) on a criterion the member list does not support: an error naming the
    /// members (under TT24 saying the level is never computed from it), unless the score gives
    /// `kept_reason` (then a warning: the report prints the reason; under TT24 the level is still
    /// computed from the member list). A `kept_reason` with nothing to
    /// keep is a warning.
    func crossCheck(rubric: Rubric, scores: [CriterionScore], members: [Member], scoresNode: Node) {
        let findings = CrossCheckFinding.findings(rubric: rubric, scores: scores, members: members)
        for finding in findings {
            let node = Self.scoreNode(scoresNode, finding.code) ?? scoresNode
            let valueNode = node["points"] ?? node["met"] ?? node
            let message = Messages.crossCheck(finding, maximum: rubric.criterion(finding.code)?.maximum)
            if scores.first(where: { $0.code == finding.code })?.keptReason == nil {
                reader.error(valueNode, "scores.\(finding.code)", rubric.regime == .tt24 ? Messages.contradictedClaim(message) : message)
            } else {
                reader.warning(valueNode, "scores.\(finding.code)", rubric.regime == .tt24 ? Messages.keptClaimNotCounted(message) : message)
            }
        }
        let contradicted = Set(findings.map(\.code))
        for score in scores where score.keptReason != nil && !contradicted.contains(score.code) {
            let node = Self.scoreNode(scoresNode, score.code)?["kept_reason"] ?? scoresNode
            reader.warning(node, "scores.\(score.code).kept_reason", Messages.nothingToKeep(score.code))
        }
    }

    /// A deduction (or "not met") on a criterion whose member threshold the member list reaches —
    /// 2d at 0/5 "Còn 01 nhân viên chưa đạt…" while 30/30 are LĐTT — is a warning quoting both: the
    /// council may deduct for another reason, but usually the score or the list is wrong.
    func checkDeductionsAgainstMembers(rubric: Rubric, scores: [CriterionScore], members: [Member], scoresNode: Node) {
        guard !members.isEmpty else { return }
        let statistics = MemberStatistics(members: members)
        for result in Evaluation(rubric: rubric, scores: scores).criteria {
            guard let threshold = result.criterion.threshold, let score = result.score, !result.isFull else { continue }
            let share = statistics.share(threshold.measure)
            guard threshold.isReached(count: share.count, of: share.total) else { continue }
            let node = Self.scoreNode(scoresNode, score.code) ?? scoresNode
            let valueNode = node["points"] ?? node["met"] ?? node
            reader.warning(
                valueNode, "scores.\(score.code)",
                Messages.deductionContradictsMembers(
                    code: score.code, points: result.points, maximum: result.criterion.maximum,
                    reason: score.reason, threshold: threshold, share: share))
        }
    }

    /// A deduction's reason and its evidence must not name different emulation titles of the
    /// collective ("chỉ đạt Lao động tiên tiến" against "QĐ công nhận Tập thể lao động xuất sắc").
    func checkReasonAgainstEvidence(scores: [CriterionScore], scoresNode: Node) {
        for score in scores {
            guard let reason = score.reason,
                let claimed = CollectiveTitle.named(in: reason)
            else { continue }
            for item in score.evidence {
                guard let proved = CollectiveTitle.named(in: item), proved != claimed else { continue }
                let node = Self.scoreNode(scoresNode, score.code).flatMap { $0["reason"] } ?? scoresNode
                reader.error(
                    node, "scores.\(score.code).reason",
                    Messages.reasonContradictsEvidence(
                        score.code, reason: reason, evidence: item,
                        claimed: claimed.title, proved: proved.title))
            }
        }
    }
}
