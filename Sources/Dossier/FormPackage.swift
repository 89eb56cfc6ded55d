import Diagnostics
import Foundation
package import OOXML

/// A form as a package: the parts every form shares (`Forms/_common`) overlaid with the form's own.
package enum FormPackage {
    /// The package of `form` from `catalog`.
    package static func assemble(_ form: FormDescriptor, from catalog: FormCatalog) throws -> OOXMLPackage {
        guard let folder = catalog.folder(of: form) else {
            throw DossierError.unknownForm(form.id, known: catalog.forms.map(\.id))
        }
        var parts: [String: [UInt8]] = [:]
        try read(catalog.commonFolder, into: &parts)
        try read(folder, into: &parts)
        parts.removeValue(forKey: "form.yaml")
        return OOXMLPackage(parts: parts, sourceName: "Forms/\(folder.lastPathComponent)")
    }

    /// Adds every file under `folder` as a part named by its relative path (through plain POSIX
    /// calls: `FileManager`'s enumerator and resource values cost a tenth of a dossier's time).
    private static func read(_ folder: URL, into parts: inout [String: [UInt8]]) throws {
        guard let base = FolderListing.resolvedPath(folder.path), let files = FolderListing.regularFiles(below: base + "/") else {
            throw DossierError.formsNotFound(folder.path)
        }
        for (name, size) in files where !name.hasPrefix(".") && !name.hasSuffix(".md") {
            let path = base + "/" + name
            // When the plain read fails, Foundation's says why, as before.
            parts[name] = try FolderListing.contents(of: path, size: size) ?? Array(Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }
}
