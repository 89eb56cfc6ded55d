import Foundation

/// A file-system failure on one path, thrown by `AtomicFile` and `InputFile`: `FileSystemFailure`
/// reads it back (`FileSystemFailure(error)`, `FileSystemFailure.path(in:)`), so every caller that
/// already turns Foundation's errors into sentences turns this one into the same sentence.
package struct FileSystemError: Error, Sendable, Hashable, LocalizedError {
    /// What went wrong.
    package var failure: FileSystemFailure
    /// The path the user named.
    package var path: String

    /// A failure on `path`.
    package init(_ failure: FileSystemFailure, path: String) {
        self.failure = failure
        self.path = path
    }

    /// The sentence in both languages.
    package var sentence: LocalizedText { failure.sentence(path: path) }

    /// The Vietnamese sentence (for callers that show `localizedDescription`).
    package var errorDescription: String? { sentence.vi }
}
