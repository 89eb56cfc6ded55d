/// Small helpers for the server-rendered pages: escaping and the page frame. Every value from the
/// user or a file goes through `escape` before it reaches a page.
enum HTML {
    /// Text safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A whole page: title, the style sheet, the body and the script.
    static func page(title: String, token: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="hoso-token" content="\(escape(token))">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/tai-nguyen/hoso.css">
        </head>
        <body>
        <header class="top"><a href="/">hoso</a> — Hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập</header>
        <main>
        \(body)
        </main>
        <script src="/tai-nguyen/hoso.js"></script>
        </body>
        </html>

        """
    }

    /// The hidden field every state-changing form carries.
    static func tokenField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"_token\" value=\"\(escape(token))\">"
    }
}
