import Diagnostics
import Dispatch
import Foundation
import OOXML

/// The schemas of a checking pipeline, compiled on another thread from the moment the pipeline is
/// made, so that compiling them (`wml.xsd` alone costs about as much as rendering a whole dossier)
/// overlaps reading the data and rendering the forms; `validator()` waits for them. A problem
/// with the schemas is thrown by `validator()`, where the first check needs them.
final class SchemaCompilation: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once on the compiling thread, read only after `done` is passed.
    private var result: Result<PackageValidator, DiagnosticError>?

    /// Starts compiling the schemas in `schemaDirectory` (see `PackageValidator`).
    init(schemaDirectory: URL) {
        DispatchQueue.global(qos: .userInitiated).async(group: done) { [self] in
            do throws(DiagnosticError) {
                result = .success(try PackageValidator(schemaDirectory: schemaDirectory))
            } catch {
                result = .failure(error)
            }
        }
    }

    /// The compiled schemas, once they are ready.
    func validator() throws(DiagnosticError) -> PackageValidator {
        done.wait()
        return try result!.get()
    }
}
