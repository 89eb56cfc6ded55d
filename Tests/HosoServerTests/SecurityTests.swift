import Foundation
import Testing

@testable import HosoServer

/// Each rule of `RequestGuard` and of the workspace, over real HTTP on loopback: the request is
/// refused with the status and the Vietnamese sentence, and the workspace is unchanged.
@Suite("Server security", .serialized)
struct SecurityTests {
    @Test("A foreign Host (DNS rebinding) gets 421 and the message quotes it")
    func foreignHost() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let answer = try await server.send("GET", "/", host: "evil.example:\(server.port)")
        #expect(answer.status == 421)
        #expect(answer.text.contains(HTML.escape(ServerMessages.foreignHost("evil.example:\(server.port)"))))
        // The right port on another name, and the right name on another port, are foreign too.
        #expect(try await server.send("GET", "/", host: "127.0.0.2:\(server.port)").status == 421)
        #expect(try await server.send("GET", "/", host: "localhost:1").status == 421)
        #expect(try await server.send("GET", "/", host: "localhost:\(server.port)").status == 200)
        #expect(try await server.send("GET", "/", host: "LOCALHOST:\(server.port)").status == 200)
    }

    @Test("A state-changing request without the session's token gets 403 and changes nothing")
    func missingToken() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let before = try server.fileText("an-son-2023.yaml")
        let session = try await server.session()
        let page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        let version = try #require(ServerHarness.hidden("_version", in: page.text))
        // No token at all.
        let none = try await server.send(
            "POST", "/don-vi/an-son-2023/luu",
            headers: [
                ("Cookie", session.cookie), ("Origin", server.origin), ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: Array("_version=\(version)&recipient=X".utf8))
        #expect(none.status == 403)
        #expect(none.text.contains(HTML.escape(ServerMessages.missingToken)))
        // Another session's token.
        let other = try await server.session()
        #expect(
            try await server.post(
                "/don-vi/an-son-2023/luu", [("_version", version), ("recipient", "X")],
                session: session, token: other.token
            ).status == 403)
        // A token without its cookie.
        #expect(
            try await server.send(
                "POST", "/tao-moi",
                headers: [
                    ("Origin", server.origin), ("Content-Type", "application/x-www-form-urlencoded"),
                ], body: Array("name=moi&_token=\(session.token)".utf8)
            ).status == 403)
        #expect(try server.fileText("an-son-2023.yaml") == before)
        #expect(!FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("moi.yaml").path))
    }

    @Test("A cross-origin POST gets 403 even with a valid cookie and token")
    func crossOrigin() async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let foreign = try await server.post("/tao-moi", [("name", "moi"), ("regime", "TT22")], session: session, origin: "http://evil.example")
        #expect(foreign.status == 403)
        #expect(foreign.text.contains(HTML.escape(ServerMessages.crossOrigin("http://evil.example"))))
        // No Origin and no Referer: refused too.
        let body = "name=moi&_token=\(session.token)"
        let anonymous = try await server.send(
            "POST", "/tao-moi",
            headers: [
                ("Cookie", session.cookie), ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: Array(body.utf8))
        #expect(anonymous.status == 403)
        // A browser's cross-site marker.
        let marked = try await server.send(
            "POST", "/tao-moi",
            headers: [
                ("Cookie", session.cookie), ("Origin", server.origin), ("Sec-Fetch-Site", "cross-site"),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: Array(body.utf8))
        #expect(marked.status == 403)
        #expect(!FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("moi.yaml").path))
        // The same request from the page itself works.
        let same = try await server.post("/tao-moi", [("name", "moi"), ("regime", "TT22")], session: session)
        #expect(same.status == 303)
        #expect(FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("moi.yaml").path))
    }

    @Test(
        "Names that leave the workspace are refused",
        arguments: [
            "..%2F..%2Fetc%2Fpasswd", "..", "a%5Cb", "%2Fetc%2Fpasswd", ".hoso", "an-son-2023.yaml.bak", "a%00b",
        ])
    func pathTraversal(name: String) async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let answer = try await server.send("GET", "/don-vi/\(name)")
        #expect([400, 404].contains(answer.status))
        #expect(!answer.text.contains("root:"))
        let zip = try await server.send("GET", "/don-vi/\(name)/ho-so.zip")
        #expect([400, 404].contains(zip.status))
    }

    @Test(
        "Creating a file under a name with '../', '/' or '\\' is refused and writes nothing",
        arguments: [
            "../thoat", "a/b", "a\\b", ".an", "ten có dấu",
        ])
    func createTraversal(name: String) async throws {
        let server = try await ServerHarness()
        let session = try await server.session()
        let answer = try await server.post("/tao-moi", [("name", name), ("regime", "TT22")], session: session)
        #expect(answer.status == 400)
        #expect(answer.text.contains(HTML.escape(ServerMessages.invalidName(name))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.workspace.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: server.workspace.deletingLastPathComponent().appendingPathComponent("thoat.yaml").path))
    }

    @Test("A dossier file outside the manifest is never served")
    func dossierFileConfined() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        for file in ["..%2F..%2Fan-son-2023.yaml", "manifest.json", "x.docx"] {
            #expect(try await server.send("GET", "/don-vi/an-son-2023/tep/\(file)").status == 404)
        }
    }

    @Test("An oversized body gets 413, whether announced or not, and the file is unchanged")
    func oversizedUpload() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let before = try server.fileText("an-son-2023.yaml")
        let session = try await server.session()
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: ServerLimits.maxFormBytes + 1)
        let announced = try await server.send(
            "POST", "/don-vi/an-son-2023/nhap-thanh-vien",
            headers: [
                ("Cookie", session.cookie), ("Origin", server.origin), ("X-Hoso-Token", session.token),
                ("Content-Type", "application/octet-stream"),
            ], body: huge)
        #expect(announced.status == 413)
        #expect(announced.text.contains(HTML.escape(ServerMessages.tooLarge("Dữ liệu gửi lên", limit: ServerLimits.maxFormBytes))))
        let form = try await server.post(
            "/don-vi/an-son-2023/luu", [("recipient", String(repeating: "x", count: ServerLimits.maxFormBytes))],
            session: session)
        #expect(form.status == 413)
        #expect(try server.fileText("an-son-2023.yaml") == before)
    }

    @Test(
        "An address other than loopback is refused at start without a password, whoever starts the server",
        arguments: ["0.0.0.0", "192.168.1.5", "::"])
    func openNetworkNeedsPassword(host: String) async throws {
        let server = HosoServer(
            options: .init(
                workspace: FileManager.default.temporaryDirectory,
                formsRoot: packageRoot.appendingPathComponent("Forms"), host: host, port: 0))
        let error = await #expect(throws: HosoServer.StartRefused.self) { try await server.run() }
        #expect(error?.description == ServerMessages.passwordRequiredToStart(host))
        #expect(HosoServer.isLoopback("127.0.0.1") && HosoServer.isLoopback("localhost") && HosoServer.isLoopback("::1"))
        #expect(!HosoServer.isLoopback(host))
    }

    @Test("With a password, a request without it gets 401")
    func password() async throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = HosoServer(
            options: .init(
                workspace: workspace, formsRoot: packageRoot.appendingPathComponent("Forms"),
                port: 0, password: "mat-khau-dai"))
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let task = Task { try await server.run { continuation.yield($0) } }
        defer { task.cancel() }
        var address = ""
        for await ready in stream { address = ready; break }
        let port = Int(address.split(separator: ":").last!.dropLast())!
        func get(_ authorization: String?) async throws -> Int {
            try await ServerHarness.request(port: port, "GET", "/", headers: authorization.map { [("Authorization", $0)] } ?? []).status
        }
        #expect(try await get(nil) == 401)
        #expect(try await get("Basic " + Data("x:sai-mat-khau".utf8).base64EncodedString()) == 401)
        #expect(try await get("Basic " + Data("thu-ky:mat-khau-dai".utf8).base64EncodedString()) == 200)
    }
}

/// Links in the workspace are neither listed nor followed.
@Suite("Server workspace confinement", .serialized)
struct ConfinementTests {
    @Test("A data file that is a link to a file outside the workspace is refused")
    func link() async throws {
        let server = try await ServerHarness()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-ngoai-\(UUID().uuidString).yaml")
        try "unit: {name: Bí mật}\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: server.workspace.appendingPathComponent("lien-ket.yaml"), withDestinationURL: outside)
        let home = try await server.send("GET", "/")
        // Listed with the reason it is not opened, never read.
        #expect(home.text.contains("<li class=\"error\">lien-ket.yaml: \(HTML.escape(ServerMessages.notRegularFile("lien-ket.yaml")))</li>"))
        #expect(!home.text.contains("Bí mật"))
        let page = try await server.send("GET", "/don-vi/lien-ket")
        #expect(page.status == 409)
        #expect(page.text.contains(HTML.escape(ServerMessages.notRegularFile("lien-ket.yaml"))))
        #expect(!page.text.contains("Bí mật"))
        let session = try await server.session()
        let create = try await server.post("/tao-moi", [("name", "lien-ket"), ("regime", "TT22")], session: session)
        #expect(create.status == 409)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "unit: {name: Bí mật}\n")
    }
}
