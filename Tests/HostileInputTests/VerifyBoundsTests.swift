import Foundation
import Testing

/// `hoso verify` stays under 256 MB on any input: a huge DOCX or archive is refused on its size
/// before it is read, and a huge PDF is hashed in pieces.
@Suite struct VerifyBoundsTests {
    /// A sparse file of `size` bytes (no disk used).
    private func sparse(_ url: URL, size: Int) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    @Test func hugeFilesInAFolderAreRefusedOrHashedWithinTheMemoryBound() throws {
        let folder = try temporaryFolder("verify-huge")
        defer { try? FileManager.default.removeItem(at: folder) }
        try sparse(folder.appendingPathComponent("1-Lon.docx"), size: 100 << 20)
        try sparse(folder.appendingPathComponent("2-Lon.pdf"), size: 600 << 20)
        let zeros = String(repeating: "0", count: 64)
        let manifest = """
            {"files": [{"bytes": 1, "name": "1-Lon.docx", "sha256": "\(zeros)"},
                       {"bytes": 1, "name": "2-Lon.pdf", "sha256": "\(zeros)"}],
             "input": "a.yaml", "input_sha256": "\(zeros)", "regime": "TT22", "tool": "0.1.0"}
            """
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        let outcome = try Confinement.hoso(["verify", folder.path, "--lang", "en", "--details"])
        #expect(outcome.status == 1 && !outcome.timedOut, "\(outcome)")
        #expect(outcome.peakMegabytes < 256, "\(outcome)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "FAIL \(folder.path)/1-Lon.docx: too large to verify (104857600 bytes; at most 67108864 bytes)")
        #expect(lines.count == 2)
        // The SHA-256 of 600 MiB of zeros (`head -c 629145600 /dev/zero | sha256sum`).
        let actual = "987523e7780392e283b404990c4e84e580bc75c451138b0c86c4f81c296eeebe"
        #expect(lines.last == "FAIL \(folder.path)/2-Lon.pdf: SHA-256 does not match the manifest (recorded \(zeros), actual \(actual))")
    }

    @Test func aHugeArchiveIsRefusedOnItsSize() throws {
        let folder = try temporaryFolder("verify-huge-zip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("luu-tru.zip")
        try sparse(archive, size: 300 << 20)
        let outcome = try Confinement.hoso(["verify", archive.path, "--lang", "vi"])
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.peakMegabytes < 256, "\(outcome)")
        #expect(outcome.output == "LỖI   \(archive.path): quá lớn để kiểm chứng (314572800 byte; tối đa 67108864 byte)\n")
    }
}
