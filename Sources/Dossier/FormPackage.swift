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

    /// Adds every file under `folder` as a part named by its relative path.
    private static func read(_ folder: URL, into parts: inout [String: [UInt8]]) throws {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DossierError.formsNotFound(folder.path)
        }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let name = String(path.dropFirst(base.count + 1))
            if name.hasPrefix(".") || name.hasSuffix(".md") { continue }
            parts[name] = Array(try Data(contentsOf: url))
        }
    }
}
