import Foundation
import Testing

@testable import HosoServer

/// The data files hold staff names: a new one is readable by its owner only (or has the mode of
/// the file it was made from), a saved one keeps its mode, the backup gets the data file's mode,
/// and the rendered dossiers live in a folder only the owner can open.
@Suite("Server file permissions", .serialized)
struct FilePermissionTests {
    static func mode(_ url: URL) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: url.path))[.posixPermissions] as? Int) & 0o777
    }

    // The process's umask is left alone (suites run in parallel in one process); under the usual
    // 022 the file would be 0644 without the fix.
    @Test("A new blank file is 0600, not 0666 minus the umask")
    func newFile() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        _ = try await server.post("/tao-moi", [("name", "hoa-binh-2024"), ("regime", "TT22"), ("from", "")], session: session)
        #expect(try Self.mode(server.workspace.appendingPathComponent("hoa-binh-2024.yaml")) == 0o600)
    }

    @Test("A file made from last year's has that file's mode")
    func fromLastYear() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o640], ofItemAtPath: server.workspace.appendingPathComponent("an-son-2023.yaml").path)
        let session = try await server.session()
        _ = try await server.post("/tao-moi", [("name", "an-son-2024"), ("regime", "TT22"), ("from", "an-son-2023")], session: session)
        #expect(try Self.mode(server.workspace.appendingPathComponent("an-son-2024.yaml")) == 0o640)
    }

    @Test("Saving keeps the data file's mode, and the backup gets it too", arguments: [0o600, 0o640, 0o644])
    func save(mode: Int) async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let data = server.workspace.appendingPathComponent("an-son-2023.yaml")
        let backup = server.workspace.appendingPathComponent("an-son-2023.yaml.bak")
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: data.path)
        // An older backup, readable by all, is narrowed to the data file's mode.
        try "cũ\n".write(to: backup, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: backup.path)
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        let saved = try await server.post("/don-vi/an-son-2023/luu", [("_version", version), ("unit.symbol", "AS")], session: session)
        #expect(saved.status == 303)
        #expect(try server.fileText("an-son-2023.yaml").contains("symbol: AS"))
        #expect(try Self.mode(data) == mode)
        #expect(try Self.mode(backup) == mode)
    }

    @Test("The folder of rendered dossiers is 0700, an existing looser one narrowed")
    func dossierFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-quyen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DossierBuilds.makePrivateFolder(folder)
        #expect(try Self.mode(folder) == 0o700)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try DossierBuilds.makePrivateFolder(folder)
        #expect(try Self.mode(folder) == 0o700)
    }
}
