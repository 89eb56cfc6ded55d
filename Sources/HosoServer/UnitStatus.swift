import Assessment
import AssessmentInput
import Diagnostics
import Dossier

/// A data file as the pages show it: read through the `Dossier` facade exactly as `hoso check`
/// reads it (`DataInput.review`: the same loader, rubrics and diagnostics), with the criteria of the
/// rubric it names for the score inputs even when the data has errors.
struct UnitStatus: Sendable {
    var name: UnitName
    var snapshot: Workspace.Snapshot
    /// The editable tree; nil when the file is not YAML with a mapping at its root.
    var document: DataDocument?
    var result: LoadResult
    /// The file's regime (`regime:`, else its rubric's); nil when neither says.
    var regime: Regime?
    var criteria: [ScoredCriterion]
    /// The bands (name, minimum in hundredths), highest first; empty for TT24.
    var bands: [(name: String, minimum: Int)]
    var maximumHundredths: Int?
    /// The built-in rubrics the page offers (id, the rubric file's `name:`), from the forms folder.
    var rubricChoices: [(id: String, name: String)]

    init(name: UnitName, snapshot: Workspace.Snapshot, input: DataInput, directory: String) {
        self.name = name
        self.snapshot = snapshot
        document = DataDocument(text: snapshot.text)
        let review = input.review(.bytes(snapshot.bytes, name: name.fileName, directory: directory))
        result = review.result
        regime = review.regime
        let rubric = review.rubric
        criteria =
            rubric?.criteria.map { criterion in
                ScoredCriterion(
                    code: criterion.code, text: criterion.shortText,
                    maximum: criterion.maximum.map { $0.text(decimalSeparator: ",") },
                    maximumHundredths: criterion.maximum?.hundredths, measuredByMembers: criterion.threshold != nil)
            } ?? []
        bands = (rubric?.bands ?? []).map { ($0.name, $0.minimum.hundredths) }.sorted { $0.minimum > $1.minimum }
        rubricChoices = input.builtInRubrics
        maximumHundredths = rubric.flatMap { $0.regime == .tt22 ? $0.maximum.hundredths : nil }
    }

    var errors: [Diagnostic] { result.errors }
    var warnings: [Diagnostic] { result.warnings }

    /// "Trường Tiểu học An Sơn", or what the file says before it loads.
    var unitName: String {
        result.assessment?.unit.name ?? (document?.isPlaceholder(["unit", "name"]) == true ? nil : document?.text(["unit", "name"])) ?? "—"
    }

    var year: String { result.assessment.map { String($0.year) } ?? document?.text(["year"]) ?? "—" }

    /// The regime the page lays out: TT24's data (targets, the earlier recognition) for a TT24 file
    /// or one that records an earlier recognition (only TT24 has one); TT22's otherwise.
    var layout: Regime {
        regime == .tt24 || document?.keys([]).contains("prior_recognition") == true ? .tt24 : .tt22
    }

    /// "95/100 — Tốt", "Đạt 9/9 chỉ tiêu — Mức độ 1", or "—" while the data has errors.
    var resultText: String {
        guard let assessment = result.assessment else { return "—" }
        let evaluation = assessment.evaluation
        switch assessment.regime {
        case .tt22:
            guard let total = evaluation.total, let maximum = evaluation.maximum else { return "—" }
            return "\(total.text(decimalSeparator: ","))/\(maximum.text(decimalSeparator: ",")) — \(evaluation.resultText)"
        case .tt24:
            return "Đạt \(evaluation.metCount)/\(evaluation.targetCount) chỉ tiêu — \(evaluation.resultText)"
        }
    }
}
