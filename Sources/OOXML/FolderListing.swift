#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX access to an unpacked package folder: Foundation's `FileManager` and URL path
/// resolution cost more than reading the handful of small files a template holds.
package enum FolderListing {
    /// `path` with every symbolic link and `.`/`..` resolved; nil when it does not exist.
    package static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Everything below `root` (which ends with "/") that is not a folder, by relative path, with
    /// its `lstat` status, sorted by path; hidden folders and links to folders are not entered.
    /// Nil when a folder cannot be listed.
    static func entries(below root: String) -> [(path: String, status: stat)]? {
        var entries: [(path: String, status: stat)] = []
        guard collect(root, prefix: "", into: &entries) else { return nil }
        return entries.sorted { $0.path < $1.path }
    }

    /// The regular files below `root` (which ends with "/") by relative path, with their sizes,
    /// sorted by path; a link counts when it leads to a file inside `root`. Hidden folders are
    /// not entered. Nil when a folder cannot be listed.
    package static func regularFiles(below root: String) -> [(path: String, size: Int)]? {
        guard let entries = entries(below: root) else { return nil }
        return entries.compactMap { name, listed in
            var status = listed
            if status.st_mode & S_IFMT == S_IFLNK {
                guard let target = resolvedPath(root + name), target.hasPrefix(root), stat(target, &status) == 0 else { return nil }
            }
            return status.st_mode & S_IFMT == S_IFREG ? (name, Int(status.st_size)) : nil
        }
    }

    private static func collect(_ root: String, prefix: String, into entries: inout [(path: String, status: stat)]) -> Bool {
        guard let directory = opendir(root + prefix) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let relative = prefix + name
            var status = stat()
            guard lstat(root + relative, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                if name.hasPrefix(".") { continue }
                guard collect(root, prefix: relative + "/", into: &entries) else { return false }
            } else {
                entries.append((relative, status))
            }
        }
        return true
    }

    /// The bytes of the regular file at `path`; nil when it cannot be read.
    package static func contents(of path: String, size: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }  // an error, or the file shrank while being read
            filled += count
        }
        return bytes
    }
}
