package import Assessment
package import Diagnostics
import Foundation
import Yams

/// Reads a rubric file (`Forms/rubrics/*.yaml` or a unit's own) into a checked `Rubric`.
package enum RubricLoader {
    /// The result of reading a rubric: the rubric when usable, and every problem found.
    package struct Outcome: Sendable {
        /// The rubric, nil when it has errors.
        package var rubric: Rubric?
        /// Every problem, located in the rubric file.
        package var diagnostics: [Diagnostic]
        /// The text the rubric was read from, when it could be read (kept so that what was read
        /// is what gets embedded: the file is not opened a second time).
        package var text: String?
    }

    /// Reads the rubric at `path`; `displayName` names it in messages and `id` identifies it.
    package static func load(path: String, displayName: String? = nil, id: String? = nil) -> Outcome {
        let name = displayName ?? path
        let fallbackID = id ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let text: String
        do {
            text = try YAMLSource.text(of: try YAMLSource.contents(atPath: path, displayName: name), file: name)
        } catch {
            return Outcome(rubric: nil, diagnostics: error.diagnostics, text: nil)
        }
        return parse(text: text, file: name, id: fallbackID)
    }

    /// Parses rubric text directly (embedded rubrics, tests).
    package static func parse(text: String, file: String, id: String) -> Outcome {
        let source = YAMLSource.parse(text: text, file: file)
        guard let root = source.root else { return Outcome(rubric: nil, diagnostics: source.diagnostics, text: text) }
        let reader = NodeReader(file: file)
        reader.append(source.diagnostics)
        let rubric = decode(root, reader: reader, fallbackID: id)
        return Outcome(rubric: reader.diagnostics.hasErrors ? nil : rubric, diagnostics: reader.diagnostics, text: text)
    }

    private static func decode(_ root: Node, reader: NodeReader, fallbackID: String) -> Rubric? {
        guard
            let fields = reader.fields(
                root, path: "",
                keys: [
                    "id", "name", "regime", "level", "total", "note", "legal_basis", "groups", "bands",
                    "fallback", "prior_level_months", "effective", "recognition_years", "next_level_months",
                ],
                required: ["name", "regime", "groups"])
        else { return nil }
        let id = fields["id"].flatMap { reader.text($0, path: fields.path("id")) } ?? fallbackID
        let name = fields["name"].flatMap { reader.text($0, path: fields.path("name")) }
        let regime = fields["regime"].flatMap { reader.choice($0, path: fields.path("regime"), Regime.choices) }
        let level = fields["level"].flatMap { reader.integer($0, path: fields.path("level"), range: 0...9) }
        let total = fields["total"].flatMap { reader.points($0, path: fields.path("total")) }
        if let note = fields["note"] { _ = reader.texts(note, path: fields.path("note")) }
        let fallback = fields["fallback"].flatMap { reader.text($0, path: fields.path("fallback")) }
        let priorLevelMonths = fields["prior_level_months"].flatMap {
            reader.integer($0, path: fields.path("prior_level_months"), range: 1...120)
        }
        let effective = fields["effective"].flatMap { reader.date($0, path: fields.path("effective")) }
        let recognitionYears = fields["recognition_years"].flatMap {
            reader.integer($0, path: fields.path("recognition_years"), range: 1...20)
        }
        let nextLevelMonths = fields["next_level_months"].flatMap {
            reader.integer($0, path: fields.path("next_level_months"), range: 1...120)
        }
        let levelKeys = ["fallback", "prior_level_months", "recognition_years", "next_level_months"]
        if regime == .tt22, let key = levelKeys.first(where: { fields.keyNodes[$0] != nil }), let node = fields.keyNodes[key] {
            reader.error(node, key, Messages.levelsOnPointsRubric())
        }
        var codeNodes: [String: Node] = [:]
        var groups: [RubricGroup] = []
        if let groupsNode = fields["groups"], let items = reader.items(groupsNode, path: fields.path("groups")) {
            for item in items {
                if let group = decodeGroup(item.node, path: item.path, reader: reader, codeNodes: &codeNodes) {
                    groups.append(group)
                }
            }
        }
        var bands: [Band] = []
        var bandNodes: [String: Node] = [:]
        if let bandsNode = fields["bands"], let items = reader.items(bandsNode, path: fields.path("bands")) {
            for item in items {
                guard let band = reader.fields(item.node, path: item.path, keys: ["name", "min", "below"], required: ["name", "min"]),
                    let name = band["name"].flatMap({ reader.text($0, path: band.path("name")) }),
                    let minimum = band["min"].flatMap({ reader.points($0, path: band.path("min")) })
                else { continue }
                let below = band["below"].flatMap { reader.points($0, path: band.path("below")) }
                bands.append(Band(name: name, minimum: minimum, below: below))
                bandNodes[name] = item.node
            }
        }
        var legalBasis: [LegalCitation] = []
        if let basisNode = fields["legal_basis"], let items = reader.items(basisNode, path: fields.path("legal_basis")) {
            for item in items {
                guard
                    let c = reader.fields(
                        item.node, path: item.path, keys: ["kind", "number", "date", "issuer", "title"],
                        required: ["kind", "number", "date", "issuer", "title"]),
                    let kind = c["kind"].flatMap({ reader.text($0, path: c.path("kind")) }),
                    let number = c["number"].flatMap({ reader.text($0, path: c.path("number")) }),
                    let date = c["date"].flatMap({ reader.date($0, path: c.path("date")) }),
                    let issuer = c["issuer"].flatMap({ reader.text($0, path: c.path("issuer")) }),
                    let title = c["title"].flatMap({ reader.text($0, path: c.path("title")) })
                else { continue }
                legalBasis.append(LegalCitation(kind: kind, number: number, date: date, issuer: issuer, title: title))
            }
        }
        guard let name, let regime, !reader.diagnostics.hasErrors else { return nil }
        let rubric = Rubric(
            id: id, name: name, regime: regime, level: level, declaredTotal: total, groups: groups, bands: bands,
            legalBasis: legalBasis, fallback: fallback, priorLevelMonths: priorLevelMonths,
            effective: effective, recognitionYears: recognitionYears, nextLevelMonths: nextLevelMonths)
        for problem in rubric.problems() {
            let (node, path) = locate(problem, fields: fields, codeNodes: codeNodes, bandNodes: bandNodes)
            reader.error(node, path, Messages.rubric(problem))
        }
        return rubric
    }

    private static func decodeGroup(_ node: Node, path: String, reader: NodeReader, codeNodes: inout [String: Node]) -> RubricGroup? {
        guard let group = reader.fields(node, path: path, keys: ["code", "title", "criteria"], required: ["code", "title", "criteria"]),
            let code = group["code"].flatMap({ reader.text($0, path: group.path("code")) }),
            let title = group["title"].flatMap({ reader.text($0, path: group.path("title")) }),
            let items = group["criteria"].flatMap({ reader.items($0, path: group.path("criteria")) })
        else { return nil }
        if codeNodes[code] == nil { codeNodes[code] = node }
        var criteria: [Criterion] = []
        for item in items {
            guard
                let fields = reader.fields(
                    item.node, path: item.path,
                    keys: ["code", "label", "text", "short_text", "details", "max", "threshold", "unconfirmed"],
                    required: ["code", "text"]),
                let criterionCode = fields["code"].flatMap({ reader.text($0, path: fields.path("code")) }),
                let text = fields["text"].flatMap({ reader.text($0, path: fields.path("text")) })
            else { continue }
            codeNodes[criterionCode] = item.node
            let label = fields["label"].flatMap { reader.text($0, path: fields.path("label")) } ?? criterionCode
            let details = fields["details"].map { reader.texts($0, path: fields.path("details")) } ?? []
            let shortText = fields["short_text"].flatMap { reader.text($0, path: fields.path("short_text")) }
            let maximum = fields["max"].flatMap { reader.points($0, path: fields.path("max")) }
            let unconfirmed = fields["unconfirmed"].flatMap { reader.boolean($0, path: fields.path("unconfirmed")) } ?? false
            var threshold: MemberThreshold?
            if let thresholdNode = fields["threshold"],
                let t = reader.fields(
                    thresholdNode, path: fields.path("threshold"), keys: ["measure", "percent"],
                    required: ["measure", "percent"]),
                let measure = t["measure"].flatMap({
                    reader.choice(
                        $0, path: t.path("measure"),
                        MemberMeasure.allCases.map { ($0.rawValue, $0) })
                }),
                let percent = t["percent"].flatMap({ reader.integer($0, path: t.path("percent"), range: Int.min...Int.max) })
            {
                threshold = MemberThreshold(measure: measure, percent: percent)
            }
            criteria.append(
                Criterion(
                    code: criterionCode, label: label, text: text, details: details, shortText: shortText,
                    scoring: maximum.map { .points(max: $0) } ?? .target,
                    threshold: threshold, unconfirmed: unconfirmed))
        }
        return RubricGroup(code: code, title: title, criteria: criteria)
    }

    private static func locate(
        _ problem: RubricProblem, fields: Fields, codeNodes: [String: Node],
        bandNodes: [String: Node]
    ) -> (Node?, String) {
        switch problem {
        case .duplicateCode(let code), .maximumMismatch(let code, _), .nonPositiveMaximum(let code, _),
            .thresholdOutOfRange(let code, _), .emptyGroup(let code):
            return (codeNodes[code] ?? fields.node, "groups")
        case .totalMismatch:
            return (fields["total"] ?? fields.node, "total")
        case .invalidLevel:
            return (fields["level"] ?? fields.node, "level")
        case .bandsOverlap(_, let upper), .bandsGap(_, let upper):
            return (bandNodes[upper] ?? fields["bands"] ?? fields.node, "bands")
        case .bandAboveMaximum(let name, _, _), .duplicateBand(let name):
            return (bandNodes[name] ?? fields["bands"] ?? fields.node, "bands")
        case .bandsMismatch, .bandsDoNotStartAtZero:
            return (fields["bands"] ?? fields.node, "bands")
        }
    }
}
