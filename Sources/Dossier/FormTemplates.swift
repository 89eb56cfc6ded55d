import Foundation
import OOXML

/// The template packages of one `FormCatalog`, each assembled from disk once — the parts of
/// `Forms/_common` read once for all of them — then shared, immutable, by every copy of the
/// catalog and every thread rendering with it: a second render, a verify or a server's next
/// request reads no form file again.
final class FormTemplates: @unchecked Sendable {
    /// Guards the caches; recursive, as a package is assembled while its lock is held.
    private let lock = NSRecursiveLock()
    private var common: [String: [UInt8]]?
    private var packages: [String: OOXMLPackage] = [:]
    private var folderReads: [String] = []

    /// None read yet.
    init() {}

    /// The folders read from disk so far, in order (each once for a sound catalog).
    var foldersRead: [String] {
        lock.lock()
        defer { lock.unlock() }
        return folderReads
    }

    /// The parts of `folder`, read from disk now.
    func read(_ folder: URL) throws -> [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        folderReads.append(folder.lastPathComponent)
        return try FormPackage.parts(in: folder)
    }

    /// The parts of `_common`: read by `read` the first time, kept after.
    func commonParts(_ read: () throws -> [String: [UInt8]]) rethrows -> [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        if let common { return common }
        let parts = try read()
        common = parts
        return parts
    }

    /// The package kept under `key`: made by `assemble` the first time (a failure is not kept).
    func package(_ key: String, _ assemble: () throws -> OOXMLPackage) rethrows -> OOXMLPackage {
        lock.lock()
        defer { lock.unlock() }
        if let known = packages[key] { return known }
        let package = try assemble()
        packages[key] = package
        return package
    }
}
