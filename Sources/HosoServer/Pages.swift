import Hummingbird

/// Building responses: an HTML page, a refusal that says why in Vietnamese, a redirect, a file.
enum Pages {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A short page (and the same text for scripts) saying why a request was refused.
    static func refusal(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let body =
            "<h1>Không thực hiện được</h1><p class=\"notice error\" role=\"alert\">\(HTML.escape(message))</p><p><a href=\"/\">\(ServerMessages.backHome)</a></p>"
        return html(HTML.page(title: ServerMessages.refusalTitle, token: "", body: body), status: status)
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func file(_ bytes: [UInt8], contentType: String, fileName: String, inline: Bool) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: contentType, .cacheControl: "no-store",
                .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(fileName)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The content type of a dossier file by its extension.
    static func contentType(of file: String) -> String {
        if file.hasSuffix(".pdf") { return "application/pdf" }
        if file.hasSuffix(".docx") { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
        if file.hasSuffix(".json") { return "application/json; charset=utf-8" }
        return "application/octet-stream"
    }
}
