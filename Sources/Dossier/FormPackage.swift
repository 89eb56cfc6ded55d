import Diagnostics
import Foundation
package import OOXML

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
            parts.removeValue(forKey: "form.yaml")
            return OOXMLPackage(parts: parts, sourceName: "Forms/\(folder.lastPathComponent)")
        }
    }

    /// Every file under `folder` as a part named by its relative path (hidden files and notes left
    /// out), read through plain POSIX calls: `FileManager`'s enumerator and resource values cost a
    /// tenth of a dossier's time.
    static func parts(in folder: URL) throws -> [String: [UInt8]] {
        guard let base = FolderListing.resolvedPath(folder.path), let files = FolderListing.regularFiles(below: base + "/") else {
            throw DossierError.formsNotFound(folder.path)
        }
        var parts: [String: [UInt8]] = [:]
        for (name, size) in files where !name.hasPrefix(".") && !name.hasSuffix(".md") {
            let path = base + "/" + name
            // When the plain read fails, Foundation's says why, as before.
            parts[name] = try FolderListing.contents(of: path, size: size) ?? Array(Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return parts
    }
}
