import Foundation
import Testing

@testable import HosoServer

#if canImport(Glibc)
import Glibc
#endif

/// The package root (Tests/HosoServerTests/ServerHarness.swift → root).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One HTTP response as read off the socket.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// A real server on a system-chosen loopback port over a fresh temporary workspace, and a raw
/// HTTP/1.1 client that can send what a browser would refuse to (a foreign `Host`, no `Origin`).
final class ServerHarness: @unchecked Sendable {
    let workspace: URL
    let port: Int
    let server: HosoServer
    private let task: Task<Void, Error>

    /// Starts a server; `fixtures` are copied into the workspace ("an-son-2023" → an-son-2023.yaml);
    /// `formsRoot` is the forms folder (the package's `Forms` by default).
    init(fixtures: [String] = [], renderSlots: Int = 2, formsRoot: URL? = nil) async throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        for fixture in fixtures {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent("Fixtures/\(fixture).yaml"),
                to: workspace.appendingPathComponent("\(fixture).yaml"))
        }
        server = HosoServer(
            options: .init(
                workspace: workspace, formsRoot: formsRoot ?? packageRoot.appendingPathComponent("Forms"),
                port: 0, renderSlots: renderSlots))
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let server = server
        task = Task { try await server.run { continuation.yield($0) } }
        var address = ""
        for await ready in stream { address = ready; break }
        port = Int(address.split(separator: ":").last!.dropLast())!
    }

    deinit {
        task.cancel()
        try? FileManager.default.removeItem(at: workspace)
    }

    /// The most renders that ran at once.
    func renderPeak() async -> Int {
        await server.builds.queue.peak
    }

    var origin: String { "http://127.0.0.1:\(port)" }

    /// Sends one request (connection closed after it) and reads the whole answer.
    func send(
        _ method: String, _ path: String, host: String? = nil, headers: [(String, String)] = [],
        body: [UInt8] = []
    ) async throws -> HTTPAnswer {
        try await Self.request(port: port, method, path, host: host, headers: headers, body: body)
    }

    /// Sends one request to the server on `port`.
    static func request(
        port: Int, _ method: String, _ path: String, host: String? = nil, headers: [(String, String)] = [],
        body: [UInt8] = []
    ) async throws -> HTTPAnswer {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method != "GET" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        let request = Array(head.utf8) + body
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try Self.exchange(request, port: port) })
            }
        }
    }

    private static func exchange(_ request: [UInt8], port: Int) throws -> HTTPAnswer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError.socket }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HarnessError.connect }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may answer (413) and close before reading everything
            sent += n
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return try parse(response)
    }

    private static func parse(_ bytes: [UInt8]) throws -> HTTPAnswer {
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: [13, 10, 13, 10]) }) else { throw HarnessError.malformed }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1])!
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(bytes[(end + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased() == "chunked" }) {
            body = dechunk(body)
        }
        return HTTPAnswer(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].indices.first(where: { bytes[$0] == 13 }) else { break }
            let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16) ?? 0
            if size == 0 { break }
            out += bytes[(lineEnd + 2)..<min(lineEnd + 2 + size, bytes.count)]
            index = lineEnd + 2 + size + 2
        }
        return out
    }

    // MARK: A browser's session

    /// A session as a page of this server holds it: its cookie and token (from the home page).
    struct Session: Sendable {
        var cookie: String
        var token: String
    }

    func session() async throws -> Session {
        let answer = try await send("GET", "/")
        let cookie = try #require(answer.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        return Session(cookie: cookie, token: try #require(Self.meta("hoso-token", in: answer.text)))
    }

    /// A same-origin form post with the session's cookie and token.
    func post(
        _ path: String, _ fields: [(String, String)], session: Session, origin: String? = nil,
        token: String? = nil
    ) async throws -> HTTPAnswer {
        let body = (fields + [("_token", token ?? session.token)]).map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            "POST", path,
            headers: [
                ("Cookie", session.cookie), ("Origin", origin ?? self.origin),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: Array(body.utf8))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func meta(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "<meta name=\"\(name)\" content=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The value of the hidden input `name` on a page.
    /// Whether `html` shows `word` as a word of its own: random tokens (session, version) may hold
    /// "422" or "F5" inside them, which is no mention.
    static func mentions(_ word: String, in html: String) -> Bool {
        html.range(of: "(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: word) + "(?![A-Za-z0-9_-])", options: .regularExpression)
            != nil
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    func fileText(_ name: String) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent(name), encoding: .utf8)
    }

    enum HarnessError: Error { case socket, connect, malformed }
}
