import Assessment
import AssessmentInput
import Diagnostics
import Foundation

/// `GET /don-vi/<name>`: every section of the data file as a form, each diagnostic of `hoso check`
/// beside the field it names, the score table with the running total and band, and the dossier
/// (render, preview, download).
struct UnitPage {
    var status: UnitStatus
    /// The values shown: the file's, or the file's with what the user just submitted.
    var document: DataDocument
    var token: String
    var notice: Notice?
    var dossier: DossierListing?
    /// The sheet `members_file` names, when the file takes its members from one.
    var membersFile: MembersFile?

    /// The sheet named by `members_file`: its name and the rows read from it, or why it could not be read.
    struct MembersFile {
        var name: String
        var rows: Result<[[String: String]], MembersFileProblem>
    }

    /// Why the rows of `members_file` are not shown.
    struct MembersFileProblem: Error {
        var text: String
    }

    /// A message at the top of the page.
    struct Notice {
        var text: String
        var isError: Bool
        /// A link after the text (the unit page as on disk, when the page is a POST's answer).
        var link: (href: String, text: String)? = nil

        var html: String {
            "<p class=\"notice \(isError ? "error" : "ok")\" role=\"\(isError ? "alert" : "status")\">\(HTML.escape(text))"
                + (link.map { " <a id=\"notice-link\" href=\"\(HTML.escape($0.href))\">\(HTML.escape($0.text))</a>" } ?? "") + "</p>\n"
        }
    }

    private var sections: [UnitForm.Section] { UnitForm.sections(criteria: status.criteria, regime: status.layout, rubrics: status.rubricChoices) }

    var html: String {
        let name = status.name.value
        let title = status.unitName == "—" ? "Đơn vị chưa có tên" : status.unitName
        var body = "<h1>\(HTML.escape(title)) <small>\(HTML.escape(status.name.fileName))</small></h1>\n"
        body +=
            "<nav class=\"sections\">" + sections.map { "<a href=\"#\($0.id)\">\(HTML.escape($0.title))</a>" }.joined(separator: " · ")
            + " · <a href=\"#ho-so\">Hồ sơ</a></nav>\n"
        if let notice {
            body += notice.html
        }
        body += totalLine + checkSummary + scoreTable
        let placed = placement()
        body += """
            <form method="post" action="/don-vi/\(name)/luu" id="unit-form">
            \(HTML.tokenField(token))
            <input type="hidden" name="_version" value="\(status.snapshot.version)">

            """
        for section in sections {
            body += "<fieldset id=\"\(section.id)\"><legend>\(HTML.escape(section.title))</legend>\n"
            var index = 0
            let fields = section.fields
            while index < fields.count {
                guard let group = fields[index].group else {
                    body += fieldHTML(fields[index], diagnostics: placed[fields[index].keyPath] ?? [])
                    index += 1
                    continue
                }
                var end = index
                while end < fields.count, fields[end].group == group { end += 1 }
                let members = fields[index..<end]
                let isOpen = members.contains { !(placed[$0.keyPath] ?? []).isEmpty || hasValue($0) || asksForKeptReason($0) }
                body += "<details class=\"group\"\(isOpen ? " open" : "")><summary>\(HTML.escape(group))</summary>\n"
                for field in members { body += fieldHTML(field, diagnostics: placed[field.keyPath] ?? []) }
                body += "</details>\n"
                index = end
            }
            body += "<p><button type=\"submit\">Lưu</button></p></fieldset>\n"
        }
        body += "</form>\n"
        if membersFile != nil {
            body +=
                "<form method=\"post\" action=\"/don-vi/\(name)/dua-thanh-vien-vao-trang\" id=\"members-into-page\">"
                + HTML.tokenField(token) + "<input type=\"hidden\" name=\"_version\" value=\"\(status.snapshot.version)\"></form>\n"
        }
        body += dossierSection
        return HTML.page(title: "\(status.unitName) — hoso", token: token, body: body)
    }

    // MARK: Result

    private var totalLine: String {
        let bands = status.bands.map { "\($0.minimum):\($0.name)" }.joined(separator: ";")
        return """
            <p class="total">\(status.layout == .tt24 ? "Kết quả" : "Tổng điểm"): <strong id="tong" data-max="\(status.maximumHundredths ?? 0)" data-bands="\(HTML.escape(bands))" \
            data-targets="\(status.criteria.filter { $0.maximum == nil }.count)">\(HTML.escape(status.resultText))</strong></p>

            """
    }

    private var checkSummary: String {
        let errors = status.errors.count, warnings = status.warnings.count
        let line =
            status.result.isValid
            ? (warnings == 0 ? "Dữ liệu hợp lệ." : "Dữ liệu hợp lệ, \(warnings) cảnh báo.")
            : "Dữ liệu chưa hợp lệ: \(errors) lỗi, \(warnings) cảnh báo."
        var html =
            "<section class=\"check\"><h2>Kết quả kiểm tra</h2><p id=\"check-line\" class=\"\(status.result.isValid ? "ok" : "bad")\">\(HTML.escape(line))</p>\n"
        let unplaced = status.result.diagnostics.filter { placementKey(for: $0) == nil }
        if !unplaced.isEmpty {
            html += "<ul class=\"diagnostics\">" + unplaced.map(diagnosticItem).joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    private var scoreTable: String {
        guard let assessment = status.result.assessment else { return "" }
        let evaluation = assessment.evaluation
        var html = "<section class=\"scores\"><h2>Bảng điểm</h2><table class=\"score-table\"><thead><tr><th>Tiêu chí</th>"
        let isPoints = assessment.regime == .tt22
        html +=
            isPoints
            ? "<th>Tối đa</th><th>Điểm</th><th>Lý do trừ điểm</th></tr></thead><tbody>" : "<th>Kết quả</th><th>Lý do</th></tr></thead><tbody>"
        for group in evaluation.groups {
            let groupCells =
                isPoints
                ? "<td>\(p(group.maximum))</td><td>\(p(group.points))</td><td></td>" : "<td>\(group.metCount)/\(group.criteria.count)</td><td></td>"
            html += "<tr class=\"group\"><td>\(group.roman). \(HTML.escape(group.group.title))</td>\(groupCells)</tr>"
            for criterion in group.criteria {
                let reason = HTML.escape(criterion.isFull ? "" : (criterion.score?.reason ?? ""))
                let cells =
                    isPoints
                    ? "<td>\(p(criterion.criterion.maximum ?? .zero))</td><td>\(p(criterion.points ?? .zero))</td><td>\(reason)</td>"
                    : "<td>\(criterion.met == true ? "Đạt" : "Chưa đạt")</td><td>\(reason)</td>"
                html += "<tr><td>\(HTML.escape(criterion.criterion.code)) \(HTML.escape(criterion.criterion.shortText))</td>\(cells)</tr>"
            }
        }
        return html + "</tbody></table><p>Kết quả: <strong>\(HTML.escape(status.resultText))</strong></p></section>\n"
    }

    private func p(_ points: Points) -> String { points.text(decimalSeparator: ",") }

    // MARK: Fields

    /// Whether the file gives `field` a value (a starter's "<…>" counts as none).
    private func hasValue(_ field: UnitForm.Field) -> Bool {
        switch field.kind {
        case .grid: !document.rows(field.path).isEmpty
        case .lines: document.texts(field.path).contains { !NodeReaderPlaceholder.isPlaceholder($0) }
        default: document.text(field.path).map { !NodeReaderPlaceholder.isPlaceholder($0) } ?? false
        }
    }

    /// A score's `kept_reason` when the check finds the member list contradicting that score
    /// (the diagnostic names `scores.CODE`): the one way to keep it is to give the reason.
    private func asksForKeptReason(_ field: UnitForm.Field) -> Bool {
        guard field.path.count == 3, field.path[0] == "scores", field.path[2] == "kept_reason" else { return false }
        let score = "scores." + field.path[1]
        return status.result.diagnostics.contains { $0.path?.vi == score }
    }

    private func fieldHTML(_ field: UnitForm.Field, diagnostics: [Diagnostic]) -> String {
        let id = "f-" + field.keyPath.replacingOccurrences(of: ".", with: "-")
        let flagged = diagnostics.contains { $0.severity == .error } ? " has-error" : (diagnostics.isEmpty ? "" : " has-warning")
        let placeholder = document.isPlaceholder(field.path) ? String((document.text(field.path) ?? "").dropFirst().dropLast()) : field.hint
        let value = document.isPlaceholder(field.path) ? "" : (document.text(field.path) ?? "")
        var html = "<div class=\"field\(flagged)\" data-path=\"\(HTML.escape(field.keyPath))\">"
        let label = "<label for=\"\(id)\">\(HTML.escape(field.label))</label>"
        let common =
            "id=\"\(id)\" name=\"\(HTML.escape(field.keyPath))\" placeholder=\"\(HTML.escape(placeholder))\""
            + (diagnostics.isEmpty ? "" : " aria-invalid=\"true\" aria-describedby=\"\(id)-d\"")
        switch field.kind {
        case .text:
            html += label + "<input type=\"text\" \(common) value=\"\(HTML.escape(value))\">"
        case .date, .time:
            html += label + "<input type=\"text\" inputmode=\"numeric\" \(common) value=\"\(HTML.escape(value))\">"
        case .number:
            let isScore = field.path.first == "scores"
            let criterion = isScore ? status.criteria.first { $0.code == field.path[1] } : nil
            let extra = criterion.map { " class=\"diem\" data-max=\"\($0.maximumHundredths ?? 0)\"" } ?? ""
            let parts = isScore ? document.rows(Array(field.path.dropLast()) + ["parts"]) : []
            if parts.isEmpty {
                html += label + "<input type=\"text\" inputmode=\"decimal\"\(extra) \(common) value=\"\(HTML.escape(value))\">"
            } else {
                let sum = parts.compactMap { $0["points"].flatMap(Points.init(parsing:)) }.reduce(Points.zero, +)
                html +=
                    label + "<input type=\"text\" readonly\(extra) \(common) value=\"\(p(sum))\">"
                    + "<p class=\"hint\">Điểm cộng từ \(parts.count) phần: "
                    + parts.map {
                        HTML.escape("\($0["text"] ?? "") — \($0["points"] ?? "?")/\($0["max"] ?? "?")")
                    }.joined(separator: "; ") + ". Sửa điểm ở bảng điểm thành phần bên dưới.</p>"
            }
        case .choice(let choices):
            let isTarget = field.path.first == "scores"
            html += label + "<select \(common)\(isTarget ? " class=\"dat\"" : "")>"
            var known = false
            if value.isEmpty, !choices.contains(where: { $0.0.isEmpty }) { html += "<option value=\"\"></option>" }
            for (choice, text) in choices {
                let selected = !known && Self.chooses(choice, label: text, value: value)
                known = known || selected
                html += "<option value=\"\(HTML.escape(choice))\"\(selected ? " selected" : "")>\(HTML.escape(text))</option>"
            }
            if !value.isEmpty, !known { html += "<option value=\"\(HTML.escape(value))\" selected>\(HTML.escape(value))</option>" }
            html += "</select>"
        case .lines:
            let all = document.texts(field.path)
            let lines = all.filter { !NodeReaderPlaceholder.isPlaceholder($0) }.map(NodeReaderLine.display)
            let hints = all.filter(NodeReaderPlaceholder.isPlaceholder).map { String($0.dropFirst().dropLast()) }
            let areaCommon =
                hints.isEmpty
                ? common
                : common.replacingOccurrences(
                    of: "placeholder=\"\(HTML.escape(placeholder))\"", with: "placeholder=\"\(HTML.escape(hints.joined(separator: "\n")))\"")
            html +=
                label
                + "<textarea \(areaCommon) rows=\"\(max(2, min(lines.count + 1, 12)))\">\(HTML.escape(lines.joined(separator: "\n")))</textarea>"
        case .grid(let columns) where field.keyPath == "members" && document.text(["members_file"]) != nil:
            html += "<p class=\"label\">\(HTML.escape(field.label))</p>" + sheetMembers(columns: columns)
        case .grid(let columns):
            html += "<p class=\"label\">\(HTML.escape(field.label))</p>" + grid(field, columns: columns, diagnostics: diagnostics)
        }
        if case .grid(let columns) = field.kind, !diagnostics.isEmpty {
            let lines = GridWords.lines(grid: field.keyPath, columns: columns, rows: document.rows(field.path), diagnostics: diagnostics)
            html +=
                "<ul class=\"diagnostics\" id=\"\(id)-d\">"
                + lines.map {
                    "<li class=\"\($0.isError ? "error" : "warning")\">\(HTML.escape($0.text))</li>"
                }.joined() + "</ul>"
        } else if !diagnostics.isEmpty {
            html += "<ul class=\"diagnostics\" id=\"\(id)-d\">" + diagnostics.map(diagnosticItem).joined() + "</ul>"
        }
        return html + "</div>\n"
    }

    /// A choice as the loader compares it: case and dots aside ("KT." is "kt").
    private static func fold(_ text: String) -> String {
        text.lowercased().filter { $0 != "." }.trimmingCharacters(in: .whitespaces)
    }

    /// Whether the file's `value` is the option `choice` shown as `label`: the code itself ("KT."
    /// for "kt"), its words ("Mức độ 1"), or — for a yes/no choice — any word the loader reads as
    /// yes or no ("Đạt", "Có").
    static func chooses(_ choice: String, label: String, value: String) -> Bool {
        if value.isEmpty { return choice.isEmpty }
        if fold(choice) == fold(value) || Keyword.fold(label) == Keyword.fold(value) { return true }
        return (choice == "true" || choice == "false") && ChoiceWords.yesNo.code(of: value) == choice
    }

    private func grid(_ field: UnitForm.Field, columns: [UnitForm.Column], diagnostics: [Diagnostic]) -> String {
        let name = field.keyPath
        let rows = document.rows(field.path)
        let partsOf =
            field.path.first == "scores" && field.path.last == "parts"
            ? " data-parts-of=\"\(HTML.escape((field.path.dropLast() + ["points"]).joined(separator: ".")))\"" : ""
        var html = "<div class=\"grid-wrap\"><table class=\"grid\" data-grid=\"\(HTML.escape(name))\"\(partsOf)><thead><tr><th>STT</th>"
        html +=
            columns.map { "<th data-column=\"\($0.key)\" title=\"\(HTML.escape($0.hint))\">\(HTML.escape($0.label))</th>" }.joined()
            + "<th></th></tr></thead><tbody>"
        for (offset, row) in (rows.isEmpty ? [[:]] : rows).enumerated() {
            let index = offset + 1
            html += "<tr><td class=\"stt\">\(index)</td>"
            for column in columns {
                let cell = "\(name)[\(index)].\(column.key)"
                let bad =
                    diagnostics.contains { $0.path?.vi == cell || $0.path?.vi.hasPrefix(cell + ".") == true }
                    || (column.key == "name" && diagnostics.contains { $0.path?.vi == "\(name)[\(index)]" })
                let value = row[column.key] ?? ""
                if column.isList {
                    html +=
                        "<td><textarea rows=\"2\" name=\"\(HTML.escape(cell))\" data-column=\"\(column.key)\" aria-label=\"\(HTML.escape(column.label)) \(index)\""
                        + (bad ? " class=\"cell-error\"" : "") + ">\(HTML.escape(value))</textarea></td>"
                    continue
                }
                let shown = NodeReaderPlaceholder.isPlaceholder(value) ? "" : (column.words?.word(for: value) ?? value)
                // A starter's "<…>" cell: empty to fill, last year's value in words as the greyed hint.
                let hint = NodeReaderPlaceholder.isPlaceholder(value) ? GridWords.hint(placeholder: value, column: column) : column.empty
                html +=
                    "<td><input type=\"text\" name=\"\(HTML.escape(cell))\" data-column=\"\(column.key)\" aria-label=\"\(HTML.escape(column.label)) \(index)\""
                    + (column.words.map { " list=\"\($0.id)\" autocomplete=\"off\"" } ?? "")
                    + (bad ? " class=\"cell-error\"" : "") + " value=\"\(HTML.escape(shown))\""
                    + (hint.isEmpty ? "" : " placeholder=\"\(HTML.escape(hint))\"")
                    + (column.empty.isEmpty ? "" : " data-default=\"\(HTML.escape(column.empty))\"") + "></td>"
            }
            html += "<td><button type=\"button\" class=\"remove-row\" title=\"Xóa dòng\">×</button></td></tr>"
        }
        html += "</tbody></table></div>"
        var listed: Set<String> = []
        for words in columns.compactMap(\.words) where listed.insert(words.id).inserted { html += Self.datalist(words) }
        html += "<input type=\"hidden\" name=\"\(HTML.escape(name)).rows\" value=\"\(max(rows.count, 1))\" class=\"grid-rows\">"
        html += "<p class=\"grid-tools\"><button type=\"button\" class=\"add-row\" data-grid=\"\(HTML.escape(name))\">Thêm dòng</button>"
        if name == "members" {
            html +=
                " <label class=\"file-button\">Nhập từ tệp Excel/CSV… <input type=\"file\" class=\"import-members\" accept=\".xlsx,.csv\" hidden></label>"
        }
        html +=
            " <span class=\"hint\">Mẹo: chọn các ô trong Excel\(name == "members" ? " (có thể kèm dòng tiêu đề: dán vào dòng 1 thì thay cả danh sách, dán vào dòng khác thì điền từ dòng đó)" : ""), Ctrl+C, bấm vào ô đầu tiên ở đây rồi Ctrl+V.</span></p>"
        if name == "members" { html += "<p id=\"import-problem\" class=\"import-problem\" role=\"alert\" hidden></p>" }
        return html
    }

    /// The suggestions of a column with a vocabulary: its words, each with its longer form.
    static func datalist(_ words: ChoiceWords) -> String {
        "<datalist id=\"\(words.id)\">"
            + words.entries.map {
                "<option value=\"\(HTML.escape($0.word))\"" + ($0.detail.isEmpty ? "" : " label=\"\(HTML.escape($0.detail))\"") + "></option>"
            }.joined() + "</datalist>"
    }

    /// The members `members_file` names: read-only rows and a button that brings them into the
    /// data file (the page never writes `members` beside `members_file`).
    private func sheetMembers(columns: [UnitForm.Column]) -> String {
        let reference = document.text(["members_file"]) ?? ""
        guard let membersFile else { return "" }
        var html = ""
        switch membersFile.rows {
        case .success(let rows):
            html += "<p class=\"hint\" id=\"members-file\">\(HTML.escape(ServerMessages.membersFromFile(reference, count: rows.count)))</p>"
            html +=
                "<div class=\"grid-wrap\"><table class=\"grid readonly\"><thead><tr><th>STT</th>"
                + columns.map { "<th>\(HTML.escape($0.label))</th>" }.joined() + "</tr></thead><tbody>"
            for (offset, row) in rows.enumerated() {
                html +=
                    "<tr><td class=\"stt\">\(offset + 1)</td>"
                    + columns.map { column in
                        "<td>\(HTML.escape(row[column.key].map { column.words?.word(for: $0) ?? $0 } ?? ""))</td>"
                    }.joined() + "</tr>"
            }
            html += "</tbody></table></div>"
            html += "<p><button type=\"submit\" form=\"members-into-page\">\(HTML.escape(ServerMessages.bringMembersButton))</button></p>"
        case .failure(let problem):
            html += "<p class=\"notice error\" id=\"members-file\">\(HTML.escape(problem.text))</p>"
        }
        return html
    }

    private func diagnosticItem(_ diagnostic: Diagnostic) -> String {
        "<li class=\"\(diagnostic.severity == .error ? "error" : "warning")\">\(HTML.escape(diagnostic.rendered(in: .vi)))</li>"
    }

    // MARK: Placement

    /// The field each diagnostic is shown beside, by key path.
    private func placement() -> [String: [Diagnostic]] {
        var placed: [String: [Diagnostic]] = [:]
        for diagnostic in status.result.diagnostics {
            if let key = placementKey(for: diagnostic) { placed[key, default: []].append(diagnostic) }
        }
        return placed
    }

    /// The field whose key path is the diagnostic's or contains it (the longest), else the first
    /// field under the diagnostic's path ("scores.3b" → "scores.3b.points"); nil when none.
    private func placementKey(for diagnostic: Diagnostic) -> String? {
        guard let path = diagnostic.path?.vi, !path.isEmpty else { return nil }
        let fields = sections.flatMap(\.fields).map(\.keyPath)
        let containing = fields.filter { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") }
        if let best = containing.max(by: { $0.count < $1.count }) { return best }
        return fields.first { $0.hasPrefix(path + ".") }
    }

    // MARK: Dossier

    private var dossierSection: String {
        let name = status.name.value
        var html = """
            <section id="ho-so"><h2>Hồ sơ</h2>
            <form method="post" action="/don-vi/\(name)/lap-ho-so" class="render">
            \(HTML.tokenField(token))
            <label><input type="checkbox" name="pdf" value="1" checked> Kèm PDF/A (để xem trước và in)</label>
            <button type="submit" id="render-button"\(status.result.isValid ? "" : " disabled title=\"Sửa hết lỗi trước\" aria-describedby=\"render-blocked\"")>Lập hồ sơ</button>
            </form>

            """
        if !status.result.isValid {
            html += "<p class=\"notice error\" id=\"render-blocked\">\(HTML.escape(ServerMessages.renderBlocked(status.errors.count)))</p>\n"
        }
        guard let dossier else { return html + "</section>\n" }
        if let problem = dossier.problem { return html + "<p class=\"notice error\">\(HTML.escape(problem))</p>\n</section>\n" }
        if dossier.isStale { html += "<p class=\"notice error\">\(HTML.escape(ServerMessages.staleDossier))</p>" }
        html += "<p><a id=\"download-zip\" href=\"/don-vi/\(name)/ho-so.zip\" download>Tải cả hồ sơ (.zip)</a></p><ul class=\"files\">"
        for file in dossier.files {
            html += "<li><a href=\"/don-vi/\(name)/tep/\(HTML.escape(file))\">\(HTML.escape(file))</a></li>"
        }
        html += "</ul>"
        for file in dossier.files where file.hasSuffix(".pdf") {
            html +=
                "<details class=\"preview\"><summary>Xem trước \(HTML.escape(file))</summary>"
                + "<iframe title=\"\(HTML.escape(file))\" data-src=\"/don-vi/\(name)/tep/\(HTML.escape(file))\"></iframe></details>"
        }
        return html + "</section>\n"
    }
}

/// A list item as the textarea shows it (one line per item).
enum NodeReaderLine {
    static func display(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}

/// The starter file's "<…>" test, as the loader applies it.
enum NodeReaderPlaceholder {
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 2 && trimmed.hasPrefix("<") && trimmed.hasSuffix(">")
    }
}
