import AssessmentInput
import Diagnostics
import Dossier
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder `hoso serve` works in: one data file per unit and year (`an-son-2023.yaml`), and its
/// own hidden folder `.hoso/` for rendered dossiers. Every path it opens is built from a `UnitName`,
/// so nothing outside the folder is read or written; links are refused. Writes are serialised
/// (an actor) and checked against the version the page was opened with, so two browser tabs
/// saving the same file cannot silently overwrite each other.
actor Workspace {
    /// A data file's bytes and the version the page carries back on save.
    struct Snapshot: Sendable {
        var bytes: [UInt8]
        /// SHA-256 of the bytes.
        var version: String
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Why a read or write was refused.
    enum Failure: Error, Equatable {
        case notFound(String)
        case exists(String)
        case notRegularFile(String)
        case tooLarge(String)
        /// The file changed on disk since the page was opened.
        case changedOnDisk(String)
        /// Writing the file failed (the system's reason).
        case io(String, String)
        /// The file is there but reading it failed (the system's reason): never taken for a
        /// missing or an empty file.
        case unreadable(String, String)
        /// The file was read but is not what hoso wrote there (a damaged `manifest.json`).
        case damaged(String)
        /// A path a data file names that leads outside the folder or through a link.
        case outsideFolder(String)
    }

    nonisolated let root: URL
    /// The texts of versions recently read or written, by version, so a save from an older page
    /// can tell which fields its user changed (a three-way comparison); oldest dropped first.
    private var recent: [(version: String, bytes: [UInt8])] = []
    private static let recentLimit = 64

    /// Reads at most `limit` bytes of a data file, throwing the system's error.
    typealias Reader = @Sendable (URL, Int) throws -> [UInt8]
    /// How data files are read (a test injects a failing read).
    nonisolated let reader: Reader

    init(root: URL, reader: @escaping Reader = Workspace.systemRead) {
        self.root = root.standardizedFileURL
        self.reader = reader
    }

    /// The system's read: open, read up to the limit, close.
    static let systemRead: Reader = { url, limit in
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: limit) ?? Data())
    }

    /// The data file of `name`.
    nonisolated func url(of name: UnitName) -> URL {
        root.appendingPathComponent(name.fileName, isDirectory: false)
    }

    /// Where the rendered dossier of `name` is kept.
    nonisolated func dossierFolder(of name: UnitName) -> URL {
        root.appendingPathComponent(".hoso/ho-so/\(name.value)", isDirectory: true)
    }

    /// The bytes of a file a data file names (`members_file: danh-sach.xlsx`), relative to the
    /// folder. Thrown, each for its own reason: outside the folder or through a link, not there,
    /// not a regular file, too large, or a read the system failed.
    nonisolated func sheet(_ reference: String) throws(Failure) -> [UInt8] {
        let url = root.appendingPathComponent(reference).standardizedFileURL
        let realRoot = root.resolvingSymlinksInPath().path
        guard !reference.hasPrefix("/"), url.path.hasPrefix(root.path + "/"),
            url.resolvingSymlinksInPath().path.hasPrefix(realRoot + "/")
        else { throw .outsideFolder(reference) }
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            let code = errno
            throw code == ENOENT ? .notFound(reference) : .unreadable(reference, Self.reason(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(reference) }
        let bytes: [UInt8]
        do {
            bytes = try reader(url, ServerLimits.maxFormBytes + 1)
        } catch {
            throw .unreadable(reference, Self.reason(error))
        }
        guard bytes.count <= ServerLimits.maxFormBytes else { throw .tooLarge(reference) }
        return bytes
    }

    /// Every `.yaml` name in the folder, sorted, links and folders too (the home page says why it does not open them).
    nonisolated func listed() -> [UnitName] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") }
            .compactMap { UnitName(String($0.dropLast(5))) }
            .sorted { $0.value < $1.value }
    }

    /// Reads the data file of `name`. A file that is there but cannot be read (a read error, a
    /// folder or link in its place) is reported as such, never taken for a missing or an empty one.
    func read(_ name: UnitName) throws(Failure) -> Snapshot {
        let url = url(of: name)
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            let code = errno
            throw code == ENOENT ? .notFound(name.fileName) : .unreadable(name.fileName, Self.reason(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(name.fileName) }
        let bytes: [UInt8]
        do {
            bytes = try reader(url, ServerLimits.maxDataBytes + 1)
        } catch {
            throw .unreadable(name.fileName, Self.reason(error))
        }
        guard bytes.count <= ServerLimits.maxDataBytes else { throw .tooLarge(name.fileName) }
        return remember(Snapshot(bytes: bytes, version: Manifest.sha256(bytes)))
    }

    /// The system's words for error number `code` ("Input/output error").
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The system's words for a read that threw.
    static func reason(_ error: any Error) -> String {
        if let error = error as? POSIXError { return reason(error.code.rawValue) }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return reason(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(Int32(underlying.code))
        }
        return error.localizedDescription
    }

    /// The bytes of `version` if it was read or written lately; nil otherwise.
    func earlier(_ version: String) -> [UInt8]? {
        recent.last { $0.version == version }?.bytes
    }

    private func remember(_ snapshot: Snapshot) -> Snapshot {
        if recent.last?.version != snapshot.version {
            recent.removeAll { $0.version == snapshot.version }
            recent.append((snapshot.version, snapshot.bytes))
            if recent.count > Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
        }
        return snapshot
    }

    /// Writes `text` as the new data file of `name` when the file on disk is still at `version`;
    /// the previous version is kept as `NAME.yaml.bak`, with the data file's permissions (it holds
    /// the same staff names). The data file keeps its own permissions. Returns the new snapshot.
    func save(_ name: UnitName, text: String, expecting version: String) throws(Failure) -> Snapshot {
        let current = try read(name)
        guard current.version == version else { throw .changedOnDisk(name.fileName) }
        let backup = root.appendingPathComponent(name.fileName + ".bak")
        do {
            try AtomicFile.write(current.bytes, to: backup.path, mode: permissions(of: name) ?? Self.newFileMode)
        } catch {
            throw .io(backup.lastPathComponent, error.localizedDescription)
        }
        return try write(name, text: text, mode: nil)
    }

    /// The permissions of a new data file: it holds staff names, so only its owner reads it.
    static let newFileMode: mode_t = 0o600

    /// Creates the data file of `name` with `text`; refuses to replace one that exists. The file
    /// gets the permissions of `source` (the file it was made from) or, made from nothing, 0600.
    func create(_ name: UnitName, text: String, from source: UnitName? = nil) throws(Failure) -> Snapshot {
        // A link, even a dangling one, counts as taken: it is never written through.
        guard (try? FileManager.default.attributesOfItem(atPath: url(of: name).path)) == nil else { throw .exists(name.fileName) }
        return try write(name, text: text, mode: source.flatMap(permissions(of:)) ?? Self.newFileMode)
    }

    /// The permission bits of the data file of `name`; nil when it cannot be read.
    nonisolated func permissions(of name: UnitName) -> mode_t? {
        (try? FileManager.default.attributesOfItem(atPath: url(of: name).path))?[.posixPermissions]
            .flatMap { ($0 as? NSNumber).map { mode_t($0.uint16Value) & 0o777 } }
    }

    /// Writes the data file; `mode` as `AtomicFile.write` takes it (nil: an existing file keeps its own).
    private func write(_ name: UnitName, text: String, mode: mode_t?) throws(Failure) -> Snapshot {
        let bytes = Array(text.utf8)
        guard bytes.count <= ServerLimits.maxDataBytes else { throw .tooLarge(name.fileName) }
        do {
            try AtomicFile.write(bytes, to: url(of: name).path, mode: mode)
        } catch {
            throw .io(name.fileName, error.localizedDescription)
        }
        return remember(Snapshot(bytes: bytes, version: Manifest.sha256(bytes)))
    }
}
