import Foundation

/// Writes a set of files into a hidden staging folder beside the destination and moves them into the
/// destination only when `commit()` is called: on any error before that, the destination is untouched.
public struct StagedOutput {
    /// The folder the files end up in.
    public let destination: URL
    /// The hidden folder the files are written to first (same file system, so moves are renames).
    public let staging: URL
    private var written: [String] = []

    /// Creates the staging folder next to `destination`.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            let name = ".\(self.destination.lastPathComponent).hoso-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
            staging = parent.appendingPathComponent(name, isDirectory: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw DossierError.outputNotWritable(parent.path, error.localizedDescription)
        }
    }

    /// The staged location of `name` (for tools that write files themselves, like LibreOffice).
    public func stagedURL(_ name: String) -> URL { staging.appendingPathComponent(name) }

    /// Writes `bytes` as `name` into the staging folder.
    public mutating func write(_ name: String, _ bytes: [UInt8]) throws {
        do {
            try Data(bytes).write(to: stagedURL(name))
        } catch {
            throw DossierError.outputNotWritable(stagedURL(name).path, error.localizedDescription)
        }
        record(name)
    }

    /// Records a file some other tool wrote into the staging folder.
    public mutating func record(_ name: String) {
        if !written.contains(name) { written.append(name) }
    }

    /// The names written so far, in order.
    public var names: [String] { written }

    /// Moves every staged file into the destination (replacing files of the same name) and removes
    /// the staging folder.
    public func commit() throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: destination, withIntermediateDirectories: true)
            for name in written {
                // rename(2) replaces an existing file atomically.
                let target = destination.appendingPathComponent(name)
                guard rename(stagedURL(name).path, target.path) == 0 else {
                    throw DossierError.outputNotWritable(target.path, String(cString: strerror(errno)))
                }
            }
        } catch let error as DossierError {
            throw error
        } catch {
            throw DossierError.outputNotWritable(destination.path, error.localizedDescription)
        }
        try? fm.removeItem(at: staging)
    }

    /// Removes the staging folder and everything in it; the destination stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
