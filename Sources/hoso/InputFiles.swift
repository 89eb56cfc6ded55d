import Foundation

/// The files a command reads must be there before it starts: a missing or unreadable one is a job
/// that cannot be done (exit 2, README's table), said as a sentence with the path by
/// `CommandLineFailure`.
enum InputFiles {
    /// Throws the file system's error for the first of `paths` that does not exist or cannot be read;
    /// `folders` allows a folder (a dossier, an unpacked template).
    static func require(_ paths: [String?], folders: Bool = false) throws {
        for case let path? in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: ["NSFilePath": path])
            }
            if isFolder.boolValue, !folders {
                throw POSIXErrorWithPath(code: .EISDIR, path: path)
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CocoaError(.fileReadNoPermission, userInfo: ["NSFilePath": path])
            }
        }
    }
}

/// A POSIX failure carrying the path it is about, as Foundation's errors do.
struct POSIXErrorWithPath: Error, CustomNSError {
    var code: POSIXErrorCode
    var path: String

    static var errorDomain: String { NSPOSIXErrorDomain }
    var errorCode: Int { Int(code.rawValue) }
    var errorUserInfo: [String: Any] { ["NSFilePath": path] }
}
