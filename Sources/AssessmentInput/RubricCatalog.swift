package import Diagnostics
import Foundation

/// Where the built-in rubrics (`Forms/rubrics/*.yaml`) are found, and how a data file's `rubric:` value
/// is resolved: a built-in id ("tt22") or a path relative to the data file.
///
/// A catalogue may also hold rubric texts in memory (`texts`, by the exact `rubric:` value): those are
/// used before any folder or file is looked at, so data embedded in a DOCX re-loads without touching
/// the file system.
package struct RubricCatalog: Sendable {
    /// The folders searched for built-in rubrics, first match wins.
    package var directories: [String]
    /// Rubric texts held in memory, by `rubric:` value (a built-in id or a path as written).
    package var texts: [String: String]
    /// Whether a `rubric:` path may be read from disk (false for data embedded in a DOCX, whose
    /// rubric must come from `texts`).
    package var readsFiles: Bool
    /// Why there are no built-in rubrics (the forms folder is missing or unreadable, with the
    /// system's reason): what a built-in `rubric:` is answered with instead of "no such rubric".
    package var unavailable: LocalizedText?

    /// A catalogue searching `directories`, after the rubrics held in `texts`; `unavailable` says why
    /// no folder could be searched.
    package init(directories: [String], texts: [String: String] = [:], readsFiles: Bool = true, unavailable: LocalizedText? = nil) {
        self.directories = directories
        self.texts = texts
        self.readsFiles = readsFiles
        self.unavailable = unavailable
    }

    /// A catalogue of rubric texts held in memory only: no folder or file is ever read.
    package static func inMemory(_ texts: [String: String]) -> RubricCatalog {
        RubricCatalog(directories: [], texts: texts, readsFiles: false)
    }

    /// The default search: `$HOSO_FORMS/rubrics`, `Forms/rubrics` beside or above the executable (a
    /// build folder inside a clone) — never a path fixed when the binary was built. Never the working
    /// folder's `Forms/rubrics`: a folder's own copy must not change a band. The commands use
    /// `FormCatalog.rubrics` (the forms folder `render` reads) instead.
    package static var standard: RubricCatalog {
        var directories: [String] = []
        if let forms = ProcessInfo.processInfo.environment["HOSO_FORMS"], !forms.isEmpty {
            directories.append((forms as NSString).appendingPathComponent("rubrics"))
        }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var folder = (executable as NSString).resolvingSymlinksInPath as NSString
        for _ in 0..<5 {
            folder = folder.deletingLastPathComponent as NSString
            directories.append(folder.appendingPathComponent("Forms/rubrics"))
        }
        return RubricCatalog(directories: directories)
    }

    /// The ids of the built-in rubrics (file names without ".yaml"), sorted.
    package var builtInIDs: [String] {
        let held = texts.keys.filter { !Self.isPath($0) }
        guard let directory = builtInDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return held.sorted() }
        return Set(names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) } + held).sorted()
    }

    /// The first search folder that exists.
    package var builtInDirectory: String? {
        directories.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Whether `reference` names a file rather than a built-in id.
    package static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.hasSuffix(".json")
    }

    /// The file a built-in id refers to, when it exists.
    package func path(ofBuiltIn id: String) -> String? {
        guard let directory = builtInDirectory else { return nil }
        let path = (directory as NSString).appendingPathComponent("\(id).yaml")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
