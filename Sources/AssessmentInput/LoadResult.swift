import Assessment
import Diagnostics

/// What reading a data file gave: the validated assessment when there is no error, and every problem.
public struct LoadResult: Sendable {
    /// The assessment; nil when any error was found.
    public var assessment: Assessment?
    /// Every problem (errors, warnings), data file first, in file order.
    public var diagnostics: [Diagnostic]
    /// The rubric file the data was scored with, as referenced and as found, when it was read.
    public var rubricSource: RubricSource?
    /// The lower level's rubric file (TT24 `fallback`), as referenced by the rubric and as found.
    public var fallbackRubricSource: RubricSource?
    /// The members as read (from `members:` or `members_file:`), even when other sections have errors;
    /// nil when the members themselves could not be read.
    public var members: [Member]?
    /// The lines (1-based) `members_file:` and its value take, when the members were read from that
    /// sheet: what `MembersBlock.inlining` replaces with the members.
    public var membersFileLines: ClosedRange<Int>?

    /// A result.
    public init(assessment: Assessment?, diagnostics: [Diagnostic], rubricSource: RubricSource? = nil,
                fallbackRubricSource: RubricSource? = nil) {
        self.assessment = assessment
        self.diagnostics = diagnostics
        self.rubricSource = rubricSource
        self.fallbackRubricSource = fallbackRubricSource
    }

    /// Whether the data can be used: no errors (warnings allowed).
    public var isValid: Bool { assessment != nil && !diagnostics.hasErrors }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
