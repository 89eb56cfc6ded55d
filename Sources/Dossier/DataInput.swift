package import Assessment
package import AssessmentInput
package import Foundation

/// How every caller reads a data file: one loader over the rubrics of one forms folder
/// (`Forms/rubrics`, see `FormCatalog.rubrics`). `DossierPipeline.load` reads with it before
/// rendering; `hoso check`, `hoso init --from`, `hoso members` and the pages of `hoso serve` read
/// with it too, so a file gets the same diagnostics, rubric and band wherever it is looked at.
package struct DataInput: Sendable {
    let loader: AssessmentLoader

    /// Reads with the rubrics of the forms folder `formsRoot` (else the one `FormCatalog.locate()`
    /// finds; no rubric at all when none is found).
    package init(formsRoot: URL? = nil) {
        loader = AssessmentLoader(catalog: FormCatalog.rubrics(formsRoot: formsRoot))
    }

    /// The data as `hoso check` reads it: every problem, and the assessment when there is no error.
    package func read(_ input: DossierRequest.Input) -> LoadResult {
        switch input {
        case .file(let path): loader.load(path: path)
        case .bytes(let bytes, let name, let directory): loader.parse(bytes: bytes, file: name, directory: directory)
        case .embedded(let source): source.load()
        }
    }

    /// The data as `read` reads it, with what a page needs to lay the file out before it is valid:
    /// its regime and the rubric it names.
    package func review(_ input: DossierRequest.Input) -> DataReview {
        let result = read(input)
        // A file that names neither a rubric nor a valid regime is laid out as TT22's, the regime a
        // new file starts in.
        let rubric = result.rubric ?? (result.rubricReference == nil ? loader.builtInRubric(Regime.tt22.defaultRubricID) : nil)
        return DataReview(result: result, regime: result.assessment?.regime ?? result.regime ?? rubric?.regime, rubric: rubric)
    }

    /// The built-in rubrics a data file may name in `rubric:` (`Forms/rubrics/*.yaml` of the forms
    /// folder), in id order, each with its file's `name:` (the id when the file cannot be read).
    package var builtInRubrics: [(id: String, name: String)] {
        loader.catalog.builtInIDs.map { id in (id, loader.builtInRubric(id)?.name ?? id) }
    }

    /// Parses data already read as text; `directory` resolves a relative `rubric:` path.
    func parse(text: String, file: String, directory: String) -> LoadResult {
        loader.parse(text: text, file: file, directory: directory)
    }
}

/// A data file as `DataInput.review` read it.
package struct DataReview: Sendable {
    /// Every problem, and the assessment when there is no error.
    package var result: LoadResult
    /// The file's regime: `regime:`, else its rubric's; nil when neither says.
    package var regime: Regime?
    /// The rubric the file names (or its regime's default; TT22's when it names neither), read even
    /// when the data has errors; nil when it cannot be read.
    package var rubric: Rubric?
}
