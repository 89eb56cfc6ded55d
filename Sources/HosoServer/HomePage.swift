import Assessment

/// `GET /`: the workspace's data files — unit, year, regime, result, errors and warnings — and the
/// form that creates a new one.
struct HomePage {
    var statuses: [UnitStatus]
    var token: String
    var message: String?
    /// Data files in the folder that hoso will not open (too large, a link), with the reason.
    var unopened: [(file: String, reason: String)] = []
    /// What the create form held when it was refused: shown again, not cleared.
    var typed: Typed?

    /// The create form's values.
    struct Typed {
        var name: String
        /// The regime chosen; nil when the form sent none the server knows.
        var regime: Regime?
        var from: String
    }

    var html: String {
        var body = "<h1>Các tệp hồ sơ trong thư mục làm việc</h1>\n"
        if let message { body += "<p class=\"notice error\" role=\"alert\">\(HTML.escape(message))</p>\n" }
        if statuses.isEmpty {
            body += "<p>Thư mục chưa có tệp dữ liệu nào. Tạo tệp đầu tiên ở dưới.</p>\n"
        } else {
            body += """
                <table class="units">
                <thead><tr><th>Tệp</th><th>Đơn vị</th><th>Năm</th><th>Chế độ</th><th>Kết quả</th><th>Lỗi</th><th>Cảnh báo</th></tr></thead>
                <tbody>

                """
            for status in statuses {
                let errors = status.errors.count, warnings = status.warnings.count
                body += """
                    <tr><td><a href="/don-vi/\(status.name.value)">\(HTML.escape(status.name.fileName))</a></td>\
                    <td>\(HTML.escape(status.unitName))</td><td>\(HTML.escape(status.year))</td>\
                    <td>\(HTML.escape(status.regime?.rawValue ?? "—"))</td><td>\(HTML.escape(status.resultText))</td>\
                    <td class="\(errors > 0 ? "bad" : "ok")">\(errors)</td><td>\(warnings)</td></tr>

                    """
            }
            body += "</tbody></table>\n"
        }
        if !unopened.isEmpty {
            body +=
                "<h2>Tệp không mở</h2><ul class=\"diagnostics\" id=\"unopened\">"
                + unopened.map {
                    "<li class=\"error\">\(HTML.escape($0.file)): \(HTML.escape($0.reason))</li>"
                }.joined() + "</ul>\n"
        }
        let options = statuses.map {
            "<option value=\"\($0.name.value)\"\(typed?.from == $0.name.value ? " selected" : "")>\(HTML.escape($0.name.fileName))</option>"
        }.joined()
        // TT22 first and chosen unless the refused form had TT24.
        let regimes = Regime.allCases.map {
            "<option value=\"\($0.rawValue)\"\($0 != .tt22 && typed?.regime == $0 ? " selected" : "")>\(HTML.escape(UnitForm.regimeLabel($0)))</option>"
        }.joined()
        body += """
            <h2>Tạo tệp mới</h2>
            <form method="post" action="/tao-moi" class="create">
            \(HTML.tokenField(token))
            <label>Tên tệp (không dấu, ví dụ an-son-2024) <input name="name" required pattern="[A-Za-z0-9][A-Za-z0-9_\\-]*" maxlength="80" value="\(HTML.escape(typed?.name ?? ""))"></label>
            <label>Chế độ đánh giá <select name="regime">\(regimes)</select></label>
            <label>Lấy từ tệp năm trước <select name="from"><option value="">— tệp trống —</option>\(options)</select></label>
            <button type="submit">Tạo</button>
            </form>

            """
        return HTML.page(title: ServerMessages.appTitle, token: token, body: body)
    }
}
