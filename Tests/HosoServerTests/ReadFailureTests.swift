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
