package import Assessment
import Crypto
import Foundation

/// `manifest.json`: what was rendered from what, with SHA-256 sums a school can check years later.
/// It holds no time stamp, so the same input gives the same manifest.
package struct Manifest: Sendable, Codable, Equatable {
    /// One written file.
    package struct Entry: Sendable, Codable, Equatable {
        /// File name inside the output folder.
        package var name: String
        /// Its size in bytes.
        package var bytes: Int
        /// Lower-case hex SHA-256 of its bytes.
        package var sha256: String

        /// An entry.
        package init(name: String, bytes: Int, sha256: String) {
            self.name = name
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    /// The hoso version that wrote the files.
    package var tool: String
    /// The input data file as the user named it.
    package var input: String
    /// SHA-256 of the input file's bytes.
    package var inputSHA256: String
    /// SHA-256 of the data text embedded in the files (normalised: NFC, Ð→Đ), recorded only when
    /// it differs from `inputSHA256` (an input not in NFC), so that verify can tie the manifest to
    /// the files; absent for most inputs, whose manifest is unchanged by it.
    package var dataSHA256: String?
    /// The regime the dossier follows, as written ("TT22"); text, since a manifest read back may say anything.
    package var regime: String
    /// The files, in binding order.
    package var files: [Entry]

    /// A manifest with no files yet.
    package init(tool: String, input: String, inputBytes: [UInt8], regime: Regime) {
        self.init(tool: tool, input: input, inputSHA256: Manifest.sha256(inputBytes), regime: regime)
    }

    /// A manifest with no files yet, for an input whose SHA-256 is already known.
    package init(tool: String, input: String, inputSHA256: String, regime: Regime) {
        self.tool = tool
        self.input = input
        self.inputSHA256 = inputSHA256
        self.regime = regime.rawValue
        self.files = []
    }

    /// Adds a written file.
    package mutating func add(_ name: String, _ bytes: [UInt8]) {
        add(name, bytes: bytes.count, sha256: Manifest.sha256(bytes))
    }

    /// Adds a file whose SHA-256 was computed already (as it was written).
    package mutating func add(_ name: String, bytes count: Int, sha256: String) {
        files.append(Entry(name: name, bytes: count, sha256: sha256))
    }

    /// Lower-case hex SHA-256.
    package static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Pretty, key-sorted JSON with a final newline.
    package func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    enum CodingKeys: String, CodingKey {
        case tool, input, regime, files
        case inputSHA256 = "input_sha256"
        case dataSHA256 = "data_sha256"
    }
}
