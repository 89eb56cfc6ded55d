import Diagnostics
import Dossier
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rendered dossier of a unit, as the page lists it.
struct DossierListing: Sendable {
    /// The files in binding order as the manifest lists them, then `manifest.json`.
    var files: [String]
    /// Rendered from a version of the data file other than the one on disk.
    var isStale: Bool
    /// Why the rendered dossier cannot be listed (its manifest unreadable or damaged); nil when it can.
    var problem: String? = nil
}

/// Renders a unit's dossier through `DossierPipeline` and `DossierWriter` — the same steps as
/// `hoso render` — into the workspace's `.hoso/ho-so/<name>/`, one render per slot of the queue,
/// and packs that folder as the zip the browser downloads.
struct DossierBuilds: Sendable {
    /// The checking pipelines renders borrow: the schemas compiled once per pipeline, not per render.
    let pipelines: PipelinePool
    let workspace: Workspace
    let queue: RenderQueue
    /// How the manifest is read (a test injects a failing read).
    var manifestReader: @Sendable (URL) throws -> Data = { try Data(contentsOf: $0) }

    /// What a render request ended in.
    enum Outcome: Sendable {
        case rendered(files: [String])
        /// The data has errors: nothing was rendered (the page shows them).
        case invalid(errors: Int)
        case busy
        case failed(String)
    }

    /// Renders `snapshot` of `name`; PDF/A too when `pdf`.
    func render(_ name: UnitName, snapshot: Workspace.Snapshot, pdf: Bool) async -> Outcome {
        let pipelines = pipelines
        let destination = workspace.dossierFolder(of: name)
        let directory = workspace.root.path
        do {
            let outcome = try await queue.run {
                try await Blocking.run { () -> Outcome in
                    try pipelines.withPipeline { pipeline -> Outcome in
                        let loaded: LoadedDossier
                        do {
                            loaded = try pipeline.load(.bytes(snapshot.bytes, name: name.fileName, directory: directory))
                        } catch let error as DiagnosticError {
                            return .invalid(errors: error.diagnostics.filter { $0.severity == .error }.count)
                        }
                        let dossier = try pipeline.render(
                            loaded, DossierRequest(input: .bytes(snapshot.bytes, name: name.fileName, directory: directory)))
                        try Self.makePrivateFolder(destination.deletingLastPathComponent().deletingLastPathComponent())
                        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                        let result = try DossierWriter.write(dossier, to: destination, options: .init(pdf: pdf))
                        return .rendered(files: result.files)
                    }
                }
            }
            return outcome ?? .busy
        } catch let error as DossierError {
            return .failed(error.message(in: .vi))
        } catch let error as DiagnosticError {
            return .failed(error.diagnostics.map { $0.rendered(in: .vi) }.joined(separator: "; "))
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// `.hoso/`, readable by its owner only (0700): the dossiers in it carry the staff names the
    /// data files hold. An existing one is narrowed to 0700 too.
    static func makePrivateFolder(_ folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Not through a link: only a real folder of the workspace is narrowed.
        if (try FileManager.default.attributesOfItem(atPath: folder.path))[.type] as? FileAttributeType == .typeDirectory {
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        }
    }

    /// The rendered dossier of `name`, if any, compared with the data file's current `version`;
    /// thrown when its manifest is there but cannot be read.
    func listing(_ name: UnitName, version: String) throws(Workspace.Failure) -> DossierListing? {
        guard let manifest = try manifest(of: name) else { return nil }
        return DossierListing(files: manifest.files.map(\.name) + ["manifest.json"], isStale: manifest.inputSHA256 != version)
    }

    /// The bytes of one file of the rendered dossier; nil when it is not one the manifest lists;
    /// thrown when it is listed but cannot be read.
    func file(_ name: UnitName, _ file: String) throws(Workspace.Failure) -> [UInt8]? {
        guard let manifest = try manifest(of: name), file == "manifest.json" || manifest.files.contains(where: { $0.name == file }),
            !file.contains("/"), !file.contains("\\"), !file.hasPrefix(".")
        else { return nil }
        // A listed file that cannot be read (a folder in its place, a read error) is said so, not "not found".
        let url = workspace.dossierFolder(of: name).appendingPathComponent(file)
        guard (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType == .typeRegular else {
            throw FileManager.default.fileExists(atPath: url.path) ? .notRegularFile(file) : .notFound(file)
        }
        do {
            return try Array(Data(contentsOf: url))
        } catch {
            throw .unreadable(file, Workspace.reason(error))
        }
    }

    /// The rendered folder as the archive `hoso archive` packs (without a signed scan): the data,
    /// the rubric, every file the manifest lists and `archive.json` with their sums, so
    /// `hoso verify` accepts the download. Verified before packing; the same folder gives the same bytes.
    func zip(_ name: UnitName) async throws -> [UInt8]? {
        guard try manifest(of: name) != nil else { return nil }
        let folder = workspace.dossierFolder(of: name), pipelines = pipelines
        return try await Blocking.run {
            try DossierArchive.make(folder: folder, signed: nil, verifier: DossierVerifier(catalog: try pipelines.catalog()))
        }
    }

    /// The manifest of the rendered dossier of `name`; nil only when there is none (never rendered).
    /// One that is there but cannot be read — a folder in its place, a read error, damaged JSON — is
    /// thrown, never taken for "not rendered yet".
    private func manifest(of name: UnitName) throws(Workspace.Failure) -> Manifest? {
        let url = workspace.dossierFolder(of: name).appendingPathComponent("manifest.json")
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .unreadable("manifest.json", Workspace.reason(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile("manifest.json") }
        let data: Data
        do {
            data = try manifestReader(url)
        } catch {
            throw .unreadable("manifest.json", Workspace.reason(error))
        }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw .damaged("manifest.json")
        }
    }
}

/// Runs blocking work (rendering, LibreOffice) on a thread of its own, off Swift's cooperative pool,
/// so the server keeps answering while a render runs.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
