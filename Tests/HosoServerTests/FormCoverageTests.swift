import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput
@testable import HosoServer

/// Every field of the data model is on the unit page, and what is typed there lands in the file
/// as `hoso check` reads it.
@Suite("Server form covers the data model", .serialized)
struct FormCoverageTests {
    /// Every value of `document`: "unit.name", "members[2].position", "legal_bases" (a list).
    static func leaves(_ document: DataDocument, _ path: [String] = []) -> [String] {
        let keys = document.keys(path)
        if !keys.isEmpty { return keys.flatMap { leaves(document, path + [$0]) } }
        let rows = document.rows(path)
        let joined = path.joined(separator: ".")
        if rows.contains(where: { !$0.isEmpty }) {
            return rows.enumerated().flatMap { index, row in row.keys.sorted().map { "\(joined)[\(index + 1)].\($0)" } }
        }
        return [joined]
    }

    /// Whether a field of `sections` edits `leaf`.
    static func covers(_ sections: [UnitForm.Section], _ leaf: String) -> Bool {
        sections.flatMap(\.fields).contains { field in
            if field.keyPath == leaf { return true }
            guard case .grid(let columns) = field.kind, leaf.hasPrefix(field.keyPath + "["),
                let column = leaf.split(separator: ".").last
            else { return false }
            return columns.contains { $0.key == column } && !leaf.dropFirst(field.keyPath.count).dropLast(column.count + 1).contains(".")
        }
    }

    static func sections(for text: String) -> [UnitForm.Section] {
        let result = AssessmentLoader(catalog: RubricCatalog(directories: [packageRoot.appendingPathComponent("Forms/rubrics").path]))
            .parse(text: text, file: "x.yaml")
        let rubric = result.assessment?.rubric
        let criteria = (rubric?.criteria ?? []).map {
            ScoredCriterion(
                code: $0.code, text: $0.shortText, maximum: $0.maximum.map { $0.text(decimalSeparator: ",") },
                maximumHundredths: $0.maximum?.hundredths, measuredByMembers: $0.threshold != nil)
        }
        return UnitForm.sections(criteria: criteria, regime: rubric?.regime ?? .tt22, rubrics: [])
    }

    @Test(
        "Every value of every fixture and of both filled starters has a field on the page",
        arguments: ["an-son-2023", "an-lam-2023", "bien-giang-2022", "hoa-sen-2024", "vinh-lap-2024", "TT22", "TT24"])
    func everyValue(_ source: String) throws {
        let text =
            source.hasPrefix("TT")
            ? StarterFile(regime: source == "TT24" ? .tt24 : .tt22).filledExample
            : try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/\(source).yaml"), encoding: .utf8)
        let document = try #require(DataDocument(text: text))
        let sections = Self.sections(for: text)
        #expect(!sections.isEmpty)
        // members_file names a spreadsheet on disk: the page edits the list itself instead.
        let missing = Self.leaves(document).filter { !$0.hasPrefix("members_file") && !Self.covers(sections, $0) }
        #expect(missing.isEmpty, "not on the form: \(missing)")
    }

    @Test("Every key the loader accepts has a field on the page")
    func everyKey() {
        let tt22 = Self.sections(for: StarterFile(regime: .tt22).filledExample)
        let tt24 = Self.sections(for: StarterFile(regime: .tt24).filledExample)
        var keys = AssessmentDecoder.topLevelKeys.filter { $0 != "members_file" && $0 != "prior_recognition" }.map { [$0] }
        keys += ["name", "parent", "symbol", "place", "level", "address", "head_title", "self_name"].map { ["unit", $0] }
        keys += ["prefix", "on_behalf_of", "title", "name"].map { ["head", $0] }
        for kind in DocumentKind.allCases {
            keys += AssessmentDecoder.documentKeys.map { ["documents", kind.rawValue, $0] }
            keys += ["prefix", "on_behalf_of", "title", "name"].map { ["documents", kind.rawValue, "signer", $0] }
        }
        keys += ["name", "short_name", "tasks"].map { ["council", $0] }
        keys += ["date", "start", "end", "place", "chair", "secretary", "opinions", "conclusion"].map { ["meeting", $0] }
        keys += ["agree", "disagree", "abstain"].map { ["meeting", "vote", $0] }
        keys += ["cstdcs", "giay_khen", "bang_khen", "initiatives", "others"].map { ["achievements", $0] }
        keys += AssessmentDecoder.narrativeKeys.map { ["narrative", $0] }
        keys += AssessmentDecoder.planKeys.filter { !["actions", "actors", "timeline"].contains($0) }.map { ["plan", $0] }
        var missing: [String] = []
        for key in keys
        where !tt22.flatMap(\.fields).contains(where: {
            $0.keyPath == key.joined(separator: ".") || $0.keyPath.hasPrefix(key.joined(separator: ".") + ".")
        }) {
            missing.append(key.joined(separator: "."))
        }
        let rows: [(String, [String])] = [
            ("members[1]", AssessmentDecoder.memberKeys), ("council.members[1]", ["name", "position", "role", "honorific"]),
            ("meeting.absent[1]", ["name", "reason"]), ("plan.actors[1]", ["name", "tasks"]),
            ("plan.timeline[1]", ["time", "task", "owner"]), ("scores.3b.parts[1]", ["text", "max", "points"]),
        ]
        for (row, columns) in rows {
            missing += columns.map { "\(row).\($0)" }.filter { !Self.covers(tt22, $0) }
        }
        missing += ["plan.actions.3b", "scores.3b.reason", "scores.3b.evidence", "scores.3b.kept_reason"].filter { !Self.covers(tt22, $0) }
        missing += [
            "prior_recognition.level", "prior_recognition.date", "prior_recognition.decision", "scores.1.1.met",
            "scores.1.1.kept_reason", "plan.actions.1.1",
        ].filter { !Self.covers(tt24, $0) }
        #expect(missing.isEmpty, "not on the form: \(missing)")
    }

    @Test("Parts, signers, absentees, honorifics, the plan and TT24's earlier recognition typed on the page land in the file")
    func everySectionSaves() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023", "vinh-lap-2024", "hoa-sen-2024"])
        let session = try await server.session()
        var page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        var version = try #require(ServerHarness.hidden("_version", in: page.text))
        #expect(page.text.contains("<table class=\"grid\" data-grid=\"scores.3b.parts\" data-parts-of=\"scores.3b.points\">"))
        // The council as the page shows it, with an honorific typed for the chair.
        let council = try #require(DataDocument(text: try server.fileText("an-son-2023.yaml"))).rows(["council", "members"])
        var councilFields: [(String, String)] = [("council.members.rows", "\(council.count)")]
        for (index, row) in council.enumerated() {
            for key in ["name", "position", "role"] { councilFields.append(("council.members[\(index + 1)].\(key)", row[key] ?? "")) }
        }
        councilFields.append(("council.members[1].honorific", "Bà"))
        var answer = try await server.post(
            "/don-vi/an-son-2023/luu",
            [
                ("_version", version),
                // 1a split 5 + 5: the points follow the parts.
                ("scores.1a.points", "10"), ("scores.1a.parts.rows", "2"),
                ("scores.1a.parts[1].text", "Có kế hoạch"), ("scores.1a.parts[1].max", "5"), ("scores.1a.parts[1].points", "5"),
                ("scores.1a.parts[2].text", "Kế hoạch được triển khai"), ("scores.1a.parts[2].max", "5"), ("scores.1a.parts[2].points", "4"),
                ("scores.1a.reason", "Kế hoạch triển khai chậm"),
                ("documents.report.signer.prefix", "KT."), ("documents.report.signer.on_behalf_of", "Hiệu trưởng"),
                ("documents.report.signer.title", "Phó Hiệu trưởng"), ("documents.report.signer.name", "Trần Văn Khải"),
                ("meeting.absent.rows", "1"), ("meeting.absent[1].name", "Vũ Thị Hằng"), ("meeting.absent[1].reason", "Nghỉ ốm"),
                ("meeting.vote.agree", "7"), ("meeting.vote.disagree", "0"), ("meeting.vote.abstain", "0"),
                ("plan.purposes", "Nâng cao chất lượng học tập\nXây dựng văn hóa đọc"), ("plan.target_points", "95"),
                ("plan.actions.3b", "Phấn đấu đạt Tập thể lao động xuất sắc"),
                ("plan.actors.rows", "1"), ("plan.actors[1].name", "Tổ chuyên môn"), ("plan.actors[1].tasks", "Lập kế hoạch\nTheo dõi"),
                ("plan.timeline.rows", "1"), ("plan.timeline[1].time", "Tháng 1/2023"), ("plan.timeline[1].task", "Xây dựng kế hoạch"),
                ("plan.timeline[1].owner", "Hiệu trưởng"),
            ] + councilFields, session: session)
        #expect(answer.status == 303)
        var written = try server.fileText("an-son-2023.yaml")
        #expect(written.contains("  1a:\n    points: 9\n    evidence:"))
        #expect(written.contains("    parts:\n    - text: Có kế hoạch\n      max: 5\n      points: 5\n    - text: Kế hoạch được triển khai\n"))
        #expect(written.contains("  actors:\n  - name: Tổ chuyên môn\n    tasks:\n    - Lập kế hoạch\n    - Theo dõi\n"))
        var result = AssessmentLoader().parse(text: written, file: "an-son-2023.yaml")
        let assessment = try #require(result.assessment, "\(result.diagnostics.map { $0.rendered(in: .vi) })")
        #expect(assessment.evaluation.total?.hundredths == 9_400)
        #expect(assessment.scores.first { $0.code == "1a" }?.parts.map(\.points.hundredths) == [500, 400])
        let report = assessment.documents[.report]
        #expect(report.signer.prefix == .kt && report.signer.name == "Trần Văn Khải" && report.signer.onBehalfOf == "Hiệu trưởng")
        #expect(assessment.meeting.absent.map(\.name) == ["Vũ Thị Hằng"])
        #expect(assessment.council.members.first?.honorific == "Bà")
        #expect(assessment.plan.purposes == ["Nâng cao chất lượng học tập", "Xây dựng văn hóa đọc"])
        #expect(assessment.plan.actions["3b"] == ["Phấn đấu đạt Tập thể lao động xuất sắc"])
        #expect(assessment.plan.actors.first?.tasks == ["Lập kế hoạch", "Theo dõi"])
        #expect(assessment.plan.timeline.first?.owner == "Hiệu trưởng")
        page = try await server.send("GET", "/don-vi/an-son-2023", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains(">94/100 — Tốt</strong>"))
        #expect(
            page.text.contains(
                "<textarea rows=\"2\" name=\"plan.actors[1].tasks\" data-column=\"tasks\" aria-label=\"Nhiệm vụ (mỗi dòng một) 1\">Lập kế hoạch\nTheo dõi</textarea>"
            ))
        #expect(page.text.contains("<option value=\"KT.\" selected>KT. (ký thay)</option>"))

        // TT24: the earlier recognition.
        page = try await server.send("GET", "/don-vi/vinh-lap-2024", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("<fieldset id=\"cong-nhan\"><legend>Công nhận lần trước (TT24, Mức độ 2)</legend>"))
        page = try await server.send("GET", "/don-vi/hoa-sen-2024", headers: [("Cookie", session.cookie)])
        #expect(page.text.contains("<option value=\"1\" selected>Mức độ 1</option>"))
        #expect(page.text.contains("<p class=\"total\">Kết quả: <strong id=\"tong\""))
        version = try #require(ServerHarness.hidden("_version", in: page.text))
        answer = try await server.post(
            "/don-vi/hoa-sen-2024/luu",
            [
                ("_version", version), ("prior_recognition.level", "1"), ("prior_recognition.date", "16/02/2023"),
                ("prior_recognition.decision", "Quyết định số 413/QĐ-UBND"),
            ], session: session)
        #expect(answer.status == 303)
        written = try server.fileText("hoa-sen-2024.yaml")
        // The fixture's comment on the 'prior_recognition:' line is kept.
        #expect(
            written.contains(
                "prior_recognition:  # sau ngày Thông tư 24 có hiệu lực (26/01/2024); đến ngày tờ trình còn giá trị và chưa đủ 12 tháng để xét Mức độ 2\n  level: 1\n  date: 16/02/2023\n  decision: Quyết định số 413/QĐ-UBND\n"
            ))
        result = AssessmentLoader().parse(text: written, file: "hoa-sen-2024.yaml")
        #expect(result.assessment?.priorRecognition?.decision == "Quyết định số 413/QĐ-UBND")
    }
}
