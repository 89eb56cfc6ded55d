import Crypto
import Foundation
import HTTPTypes
package import Hummingbird

/// What a request carries past the guard: its session, the token its forms must send back, and
/// the body already read within the size bound (a decoded form, or raw upload bytes).
package struct ServerContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    var session = ""
    var token = ""
    var isNewSession = false
    var form = FormBody(values: [:])
    var upload: [UInt8] = []

    package init(source: Source) {
        coreContext = .init(source: source)
    }
}

/// The address the server answers on, known once it is bound (the port may be chosen by the system).
final class BoundAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var hosts: Set<String> = []

    /// Accepts `host:port` for the bound host, and `localhost`/`127.0.0.1` when bound to loopback.
    func set(host: String, port: Int) {
        var names = [host]
        if host == "127.0.0.1" || host == "localhost" { names += ["127.0.0.1", "localhost"] }
        if host == "::1" { names += ["[::1]", "localhost"] }
        lock.withLock { hosts = Set(names.map { "\($0.lowercased()):\(port)" }) }
    }

    func accepts(_ authority: String) -> Bool {
        lock.withLock { hosts.contains(authority.lowercased()) }
    }
}

/// The rules every request passes before a route sees it:
/// 1. its `Host` is the bound address or `localhost` (a DNS-rebinding page gets 421);
/// 2. with `--password`, HTTP Basic authentication;
/// 3. a session cookie (issued on the first visit) and, for anything that changes state, the
///    session's token and a same-origin `Origin` (or `Referer`), else 403;
/// 4. a body no larger than `ServerLimits.maxFormBytes`, else 413.
struct RequestGuard: RouterMiddleware {
    typealias Context = ServerContext

    static let cookieName = "hoso_phien"
    static let tokenField = "_token"
    static let tokenHeader = HTTPField.Name("X-Hoso-Token")!

    let address: BoundAddress
    let password: String?
    /// The key the tokens are derived from, new at every start.
    let secret: [UInt8]

    func handle(
        _ request: Request, context: ServerContext,
        next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let authority = request.head.authority ?? ""
        guard address.accepts(authority) else {
            return Pages.refusal(.misdirectedRequest, ServerMessages.foreignHost(authority))
        }
        if let password, !authenticated(request, password: password) {
            var response = Pages.refusal(.unauthorized, ServerMessages.passwordRequired)
            response.headers[.wwwAuthenticate] = "Basic realm=\"hoso\", charset=\"UTF-8\""
            return response
        }
        if let session = Self.cookie(Self.cookieName, in: request), session.count == 64, session.allSatisfy(\.isHexDigit) {
            context.session = session
        } else {
            context.session = Self.randomHex(32)
            context.isNewSession = true
        }
        context.token = token(for: context.session)

        if request.method != .get, request.method != .head {
            if let length = request.headers[.contentLength].flatMap(Int.init), length > ServerLimits.maxFormBytes {
                return Pages.refusal(.contentTooLarge, ServerMessages.tooLarge("Dữ liệu gửi lên", limit: ServerLimits.maxFormBytes))
            }
            if let refusal = originRefusal(request, authority: authority) { return refusal }
            let body: ByteBuffer
            do {
                var request = request
                body = try await request.collectBody(upTo: ServerLimits.maxFormBytes)
            } catch {
                return Pages.refusal(.contentTooLarge, ServerMessages.tooLarge("Dữ liệu gửi lên", limit: ServerLimits.maxFormBytes))
            }
            let bytes = Array(body.readableBytesView)
            let isForm = request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
            if isForm {
                context.form = FormBody(String(decoding: bytes, as: UTF8.self))
            } else {
                context.upload = bytes
            }
            let sent = request.headers[Self.tokenHeader] ?? context.form.value(Self.tokenField) ?? ""
            guard !context.isNewSession, Self.constantTimeEqual(sent, context.token) else {
                return Pages.refusal(.forbidden, ServerMessages.missingToken)
            }
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // No page at this address: a page saying so, not the framework's empty answer.
            response = Pages.refusal(.notFound, ServerMessages.noSuchPage(request.uri.path))
        } catch let error as HTTPError where error.status == .methodNotAllowed {
            response = Pages.refusal(.methodNotAllowed, ServerMessages.noSuchPage(request.uri.path))
        }
        if context.isNewSession {
            response.headers.append(
                HTTPField(
                    name: .setCookie,
                    value: "\(Self.cookieName)=\(context.session); Path=/; HttpOnly; SameSite=Strict"))
        }
        response.headers[HTTPField.Name("X-Frame-Options")!] = "SAMEORIGIN"
        response.headers[HTTPField.Name("Content-Security-Policy")!] =
            "default-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'self'"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }

    /// 403 unless the request comes from a page of this server: `Sec-Fetch-Site` (when sent) is
    /// same-origin, and `Origin` — or, without it, `Referer` — is this server's origin.
    private func originRefusal(_ request: Request, authority: String) -> Response? {
        let origin = "http://\(authority)".lowercased()
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return Pages.refusal(.forbidden, ServerMessages.crossOrigin(request.headers[.origin] ?? site))
        }
        if let sent = request.headers[.origin] {
            return sent.lowercased() == origin ? nil : Pages.refusal(.forbidden, ServerMessages.crossOrigin(sent))
        }
        if let referer = request.headers[.referer] {
            return referer.lowercased().hasPrefix(origin + "/") ? nil : Pages.refusal(.forbidden, ServerMessages.crossOrigin(referer))
        }
        return Pages.refusal(.forbidden, ServerMessages.crossOrigin("không rõ"))
    }

    private func authenticated(_ request: Request, password: String) -> Bool {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let credentials = String(data: data, encoding: .utf8), let colon = credentials.firstIndex(of: ":")
        else { return false }
        return Self.constantTimeEqual(String(credentials[credentials.index(after: colon)...]), password)
    }

    /// The token of `session`: HMAC-SHA256 under this run's secret.
    func token(for session: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(session.utf8), using: SymmetricKey(data: secret)).map { String(format: "%02x", $0) }.joined()
    }

    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0] == name { return pair[1] }
            }
        }
        return nil
    }

    static func randomHex(_ bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
