import Diagnostics
import Foundation
package import OOXML

#if canImport(Glibc)
import Glibc
#endif

/// A form as a package: the parts every form shares (`Forms/_common`) overlaid with the form's own.
package enum FormPackage {
    /// The package of `form` from `catalog`: assembled from disk the first time the catalog is asked
    /// for it (the parts of `_common` read once for every form), then the same package every time.
    package static func assemble(_ form: FormDescriptor, from catalog: FormCatalog) throws -> OOXMLPackage {
        guard let folder = catalog.folder(of: form) else {
            throw DossierError.unknownForm(form.id, known: catalog.forms.map(\.id))
        }
        return try catalog.templates.package(folder.path) {
            var parts = try catalog.templates.commonParts { try catalog.templates.read(catalog.commonFolder) }
            parts.merge(try catalog.templates.read(folder)) { _, own in own }
            return OOXMLPackage(parts: parts, sourceName: "Forms/\(folder.lastPathComponent)")
        }
    }

    /// Every file under `folder` as a part named by its relative path (hidden files, notes and the
    /// folder's `form.yaml` left out: `FormCatalog` has read that one already, and it is no part). A folder that cannot be listed or a file that cannot be read is the system's error,
    /// never a form with a part missing.
    static func parts(in folder: URL) throws -> [String: [UInt8]] {
        var parts: [String: [UInt8]] = [:]
        do throws(OutputError) {
            try collect(folder.standardizedFileURL.path, prefix: "", into: &parts)
        } catch .fileSystem(_, let path, let code) where path == folder.standardizedFileURL.path && (code == ENOENT || code == ENOTDIR) {
            throw DossierError.formsNotFound(folder.path)
        } catch {
            throw DossierError.output(error)
        }
        return parts
    }

    /// Adds the files under `path` to `parts`, named `prefix` + their relative path.
    private static func collect(_ path: String, prefix: String, into parts: inout [String: [UInt8]]) throws(OutputError) {
        // Hidden entries of the form folder itself are left out (`.DS_Store`), not `_rels/.rels`.
        for name in try FileOperations.names(in: path).sorted() where !(prefix.isEmpty && (name.hasPrefix(".") || name == "form.yaml")) {
            let entry = path + "/" + name, partName = prefix + name
            if FileOperations.isRealFolder(entry) {
                try collect(entry, prefix: partName + "/", into: &parts)
            } else if !partName.hasSuffix(".md"), let bytes = try FileOperations.readReporting(entry) {
                parts[partName] = bytes
            }
        }
    }
}
