package import Assessment
package import Diagnostics

/// What reading a data file gave: the validated assessment when there is no error, and every problem.
package struct LoadResult: Sendable {
    /// The assessment; nil when any error was found.
    package var assessment: Assessment?
    /// Every problem (errors, warnings), data file first, in file order.
    package var diagnostics: [Diagnostic]
    /// The rubric file the data was scored with, as referenced and as found, when it was read.
    package var rubricSource: RubricSource?
    /// The lower level's rubric file (TT24 `fallback`), as referenced by the rubric and as found.
    package var fallbackRubricSource: RubricSource?
    /// The members as read (from `members:` or `members_file:`), even when other sections have errors;
    /// nil when the members themselves could not be read.
    package var members: [Member]?
    /// The value of `regime:` when it names a regime, even when other sections have errors.
    package var regime: Regime?
    /// What the data names as its rubric (`rubric:`, else its regime's default); nil when it names
    /// neither a rubric nor a valid regime.
    package var rubricReference: String?
    /// The rubric the data names, as read even when the data has errors (a page lays out its
    /// criteria before the file is valid); nil when it could not be read.
    package var rubric: Rubric?
    /// The lines (1-based) `members_file:` and its value take, when the members were read from that
    /// sheet: what `MembersBlock.inlining` replaces with the members.
    package var membersFileLines: ClosedRange<Int>?
    /// The data file's text as read, by line (control characters removed); empty when it could not
    /// be read or parsed. What a caller needing the text itself uses instead of reading it again.
    package var lines: [Substring] = []

    /// A result.
    package init(
        assessment: Assessment?, diagnostics: [Diagnostic], rubricSource: RubricSource? = nil,
        fallbackRubricSource: RubricSource? = nil
    ) {
        self.assessment = assessment
        self.diagnostics = diagnostics
        self.rubricSource = rubricSource
        self.fallbackRubricSource = fallbackRubricSource
    }

    /// Whether the data can be used: no errors (warnings allowed).
    package var isValid: Bool { assessment != nil && !diagnostics.hasErrors }

    /// The errors only.
    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
