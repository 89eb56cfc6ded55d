package import Diagnostics

/// The verdict on one file checked by `hoso verify`.
package struct Verification: Sendable, Equatable {
    /// What was found.
    package enum Verdict: Sendable, Equatable {
        /// Re-rendering from the embedded data gives exactly this file's parts.
        case unchanged
        /// These parts differ from what hoso produces from the embedded data (edited after
        /// generation), and the text could not be compared.
        case changed(parts: [String])
        /// Opened and saved again: these parts differ, but every paragraph reads the same. A warning
        /// for a file on its own; a failure for a file a manifest lists (it must match its sum).
        case resaved(parts: [String], listed: Bool = false)
        /// The text was edited: these paragraphs, and these parts.
        case contentChanged([ContentDiff.Change], parts: [String])
        /// The file's bytes do not match the SHA-256 recorded for it in a manifest.
        case sumMismatch(expected: String, actual: String)
        /// A file the manifest lists is missing.
        case missing
        /// The file carries no hoso provenance: it was not produced by hoso (or it was stripped).
        case noProvenance
        /// The zip holds bytes hoso never writes: data appended after it or put before it, or a
        /// zip comment (`cat x.pdf >> a.docx`).
        case strayBytes
        /// The file could not be re-rendered (unreadable, or made with a form this hoso does not have).
        case cannotReproduce(LocalizedText)
        /// Not a DOCX nor a PDF: only its recorded sum was checked, and it matched.
        case sumMatches
        /// The path given does not exist.
        case notFound
        /// A link, folder, device or FIFO where a dossier file belongs: never read.
        case notRegularFile
        /// Larger than verify reads.
        case tooLarge(size: Int, limit: Int)
        /// The file could not be read.
        case unreadable(String)
        /// The folder could not be listed (the system's reason): a file it holds may go unchecked.
        case unlistable(LocalizedText)
        /// The folder has no `manifest.json`.
        case noManifest
        /// `manifest.json` cannot be read or lists something that is not a file of the folder.
        case invalidManifest(LocalizedText)
        /// A DOCX or PDF in the folder that the manifest does not list.
        case unlisted
        /// Another file in the folder (a personal note): a warning, not a failure.
        case ignored
        /// A `.hoso-commit`: a render was stopped in the middle of its commit.
        case unfinishedCommit
        /// Made from other data, another rubric or another hoso than the rest of the dossier.
        case otherSource(LocalizedText)
        /// A field of `manifest.json` disagrees with the dossier's files.
        case manifestDisagrees(field: String, recorded: String, actual: String)
        /// A PDF whose sum matches and whose text carries the dossier's key facts.
        case pdfMatches
        /// A PDF whose text lacks these facts of the dossier (a PDF of another render).
        case pdfTextMismatch([String])
        /// A PDF whose text could not be read (the whole sentence).
        case pdfUnreadable(LocalizedText)
    }

    /// How a verdict counts.
    package enum Outcome: Sendable, Equatable {
        case ok, warning, failure
    }

    /// The file, as the user would find it ("ho-so/5-M3-Bao-cao.docx").
    package var file: String
    /// The verdict.
    package var verdict: Verdict

    /// A verdict on `file`.
    package init(file: String, verdict: Verdict) {
        self.file = file
        self.verdict = verdict
    }

    /// Whether the verdict passes, warns or fails.
    package var outcome: Outcome {
        switch verdict {
        case .unchanged, .sumMatches, .pdfMatches: .ok
        case .ignored, .resaved(_, listed: false): .warning
        default: .failure
        }
    }

    /// Whether the file passes (a warning passes).
    package var passed: Bool { outcome != .failure }

    /// The sentence for the verdict; `details` adds the parts and SHA-256 sums a programmer wants.
    package func message(details: Bool = false) -> LocalizedText {
        switch verdict {
        case .unchanged: VerifyMessages.unchanged
        case .changed(let parts): VerifyMessages.changed(parts)
        case .resaved(let parts, let listed): VerifyMessages.resaved(details ? parts : [], listed: listed)
        case .contentChanged(let changes, let parts): VerifyMessages.contentChanged(changes, parts: details ? parts : [])
        case .sumMismatch(let expected, let actual):
            details ? VerifyMessages.sumMismatch(expected: expected, actual: actual) : VerifyMessages.sumMismatchBrief
        case .missing: VerifyMessages.missing
        case .noProvenance: VerifyMessages.noProvenance
        case .strayBytes: VerifyMessages.strayBytes
        case .cannotReproduce(let why): VerifyMessages.cannotReproduce(why)
        case .sumMatches: VerifyMessages.sumMatches
        case .notFound: VerifyMessages.notFound
        case .notRegularFile: VerifyMessages.notRegularFile
        case .tooLarge(let size, let limit): VerifyMessages.tooLarge(size: size, limit: limit)
        case .unreadable(let why): VerifyMessages.unreadable(why)
        case .unlistable(let why): VerifyMessages.unlistable(why)
        case .noManifest: VerifyMessages.noManifest
        case .invalidManifest(let why): VerifyMessages.invalidManifest(why)
        case .unlisted: VerifyMessages.unlisted
        case .ignored: VerifyMessages.ignored
        case .unfinishedCommit: VerifyMessages.unfinishedCommit
        case .otherSource(let what): VerifyMessages.otherSource(what)
        case .manifestDisagrees(let field, let recorded, let actual):
            VerifyMessages.manifestDisagrees(field, recorded: recorded, actual: actual)
        case .pdfMatches: VerifyMessages.pdfMatches
        case .pdfTextMismatch(let facts): VerifyMessages.pdfTextMismatch(facts)
        case .pdfUnreadable(let why): why
        }
    }

    /// The line printed for the user; `details` adds parts and sums (`--details`).
    package func rendered(in language: Language, details: Bool = false) -> String {
        let label =
            switch (outcome, language) {
            case (.ok, .vi): "ĐẠT  "
            case (.warning, .vi): "LƯU Ý"
            case (.failure, .vi): "LỖI  "
            case (.ok, _): "ok  "
            case (.warning, _): "warn"
            case (.failure, _): "FAIL"
            }
        return "\(label) \(file): \(message(details: details).text(in: language))"
    }
}

extension Verification.Verdict {
    /// Whether the verdict comes from re-rendering a DOCX (rather than from a sum or a listing).
    var isReRendered: Bool {
        switch self {
        case .unchanged, .changed, .resaved, .contentChanged: true
        default: false
        }
    }
}

extension Verification {
    /// The verdict on a file a manifest lists but whose sum no longer matches: a re-saved file
    /// fails there.
    var listed: Verification {
        guard case .resaved(let parts, _) = verdict else { return self }
        return Verification(file: file, verdict: .resaved(parts: parts, listed: true))
    }
}
