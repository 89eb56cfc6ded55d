package import Assessment
package import AssessmentInput
import Diagnostics
package import Foundation
import Yams

#if canImport(Glibc)
import Glibc
#endif

/// The forms shipped with hoso: `Forms/_common` (parts every form shares) and one folder per form
/// holding its `word/document.xml` and `form.yaml`.
package struct FormCatalog: Sendable {
    /// The `Forms` directory.
    package let root: URL
    /// Every form, in binding order.
    package let forms: [FormDescriptor]
    /// The folder of each form, by id.
    private let folders: [String: URL]
    /// Regime-specific ids ("QD24") to the form's own id ("QD").
    private let aliases: [String: String]
    /// The forms' template packages, each read from disk once for this catalog and its copies.
    let templates = FormTemplates()

    /// The folder holding the parts every form shares.
    package var commonFolder: URL { root.appendingPathComponent("_common", isDirectory: true) }

    /// Reads every `*/form.yaml` under `root`.
    package init(root: URL) throws {
        self.root = root
        let fm = FileManager.default
        let names: [String]
        do throws(OutputError) {
            names = try FileOperations.names(in: root.path)
        } catch {
            throw Self.listingError(error, path: root.path)
        }
        var forms: [FormDescriptor] = []
        var folders: [String: URL] = [:]
        for name in names.sorted() where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let folder = root.appendingPathComponent(name, isDirectory: true)
            let manifest = folder.appendingPathComponent("form.yaml")
            guard fm.fileExists(atPath: manifest.path) else { continue }
            let text = try Self.manifestText(at: manifest.path)
            let form: FormDescriptor
            do {
                form = try YAMLDecoder().decode(FormDescriptor.self, from: text)
            } catch {
                throw DossierError.badFormManifest(manifest.path, String(describing: error))
            }
            // A commit journal moves only names of this shape (see `DossierFileName`).
            for file in [form.file] + (form.byRegime ?? [:]).values.compactMap(\.file).sorted() where !DossierFileName.isFormFileStem(file) {
                throw DossierError.badFormFileName(manifest.path, file)
            }
            forms.append(form)
            folders[form.id] = folder
        }
        self.forms = forms.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.folders = folders
        var aliases: [String: String] = [:]
        for form in forms {
            for change in (form.byRegime ?? [:]).values { if let id = change.id { aliases[id] = form.id } }
        }
        self.aliases = aliases
    }

    /// The forms of a regime's dossier as they stand in it (ids, files and order of that regime),
    /// in binding order.
    package func forms(for regime: Regime) -> [FormDescriptor] {
        forms.filter { $0.regimes.contains(regime) }
            .map { $0.resolved(for: regime) }
            .sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// The form with this id (case-insensitive), under its own id or a regime's.
    package func form(id: String) -> FormDescriptor? {
        if let form = forms.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) { return form }
        for form in forms {
            for regime in form.regimes where form.resolved(for: regime).id.caseInsensitiveCompare(id) == .orderedSame {
                return form.resolved(for: regime)
            }
        }
        return nil
    }

    /// The folder of a form (by its own id or any regime's).
    package func folder(of form: FormDescriptor) -> URL? { folders[form.id] ?? aliases[form.id].flatMap { folders[$0] } }

    /// Finds the `Forms` directory: an explicit path, `$HOSO_FORMS`, next to the executable
    /// (`.build/<config>/hoso` in a checkout, `<prefix>/bin/hoso` with `<prefix>/share/hoso/Forms`).
    /// Never a path fixed when the binary was built: it carries no build machine's folder.
    package static func locate(explicit: String? = nil) throws(DossierError) -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["HOSO_FORMS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath()
        let binDir = executable.deletingLastPathComponent()
        candidates.append(binDir.appendingPathComponent("../share/hoso/Forms").standardized)
        var dir = binDir
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("Forms"))
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.appendingPathComponent("_common").path, isDirectory: &isDir), isDir.boolValue {
                return candidate.standardized
            }
        }
        throw DossierError.formsNotFound(explicit ?? candidates.map(\.path).joined(separator: ", "))
    }

    /// The rubrics every command scores with: `rubrics/` of the forms folder (`formsRoot`, else the one
    /// `locate()` finds), the folder `render` reads, so that `check`, `members` and `init --from` give
    /// the band the dossier prints. Never a `Forms/rubrics` of the working folder. When no forms folder
    /// is found the catalogue is empty and a built-in `rubric:` is reported as unknown.
    package static func rubrics(formsRoot: URL? = nil) -> RubricCatalog {
        let root: URL
        if let formsRoot {
            root = formsRoot
        } else {
            do {
                root = try locate()
            } catch {
                return RubricCatalog(directories: [], unavailable: error.text)
            }
        }
        let folder = root.appendingPathComponent("rubrics").path
        do throws(OutputError) {
            _ = try FileOperations.names(in: folder)
        } catch {
            return RubricCatalog(directories: [], unavailable: listingError(error, path: folder).text)
        }
        return RubricCatalog(directories: [folder])
    }

    /// A forms folder that could not be listed: not found when it is missing or not a folder, else
    /// unreadable with the system's reason.
    private static func listingError(_ error: OutputError, path: String) -> DossierError {
        if case .fileSystem(_, _, let code) = error, code != ENOENT, code != ENOTDIR { return .formsUnreadable(path, code: code) }
        return .formsNotFound(path)
    }

    /// The text of a form's `form.yaml`, read once (a regular file of at most 1 MB, UTF-8).
    private static func manifestText(at path: String) throws(DossierError) -> String {
        let outcome: RegularFile.Outcome
        do throws(RegularFile.SystemFailure) {
            outcome = try RegularFile.read(path, limit: 1 << 20, followingLinks: true)
        } catch {
            throw .formManifestUnreadable(path, code: error.code)
        }
        guard case .bytes(let bytes, _) = outcome, let text = String(bytes: bytes, encoding: .utf8) else {
            if case .missing = outcome { throw .formManifestUnreadable(path, code: ENOENT) }
            throw .formManifestUnreadable(path, code: nil)
        }
        return text
    }
}
