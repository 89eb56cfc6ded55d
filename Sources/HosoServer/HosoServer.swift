import Assessment
import AssessmentInput
import Diagnostics
import Dossier
package import Foundation
import HTTPTypes
import Hummingbird
import Logging
import UnixSignals

/// `hoso serve`: the whole dossier from a browser. Server-rendered pages over the same pieces the
/// command line uses — `DataInput` for checking, `DataDocument` for writing the data file
/// back, `DossierPipeline` and `DossierWriter` for rendering — behind `RequestGuard`.
package struct HosoServer: Sendable {
    /// How the server is started.
    package struct Options: Sendable {
        /// The folder of data files.
        package var workspace: URL
        /// The `Forms` folder (forms and rubrics).
        package var formsRoot: URL
        /// The address to bind: 127.0.0.1 unless a password is given.
        package var host: String
        /// The port; 0 lets the system choose.
        package var port: Int
        /// Required (HTTP Basic) when set; `hoso serve` demands one for any host but loopback.
        package var password: String?
        /// Renders at a time (default: the cores).
        package var renderSlots: Int
        /// Member import and "from last year".
        package var tools: WorkspaceTools

        /// Options; loopback, a chosen port, one render per core.
        package init(
            workspace: URL, formsRoot: URL, host: String = "127.0.0.1", port: Int = 8080, password: String? = nil,
            renderSlots: Int = ProcessInfo.processInfo.activeProcessorCount, tools: WorkspaceTools = .standard
        ) {
            self.workspace = workspace
            self.formsRoot = formsRoot
            self.host = host
            self.port = port
            self.password = password
            self.renderSlots = renderSlots
            self.tools = tools
        }
    }

    let options: Options
    let workspace: Workspace
    let builds: DossierBuilds
    /// How the pages read a data file: the same loader and rubrics as `hoso check` and `render`.
    let input: DataInput
    let address = BoundAddress()

    /// A server over `options.workspace`.
    package init(options: Options) {
        self.options = options
        workspace = Workspace(root: options.workspace)
        builds = DossierBuilds(
            pipelines: PipelinePool(formsRoot: options.formsRoot), workspace: workspace,
            queue: RenderQueue(slots: options.renderSlots))
        input = DataInput(formsRoot: options.formsRoot)
    }

    /// Why the server refused to start.
    package struct StartRefused: Error, CustomStringConvertible {
        /// The sentence to print.
        package var description: String
    }

    /// Whether `host` is this machine only (127.0.0.1, ::1, localhost).
    package static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased())
    }

    /// Binds and serves until cancelled; `onReady` gets the address once bound ("http://127.0.0.1:8080/").
    /// Refuses (`StartRefused`) to bind an address other than loopback without a password, whoever
    /// the caller is: the page's token only keeps other web sites out, not other machines.
    package func run(onReady: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        guard Self.isLoopback(options.host) || !(options.password ?? "").isEmpty else {
            throw StartRefused(description: ServerMessages.passwordRequiredToStart(options.host))
        }
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestGuard(address: address, password: options.password, secret: (0..<32).map { _ in UInt8.random(in: 0...255) }))
        routes(router)
        let host = options.host, address = address
        var logger = Logger(label: "hoso-serve")
        logger.logLevel = .critical  // refusals are answered to the browser; shutdown noise is not news
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                address.set(host: host, port: port)
                let shown = host.contains(":") ? "[\(host)]" : host
                onReady("http://\(shown):\(port)/")
            },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    // MARK: Routes

    private func routes(_ router: Router<ServerContext>) {
        router.get("/") { _, context in await home(context: context) }
        router.head("/") { _, context in
            var response = await home(context: context)
            response.body = .init()
            return response
        }
        // Browsers ask for it on every page: answered, with nothing to show.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.post("/tao-moi") { _, context in await create(context: context) }
        router.get("/don-vi/:name") { request, context in
            guard let name = unitName(context) else { return badName(context) }
            let saved = request.uri.queryParameters.get("da-luu") != nil
            let rendered = request.uri.queryParameters.get("da-lap") != nil
            return await unitPage(name, context: context, notice: saved ? .saved : rendered ? .rendered : nil)
        }
        router.post("/don-vi/:name/luu") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            return await save(name, context: context)
        }
        router.post("/don-vi/:name/luu-van-ban") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            return await saveText(name, context: context)
        }
        router.post("/don-vi/:name/dua-thanh-vien-vao-trang") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            return await bringMembers(name, context: context)
        }
        router.post("/don-vi/:name/lap-ho-so") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            return await render(name, context: context)
        }
        router.get("/don-vi/:name/ho-so.zip") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            let bytes: [UInt8]?
            do {
                bytes = try await builds.zip(name)
            } catch let error as Workspace.Failure {
                return Pages.refusal(Self.status(for: error), message(for: error))
            } catch let error as DossierError {
                return Pages.refusal(.conflict, ServerMessages.archiveRefused(error.message(in: .vi)))
            }
            guard let bytes else { return Pages.refusal(.notFound, ServerMessages.noDossier) }
            return Pages.file(bytes, contentType: "application/zip", fileName: "\(name.value)-ho-so.zip", inline: false)
        }
        router.get("/don-vi/:name/tep/:file") { _, context in
            guard let name = unitName(context) else { return badName(context) }
            let file = context.parameters.get("file") ?? ""
            let found: [UInt8]?
            do throws(Workspace.Failure) {
                found = try builds.file(name, file)
            } catch {
                return Pages.refusal(Self.status(for: error), message(for: error))
            }
            guard let bytes = found else { return Pages.refusal(.notFound, ServerMessages.notFound(file)) }
            return Pages.file(bytes, contentType: Pages.contentType(of: file), fileName: file, inline: file.hasSuffix(".pdf"))
        }
        router.post("/don-vi/:name/nhap-thanh-vien") { request, context in
            guard unitName(context) != nil else { return badName(context) }
            let file = request.headers[HTTPField.Name("X-File-Name")!].flatMap { $0.removingPercentEncoding } ?? "tệp"
            guard let result = options.tools.importMembers(context.upload, file) else {
                return Pages.json(JSONText.object(["error": ServerMessages.memberImportUnavailable(file)]), status: .notImplemented)
            }
            switch result {
            // Shown in the grid as a person reads them ("Hoàn thành tốt", "Có"); saved back as codes.
            case .success(let rows): return Pages.json(JSONText.rows(UnitForm.shownRows(rows, columns: UnitForm.memberColumns)))
            case .failure(let error):
                return Pages.json(
                    JSONText.object(["error": error.diagnostics.map { $0.rendered(in: .vi) }.joined(separator: "\n")]),
                    status: .unprocessableContent)
            }
        }
        router.get("/tai-nguyen/hoso.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: Assets.css)))
        }
        router.get("/tai-nguyen/hoso.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: Assets.script)))
        }
    }

    private func unitName(_ context: ServerContext) -> UnitName? {
        context.parameters.get("name").flatMap(UnitName.init)
    }

    private func badName(_ context: ServerContext) -> Response {
        Pages.refusal(.badRequest, ServerMessages.invalidName(context.parameters.get("name") ?? ""))
    }

    // MARK: Home

    /// The home page; after a refused create, `message` says why and the form keeps what was typed.
    private func home(
        context: ServerContext, message: String? = nil, status: HTTPResponse.Status = .ok,
        typed: HomePage.Typed? = nil
    ) async -> Response {
        var statuses: [UnitStatus] = []
        var unopened: [(file: String, reason: String)] = []
        for name in workspace.listed() {
            do {
                let snapshot = try await workspace.read(name)
                statuses.append(UnitStatus(name: name, snapshot: snapshot, input: input, directory: workspace.root.path))
            } catch {
                unopened.append((name.fileName, self.message(for: error)))
            }
        }
        return Pages.html(
            HomePage(
                statuses: statuses, token: context.token, message: message, unopened: unopened,
                typed: typed
            ).html, status: status)
    }

    private func create(context: ServerContext) async -> Response {
        let typed = context.form.value("name")?.trimmingCharacters(in: .whitespaces) ?? ""
        // The regime read once, as `regime:` is read in a data file (a form sends none: TT22).
        let regime = Regime.parse(context.form.value("regime") ?? Regime.tt22.rawValue)
        let kept = HomePage.Typed(name: typed, regime: try? regime.get(), from: context.form.value("from") ?? "")
        guard let name = UnitName(typed) else {
            return await home(context: context, message: ServerMessages.invalidName(typed), status: .badRequest, typed: kept)
        }
        let text: String
        let from = context.form.value("from") ?? ""
        if !from.isEmpty {
            guard let previous = UnitName(from) else {
                return await home(context: context, message: ServerMessages.notFound(from + ".yaml"), status: .badRequest, typed: kept)
            }
            // Read through the workspace first: a link, an oversized or an unreadable file is refused before.
            do {
                _ = try await workspace.read(previous)
            } catch {
                // A file named in the form that is not there is the form's fault (400), not a missing page.
                return await home(
                    context: context, message: message(for: error),
                    status: error == .notFound(previous.fileName) ? .badRequest : Self.status(for: error),
                    typed: kept)
            }
            switch options.tools.nextYear(workspace.url(of: previous).path) {
            case .success(let next)?: text = next
            case .failure(let error)?:
                let problems = error.diagnostics.filter { $0.severity == .error }.map { $0.rendered(in: .vi) }
                return await home(
                    context: context, message: ([ServerMessages.previousYearInvalid(previous.fileName)] + problems).joined(separator: "\n"),
                    status: .unprocessableContent, typed: kept)
            case nil:
                return await home(context: context, message: ServerMessages.copyFromUnavailable, status: .notImplemented, typed: kept)
            }
        } else {
            switch regime {
            case .success(let chosen):
                text = StarterData.text(regime: chosen)
            case .failure(let refusal):
                return await home(context: context, message: ServerMessages.invalidRegime(refusal), status: .badRequest, typed: kept)
            }
        }
        do {
            _ = try await workspace.create(name, text: text, from: from.isEmpty ? nil : UnitName(from))
        } catch {
            return await home(context: context, message: message(for: error), status: .conflict, typed: kept)
        }
        return Pages.redirect("/don-vi/\(name.value)")
    }

    // MARK: Unit

    private enum Notice { case saved, rendered }

    private func unitPage(_ name: UnitName, context: ServerContext, notice: Notice?) async -> Response {
        let snapshot: Workspace.Snapshot
        do {
            snapshot = try await workspace.read(name)
        } catch {
            return Pages.refusal(Self.status(for: error), message(for: error))
        }
        let status = UnitStatus(name: name, snapshot: snapshot, input: input, directory: workspace.root.path)
        guard let document = status.document else {
            // Not YAML the form can show: the problem located, the line shown, and the text to fix.
            let saved: UnitPage.Notice? = notice == .saved ? .init(text: ServerMessages.savedStillUnreadable, isError: true) : nil
            return Pages.html(
                RawTextPage(
                    status: status, token: context.token, path: workspace.url(of: name).path,
                    text: snapshot.text, notice: saved
                ).html)
        }
        var shown: UnitPage.Notice?
        switch notice {
        case .saved:
            shown =
                status.result.diagnostics.isEmpty
                ? .init(text: ServerMessages.saved, isError: false)
                : .init(
                    text: ServerMessages.savedWithProblems(errors: status.errors.count, warnings: status.warnings.count),
                    isError: !status.errors.isEmpty)
        case .rendered:
            shown = .init(text: "Đã lập hồ sơ.", isError: false)
        case nil:
            shown = nil
        }
        let page = UnitPage(
            status: status, document: document, token: context.token, notice: shown,
            dossier: dossierListing(name, version: snapshot.version), membersFile: membersFile(of: document))
        return Pages.html(page.html)
    }

    private func save(_ name: UnitName, context: ServerContext) async -> Response {
        let current: Workspace.Snapshot
        do {
            current = try await workspace.read(name)
        } catch {
            return Pages.refusal(Self.status(for: error), message(for: error))
        }
        let status = UnitStatus(name: name, snapshot: current, input: input, directory: workspace.root.path)
        guard var document = status.document else {
            return Pages.refusal(.unprocessableContent, ServerMessages.unreadable(name.fileName))
        }
        let onDisk = document
        let sections = UnitForm.sections(criteria: status.criteria, regime: status.layout, rubrics: status.rubricChoices)
        let expected = context.form.value("_version") ?? ""
        if expected == current.version {
            UnitForm.apply(context.form, to: &document, sections: sections)
        } else {
            // Opened at an older version: the fields this user did not touch show the disk's
            // values, so saving the page again keeps what another tab saved meanwhile.
            let base = await workspace.earlier(expected).flatMap { DataDocument(text: String(decoding: $0, as: UTF8.self)) }
            document = UnitForm.rebase(context.form, base: base, onto: onDisk, sections: sections)
        }
        do {
            _ = try await workspace.save(name, text: YAMLComments.carry(from: current.text, into: document.yaml()), expecting: expected)
        } catch .changedOnDisk {
            let page = UnitPage(
                status: status, document: document, token: context.token,
                notice: .init(
                    text: ServerMessages.changedOnDisk(name.fileName, differing: UnitForm.differing(document, onDisk, sections: sections)),
                    isError: true, link: ("/don-vi/\(name.value)", ServerMessages.openOnDisk)),
                dossier: dossierListing(name, version: current.version), membersFile: membersFile(of: document))
            return Pages.html(page.html, status: .conflict)
        } catch {
            return Pages.refusal(.internalServerError, message(for: error))
        }
        return Pages.redirect("/don-vi/\(name.value)?da-luu=1")
    }

    /// "Lưu văn bản" on the page of a file the form cannot show: the text sent written as the data
    /// file (backup kept) when the file is still at the page's version; the unit page follows, or
    /// this page again with the problems that remain.
    private func saveText(_ name: UnitName, context: ServerContext) async -> Response {
        let current: Workspace.Snapshot
        do {
            current = try await workspace.read(name)
        } catch {
            return Pages.refusal(Self.status(for: error), message(for: error))
        }
        guard let sent = context.form.value("text") else {
            return Pages.redirect("/don-vi/\(name.value)")
        }
        // Line ends as a textarea sends them (CRLF) written as the file's own.
        let text = current.text.contains("\r\n") ? sent : sent.replacingOccurrences(of: "\r\n", with: "\n")
        do {
            _ = try await workspace.save(name, text: text, expecting: context.form.value("_version") ?? "")
        } catch .changedOnDisk {
            let status = UnitStatus(name: name, snapshot: current, input: input, directory: workspace.root.path)
            let page = RawTextPage(
                status: status, token: context.token, path: workspace.url(of: name).path, text: text,
                notice: .init(
                    text: ServerMessages.rawChangedOnDisk(name.fileName), isError: true,
                    link: ("/don-vi/\(name.value)", ServerMessages.openOnDisk)))
            return Pages.html(page.html, status: .conflict)
        } catch {
            return Pages.refusal(.internalServerError, message(for: error))
        }
        return Pages.redirect("/don-vi/\(name.value)?da-luu=1")
    }

    /// The sheet `members_file` names, read as the members import reads an upload.
    private func membersFile(of document: DataDocument) -> UnitPage.MembersFile? {
        guard let reference = document.text(["members_file"]) else { return nil }
        let bytes: [UInt8]
        do throws(Workspace.Failure) {
            bytes = try workspace.sheet(reference)
        } catch {
            return .init(
                name: reference, rows: .failure(.init(text: ServerMessages.membersFileUnreadable(reference, Self.sheetReason(error)))))
        }
        switch options.tools.importMembers(bytes, reference) {
        case .success(let rows)?: return .init(name: reference, rows: .success(rows))
        case .failure(let error)?:
            let reason = error.diagnostics.map { $0.rendered(in: .vi) }.joined(separator: "; ")
            return .init(name: reference, rows: .failure(.init(text: ServerMessages.membersFileUnreadable(reference, reason))))
        case nil:
            return .init(name: reference, rows: .failure(.init(text: ServerMessages.memberImportUnavailable(reference))))
        }
    }

    /// "Đưa danh sách vào trang": the rows of `members_file` written as `members`, and
    /// `members_file` removed, in one save checked against the page's version.
    private func bringMembers(_ name: UnitName, context: ServerContext) async -> Response {
        let current: Workspace.Snapshot
        do {
            current = try await workspace.read(name)
        } catch {
            return Pages.refusal(Self.status(for: error), message(for: error))
        }
        guard var document = DataDocument(text: current.text) else {
            return Pages.refusal(.unprocessableContent, ServerMessages.unreadable(name.fileName))
        }
        guard let sheet = membersFile(of: document) else { return Pages.redirect("/don-vi/\(name.value)") }
        let rows: [[String: String]]
        switch sheet.rows {
        case .success(let read): rows = read
        case .failure(let problem): return Pages.refusal(.unprocessableContent, problem.text)
        }
        let columns = UnitForm.memberColumns.map(\.key)
        let extra = Set(rows.flatMap(\.keys)).subtracting(columns).sorted()
        document.set(["members"], rows: rows, columns: columns + extra)
        document.set(["members_file"], text: nil)
        do {
            _ = try await workspace.save(
                name, text: YAMLComments.carry(from: current.text, into: document.yaml()), expecting: context.form.value("_version") ?? "")
        } catch {
            return Pages.refusal(.conflict, message(for: error))
        }
        return Pages.redirect("/don-vi/\(name.value)?da-luu=1#thanh-vien")
    }

    private func render(_ name: UnitName, context: ServerContext) async -> Response {
        let snapshot: Workspace.Snapshot
        do {
            snapshot = try await workspace.read(name)
        } catch {
            return Pages.refusal(Self.status(for: error), message(for: error))
        }
        switch await builds.render(name, snapshot: snapshot, pdf: context.form.value("pdf") == "1") {
        case .rendered:
            return Pages.redirect("/don-vi/\(name.value)?da-lap=1#ho-so")
        case .invalid(let errors):
            return Pages.refusal(.unprocessableContent, ServerMessages.renderRefused(errors))
        case .busy:
            var response = Pages.refusal(.serviceUnavailable, ServerMessages.busy)
            response.headers[.retryAfter] = "5"
            return response
        case .failed(let reason):
            return Pages.refusal(.internalServerError, ServerMessages.renderFailed(reason))
        }
    }

    private func message(for failure: Workspace.Failure) -> String {
        switch failure {
        case .notFound(let file): ServerMessages.notFound(file)
        case .exists(let file): ServerMessages.exists(file)
        case .notRegularFile(let file): ServerMessages.notRegularFile(file)
        case .tooLarge(let file): ServerMessages.tooLarge("Tệp '\(file)'", limit: ServerLimits.maxDataBytes)
        case .changedOnDisk(let file): ServerMessages.changedOnDisk(file)
        case .io(let file, let reason): ServerMessages.ioFailure(file, reason)
        case .unreadable(let file, let reason): ServerMessages.readFailure(file, reason)
        case .damaged(let file): ServerMessages.damaged(file)
        case .outsideFolder(let file): ServerMessages.outsideFolder(file)
        }
    }

    /// Why the sheet `members_file` names could not be read, as the members notice says it.
    static func sheetReason(_ failure: Workspace.Failure) -> String {
        switch failure {
        case .outsideFolder(let file): ServerMessages.membersFileOutside(file)
        case .notFound(let file): ServerMessages.membersFileMissing(file)
        case .notRegularFile(let file): ServerMessages.membersFileNotRegular(file)
        case .tooLarge(let file): ServerMessages.membersFileTooLarge(file, limit: ServerLimits.maxFormBytes)
        case .unreadable(let file, let reason), .io(let file, let reason): ServerMessages.membersFileReadError(file, reason)
        case .exists(let file), .changedOnDisk(let file), .damaged(let file): ServerMessages.membersFileReadError(file, "")
        }
    }

    /// The rendered dossier as the unit page lists it; its manifest unreadable is said on the page
    /// (the page stays usable, so the unit can be rendered again).
    private func dossierListing(_ name: UnitName, version: String) -> DossierListing? {
        do throws(Workspace.Failure) {
            return try builds.listing(name, version: version)
        } catch {
            return DossierListing(files: [], isStale: false, problem: message(for: error))
        }
    }

    /// The status a refused read or write of a workspace file answers with: 404 only for a file
    /// that is not there; a folder or link in its place, a file changed on disk or already there is
    /// a conflict; a file too large to take is unprocessable (422); a read or write the system failed
    /// is the server's error.
    static func status(for failure: Workspace.Failure) -> HTTPResponse.Status {
        switch failure {
        case .notFound: .notFound
        case .exists, .notRegularFile, .changedOnDisk, .damaged: .conflict
        case .outsideFolder: .forbidden
        case .tooLarge: .unprocessableContent
        case .io, .unreadable: .internalServerError
        }
    }
}

/// Minimal JSON text for the two answers the script reads.
enum JSONText {
    static func string(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    static func object(_ fields: [String: String]) -> String {
        "{" + fields.sorted { $0.key < $1.key }.map { "\(string($0.key)):\(string($0.value))" }.joined(separator: ",") + "}"
    }

    static func rows(_ rows: [[String: String]]) -> String {
        "{\"rows\":[" + rows.map(object).joined(separator: ",") + "]}"
    }
}
