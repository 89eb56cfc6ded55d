import AssessmentInput

/// The bounds every request is held to, so a hostile or mistaken client cannot exhaust the machine.
package enum ServerLimits {
    /// A submitted form (the unit page, with a 5,000-row members grid) — and any other body.
    package static let maxFormBytes = 4 * 1024 * 1024
    /// A data file read from the workspace or uploaded: the loader's own bound.
    package static var maxDataBytes: Int { DataLimits.default.maxFileSize }
    /// Rows of a grid read back from a form.
    package static let maxGridRows = 5_000
    /// Renders waiting for a free slot; more get "máy đang bận" at once.
    package static let maxWaitingRenders = 8
}
