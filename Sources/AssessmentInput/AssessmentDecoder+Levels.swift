import Assessment
import Diagnostics
import Foundation
import VietnameseText
import Yams

/// TT24 levels: the lower level's rubric a rubric falls back to, and the earlier recognition that
/// Mức độ 2 requires.
extension AssessmentDecoder {
    /// The rubric named by `rubric.fallback` (a built-in id, or a path relative to the rubric's file),
    /// checked: TT24, a lower level, every target scored by the data or decided by the member list.
    func decodeFallbackRubric(of rubric: Rubric, node: Node?) -> Rubric? {
        guard let reference = rubric.fallback, let source = rubricSource else { return nil }
        let shownRubric = source.isBuiltIn ? "Forms/rubrics/\(source.reference).yaml" : source.reference
        let isBuiltIn = !RubricCatalog.isPath(reference)
        let base = (source.path as NSString).deletingLastPathComponent
        let path = isBuiltIn ? nil : reference.hasPrefix("/") ? reference : (base as NSString).appendingPathComponent(reference)
        let shown = isBuiltIn ? "Forms/rubrics/\(reference).yaml" : reference
        let id = isBuiltIn ? reference : ((reference as NSString).lastPathComponent as NSString).deletingPathExtension
        let outcome: RubricLoader.Outcome
        let foundPath: String
        if let text = catalog.texts[reference] {
            // Held in memory (embedded in a DOCX beside the rubric): no file is looked at.
            outcome = RubricLoader.parse(text: text, file: shown, id: id)
            foundPath = shown
        } else if let path, catalog.readsFiles, FileManager.default.fileExists(atPath: path) {
            outcome = RubricLoader.load(path: path, displayName: shown)
            foundPath = path
        } else if isBuiltIn, catalog.readsFiles, let builtIn = catalog.path(ofBuiltIn: reference) {
            outcome = RubricLoader.load(path: builtIn, displayName: shown, id: reference)
            foundPath = builtIn
        } else {
            reader.error(node, "rubric", Messages.fallbackNotFound(reference, rubric: shownRubric))
            return nil
        }
        reader.append(outcome.diagnostics)
        guard let fallback = outcome.rubric, let text = outcome.text else { return nil }
        guard fallback.regime == .tt24, rubric.regime == .tt24, let lower = fallback.level, let higher = rubric.level,
            lower < higher
        else {
            reader.error(
                node, "rubric",
                Messages.fallbackNotLower(
                    fallback.id, level: fallback.level, rubric: shownRubric,
                    rubricLevel: rubric.level))
            return nil
        }
        for criterion in fallback.criteria where criterion.threshold == nil && rubric.criterion(criterion.code) == nil {
            reader.error(node, "rubric", Messages.fallbackTargetUnscored(criterion.code, fallback: fallback.id, rubric: rubric.id))
        }
        fallbackRubricSource = RubricSource(reference: reference, path: foundPath, isBuiltIn: isBuiltIn, text: text)
        return fallback
    }

    /// `prior_recognition: {level: 1, date: 20/01/2023, decision: "Quyết định số …"}`.
    func decodePriorRecognition(_ node: Node) -> PriorRecognition? {
        guard
            let f = reader.fields(
                node, path: "prior_recognition", keys: ["level", "date", "decision"],
                required: ["level", "date"])
        else { return nil }
        let level = f["level"].flatMap { reader.integer($0, path: f.path("level"), range: 1...2) }
        let date = f["date"].flatMap { reader.date($0, path: f.path("date")) }
        let decision = f["decision"].flatMap { reader.text($0, path: f.path("decision"), required: false) }
        guard let level, let date else { return nil }
        return PriorRecognition(level: level, date: date, decision: decision)
    }

    /// An earlier recognition dated before the rubric's regulation took effect cannot be a level of
    /// it, and warns. A level that requires a lower level held for months (Mức độ 2: 12 months after Mức độ 1)
    /// warns when the data gives no earlier recognition, when it is of another level, or when it is
    /// too recent on the day of the submission.
    func checkPriorRecognition(
        _ prior: PriorRecognition?, rubric: Rubric, submittedOn: VietnameseDate,
        node: Node?, keyNode: Node?, root: Node
    ) {
        if let prior, let effective = rubric.effective, prior.date < effective {
            reader.warning(
                node?["date"] ?? node, "prior_recognition.date",
                Messages.priorRecognitionBeforeEffect(
                    level: prior.level, date: prior.date, regulation: rubric.legalBasis.first?.shortText ?? rubric.name,
                    effective: effective))
        }
        guard let months = rubric.priorLevelMonths, let level = rubric.level else { return }
        let lower = max(level - 1, 1)
        guard let prior else {
            if node == nil {
                reader.warning(keyNode ?? root, "prior_recognition", Messages.priorRecognitionMissing(level: level, lower: lower, months: months))
            }
            return
        }
        if prior.level < lower {
            reader.warning(
                node?["level"] ?? node, "prior_recognition.level",
                Messages.priorRecognitionWrongLevel(prior.level, required: lower, level: level))
        }
        if !prior.isHeld(months: months, on: submittedOn) {
            reader.warning(
                node?["date"] ?? node, "prior_recognition.date",
                Messages.priorRecognitionTooRecent(
                    date: prior.date, months: months, lower: lower, level: level, submittedOn: submittedOn,
                    heldFrom: prior.heldFrom(months: months)))
        }
    }
}

extension AssessmentDecoder {
    /// TT24: an earlier recognition that still holds on the submission's day and covers the level
    /// reached: the dossier reports the result and asks for nothing, and `check` says so at the
    /// recognition's date.
    func checkPriorLevelKept(_ outcome: LevelOutcome, node: Node?) {
        guard outcome.keepsPriorLevel, let prior = outcome.prior, let validUntil = outcome.priorValidUntil else { return }
        let years = outcome.applied.rubric.recognitionYears ?? outcome.fallback?.rubric.recognitionYears ?? 0
        reader.warning(
            node?["date"] ?? node, "prior_recognition.date",
            Messages.priorLevelStillHeld(
                level: prior.level, date: prior.date, years: years, validUntil: validUntil,
                submittedOn: outcome.submittedOn, reached: outcome.reachedLevel,
                next: outcome.nextLevel.flatMap { level in outcome.nextLevelFrom.map { (level, $0) } }))
    }

    /// TT24: a document's summary written by the unit names the level it states, and that level must
    /// be the one reached: a letter titled "… Mức độ 2" from a unit reaching level 1 is warned. The
    /// plan and the decision, written before the assessment, may also name the level applied for.
    func checkLevelsNamed(_ documents: DocumentSet, outcome: LevelOutcome, node: Node) {
        for kind in DocumentKind.allCases {
            guard let summary = documents[kind].summary else { continue }
            let allowed: Set<Int> =
                [.plan, .decision].contains(kind)
                ? [outcome.reachedLevel, outcome.appliedLevel] : [outcome.reachedLevel]
            for named in Self.levelsNamed(in: summary) where !allowed.contains(named) {
                let summaryNode = node[kind.rawValue]?["summary"] ?? node[kind.rawValue] ?? node
                reader.warning(
                    summaryNode, "documents.\(kind.rawValue).summary",
                    Messages.summaryNamesAnotherLevel(summary: summary, named: named, outcome: outcome))
            }
        }
    }

    /// The levels a text names, in order, each once: "Mức độ 2" gives 2.
    static func levelsNamed(in text: String) -> [Int] {
        var levels: [Int] = []
        var rest = Substring(text)
        while let range = rest.range(of: "mức độ", options: .caseInsensitive) {
            rest = rest[range.upperBound...]
            let digits = rest.drop { $0 == " " || $0 == "\u{00A0}" }.prefix { $0.isASCII && $0.isNumber }
            if let level = Int(digits), !levels.contains(level) { levels.append(level) }
        }
        return levels
    }
}
