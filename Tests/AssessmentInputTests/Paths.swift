import Foundation

/// Where the repository's files are, from this test file's location.
enum Paths {
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()

    static func repository(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// The folder of broken data files, copied as a resource.
    static var broken: String {
        Bundle.module.resourceURL!.appendingPathComponent("Broken").path
    }
}
