package import Foundation

/// The folder image and sub-document values are read from (the data file's): a path must be relative, stay
/// inside it (no `..`, no link leading out), name a regular file and be at most `sizeLimit` bytes.
package struct ImageFolder: Sendable {
    /// The folder, as given.
    package let url: URL
    /// The largest picture read, in bytes.
    package let sizeLimit: Int

    /// The folder at `url`; pictures up to `sizeLimit` bytes (10 MB unless told).
    package init(url: URL, sizeLimit: Int = 10 * 1024 * 1024) {
        self.url = url
        self.sizeLimit = sizeLimit
    }

    /// What a file is read as, for the messages.
    enum Kind {
        case picture, document
    }

    /// The bytes of the picture (or sub-document) at `path` (relative to the folder).
    func read(_ path: String, as kind: Kind = .picture) throws(EvaluationFailure) -> [UInt8] {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"),
            !components.contains(where: { $0 == ".." || $0.isEmpty })
        else {
            throw EvaluationFailure(message: TemplateMessages.imagePathOutside(path, kind))
        }
        guard let folder = Self.resolved(url.path) else {
            throw EvaluationFailure(message: TemplateMessages.imageMissing(path, kind))
        }
        let joined = url.appendingPathComponent(path).path
        var status = stat()
        guard lstat(joined, &status) == 0, let target = Self.resolved(joined) else {
            throw EvaluationFailure(message: TemplateMessages.imageMissing(path, kind))
        }
        // A link is followed only when it ends inside the folder.
        guard target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            throw EvaluationFailure(message: TemplateMessages.imageLinkOutside(path, kind))
        }
        guard stat(target, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw EvaluationFailure(message: TemplateMessages.imageMissing(path, kind))
        }
        guard Int(status.st_size) <= sizeLimit else {
            throw EvaluationFailure(message: TemplateMessages.imageTooLarge(path, kind, size: Int(status.st_size), limit: sizeLimit))
        }
        guard let handle = FileHandle(forReadingAtPath: target),
            let data = try? handle.read(upToCount: sizeLimit + 1)
        else {
            throw EvaluationFailure(message: TemplateMessages.imageMissing(path, kind))
        }
        try? handle.close()
        guard data.count <= sizeLimit else {
            throw EvaluationFailure(message: TemplateMessages.imageTooLarge(path, kind, size: data.count, limit: sizeLimit))
        }
        return [UInt8](data)
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
