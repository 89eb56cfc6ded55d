import Foundation
import Testing

@testable import HosoServer

/// A file the server cannot read is said so — located, with the system's reason and the status that
/// fits — never taken for a missing file (404) or an empty one.
@Suite("Server read failures", .serialized)
struct ReadFailureTests {
    @Test("A read error on a data file is 'unreadable' with the system's reason, not an empty file")
    func injectedReadError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-read-error-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "year: 2023\n".write(to: folder.appendingPathComponent("an-son-2023.yaml"), atomically: true, encoding: .utf8)
        let workspace = Workspace(root: folder, reader: { _, _ in throw POSIXError(.EIO) })
        let name = try #require(UnitName("an-son-2023"))
        await #expect(throws: Workspace.Failure.unreadable("an-son-2023.yaml", "Input/output error")) { try await workspace.read(name) }
        #expect(
            ServerMessages.readFailure("an-son-2023.yaml", "Input/output error")
                == "Không đọc được tệp 'an-son-2023.yaml' trong thư mục làm việc: Input/output error. Kiểm tra quyền đọc của tệp và ổ đĩa, rồi tải lại trang."
        )
        // The same folder read by the system: the file and its bytes.
        let read = try await Workspace(root: folder).read(name)
        #expect(read.text == "year: 2023\n")
    }

    @Test("A folder in place of a data file is refused as not a file (409), for the page and for a render")
    func folderInPlaceOfDataFile() async throws {
        let server = try await ServerHarness()
        try FileManager.default.createDirectory(
            at: server.workspace.appendingPathComponent("thu-muc.yaml"), withIntermediateDirectories: true)
        let session = try await server.session()
        let rendered = try await server.post("/don-vi/thu-muc/lap-ho-so", [], session: session)
        #expect(rendered.status == 409)
        #expect(rendered.text.contains(HTML.escape(ServerMessages.notRegularFile("thu-muc.yaml"))))
        let page = try await server.send("GET", "/don-vi/thu-muc")
        #expect(page.status == 409)
        #expect(page.text.contains(HTML.escape(ServerMessages.notRegularFile("thu-muc.yaml"))))
        let created = try await server.post("/tao-moi", [("name", "moi-2024"), ("regime", "TT22"), ("from", "thu-muc")], session: session)
        #expect(created.status == 409)
        #expect(created.text.contains(HTML.escape(ServerMessages.notRegularFile("thu-muc.yaml"))))
    }

    @Test("A listed file of the rendered dossier replaced by a folder is refused as not a file, not 'not found'")
    func folderInPlaceOfDossierFile() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        #expect(try await server.post("/don-vi/an-son-2023/lap-ho-so", [("pdf", "0")], session: session).status == 303)
        let file = server.workspace.appendingPathComponent(".hoso/ho-so/an-son-2023/1-M1-Bia.docx")
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        let answer = try await server.send("GET", "/don-vi/an-son-2023/tep/1-M1-Bia.docx")
        #expect(answer.status == 409)
        #expect(answer.text.contains(HTML.escape(ServerMessages.notRegularFile("1-M1-Bia.docx"))))
        #expect(try await server.send("GET", "/don-vi/an-son-2023/tep/2-M2-To-trinh.docx").status == 200)
    }

    @Test("A rendered dossier whose manifest is a folder or damaged JSON is said so (409), not 'not rendered' (404)")
    func unreadableManifest() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"])
        let session = try await server.session()
        #expect(try await server.post("/don-vi/an-son-2023/lap-ho-so", [("pdf", "0")], session: session).status == 303)
        let manifest = server.workspace.appendingPathComponent(".hoso/ho-so/an-son-2023/manifest.json")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: false)
        for path in ["/don-vi/an-son-2023/tep/1-M1-Bia.docx", "/don-vi/an-son-2023/ho-so.zip"] {
            let answer = try await server.send("GET", path)
            #expect(answer.status == 409, "\(path)")
            #expect(answer.text.contains(HTML.escape(ServerMessages.notRegularFile("manifest.json"))), "\(path)")
        }
        try FileManager.default.removeItem(at: manifest)
        try "{garbage".write(to: manifest, atomically: true, encoding: .utf8)
        #expect(
            ServerMessages.damaged("manifest.json")
                == "Tệp 'manifest.json' của hồ sơ đã lập bị hỏng (không phải nội dung hoso đã ghi), nên chưa biết hồ sơ gồm những tệp nào và hoso không ghi đè thư mục đó. Xóa thư mục chứa tệp này (trong '.hoso/ho-so/' của thư mục làm việc) rồi bấm 'Lập hồ sơ' để lập lại."
        )
        for path in ["/don-vi/an-son-2023/tep/1-M1-Bia.docx", "/don-vi/an-son-2023/ho-so.zip"] {
            let answer = try await server.send("GET", path)
            #expect(answer.status == 409, "\(path)")
            #expect(answer.text.contains(HTML.escape(ServerMessages.damaged("manifest.json"))), "\(path)")
        }
        // The unit page stays usable (to render again) and says why the dossier is not listed.
        let page = try await server.send("GET", "/don-vi/an-son-2023")
        #expect(page.status == 200)
        #expect(page.text.contains(HTML.escape(ServerMessages.damaged("manifest.json"))))
        #expect(!page.text.contains("download-zip"))
        // Rendering into it is refused (hoso does not overwrite a manifest it cannot read); once the
        // folder is removed as the message says, rendering again repairs it.
        #expect(try await server.post("/don-vi/an-son-2023/lap-ho-so", [("pdf", "0")], session: session).status != 303)
        try FileManager.default.removeItem(at: manifest.deletingLastPathComponent())
        #expect(try await server.post("/don-vi/an-son-2023/lap-ho-so", [("pdf", "0")], session: session).status == 303)
        #expect(try await server.send("GET", "/don-vi/an-son-2023/tep/1-M1-Bia.docx").status == 200)
    }

    @Test("A read error on the manifest (injected EIO) is the server's error with the system's reason, not 'not found'")
    func manifestReadError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-manifest-eio-\(UUID().uuidString)")
        let dossier = folder.appendingPathComponent(".hoso/ho-so/an-son-2023")
        try FileManager.default.createDirectory(at: dossier, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{}".write(to: dossier.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        var builds = DossierBuilds(
            pipelines: PipelinePool(formsRoot: packageRoot.appendingPathComponent("Forms")), workspace: Workspace(root: folder),
            queue: RenderQueue(slots: 1))
        builds.manifestReader = { _ in throw POSIXError(.EIO) }
        let name = try #require(UnitName("an-son-2023"))
        #expect(throws: Workspace.Failure.unreadable("manifest.json", "Input/output error")) { try builds.file(name, "1-M1-Bia.docx") }
        await #expect(throws: Workspace.Failure.unreadable("manifest.json", "Input/output error")) { try await builds.zip(name) }
        #expect(throws: Workspace.Failure.unreadable("manifest.json", "Input/output error")) { try builds.listing(name, version: "") }
        // No manifest at all: not rendered yet (nil), which the routes answer with 404.
        try FileManager.default.removeItem(at: dossier.appendingPathComponent("manifest.json"))
        #expect(try builds.file(name, "1-M1-Bia.docx") == nil)
        #expect(try await builds.zip(name) == nil)
    }

    @Test("The sheet members_file names: each failure its own reason (outside, missing, folder, too large, injected EIO)")
    func sheetFailures() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("thu-muc.xlsx"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a,b\n".write(to: folder.appendingPathComponent("ds.csv"), atomically: true, encoding: .utf8)
        let workspace = Workspace(root: folder)
        #expect(try workspace.sheet("ds.csv") == Array("a,b\n".utf8))
        #expect(throws: Workspace.Failure.outsideFolder("../ds.csv")) { try workspace.sheet("../ds.csv") }
        #expect(throws: Workspace.Failure.notFound("khong-co.xlsx")) { try workspace.sheet("khong-co.xlsx") }
        #expect(throws: Workspace.Failure.notRegularFile("thu-muc.xlsx")) { try workspace.sheet("thu-muc.xlsx") }
        let failing = Workspace(root: folder, reader: { _, _ in throw POSIXError(.EIO) })
        #expect(throws: Workspace.Failure.unreadable("ds.csv", "Input/output error")) { try failing.sheet("ds.csv") }
        let large = Workspace(root: folder, reader: { _, limit in [UInt8](repeating: 0, count: limit) })
        #expect(throws: Workspace.Failure.tooLarge("ds.csv")) { try large.sheet("ds.csv") }
        #expect(
            ServerMessages.membersFileUnreadable("ds.csv", HosoServer.sheetReason(.unreadable("ds.csv", "Input/output error")))
                == "Danh sách thành viên lấy từ tệp 'ds.csv' (dòng 'members_file'), nhưng chưa đọc được: hệ thống báo lỗi khi đọc tệp 'ds.csv': Input/output error. Sửa tên tệp trong dòng 'members_file', hoặc đặt tệp vào thư mục làm việc."
        )
        #expect(HosoServer.sheetReason(.notFound("khong-co.xlsx")) == "không có tệp 'khong-co.xlsx' trong thư mục làm việc.")
        #expect(
            HosoServer.sheetReason(.notRegularFile("thu-muc.xlsx")) == "'thu-muc.xlsx' không phải tệp thường (có thể là thư mục hay liên kết).")
    }

    @Test("Renders borrow a kept pipeline: the schemas are compiled once for many renders, not per render")
    func schemasCompiledOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-pool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), to: folder.appendingPathComponent("an-son-2023.yaml"))
        let pipelines = PipelinePool(formsRoot: packageRoot.appendingPathComponent("Forms"))
        let workspace = Workspace(root: folder)
        let builds = DossierBuilds(pipelines: pipelines, workspace: workspace, queue: RenderQueue(slots: 2))
        let name = try #require(UnitName("an-son-2023"))
        for _ in 0..<2 {
            let outcome = await builds.render(name, snapshot: try await workspace.read(name), pdf: false)
            guard case .rendered(let files) = outcome else {
                Issue.record("not rendered: \(outcome)")
                return
            }
            #expect(files.contains("Ho-so.docx"))
        }
        #expect(pipelines.made == 1)
    }
}
