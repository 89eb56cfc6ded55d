package import Diagnostics
package import Foundation
package import XMLCore
import ZipCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An OOXML package (a `.docx` file or its unpacked folder) as a value: part name → bytes.
/// Written deterministically: `[Content_Types].xml`, then `_rels/.rels`, then the other parts
/// sorted by name, each with the same fixed time stamp.
package struct OOXMLPackage: Sendable, Equatable {
    private var parts: [String: [UInt8]]
    /// What the user called the package (its path), used in error locations.
    package var sourceName: String

    /// A package made of `parts` (part name without leading slash → bytes).
    package init(parts: [String: [UInt8]], sourceName: String = "package") {
        self.parts = parts
        self.sourceName = sourceName
    }

    /// Opens a `.docx` (zip) file or an unpacked package folder, refusing unsafe part names and
    /// packages beyond `limits`.
    package static func open(at url: URL, limits: PackageLimits = .default) throws(DiagnosticError) -> OOXMLPackage {
        let source = url.path
        var status = stat()
        guard stat(source, &status) == 0 else {
            throw failure(source, FileSystemFailure(errno: errno).sentence(path: source))
        }
        let parts =
            status.st_mode & S_IFMT == S_IFDIR
            ? try readFolder(source, limits: limits)
            : try readZip(url, limits: limits)
        return OOXMLPackage(parts: parts, sourceName: source)
    }

    private static func failure(_ file: String, _ message: LocalizedText) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, at: SourceLocation(file: file), message)])
    }

    private static func readZip(_ url: URL, limits: PackageLimits) throws(DiagnosticError) -> [String: [UInt8]] {
        let file = url.path
        let bytes: [UInt8]
        do {
            // A FIFO or device is refused before it is opened; a zip is never larger than what it holds.
            bytes = try InputFile.read(file, limit: Int(clamping: limits.maxTotalUncompressedSize))
        } catch {
            throw failure(file, error.sentence)
        }
        return try zipParts(bytes, file: file, limits: limits)
    }

    /// Reads a `.docx` held in memory (a file just rendered, before it is written), with the same
    /// limits and checks as `open(at:)`; `name` names it in messages.
    package static func open(docx bytes: [UInt8], name: String, limits: PackageLimits = .default) throws(DiagnosticError) -> OOXMLPackage {
        OOXMLPackage(parts: try zipParts(bytes, file: name, limits: limits), sourceName: name)
    }

    private static func zipParts(_ bytes: [UInt8], file: String, limits: PackageLimits) throws(DiagnosticError) -> [String: [UInt8]] {
        let reader: ZipReader
        do { reader = try ZipReader(bytes: bytes) } catch { throw failure(file, PackageMessages.notZip(error.message)) }
        for entry in reader.entries where entry.isDirectory && !PartName.isSafeFolder(entry.name) {
            throw failure(file, PackageMessages.unsafeName(entry.name))
        }
        // An entry that is both a file and a folder (`word/document.xml/`): unzip and Word fail on it.
        if let conflict = PartName.pathConflict(among: reader.entries.map(\.name)) {
            throw failure(file, PackageMessages.pathConflict(conflict.folder, file: conflict.file))
        }
        let entries = reader.entries.filter { !$0.isDirectory }
        guard entries.count <= limits.maxEntryCount else {
            throw failure(file, PackageMessages.tooManyEntries(entries.count, limit: limits.maxEntryCount))
        }
        var total: UInt64 = 0
        // Part names are case-insensitive (OPC): two entries under one name would let one reader
        // check a part while another tool shows the other copy.
        var seen: Set<String> = []
        for entry in entries {
            guard PartName.isSafe(entry.name) else { throw failure(file, PackageMessages.unsafeName(entry.name)) }
            guard seen.insert(entry.name.lowercased()).inserted else {
                throw failure(file, PackageMessages.duplicateName(entry.name))
            }
            total += entry.uncompressedSize
            guard total <= limits.maxTotalUncompressedSize else {
                throw failure(file, PackageMessages.tooLarge(total, limit: limits.maxTotalUncompressedSize))
            }
            if entry.uncompressedSize > limits.ratioThreshold {
                let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
                guard ratio <= limits.maxCompressionRatio else {
                    throw failure(file, PackageMessages.ratio(entry.name, ratio: ratio, limit: limits.maxCompressionRatio))
                }
            }
        }
        var parts: [String: [UInt8]] = [:]
        for entry in entries {
            do { parts[entry.name] = try reader.read(entry) } catch { throw failure(file, PackageMessages.notZip(error.message)) }
        }
        return parts
    }

    private static func readFolder(_ source: String, limits: PackageLimits) throws(DiagnosticError) -> [String: [UInt8]] {
        let unlistable = failure(source, PackageMessages.unreadable("không liệt kê được thư mục / cannot list the folder"))
        guard let root = FolderListing.resolvedPath(source) else { throw unlistable }
        let rootPath = root.hasSuffix("/") ? root : root + "/"
        guard let entries = FolderListing.entries(below: rootPath) else { throw unlistable }
        var parts: [String: [UInt8]] = [:]
        var total: UInt64 = 0
        for (name, listed) in entries {
            // `_rels/.rels` is a dot file; hidden folders (.git, not listed) and Finder's litter are not parts.
            if name == ".DS_Store" || name.hasSuffix("/.DS_Store") { continue }
            var path = rootPath + name
            var status = listed
            if status.st_mode & S_IFMT == S_IFLNK {
                // A link counts only when it leads to a file inside the package.
                guard let target = FolderListing.resolvedPath(path), target.hasPrefix(rootPath),
                    stat(target, &status) == 0
                else { continue }
                path = target
            }
            guard status.st_mode & S_IFMT == S_IFREG else { continue }
            guard PartName.isSafe(name) else { throw failure(source, PackageMessages.unsafeName(name)) }
            guard parts.count < limits.maxEntryCount else {
                throw failure(source, PackageMessages.tooManyEntries(parts.count + 1, limit: limits.maxEntryCount))
            }
            total += UInt64(status.st_size)
            guard total <= limits.maxTotalUncompressedSize else {
                throw failure(source, PackageMessages.tooLarge(total, limit: limits.maxTotalUncompressedSize))
            }
            guard let contents = FolderListing.contents(of: path, size: Int(status.st_size)) else {
                throw failure(path, PackageMessages.unreadable("không đọc được tệp / cannot read the file"))
            }
            parts[name] = contents
        }
        return parts
    }

    // MARK: Parts

    /// Every part name, in the order they are written.
    package var partNames: [String] {
        let first = ["[Content_Types].xml", "_rels/.rels"].filter { parts[$0] != nil }
        let rest = parts.keys.filter { $0 != "[Content_Types].xml" && $0 != "_rels/.rels" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return first + rest
    }

    /// The bytes of part `path` ("word/document.xml"), if present.
    package func part(_ path: String) -> [UInt8]? { parts[path] }

    /// Adds or replaces part `path`.
    package mutating func setPart(_ path: String, _ bytes: [UInt8]) {
        parts[path] = bytes
    }

    /// Removes part `path`, if present.
    package mutating func removePart(_ path: String) {
        parts[path] = nil
    }

    /// The bytes of part `path`, or an error naming the package and the part.
    package func requiredPart(_ path: String) throws(DiagnosticError) -> [UInt8] {
        guard let bytes = parts[path] else { throw Self.failure(sourceName, PackageMessages.missingPart(path)) }
        return bytes
    }

    /// Parses part `path` as XML; errors are located at `package:part:line:col`.
    package func xmlPart(_ path: String) throws(DiagnosticError) -> XMLDocument {
        let bytes = try requiredPart(path)
        do {
            return try XMLDocument(bytes: bytes, url: path)
        } catch {
            let location = SourceLocation(file: "\(sourceName):\(path)", line: error.line, column: error.column)
            throw DiagnosticError([Diagnostic(.error, at: location, PackageMessages.malformedXML(error.message))])
        }
    }

    // MARK: Writing

    /// The package as `.docx` bytes; the same parts always give the same bytes.
    package func docxData() throws(DiagnosticError) -> [UInt8] {
        let entries = partNames.map { ZipWriter.Entry(name: $0, bytes: parts[$0]!) }
        do {
            return try ZipWriter.archive(entries)
        } catch {
            throw Self.failure(sourceName, PackageMessages.cannotWrite(error.message))
        }
    }

    /// Writes the package as a `.docx` file at `url` (replacing it atomically).
    package func write(to url: URL) throws(DiagnosticError) {
        let bytes = try docxData()
        do {
            try AtomicFile.write(bytes, to: url.path)
        } catch {
            throw Self.failure(url.path, (FileSystemFailure(error) ?? .other("\(error)")).sentence(path: url.path))
        }
    }
}
