import OOXML

/// The dossiers one `hoso verify` run makes again from the provenance its files carry. Every file
/// is announced first (`expect`); then each source (data, rubric) is rendered in ONE call of the
/// pipeline with every form its files name and, for several forms, the bound book, and each file is
/// compared with its part of that rendering: a folder of eight forms and `Ho-so.docx` costs one
/// render, as `hoso render` did. A file whose forms that rendering does not answer for (a book of
/// other forms) gets a rendering of its own, and a rendering that fails is tried again with the
/// file's own forms alone, so every file keeps the verdict and the message it would get on its own.
final class Reproductions {
    private let pipeline: DossierPipeline
    private let customForms: [CustomForm]
    /// The form ids each source's files name, in the order first seen.
    private var planned: [DossierSource: [String]] = [:]
    /// Renderings made, by source and the form ids asked for.
    private var made: [Request: Result<RenderedDossier, any Error>] = [:]
    /// How many times the pipeline rendered (one per source for a sound dossier).
    private(set) var renderCount = 0

    private struct Request: Hashable {
        var source: DossierSource
        var forms: [String]
    }

    /// None made yet, rendering through `pipeline` with `customForms`.
    init(pipeline: DossierPipeline, customForms: [CustomForm]) {
        self.pipeline = pipeline
        self.customForms = customForms
    }

    /// Notes that a file made from `provenance` will be compared.
    func expect(_ provenance: Provenance) {
        var ids = planned[provenance.source] ?? []
        for stamp in provenance.forms where !ids.contains(stamp.id) { ids.append(stamp.id) }
        planned[provenance.source] = ids
    }

    /// The dossier rendered from `provenance`'s source holding every form it names: the source's
    /// planned rendering when it answers for them (its book, for several forms, bound from exactly
    /// these forms), else one made for them alone.
    func dossier(for provenance: Provenance) throws -> RenderedDossier {
        let ids = provenance.forms.map(\.id)
        if let plan = planned[provenance.source], Self.answers(for: ids, plan) {
            let planResult = rendering(provenance.source, plan)
            if case .success = planResult { return try planResult.get() }
            if Set(plan) == Set(ids) { return try planResult.get() }
        }
        return try rendering(provenance.source, ids).get()
    }

    /// A successful rendering's loaded data from `source`, nil when none was made.
    func loaded(_ source: DossierSource) -> LoadedDossier? {
        for case .success(let dossier) in made.values where dossier.loaded.source == source { return dossier.loaded }
        return nil
    }

    /// Whether a rendering of `plan` holds what a file of `ids` is compared with: its document for
    /// one form, its book for several (the same forms).
    private static func answers(for ids: [String], _ plan: [String]) -> Bool {
        ids.count == 1 ? plan.contains(ids[0]) : Set(ids) == Set(plan)
    }

    private func rendering(_ source: DossierSource, _ ids: [String]) -> Result<RenderedDossier, any Error> {
        let request = Request(source: source, forms: ids)
        if let known = made[request] { return known }
        renderCount += 1
        let result = Result {
            try pipeline.run(DossierRequest(input: .embedded(source), customForms: customForms, only: ids, book: ids.count > 1))
        }
        made[request] = result
        return result
    }
}
